import { type Person, affiliated, cutFromLonger, jobCase, uncertainPerson } from '../context.js';
import type { RoleFact } from '../../schema/index.js';
import { parallelNames, samePerson } from '../distractors/people.js';
import { corroboration, factKey } from '../fact-key.js';
import { pickOne } from '../random.js';
import { localThenSample } from '../sample.js';
import { capitalize, isAppositiveRole, normalize, squash } from '../text.js';
import { ADDRESS_TITLES, GENERIC_TITLES, RANK_WORDS, ROLE_NOISE, ROLE_SYNONYMS } from '../words.js';
import { TITLE_ABBREVIATIONS } from '../../extract/people/words/titles.js';
import { namesSpeaker } from './who-said.js';
import type { Candidate, ChoiceDraft, QuestionKindModule } from '../types.js';
import type { QuestionContext } from '../context.js';
import { capitalInside, nameWords } from '../clause.js';

const ROLE_MAX = 80;

/** Police and council ranks written short ("Const. Jo Roe", "Coun. Jo Roe"), spelled out on a quiz sheet. */
const RANK_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['const', 'Constable'], ['cst', 'Constable'], ['coun', 'Councillor'], ['cllr', 'Councillor'], ['insp', 'Inspector'], ['supt', 'Superintendent'],
]);
const spelledOut = (w: string) => {
  const key = w.replace('.', '').toLowerCase();
  return TITLE_ABBREVIATIONS.get(key) ?? RANK_ABBREVIATIONS.get(key) ?? w;
};
const ABBREVIATED = /\b\p{Lu}\p{Ll}{1,4}\b\.?/gu;

/** A role as an option: "Former Norland prime minister", no leading article. */
export function roleOption(role: string): string {
  const bare = squash(role).replace(/^(?:a|an|the)\s+/i, '').replace(/[,.;]+$/, '');
  // "Sen", "Florida Rep", "Coun": a title cut to its abbreviation reads as a word of its own on an option.
  return capitalize(bare.replace(ABBREVIATED, spelledOut));
}

/** A role inside a stem: abbreviations spelled out ("Velden Sen" -> "Velden Senator"), the case the text gives, no final stop. */
export function shownRole(role: string): string {
  const bare = squash(role).replace(/[,.;]+$/, '');
  return bare.replace(ABBREVIATED, spelledOut);
}

function roleWords(role: string): Set<string> {
  let s = normalize(roleOption(role));
  for (const [pattern, word] of ROLE_SYNONYMS) s = s.replace(pattern, word);
  return new Set(s.split(' ').filter((w) => w && !ROLE_NOISE.has(w)));
}

/**
 * The same job, or one a student could not tell apart: one role's words (synonyms merged) all
 * in the other's ("Defense Minister" / "U.S. Defense Secretary", "NATO chief" / "NATO Secretary General").
 */
export function overlaps(a: string, b: string): boolean {
  const x = normalize(roleOption(a));
  const y = normalize(roleOption(b));
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const [small, large] = [roleWords(a), roleWords(b)].sort((p, q) => p.size - q.size);
  if ([...small].every((w) => large.has(w))) return true;
  // The same job where one does not say whose: "Chief economist" / "Economist at Deutsche Bank".
  const [x1, y1] = [jobOf(a), jobOf(b)];
  return x1.head === y1.head && (x1.qualifiers.length === 0 || y1.qualifiers.length === 0);
}

/** The job word of a role and the words that say which one: "Economist at Deutsche Bank" -> economist + deutsche, bank. */
function jobOf(role: string): { head: string; qualifiers: string[] } {
  let s = normalize(roleOption(role));
  for (const [pattern, word] of ROLE_SYNONYMS) s = s.replace(pattern, word);
  const [title, ...rest] = s.split(/ (?:at|of|for|with|to|in) /);
  const words = title.split(' ').filter((w) => w && !ROLE_NOISE.has(w));
  const head = words.at(-1) ?? '';
  const qualifiers = [...words.slice(0, -1), ...rest.join(' ').split(' ')].filter((w) => w && !ROLE_NOISE.has(w) && !RANK_WORDS.has(w));
  return { head, qualifiers };
}

/** A title many people hold, that does not say which one: "President", "Professor", "chief executive". */
export function isGeneric(role: string): boolean {
  const words = normalize(roleOption(role)).split(' ');
  return words.every((w) => GENERIC_TITLES.has(w) || ADDRESS_TITLES.has(w) || RANK_WORDS.has(w) || ROLE_NOISE.has(w));
}

/** A role that names the person ("Okafor's chief of staff" for Okafor): another person's, and a giveaway. */
export function mentions(role: string, person: Person): boolean {
  if (namesSpeaker(role, person.names)) return true;
  const surname = normalize(person.name).split(' ').at(-1) ?? '';
  return surname.length >= 5 && normalize(role).split(' ').some((w) => w.length >= 5 && w.slice(0, 6) === surname.slice(0, 6));
}

/**
 * Whether the text writes a shared title's job word right before a person's name ("Senator Jo
 * Bell", "Sen. Jo Bell" for "Republican Senator"): the extractor may have kept no role for them,
 * yet "who is described as a Republican Senator?" could then be true of them too.
 */
export function titledWith(ctx: QuestionContext, role: string): (p: Person) => boolean {
  const { head } = jobOf(role);
  if (!GENERIC_TITLES.has(head)) return () => false;
  const forms = [head, ...[...TITLE_ABBREVIATIONS].filter(([, full]) => full.toLowerCase() === head).map(([abbr]) => abbr)];
  const title = new RegExp(`(?:^|[^\\p{L}])(?:${forms.join('|')})\\.?\\s+$`, 'iu');
  return (p) => {
    for (const article of p.articles) {
      const raw = ctx.raw(article);
      if (raw === undefined) continue;
      for (let i = raw.indexOf(p.name); i >= 0; i = raw.indexOf(p.name, i + p.name.length)) {
        if (title.test(raw.slice(Math.max(0, i - 20), i))) return true;
      }
    }
    return false;
  };
}

/** Words before a title that only say when or how the job is held: "Former" opening a sentence is no name. */
const TIME_WORDS = new Set(['former', 'ex', 'late', 'acting', 'then', 'new', 'outgoing', 'incoming', 'interim']);

/**
 * A role inside a statement ("describes X as a former education secretary"): a capital that only
 * opened the text's sentence goes ("Rock star X" -> "rock star"), a title of capitals stays
 * ("Defence Secretary"), and a common noun gets its article ("a rock star", "the president of Y").
 */
export function inStatement(ctx: QuestionContext, fact: RoleFact, role: string): string {
  let s = shownRole(role).replace(/^(?:A|An|The)\s/, (a) => a.toLowerCase());
  const [first, second] = s.split(' ');
  const lower = first.toLowerCase();
  const raw = ctx.raw(fact.article) ?? '';
  // Only a word the text also writes in small letters, never a name's or a possessive ("Arsenal boss", "Okafor's aide").
  const common = /^\p{Lu}\p{Ll}+$/u.test(first) && !capitalInside(raw, first) && !nameWords(ctx).has(lower);
  if (TIME_WORDS.has(lower) || (common && (second === undefined || /^\p{Ll}/u.test(second)) && raw.includes(` ${lower} `))) s = lower + s.slice(first.length);
  // "Economist", "Community conservancy manager": a job, not an office, whatever case the text's sentence start gave it.
  else if (common) s = jobCase(s);
  if (!/^\p{Ll}/u.test(s) || /^(?:a|an|the)\s/.test(s) || /^\S+[’']s\s/.test(s)) return s;
  if (/^late\s/.test(s) || /^\S+\s(?:of)\s/.test(s)) return `the ${s}`;
  return `${/^(?:[aeio]|u(?!ni|s[eu]))/.test(s) ? 'an' : 'a'} ${s}`;
}

/** Who is X / what is X's role: a role fact, with other people's roles or names as distractors. */
export const roleKind: QuestionKindModule = {
  kind: 'role',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    const seen = new Set<string>();
    // A role the text gives only cut short is no option either.
    const cut = new Set(ctx.factsOf('role').filter((f) => cutFromLonger(ctx.raw(f.article), f)).map((f) => normalize(f.role)));
    for (const fact of ctx.factsOf('role')) {
      // The articles disagree on the title: no single right answer.
      if (fact.conflictsWith?.length) continue;
      const role = squash(fact.role);
      const entity = ctx.entity(fact.entity);
      const person = ctx.person(fact.entity);
      if (!entity || !person || role.length > ROLE_MAX || isGeneric(role) || seen.has(fact.entity) || normalize(person.name).includes(normalize(roleOption(role))) || cut.has(normalize(fact.role))) continue;
      const hasRole = (p: Person, r: string) => p.roles.some((own) => overlaps(own, r));
      const others = [...new Set(localThenSample(rng, ctx.notableIn(fact.article), ctx.notable))].filter((p) => !samePerson(p, person) && p.kind === person.kind && !uncertainPerson(p));
      const drafts: ChoiceDraft[] = [];
      // What is X's role: other people's roles of the same form (title vs description), never one X also has.
      // One role per other person: two titles of one person are two names for one job.
      const roles: string[] = [];
      const holders: Person[] = [];
      for (const p of others) {
        if (roles.length === 3) break;
        if (holders.some((h) => samePerson(h, p))) continue;
        // A bare "Director" or "Coach" may well be true of the answer's person too.
        const r = p.roles.find((r) => r.length <= ROLE_MAX && !isGeneric(r) && !cut.has(normalize(r)) && isAppositiveRole(r) === isAppositiveRole(role) && !hasRole(person, r) && !mentions(r, person) && !roles.some((x) => overlaps(x, r)));
        if (r === undefined) continue;
        roles.push(r);
        holders.push(p);
      }
      if (roles.length === 3) {
        drafts.push({ form: 'choice', stem: ctx.phrases.pick('role', { name: ctx.called(person), ask: 'role' }, rng), answer: roleOption(role), distractors: roles.map(roleOption) });
      }
      // Who is described as R: people who are not described so anywhere.
      const names: Person[] = [];
      const titled = titledWith(ctx, role);
      for (const p of others) if (names.length < 3 && !hasRole(p, role) && !affiliated(p, person) && !names.some((n) => samePerson(n, p)) && !titled(p)) names.push(p);
      // A role that names the person ("president of Barnard" for Kurt Barnard) gives the answer away.
      if (names.length === 3 && !mentions(role, person)) {
        const [answer, ...distractors] = parallelNames([person, ...names]);
        drafts.push({ form: 'choice', stem: ctx.phrases.pick('role', { role: shownRole(role), described: inStatement(ctx, fact, role), ask: 'name' }, rng), answer, distractors });
      }
      if (drafts.length === 0) continue;
      seen.add(fact.entity);
      out.push({ kind: 'role', facts: [fact as RoleFact], keys: [factKey(fact), `person-role:${fact.entity}`, `titled:${person.key}`], score: 2 + corroboration(fact), draft: pickOne(rng, drafts) });
    }
    return out;
  },
};
