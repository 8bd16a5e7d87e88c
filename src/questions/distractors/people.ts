import { type QuestionContext, type Person, affiliated, uncertainPerson } from '../context.js';
import { type Rng, randomInt, shuffled } from '../random.js';
import { normalize } from '../text.js';
import { ADDRESS_TITLES } from '../words.js';

const surnames = new Map<string, string>();

function surname(name: string): string {
  let s = surnames.get(name);
  if (s === undefined) {
    s = normalize(name).split(' ').at(-1) ?? '';
    surnames.set(name, s);
  }
  return s;
}

/** Same person under another spelling or a shortened name ("Okafor" for "Amara Okafor"). */
export function samePerson(a: Person, b: Person): boolean {
  if (a.key === b.key) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  const [x, y] = [surname(a.name), surname(b.name)];
  if (x === y) return true;
  // "Velden Works" / "VeldenWorks"; a surname misspelt by one letter ("Okafor" / "Okafur") in the text.
  if (normalize(a.name).replace(/ /g, '') === normalize(b.name).replace(/ /g, '')) return true;
  return x.length >= TYPO_MIN && Math.abs(x.length - y.length) <= 1 && oneEditApart(x, y);
}

const TYPO_MIN = 5;

/** One letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

/**
 * One name inside the other, as whole words: "Ana Lindqvist's office" and "Ana Lindqvist". As two
 * options they confuse; as a wrong option beside the right one, the office may well be who spoke.
 */
function nameWithin(a: Person, b: Person): boolean {
  const [x, y] = [` ${normalize(a.name)} `, ` ${normalize(b.name)} `];
  return x.includes(y) || y.includes(x);
}

const wordsOfNames = new WeakMap<Person, string[]>();
/** Every word of a person's names, once per person. */
function nameWords(p: Person): string[] {
  let words = wordsOfNames.get(p);
  if (!words) wordsOfNames.set(p, (words = [...p.names].flatMap((n) => n.split(' '))));
  return words;
}

/** Words inside names that say nothing of whose name it is ("van", "de"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'st', 'mac', 'jr', 'sr']);

/** How many random people from other stories to try before giving up: keeps this linear. */
const PROBES = 60;

/**
 * Words only a person says of themselves ("I", "my"): a quote with one is no organization's, so
 * an organization beside a person answer is no real option for it.
 */
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}’'])(?:i|me|my|mine|myself|i[’'](?:m|ve|d|ll))(?![\p{L}’'])/iu;
export function speaksAsPerson(quote: string): boolean {
  return FIRST_PERSON_SINGULAR.test(quote);
}

/** The words a who-question asks about: shown as the stem shows them, quoted or reported. */
export interface AskedWords {
  text: string;
  direct: boolean;
}

/**
 * Whether `p`, of another kind than the answer, is still a real wrong option: one the stories
 * quote themselves in the same way (reported words beside reported words: an organization whose
 * statement the story reports), and, beside a person answer, only for reported words an
 * organization could say (no "I", "my"): never for a person's quoted words. A body nobody quotes
 * among people ("Carrow State University" beside three names) is the odd one out, ruled out at
 * sight; with no such option the question is not asked.
 */
export function plausibleOtherKind(ctx: QuestionContext, answer: Person, p: Person, asked?: AskedWords): boolean {
  if (p.quotes === 0) return false;
  if (asked === undefined) return true;
  // Quoted words beside a person answer are a voice: a body among people is the odd one out, whoever it quotes.
  if (answer.kind === 'person' && p.kind !== 'person' && (asked.direct || speaksAsPerson(asked.text))) return false;
  return ctx.quotesBy(p.key).some((q) => q.direct === asked.direct);
}

/**
 * Wrong people for a who-question: notable ones (quoted or with a role) of the same kind (person /
 * organization) from the same story first, then from other stories, then people the story only
 * names; another kind only for the last place, and only one the stories quote themselves
 * (`plausibleOtherKind`; `asked` the words the question is about, when there are any). `excluded` rules out people for whom the question
 * would also be true. A person the story only names is never one named in `near` (the quote's own
 * sentence): if the attribution slipped, they may be who said it. No person who shares a name
 * word with a person answer: "Jo Belling" may be the full name of "Jo Bell", whom the
 * extraction did not link.
 */
export function peopleDistractors(ctx: QuestionContext, answer: Person, articleId: string, excluded: (p: Person) => boolean, rng: Rng, count = 3, near?: () => string, asked?: AskedWords): Person[] {
  const answerWords = answer.kind === 'person' ? new Set([...answer.names].flatMap((n) => n.split(' ')).filter((w) => w.length > 1 && !ADDRESS_TITLES.has(w) && !NAME_PARTICLES.has(w))) : new Set<string>();
  const sharesName = (p: Person) => p.kind === 'person' && answerWords.size > 0 && nameWords(p).some((w) => answerWords.has(w));
  const ok = (p: Person) => !samePerson(p, answer) && !nameWithin(p, answer) && !affiliated(p, answer) && !excluded(p) && !(answer.kind === 'person' && uncertainPerson(p)) && !sharesName(p);
  const standing = (p: Person) => (p.quotes > 0 ? 2 : 0) + (p.roles.length > 0 ? 1 : 0);
  const local = shuffled(rng, ctx.notableIn(articleId))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => standing(b.p) - standing(a.p) || a.i - b.i)
    .map((x) => x.p);
  const others: Person[] = [];
  for (let tries = 0; tries < PROBES && ctx.notable.length > 0; tries++) others.push(ctx.notable[randomInt(rng, ctx.notable.length)]);
  const picked: Person[] = [];
  const take = (p: Person, sameKind: boolean) => {
    if (picked.length < count && (p.kind === answer.kind) === sameKind && (sameKind || plausibleOtherKind(ctx, answer, p, asked)) && ok(p) && !picked.some((q) => samePerson(p, q) || nameWithin(p, q))) picked.push(p);
  };
  for (const p of [...local, ...others]) take(p, true);
  // People the story only names: read only when the notable ones fall short.
  if (picked.length < count && answer.kind === 'person' && near !== undefined && ctx.namedIn(articleId).length > 0) {
    const around = ` ${normalize(near())} `;
    for (const p of shuffled(rng, ctx.namedIn(articleId))) if (![...p.names].some((n) => around.includes(` ${n} `))) take(p, true);
  }
  if (picked.length === count - 1) for (const p of [...local, ...others]) take(p, false);
  return picked.length === count ? picked : [];
}

/** Name suffixes that are no surname ("Jr.", "III"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The surname a text uses alone ("Okafor" for "Amara Okafor"); "Prince Tomas" is a title and a given name and stays whole. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (ADDRESS_TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) return name;
  while (words.length > 1 && NAME_SUFFIX.test(words.at(-1)!)) words.pop();
  return words.at(-1)!;
}

/**
 * People as options of one question, each by the name the quiz calls them everywhere else (its
 * display name): the stem says "Tessa Pellow said", so the option does too. Cutting every option
 * to a surname when one person is known by one word only made a husband and wife one "Pellow",
 * and a given name cut at a particle ("Ivo") sit among surnames as if it were one.
 */
export function parallelNames(people: readonly Person[]): string[] {
  return people.map((p) => p.name);
}
