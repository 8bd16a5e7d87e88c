import { type Person, type QuestionContext, affiliated, alsoSaid, cutFromLonger, titleKeys, uncertainPerson } from '../context.js';
import { peopleDistractors, samePerson } from '../distractors/people.js';
import { numberDistractors, rangeBounds } from '../distractors/numbers.js';
import { corroboration, factKey, factKeys } from '../fact-key.js';
import { type Rng, randomInt } from '../random.js';
import { LIST_FIGURES, alsoTrueFigures, clozeFormat, indexNumbers, isAge, isAskableFigure, isConversion, isIdentifier, uncountedAtEnd, agedAfterName } from './number.js';
import { clozeSentence } from '../cloze.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import type { NumberFact, RoleFact } from '../../schema/index.js';
import { inStatement, isGeneric, mentions, overlaps, titledWith } from './role.js';
import { localThenSample } from '../sample.js';
import { QUOTE_MIN, namesSpeaker, namesTitle, quoteAsShown, standsAsStatement } from './who-said.js';
import { capitalize, isSelfContained, normalize, squash } from '../text.js';
import { ROLE_NOISE } from '../words.js';
import { quoteSentences } from '../parts.js';

const TF_QUOTE_MAX = 180;

/** Words before a figure that make it a change ("fell 12%", "up by 2%"), not the level the statement would claim. */
const CHANGE_BEFORE = /\b(?:fell|rose|dipped|grew|jumped|dropped|slipped|climbed|increased|decreased|declined|gained|lost|surged|plunged|slumped|soared|tumbled|rise|fall|increase|decrease|drop|growth|up|down|by)\s+$/i;
/** "12% to 4.1bn euros", "from $3.9bn": a figure followed by the level it moved to or from. */
const CHANGE_AFTER = /^\s*(?:to|from)\s+(?:[$€£¥]|\d)/;

/**
 * "Profit fell 12% to 4.1bn": 12% is how much profit fell; "the figure of profit is 12%" would
 * state something the text does not say, so a true statement could be false.
 */
export function isChange(raw: string | undefined, fact: NumberFact): boolean {
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  return CHANGE_BEFORE.test(raw.slice(Math.max(0, fact.span.start - 20), fact.span.start)) || CHANGE_AFTER.test(raw.slice(fact.span.end, fact.span.end + 12));
}

/** A fact as the source says it, or with one detail (speaker, figure) swapped. */
export const trueFalse: QuestionKindModule = {
  kind: 'true-false',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    const pair = (context: object, swapped: object) => {
      const right = ctx.phrases.lines('true-false', context);
      const wrong = ctx.phrases.lines('true-false', swapped);
      const i = randomInt(rng, Math.min(right.length, wrong.length));
      return { trueStem: right[i], falseStem: wrong[i] };
    };
    for (const fact of [...ctx.factsOf('quote'), ...quoteSentences(ctx)]) {
      const speaker = ctx.personOf(fact.speaker);
      const quote = quoteAsShown(ctx, fact);
      // Whole statements only: a cut quote or a bare fragment is not something to judge true or false.
      if (!speaker || !standsAsStatement(ctx, fact) || quote.length < QUOTE_MIN || quote.length > TF_QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      const [other] = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact) || namesSpeaker(quote, p.names) || namesTitle(quote, p.roles), rng, 1, () => ctx.sentenceOf(fact) ?? fact.text, { text: quote, direct: fact.direct });
      if (!other) continue;
      const shown = quote;
      // "... said that X ‘ended the talks.’" already ends its sentence: no second full stop.
      const stop = /[.!?][’”'"]*$/.test(shown) ? '' : '.';
      const stems = pair({ fact: 'quote', speaker: ctx.describe(speaker), quote: shown, direct: fact.direct, stop }, { fact: 'quote', speaker: ctx.describe(other), quote: shown, direct: fact.direct, stop });
      out.push({
        kind: 'true-false',
        facts: [fact],
        keys: [...factKeys(fact), ...titleKeys(ctx, speaker), ...titleKeys(ctx, other)],
        score: 1.5 + corroboration(fact),
        draft: { form: 'true-false', ...stems, correction: `${capitalize(ctx.called(speaker))} said it, not ${ctx.called(other)}` },
      });
    }
    out.push(...roleStatements(ctx, rng, pair));
    const numbers = ctx.factsOf('number');
    const index = indexNumbers(numbers);
    for (const fact of numbers) {
      // "a series of postings" is one series: a count of one is no figure to judge.
      if (!isAskableFigure(fact) || (fact.value === 1 && fact.unit === null) || isChange(ctx.raw(fact.article), fact)) continue;
      if (isAge(fact) || isConversion(fact, ctx.raw(fact.article)) || isIdentifier(fact, ctx.raw(fact.article)) || uncountedAtEnd(fact, ctx.raw(fact.article)) || agedAfterName(fact, ctx.raw(fact.article))) continue;
      const [wrong] = numberDistractors(fact, [], alsoTrueFigures(fact, index), rng, rangeBounds(ctx.raw(fact.article), fact));
      if (wrong === undefined) continue;
      // The statement is the article's own sentence with the figure blanked: "the number of X is N" loses
      // the verb that says what the figure is ("shot dead 14 people in Y" is not "the number of people in Y").
      const listed = (index.bySentence.get(`${fact.article}:${fact.sentence.start}`)?.length ?? 0) > LIST_FIGURES;
      const cloze = listed ? undefined : clozeSentence(ctx, fact, { ownReferents: true });
      const format = cloze ? clozeFormat(fact) : undefined;
      // A statement in the stem's own words ("the number of X is N") needs a perfect "X"; the sentence itself never misleads.
      if (!cloze || !format) continue;
      const right = format(fact.value);
      const swapped = format(wrong);
      const source = ctx.attribution(fact, null);
      const stems = pair({ fact: 'number', source, cloze, figure: right }, { fact: 'number', source, cloze, figure: swapped });
      out.push({
        kind: 'true-false',
        facts: [fact],
        keys: [...factKeys(fact), ...titleKeys(ctx, ctx.personOf(fact.source))],
        score: 1.5 + corroboration(fact),
        draft: { form: 'true-false', ...stems, correction: `the figure is ${right}, not ${swapped}` },
      });
    }
    return out;
  },
};

const ROLE_MAX = 80;
/** "the firm's chief executive", "its founder": a role that names its organization by a word pointing back needs the story. */
const POINTING_ROLE = /^(?:the\s+\p{Ll}+[’']s|its|their|his|her)\b/iu;
/** A role that says which job: two words or more beyond articles and "former" ("Harbour Board chair", not "actor"). */
function specific(role: string): boolean {
  return normalize(role).split(' ').filter((w) => w && !ROLE_NOISE.has(w)).length >= 2;
}

type Pair = (context: object, swapped: object) => { trueStem: string; falseStem: string };

/**
 * "The report describes Jo Bell as Harbour Board chair": true as the text gives the role; false
 * with another person's role that Jo Bell holds nowhere (or, when the story gives no other role,
 * with another person it names who holds no such role). One statement per person.
 */
function roleStatements(ctx: QuestionContext, rng: Rng, pair: Pair): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const cut = new Set(ctx.factsOf('role').filter((f) => cutFromLonger(ctx.raw(f.article), f)).map((f) => normalize(f.role)));
  const usable = (r: string) => squash(r).length <= ROLE_MAX && !isGeneric(r) && !cut.has(normalize(r)) && isSelfContained(r) && !POINTING_ROLE.test(squash(r));
  const reports = ctx.table.articles.length > 1 ? 'the reports' : 'the report';
  for (const fact of ctx.factsOf('role')) {
    if (fact.conflictsWith?.length || seen.has(fact.entity)) continue;
    const person = ctx.person(fact.entity);
    const role = squash(fact.role);
    if (!person || person.kind !== 'person' || uncertainPerson(person) || !usable(role) || mentions(role, person) || normalize(person.name).includes(normalize(role))) continue;
    const hasRole = (p: Person, r: string) => p.roles.some((own) => overlaps(own, r));
    // Another person's role, of the same form, that this person holds nowhere.
    let swappedRole: string | undefined;
    for (const p of localThenSample(rng, ctx.notableIn(fact.article), ctx.notable)) {
      if (samePerson(p, person)) continue;
      // A bare "actor" or "athlete" may well be true of them too: only a role that says which job.
      swappedRole = p.roles.find((r) => usable(r) && specific(r) && !hasRole(person, r) && !mentions(r, person) && !overlaps(r, role));
      if (swappedRole) break;
    }
    let swappedPerson: Person | undefined;
    if (!swappedRole) {
      if (!specific(role)) continue;
      const titled = titledWith(ctx, role);
      [swappedPerson] = peopleDistractors(ctx, person, fact.article, (p) => p.kind !== 'person' || hasRole(p, role) || affiliated(p, person) || titled(p) || mentions(role, p), rng, 1, () => ctx.sentenceOf(fact) ?? fact.text);
      if (!swappedPerson || swappedPerson.kind !== 'person') continue;
    }
    const shown = inStatement(ctx, fact, role);
    const stems = swappedRole
      ? pair({ fact: 'role', name: ctx.called(person), role: shown, reports }, { fact: 'role', name: ctx.called(person), role: inStatement(ctx, fact, squash(swappedRole)), reports })
      : pair({ fact: 'role', name: ctx.called(person), role: shown, reports }, { fact: 'role', name: ctx.called(swappedPerson!), role: shown, reports });
    seen.add(fact.entity);
    out.push({
      kind: 'true-false',
      facts: [fact as RoleFact],
      keys: [factKey(fact), `person-role:${fact.entity}`, `titled:${person.key}`, ...(swappedPerson ? [`titled:${swappedPerson.key}`] : [])],
      score: 1.5 + corroboration(fact),
      draft: {
        form: 'true-false',
        ...stems,
        correction: swappedRole ? `${reports} describe${reports === 'the report' ? 's' : ''} ${ctx.called(person)} as ${shown}, not ${inStatement(ctx, fact, squash(swappedRole))}` : `${reports} describe${reports === 'the report' ? 's' : ''} ${ctx.called(person)}, not ${ctx.called(swappedPerson!)}, as ${shown}`,
      },
    });
  }
  return out;
}
