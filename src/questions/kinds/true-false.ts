import { alsoSaid, titleKeys } from '../context.js';
import { peopleDistractors } from '../distractors/people.js';
import { numberDistractors } from '../distractors/numbers.js';
import { corroboration, factKey, factKeys } from '../fact-key.js';
import { randomInt } from '../random.js';
import { LIST_FIGURES, alsoTrueFigures, clozeFormat, indexNumbers, isAge, isAskableFigure, isConversion } from './number.js';
import { clozeSentence } from '../cloze.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import type { NumberFact } from '../../schema/index.js';
import { QUOTE_MIN, namesSpeaker, namesTitle, quoteAsShown, standsAsStatement } from './who-said.js';
import { capitalize } from '../text.js';
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
      const [other] = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact) || namesSpeaker(quote, p.names) || namesTitle(quote, p.roles), rng, 1, () => ctx.sentenceOf(fact) ?? fact.text);
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
    const numbers = ctx.factsOf('number');
    const index = indexNumbers(numbers);
    for (const fact of numbers) {
      // "a series of postings" is one series: a count of one is no figure to judge.
      if (!isAskableFigure(fact) || (fact.value === 1 && fact.unit === null) || isChange(ctx.raw(fact.article), fact)) continue;
      if (isAge(fact) || isConversion(fact, ctx.raw(fact.article))) continue;
      const [wrong] = numberDistractors(fact, [], alsoTrueFigures(fact, index), rng);
      if (wrong === undefined) continue;
      // The statement is the article's own sentence with the figure blanked: "the number of X is N" loses
      // the verb that says what the figure is ("shot dead 14 people in Y" is not "the number of people in Y").
      const listed = (index.bySentence.get(`${fact.article}:${fact.sentence.start}`)?.length ?? 0) > LIST_FIGURES;
      const cloze = listed ? undefined : clozeSentence(ctx, fact);
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
