import { readFileSync } from 'node:fs';
import { groupBy } from './group.js';
import { decodeArticle } from '../ingest/decode.js';
import type { Article, Entity, Fact, FactTable, QuoteFact, RoleFact, Source, Speaker } from '../schema/index.js';
import { isAppositiveRole, looksLikeName, normalize, squash } from './text.js';
import type { Phrasebook } from './phrasebook.js';
import { nestQuotes } from './cloze.js';
import { DANGLING_ENDS, STOPWORDS, THE_OF_HEADS, THE_ORG_HEADS } from './words.js';
import { DESCRIPTIVE_HEADS } from '../extract/people/words/titles.js';

const PERSONAL_PRONOUN = /^(?:he|she|him|her)$/i;
/** Last words that make a name a newspaper, broadcaster or body, whatever kind the entity was given. */
const ORGANIZATION_NAME = /\b(?:Times|Post|Journal|News|Tribune|Herald|Gazette|Press|Telegraph|Guardian|Chronicle|Reuters|Agency|Association|Committee|Council|Party|Department|Ministry|Inc|Corp|Company|Group|Network|Channel|TV|Radio)\.?$/;

/** Title Case: function words inside the text capitalized ("Would Put Liberals On Court"), as in a headline. */
export function headlineCased(text: string): boolean {
  let capitalFunctionWords = 0;
  // Only mid-sentence words count ("... change. The people" starts a sentence); "I" is always a capital.
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},]\s)\p{Lu}\p{Ll}+(?=[\s,;:.!?’”'"]|$)/gu)) if ((STOPWORDS.has(m[0].toLowerCase()) || DANGLING_ENDS.has(m[0].toLowerCase())) && ++capitalFunctionWords >= 2) return true;
  return false;
}

/** A person or organization that can be an answer or a distractor. */
export interface Person {
  /** Entity id, or `name:<normalized>` for a speaker with a name but no entity. */
  key: string;
  name: string;
  kind: Entity['kind'];
  roles: string[];
  articles: string[];
  /** Normalized name and aliases: equal to any of them means the same one. */
  names: Set<string>;
  quotes: number;
  /** Normalized names of bodies the text makes the person's own ("Velden Ferries' head of operations"). */
  bodies?: string[];
}

/** Everything a question kind needs to read the fact table. */
export interface QuestionContext {
  table: FactTable;
  phrases: Phrasebook;
  article(id: string): Article | undefined;
  entity(id: string): Entity | undefined;
  /** The decoded text of an article's file, when it can be read. */
  raw(articleId: string): string | undefined;
  sentenceOf(fact: Fact): string | undefined;
  /** False when the file can be read and the fact's span does not cover its text there. */
  mapsBack(fact: Fact): boolean;
  sourceOf(fact: Fact): Source;
  people: Person[];
  person(key: string): Person | undefined;
  /** People the story quotes or gives a role: a bare name-like string is too often an extraction slip. */
  notable: Person[];
  /** Notable people mentioned in an article. */
  notableIn(articleId: string): Person[];
  /**
   * People an article names in full (two words or more) who are neither quoted nor given a role:
   * wrong options of the story's own, when it quotes too few people for a who-question.
   */
  namedIn(articleId: string): Person[];
  /** Quotes attributed to this person (by key). */
  quotesBy(personKey: string): QuoteFact[];
  personOf(speaker: Speaker | null): Person | undefined;
  /** "Health Minister Amara Okafor"; the bare name when the text gives no title. */
  describe(person: Person): string;
  /** The name as a sentence uses it: "the Finance Ministry" when the reports say it so. */
  called(person: Person): string;
  /** Who says it: the speaker when known, else the outlet or the article. */
  attribution(fact: Fact, speaker: Speaker | null): string;
  /** A quote's words as a question shows them: a Title Case headline in the case its article uses. */
  wording(fact: QuoteFact): string;
  /** A phrase that may have opened its sentence ("Quarterly profits at ..."), as it reads inside a stem. */
  midSentence(phrase: string): string;
  factsOf<K extends Fact['kind']>(kind: K): Array<Extract<Fact, { kind: K }>>;
}

/**
 * Headlines capitalise every word ("Ferry Now Docked In Harbour"). A word goes to lower case
 * when it is a function word, or when the reports write it in lower case more often than
 * capitalised mid-sentence; a word they never use stays as it is (it may be a name).
 */
export function sentenceCase(headline: string, usage: WordUsage): string {
  const words = [...headline.matchAll(/\p{L}[\p{L}’'-]*/gu)];
  const capitalised = words.filter((m) => /^\p{Lu}\p{Ll}/u.test(m[0]));
  if (words.length < TITLE_CASE_WORDS || capitalised.length < words.length * TITLE_CASE_SHARE) return headline;
  let out = '';
  let last = 0;
  for (const m of capitalised) {
    if (m.index === words[0].index) continue;
    const lower = m[0].toLowerCase();
    const uses = usage.get(lower);
    if (STOPWORDS.has(lower) || SMALL_WORDS.has(lower) || (uses !== undefined && uses.lower > uses.capitalised)) {
      out += headline.slice(last, m.index) + lower;
      last = m.index! + m[0].length;
    }
  }
  return out + headline.slice(last);
}
const TITLE_CASE_WORDS = 3;
/** Short function words Title Case capitalises and sentences never do. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'into', 'over', 'up', 'off', 'out', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'not', 'no', 'its', 'it', 'than', 'after', 'before', 'now']);
const TITLE_CASE_SHARE = 0.75;

/** How often each word (by its lower-case form) is written in lower case, and capitalised mid-sentence. */
export type WordUsage = Map<string, { lower: number; capitalised: number }>;

export function wordUsage(texts: Iterable<string | undefined>): WordUsage {
  const usage: WordUsage = new Map();
  for (const text of texts) {
    if (!text) continue;
    // Mid-sentence means after a lower-case word or a comma: neither a sentence start nor a headline.
    for (const m of text.matchAll(/(?:([\p{Ll},;]) )?(\p{L}[\p{L}’'-]*)/gu)) {
      const word = m[2];
      const lowerCase = /^\p{Ll}/u.test(word);
      if (!lowerCase && !(m[1] && /^\p{Lu}\p{Ll}/u.test(word))) continue;
      const key = word.toLowerCase();
      let u = usage.get(key);
      if (!u) usage.set(key, (u = { lower: 0, capitalised: 0 }));
      if (lowerCase) u.lower++;
      else u.capitalised++;
    }
  }
  return usage;
}

export type RawTextSource = Record<string, string> | ((article: Article) => string | undefined);

function readArticleFile(article: Article): string | undefined {
  try {
    return decodeArticle(readFileSync(article.path), article.path).text;
  } catch {
    return undefined;
  }
}

/**
 * A "person" known by one bare word, with no title, role or longer alias ("Orange said ..."): as
 * likely a company as a person. Fine as the answer the text gives, but as a wrong option for a
 * person it would be the one option of another kind, a giveaway.
 */
/**
 * A mention of a name with another person's: "Jo Bell and Al Roe" for "Jo Bell" ('other'), or a
 * first name before the full one, "Ros and Tam Varn" for "Tam Varn" ('surname':
 * the two share it, and "Mrs Varn" later may be either). Null for a mention of one person.
 */
export function namedWithAnother(mention: string, name: string): 'surname' | 'other' | null {
  const at = mention.indexOf(name);
  if (at < 0) return null;
  const before = mention.slice(0, at);
  if (/(?:^|[^\p{L}'’-])\p{Lu}[\p{Ll}'’-]+\s+(?:and|&)\s+$/u.test(before) && /^(?:\S+\s+)?\S+\s+\S+\s+$/.test(before) && name.includes(' ')) return 'surname';
  return /\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+$/u.test(before) || /^\s+(?:and|&)\s+\p{Lu}/u.test(mention.slice(at + name.length)) ? 'other' : null;
}

export function uncertainPerson(p: Person): boolean {
  return p.kind === 'person' && p.roles.length === 0 && [...p.names].every((n) => !n.includes(' '));
}

/**
 * Does the text put "the" before this name in most places ("the Office for National Statistics",
 * "the Home Office"), so that a question must too? Names that never follow "the" stay bare.
 */
export function usuallyWithThe(name: string, texts: ReadonlyArray<string | undefined>): boolean {
  if (/^the\s/i.test(name)) return false;
  let uses = 0;
  let withThe = 0;
  for (const text of texts) {
    if (!text) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // Only whole words: "Shell" in "Shelley" is not a use of the name.
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
      uses++;
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))) withThe++;
    }
  }
  return uses > 0 && withThe * 2 >= uses;
}

/**
 * An organization named by a common noun ("Velden Harbour Authority", "Bank of Velden")
 * takes "the" in a sentence even where the text puts another word before it ("the UN's Harbour ...").
 */
export function takesThe(name: string): boolean {
  if (/^the\s/i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.some((w) => /[’']s$/.test(w))) return false;
  if (THE_ORG_HEADS.has(words.at(-1)!.toLowerCase())) return true;
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  return of > 0 && (THE_ORG_HEADS.has(words[of - 1].toLowerCase()) || THE_OF_HEADS.has(words[of - 1].toLowerCase()));
}

/** A capitalised name with a possessive right before a role: "Velden Ferries'" in "Velden Ferries' head of operations". */
const POSSESSIVE_BODY = /(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of|and|&|for|the|\p{Lu}[\p{L}\p{N}&.-]*))*)(?:['’]s|(?<=s)['’])\s+$/u;

/** Job words the text capitalises only where they open its sentence ("Economist X said"), not offices ("Mayor X"). */
const JOB_HEADS = new Set([...DESCRIPTIVE_HEADS, 'economist', 'strategist', 'analyst', 'manager', 'owner', 'curator', 'chairperson', 'neighbour', 'neighbor', 'spokesman', 'spokeswoman', 'spokesperson', 'consultant', 'lawyer', 'attorney', 'researcher', 'scientist', 'surgeon', 'doctor', 'driver', 'officer', 'worker', 'official']);

/**
 * A job before a name in a stem, in the case of the middle of a sentence: "Singer Jo Roe" (the
 * capital opened the text's sentence) is "singer Jo Roe" in "Complete the quote from ...". Only
 * when the title's other words are in small letters ("Harbour strategist"); a title of capitals
 * ("Defence Minister", "Regatta director" of a named regatta) keeps its case.
 */
export function jobCase(title: string): string {
  const words = title.split(' ');
  const head = words.at(-1)!.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[0]) || !JOB_HEADS.has(head) || words.slice(1).some((w) => !/^\p{Ll}/u.test(w))) return title;
  return words[0].toLowerCase() + title.slice(words[0].length);
}

/** A title that reads well before the name ("NATO Secretary General"); descriptions do not. */
function bestTitle(roles: string[]): string | undefined {
  const titles = roles.filter((r) => !isAppositiveRole(r) && r.split(/\s+/).length <= 6 && !/[,;:()]/.test(r));
  return [...titles].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

export function buildContext(table: FactTable, phrases: Phrasebook, texts?: RawTextSource): QuestionContext {
  const articles = new Map(table.articles.map((a) => [a.id, a]));
  const entities = new Map(table.entities.map((e) => [e.id, e]));
  const rawCache = new Map<string, string | undefined>();
  const raw = (id: string) => {
    if (!rawCache.has(id)) {
      const article = articles.get(id);
      const text = !article ? undefined : typeof texts === 'function' ? texts(article) : texts ? texts[id] : readArticleFile(article);
      rawCache.set(id, text);
    }
    return rawCache.get(id);
  };
  const byKind = groupBy(table.facts, (f) => f.kind as string);

  const people = new Map<string, Person>();
  const personFromEntity = (e: Entity): Person | undefined => {
    if (e.kind !== 'person' && e.kind !== 'organization') return undefined;
    if (!looksLikeName(e.name)) return undefined;
    let p = people.get(e.id);
    if (!p) {
      const roles = [...e.roles];
      p = { key: e.id, name: e.name, kind: e.kind, roles, articles: [...e.articles], names: new Set([e.name, ...e.aliases].map(normalize)), quotes: 0 };
      people.set(e.id, p);
    }
    return p;
  };
  for (const e of table.entities) personFromEntity(e);
  // "Ros and Tam Varn said ...": a speaker named with another person is a pair. The extraction may fold
  // the pair into one person (and a "Mrs" of the same surname with it), so whose words are whose is unsure:
  // none of that person's quotes is asked.
  const pairs = new Set<string>();
  for (const f of byKind.get('quote') ?? []) {
    const speaker = (f as QuoteFact).speaker;
    if (speaker.entity && speaker.name && speaker.mention && namedWithAnother(speaker.mention.text, speaker.name) === 'surname') pairs.add(speaker.entity);
  }
  const resolved = new WeakMap<Speaker, Person | undefined>();
  const personOf = (speaker: Speaker | null): Person | undefined => {
    if (!speaker) return undefined;
    if (!resolved.has(speaker)) resolved.set(speaker, resolvePerson(speaker));
    return resolved.get(speaker);
  };
  const resolvePerson = (speaker: Speaker): Person | undefined => {
    if (!speaker.name || !looksLikeName(speaker.name)) return undefined;
    const entity = speaker.entity ? entities.get(speaker.entity) : undefined;
    if ((entity && entity.kind === 'person' && pairs.has(entity.id)) || (speaker.mention && namedWithAnother(speaker.mention.text, speaker.name))) return undefined;
    // "he said" resolved to a newspaper or a body: the resolution went wrong, and the quote has no speaker to ask about.
    if (speaker.mention && PERSONAL_PRONOUN.test(speaker.mention.text.trim()) && ((entity && entity.kind !== 'person') || ORGANIZATION_NAME.test(speaker.name))) return undefined;
    if (entity) return personFromEntity(entity);
    const key = `name:${normalize(speaker.name)}`;
    let p = people.get(key);
    if (!p) {
      p = { key, name: speaker.name, kind: 'person', roles: [], articles: [], names: new Set([normalize(speaker.name)]), quotes: 0 };
      people.set(key, p);
    }
    return p;
  };
  for (const f of table.facts) {
    if (f.kind === 'role') {
      const p = entities.get(f.entity) ? personFromEntity(entities.get(f.entity)!) : undefined;
      if (p && !p.roles.includes(f.role)) p.roles.push(f.role);
      // "Velden Ferries' head of operations, X": the role's own body, though the extractor's role leaves it out.
      const body = p ? POSSESSIVE_BODY.exec(raw(f.article)?.slice(Math.max(0, f.span.start - 60), f.span.start) ?? '')?.[1] : undefined;
      if (p && body) (p.bodies ??= []).push(normalize(body));
    }
    if (f.kind === 'quote') {
      const p = personOf(f.speaker);
      if (p) {
        p.quotes++;
        if (!p.articles.includes(f.article)) p.articles.push(f.article);
      }
    }
  }

  // A headline read as a quote ("Voss Would Put Rivals On Board"): its casing is the page's, not the speaker's words.
  const askableQuotes = (byKind.get('quote') as QuoteFact[] | undefined ?? []).filter((q) => !headlineCased(q.text));
  const quotesByKey = groupBy(byKind.get('quote') as QuoteFact[] | undefined ?? [], (q) => personOf(q.speaker)?.key);
  const allPeople = [...people.values()];
  const notable = allPeople.filter((p) => p.quotes > 0 || p.roles.length > 0);
  const notableByArticle = groupBy(notable, (p) => p.articles);
  let namedByArticle: Map<string, Person[]> | undefined;

  const sentenceOf = (fact: Fact) => {
    const text = raw(fact.article);
    if (text === undefined || text.slice(fact.span.start, fact.span.end) !== fact.text) return undefined;
    return squash(text.slice(fact.sentence.start, fact.sentence.end));
  };
  const calledCache = new Map<string, string>();
  const called = (p: Person) => {
    let name = calledCache.get(p.key);
    if (name === undefined) {
      name = p.kind !== 'person' && (takesThe(p.name) || usuallyWithThe(p.name, p.articles.map(raw))) ? `the ${p.name}` : p.name;
      calledCache.set(p.key, name);
    }
    return name;
  };
  // A title read from the tail of a longer name ("Dockers Union secretary") never labels a person.
  const cutRoles = new Set((byKind.get('role') as RoleFact[] | undefined ?? []).filter((f) => cutFromLonger(raw(f.article), f)).map((f) => normalize(f.role)));
  const describedCache = new Map<string, string>();
  const describe = (p: Person) => {
    let shown = describedCache.get(p.key);
    if (shown === undefined) describedCache.set(p.key, (shown = describeUncached(p)));
    return shown;
  };
  const describeUncached = (p: Person) => {
    const title = bestTitle(p.roles.filter((r) => !normalize(p.name).includes(normalize(r)) && !cutRoles.has(normalize(r))));
    // "Former WorldCom chief": the capital came from the start of the source's sentence.
    return title ? `${jobCase(title.replace(/^(?:Former|Ex|Then|Outgoing|Incoming|Acting) /, (w) => w.toLowerCase()))} ${p.name}` : called(p);
  };
  const outletOf = (articleId: string) => {
    const a = articles.get(articleId);
    if (a?.outlet) return a.outlet;
    if (a?.title) return `the report “${nestQuotes(squash(a.title))}”`;
    return 'the report';
  };
  const wordings = new Map<string, string>();
  let usage: WordUsage | undefined;
  const wording = (fact: QuoteFact) => {
    if (!fact.extractor.startsWith('headlines/')) return fact.text;
    let shown = wordings.get(fact.id);
    if (shown === undefined) {
      usage ??= wordUsage(table.articles.map((a) => raw(a.id)));
      wordings.set(fact.id, (shown = sentenceCase(fact.text, usage)));
    }
    return shown;
  };
  const midSentence = (phrase: string) => {
    const first = /^\p{Lu}\p{Ll}+(?=[\s,]|$)/u.exec(phrase)?.[0];
    if (!first) return phrase;
    const lower = first.toLowerCase();
    usage ??= wordUsage(table.articles.map((a) => raw(a.id)));
    const uses = usage.get(lower);
    return STOPWORDS.has(lower) || (uses !== undefined && uses.lower > uses.capitalised) ? lower + phrase.slice(first.length) : phrase;
  };
  return {
    table,
    phrases,
    wording,
    midSentence,
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    raw,
    sentenceOf,
    mapsBack(fact) {
      const text = raw(fact.article);
      return text === undefined || text.slice(fact.span.start, fact.span.end) === fact.text;
    },
    sourceOf(fact) {
      const a = articles.get(fact.article);
      const sentence = sentenceOf(fact);
      return {
        article: fact.article,
        path: a?.path ?? '',
        span: { start: fact.span.start, end: fact.span.end },
        text: fact.text,
        ...(sentence ? { sentence } : {}),
        ...(a?.outlet ? { outlet: a.outlet } : {}),
        ...(a?.title ? { title: squash(a.title) } : {}),
      };
    },
    people: allPeople,
    person: (key) => people.get(key),
    notable,
    notableIn: (id) => notableByArticle.get(id) ?? [],
    namedIn: (id) => {
      namedByArticle ??= groupBy(
        allPeople.filter((p) => p.kind === 'person' && p.quotes === 0 && p.roles.length === 0 && !p.key.startsWith('name:') && p.name.trim().split(/\s+/).length >= 2),
        (p) => p.articles,
      );
      return namedByArticle.get(id) ?? [];
    },
    quotesBy: (key) => quotesByKey.get(key) ?? [],
    personOf,
    describe,
    called,
    attribution(fact, speaker) {
      const p = personOf(speaker);
      return p ? describe(p) : outletOf(fact.article);
    },
    factsOf: <K extends Fact['kind']>(kind: K) => (kind === 'quote' ? askableQuotes : (byKind.get(kind) ?? [])) as Array<Extract<Fact, { kind: K }>>,
  };
}

/**
 * A stem that calls someone "Water Board chair Tomas Brandt" answers any role question about
 * them; this key keeps the two out of one quiz.
 */
export function titleKeys(ctx: QuestionContext, person: Person | undefined): string[] {
  return person && ctx.describe(person) !== person.name ? [`titled:${person.key}`] : [];
}

/** Same words, or one quote a trimmed version of the other (outlets cut quotes differently). */
export function sameWords(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x === y || (y.length > 20 && x.includes(y)) || (x.length > 20 && y.includes(x));
}

const CONTENT_MIN = 4;
const SIMILAR_SHARE = 0.6;
const contentCache = new Map<string, Set<string>>();

/** The content words of a text, for comparing what two quotes say. */
function contentWords(text: string): Set<string> {
  let words = contentCache.get(text);
  if (!words) {
    if (contentCache.size > 50_000) contentCache.clear();
    words = new Set(normalize(text).split(' ').filter((w) => w.length >= CONTENT_MIN && !STOPWORDS.has(w)).map((w) => w.slice(0, 6)));
    contentCache.set(text, words);
  }
  return words;
}

/**
 * Two quotes that say much the same: the same words, or most content words of the shorter one in
 * the longer ("aid was sent to Tarvin" / "aid has been sent to the Tarvin region").
 */
export function similarWords(a: string, b: string): boolean {
  if (sameWords(a, b)) return true;
  const x = contentWords(a);
  const y = contentWords(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 2) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SIMILAR_SHARE;
}

/** True when this person is also quoted saying much the same: then they are no wrong answer. */
export function alsoSaid(ctx: QuestionContext, person: Person, quote: QuoteFact): boolean {
  return ctx.quotesBy(person.key).some((q) => similarWords(q.text, quote.text));
}

/**
 * One speaks for the other: a person whose role names the organization ("NATO Secretary
 * General"), or an office named after its person ("Amara Okafor's office"). Saying one said
 * what the other said is not clearly false.
 */
export function affiliated(a: Person, b: Person): boolean {
  const within = (outer: string, inner: string) => inner.length > 1 && ` ${outer} `.includes(` ${inner} `);
  const speaksFor = (p: Person, q: Person) => [...q.names].some((n) => within(normalize(p.name), n) || p.roles.some((r) => within(normalize(r), n)) || (p.bodies !== undefined && p.bodies.some((b) => within(b, n))));
  return speaksFor(a, b) || speaksFor(b, a);
}

/**
 * A role cut from a longer name: "Dockers Union secretary" read from "Port & General
 * Dockers Union secretary", "Velden governor" from "Bank of Velden governor". The words
 * just before it belong to it: "&" (and perhaps one capitalized word), or a capitalized word and
 * "of"/"for". ("The wife of President X" is no cut: "wife" is no part of a name.)
 */
export function cutFromLonger(raw: string | undefined, fact: RoleFact): boolean {
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  return CUT_BEFORE.test(raw.slice(Math.max(0, fact.span.start - 40), fact.span.start));
}
const CUT_BEFORE = /(?:&\s+(?:\p{Lu}[\p{L}’'.-]*\s+)?|\p{Lu}[\p{L}’'.-]*\s+(?:of|for)\s+)$/u;
