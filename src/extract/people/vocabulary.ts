import { GAZETTEER, lookupPlaceOrOrg, NATIONALITIES, type GazetteerEntry } from './lexicon.js';
import { foldName, foldNameOf } from './name-match.js';
import type { Token } from './tokens.js';
import { GIVEN_NAMES } from './words/given-names.js';
import { GROUP_PRONOUNS, MONTHS, NAME_PARTICLES, NON_NAME_WORDS, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS, REPORTING_VERBS, STOP_WORDS, WEEKDAYS } from './words/common.js';
import { DEFINITE_ORG_NOUNS, GROUP_NOUNS, OFFICE_NOUNS, ORG_KEYWORDS, OTHER_KEYWORDS, PLACE_KEYWORDS } from './words/organizations.js';
import { DESCRIPTIVE_HEADS, GENDERED_TITLES, HONORIFICS, ROLE_DOMAINS, TITLE_HEADS, TITLE_MODIFIERS } from './words/titles.js';
import { WORK_NOUNS_AFTER, WORK_NOUNS_BEFORE } from './words/works.js';
import { DESCRIPTOR_NOUNS, HEADLINE_VERBS, ORDINARY_WORDS } from './words/ordinary.js';
import { CORPORATE_TAILS, ORG_HINTS_BEFORE, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, RESULT_NOUNS, STAKE_NOUNS } from './words/organizations.js';

/** Word-class tests shared by the name, role and reference finders. */

/** Lower-case words after a name that make it a place ("Tula region"). */
const PLACE_NOUNS_AFTER = new Set(['region', 'oblast', 'province', 'county', 'district', 'city', 'town', 'village', 'peninsula', 'island', 'river', 'crossing', 'airport', 'governorate', 'prefecture']);

/** Titles that are part of how a name is used ("Prince Arne", "Pope Linus"). */
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'saint', 'sheikh', 'emir', 'sultan']);

/** "Oslo-based", "Paris-listed": a capitalized modifier, not part of a name. */
const LOCATED = /-(?:based|listed|born|owned|led|backed|registered|headquartered|made)$/;

const PERSONAL_HONORIFIC = /^(?:mr|mrs|ms|miss|dr|mx)\.?$/;

/** An inner capital after lower case, not a Mc/Mac/O' surname: a brand or organization. */
const CAMEL_CASE = /^(?!Mc|Mac|O['’]|De|Di|La|Le)\p{Lu}\p{Ll}+\p{Lu}/u;

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;

// ASCII first: the Unicode test only for the rare other characters.
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;
const ROMAN = /^(?:[IVX]+)$/;

// Bits of Token.cls: every word list a token is looked up in, decided once per distinct word.
// Of the lower-case word:
export const STOP = 1 << 0;
export const MONTH = 1 << 1;
export const WEEKDAY = 1 << 2;
export const PERSON_PRONOUN = 1 << 3;
export const GROUP_PRONOUN = 1 << 4;
export const POSSESSIVE_PRONOUN = 1 << 5;
export const PARTICLE = 1 << 6;
export const REPORTING = 1 << 7;
export const NON_NAME = 1 << 8;
export const ORG_KEYWORD = 1 << 9;
export const PLACE_KEYWORD = 1 << 10;
export const OTHER_KEYWORD = 1 << 11;
export const GROUP_NOUN = 1 << 12;
export const OFFICE_NOUN = 1 << 13;
export const DEFINITE_ORG = 1 << 14;
export const TITLE_HEAD = 1 << 15;
export const TITLE_MODIFIER = 1 << 16;
export const ROLE_DOMAIN = 1 << 17;
export const HONORIFIC = 1 << 18;
export const PLACE_NOUN_AFTER = 1 << 19;
export const ROYAL = 1 << 20;
export const LOCATED_MODIFIER = 1 << 21;
export const PERSONAL_HONORIFIC_WORD = 1 << 22;
export const GIVEN_LOWER = 1 << 23;
// Of the word as written:
export const GIVEN_FOLDED = 1 << 24;
export const NATIONALITY = 1 << 25;
/** The word without a final "s" is a nationality ("Norwegians"); the word itself when it has none. */
export const NATIONALITY_UNPLURAL = 1 << 26;
export const ACRONYM = 1 << 27;
export const CAMEL = 1 << 28;
/** Two or more characters, an upper-case letter then a lower-case letter (or an apostrophe and a capital, "O'Brien"). */
export const NAME_LIKE = 1 << 29;
/**
 * An ordinary English word that is no given name ("Recent", "Forever"), a noun for a person's side
 * or nationality ("Spaniard", "Democrat"), or a hyphenated word with a lower-case part
 * ("Man-of-the-match", "League-trained", "Twenty-seven"): no word of a person's name.
 */
export const ORDINARY = 1 << 30;

/** What the word lists say about one written word. */
export interface WordInfo {
  text: string;
  lower: string;
  folded: string;
  cls: number;
  /** The gender an honorific implies; null also when the word is no honorific. */
  honorificGender: 'm' | 'f' | null;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Keeps a period that follows it: an initialism ("U.S"), an honorific ("Mr") or an initial ("J"). */
  keepsPeriod: boolean;
  /** The place or organization this word alone names (see gazetteerEntry). */
  gazetteer: GazetteerEntry | undefined;
  /**
   * Bits of the lower-case word in the cue lists (ORG_BEFORE and the others below), apart from
   * `cls` so that `cls` stays a small integer (a 32nd bit there made the tokenizer slower).
   */
  orgCue: number;
}

// Bits of WordInfo.orgCue: the lists of words around a name that make it an organization.
export const ORG_BEFORE = 1 << 0;
export const ORG_HINT_BEFORE = 1 << 1;
export const ORG_STAKE = 1 << 2;
export const ORG_AFTER = 1 << 3;
export const ORG_TAIL = 1 << 4;
/** Not an organization cue: a verb a headline-style phrase puts after a name ("Speaks", "Slams"). */
export const HEADLINE_VERB = 1 << 5;
/** Not organization cues either: nouns before and after a title of a work ("the film X", "the X series"). */
export const WORK_BEFORE = 1 << 6;
export const WORK_AFTER = 1 << 7;
/** A title head that describes an occupation ("star", "rapper"), no office. */
export const DESCRIPTIVE_HEAD = 1 << 8;
/** A noun for a company's results ("profits", "sales"). */
export const ORG_RESULT = 1 << 9;

function orgCueBits(lower: string): number {
  return (
    (ORG_NOUNS_BEFORE.has(lower) ? ORG_BEFORE : 0) |
    (ORG_HINTS_BEFORE.has(lower) ? ORG_HINT_BEFORE : 0) |
    (STAKE_NOUNS.has(lower) ? ORG_STAKE : 0) |
    (ORG_NOUNS_AFTER.has(lower) ? ORG_AFTER : 0) |
    (CORPORATE_TAILS.has(lower) ? ORG_TAIL : 0) |
    (HEADLINE_VERBS.has(lower) && !GIVEN_NAMES.has(lower) ? HEADLINE_VERB : 0) |
    (WORK_NOUNS_BEFORE.has(lower) ? WORK_BEFORE : 0) |
    (WORK_NOUNS_AFTER.has(lower) ? WORK_AFTER : 0) |
    (DESCRIPTIVE_HEADS.has(lower) ? DESCRIPTIVE_HEAD : 0) |
    (RESULT_NOUNS.has(lower) ? ORG_RESULT : 0)
  );
}

// Words seen so far, interned: an open-addressing table hashed over the characters of the text,
// so that looking up a known word makes no string (slicing and hashing strings was most of the
// tokenizer's time).
const TABLE_SIZE = 1 << 16;
const MAX_WORDS = 30_000;
/**
 * Per slot, the upper 16 bits of the word's hash over its index in `words` plus one (0: empty): one
 * small memory read per probe (the table is read for every token, and its misses in the processor's
 * cache were much of the tokenizer's time). Equal upper bits are checked by comparing the text.
 */
const slots = new Int32Array(TABLE_SIZE);
const INDEX_BITS = 0xffff;
const TAG_BITS = ~INDEX_BITS;
let words: WordInfo[] = [];

/** What the word lists say about text[at, at + len). */
export function wordInfoAt(text: string, at: number, len: number): WordInfo {
  let h = HASH_SEED;
  for (let i = at; i < at + len; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return wordInfoHashed(text, at, len, h);
}

/** FNV-1a, one UTF-16 unit at a time from HASH_SEED: what wordInfoHashed expects as `charsHash`. */
export const HASH_SEED = 0x811c9dc5 | 0;

export const HASH_PRIME = 0x01000193;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, HASH_PRIME);
}

/** wordInfoAt for a caller that hashed the characters already. */
export function wordInfoHashed(text: string, at: number, len: number, charsHash: number): WordInfo {
  const h = Math.imul(charsHash ^ len, HASH_PRIME);
  const tag = h & TAG_BITS;
  let slot = (h ^ (h >>> 16)) & (TABLE_SIZE - 1);
  for (let e = slots[slot]; e !== 0; e = slots[slot]) {
    if ((e & TAG_BITS) === tag) {
      const info = words[(e & INDEX_BITS) - 1];
      if (sameText(info.text, text, at, len)) return info;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  if (words.length === MAX_WORDS) {
    slots.fill(0);
    words = [];
    slot = (h ^ (h >>> 16)) & (TABLE_SIZE - 1);
  }
  const info = computeWordInfo(text.slice(at, at + len));
  words.push(info);
  slots[slot] = tag | words.length;
  return info;
}

function sameText(word: string, text: string, at: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let i = 0; i < len; i++) if (word.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

export function wordInfo(text: string): WordInfo {
  return wordInfoAt(text, 0, text.length);
}

/** Bits of the lower-case word lists, one lookup for all of them. */
const LOWER_CLASSES: ReadonlyMap<string, number> = buildLowerClasses();

function buildLowerClasses(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, b: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | b);
  };
  add(STOP_WORDS, STOP);
  add(MONTHS, MONTH);
  add(WEEKDAYS, WEEKDAY);
  add(PERSON_PRONOUNS.keys(), PERSON_PRONOUN);
  add(GROUP_PRONOUNS, GROUP_PRONOUN);
  add(POSSESSIVE_PRONOUNS.keys(), POSSESSIVE_PRONOUN);
  add(NAME_PARTICLES, PARTICLE);
  add(REPORTING_VERBS, REPORTING);
  add(NON_NAME_WORDS, NON_NAME);
  add(ORG_KEYWORDS, ORG_KEYWORD);
  add(PLACE_KEYWORDS, PLACE_KEYWORD);
  add(OTHER_KEYWORDS, OTHER_KEYWORD);
  add(GROUP_NOUNS, GROUP_NOUN);
  add(OFFICE_NOUNS, OFFICE_NOUN);
  add(DEFINITE_ORG_NOUNS, DEFINITE_ORG);
  add(TITLE_HEADS, TITLE_HEAD);
  add(TITLE_MODIFIERS, TITLE_MODIFIER);
  add(ROLE_DOMAINS, ROLE_DOMAIN);
  // An honorific with or without its period: "mr" and "mr." (and "gen" for "gen.").
  add([...HONORIFICS.keys()].flatMap((h) => [h, h.replace(/\.$/, '')]), HONORIFIC);
  add(PLACE_NOUNS_AFTER, PLACE_NOUN_AFTER);
  add(ROYAL_TITLES, ROYAL);
  add(GIVEN_NAMES, GIVEN_LOWER);
  const notGiven = (words: Iterable<string>) => [...words].filter((w) => !GIVEN_NAMES.has(w));
  add(notGiven(ORDINARY_WORDS), ORDINARY);
  add(notGiven(DESCRIPTOR_NOUNS), ORDINARY);
  add(notGiven(HEADLINE_VERBS), ORDINARY);
  // The lower-case words a title head can be written as but is not listed as: "sen." or "vice-chief".
  for (const w of out.keys()) if (titleHead(w)) out.set(w, out.get(w)! | TITLE_HEAD);
  return out;
}

/**
 * Everything the word lists say about one key string, read with a single look-up per new word:
 * the key as a lower-case word (its `cls` bits, organization cues, honorific) and as a folded word
 * (given name, nationality, gazetteer entry). Keys in no list share EMPTY_ENTRY.
 */
interface ListEntry {
  /** LOWER_CLASSES bits and PERSONAL_HONORIFIC_WORD. */
  lowerCls: number;
  orgCue: number;
  /** HONORIFICS.get(key) when listed, else HONORIFICS.get(key + '.'), else null. */
  honorificGender: 'm' | 'f' | null;
  /** HONORIFICS.has(key + '.'). */
  periodHonorific: boolean;
  /** GIVEN_FOLDED and NATIONALITY, of the key as a folded word. */
  foldedCls: number;
  gazetteer: GazetteerEntry | undefined;
}

const EMPTY_ENTRY: ListEntry = { lowerCls: 0, orgCue: 0, honorificGender: null, periodHonorific: false, foldedCls: 0, gazetteer: undefined };

const LIST_ENTRIES: ReadonlyMap<string, ListEntry> = buildListEntries();

function buildListEntries(): Map<string, ListEntry> {
  const keys = new Set<string>(LOWER_CLASSES.keys());
  const addAll = (words: Iterable<string>) => {
    for (const w of words) keys.add(w);
  };
  addAll(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx'].flatMap((h) => [h, `${h}.`]));
  for (const list of [ORG_NOUNS_BEFORE, ORG_HINTS_BEFORE, STAKE_NOUNS, ORG_NOUNS_AFTER, CORPORATE_TAILS, HEADLINE_VERBS, WORK_NOUNS_BEFORE, WORK_NOUNS_AFTER, DESCRIPTIVE_HEADS, RESULT_NOUNS]) addAll(list);
  for (const h of HONORIFICS.keys()) addAll(h.endsWith('.') ? [h, h.slice(0, -1)] : [h]);
  addAll(GIVEN_NAMES);
  addAll(NATIONALITIES);
  addAll(GAZETTEER.keys());
  const out = new Map<string, ListEntry>();
  for (const key of keys) {
    const honorificKey = HONORIFICS.has(key) ? key : `${key}.`;
    out.set(key, {
      lowerCls: (LOWER_CLASSES.get(key) ?? 0) | (PERSONAL_HONORIFIC.test(key) ? PERSONAL_HONORIFIC_WORD : 0),
      orgCue: orgCueBits(key),
      honorificGender: HONORIFICS.get(honorificKey) ?? null,
      periodHonorific: HONORIFICS.has(`${key}.`),
      foldedCls: (GIVEN_NAMES.has(key) ? GIVEN_FOLDED : 0) | (NATIONALITIES.has(key) ? NATIONALITY : 0),
      gazetteer: GAZETTEER.get(key),
    });
  }
  return out;
}

/** Bits of the lower-case word lists for `lower`, given its list entry. */
function lowerClasses(lower: string, entry: ListEntry): number {
  let cls = entry.lowerCls;
  // Listed heads were marked above; dotted or hyphenated spellings of heads are worked out here.
  const hyphen = lower.includes('-');
  if ((cls & TITLE_HEAD) === 0 && (hyphen || lower.includes('.')) && titleHead(lower)) cls |= TITLE_HEAD;
  if ((cls & TITLE_HEAD) === 0 && occupationByEnding(lower)) cls |= TITLE_HEAD;
  if (hyphen && LOCATED.test(lower)) cls |= LOCATED_MODIFIER;
  return cls;
}

/**
 * "Man-of-the-match", "League-trained", "Twenty-seven": a part after a hyphen starts in lower case
 * (not a Korean given name of two short syllables).
 */
function lowerPartAfterHyphen(text: string): boolean {
  // "Geun-hye", "Ki-moon": two short syllables are a given name written the Korean way.
  const hyphen = text.indexOf('-');
  if (hyphen > 0 && hyphen <= 5 && text.length - hyphen - 1 <= 5 && text.indexOf('-', hyphen + 1) < 0 && !/(?:ed|ing)$/.test(text)) return false;
  for (let i = text.indexOf('-'); i >= 0 && i + 1 < text.length; i = text.indexOf('-', i + 1)) {
    const c = text[i + 1];
    if (c !== c.toUpperCase() && c === c.toLowerCase()) return true;
  }
  return false;
}

/** wordInfo without the caches (exported for the tests). */
export function computeWordInfo(text: string): WordInfo {
  const lower = text.toLowerCase();
  const folded = foldNameOf(text, lower);
  // "al-Hakim", "el-Sayed", "d'Estaing": a lower-case article or particle joined to a capitalised
  // name counts as a capitalised word (it ends a name: "Ali al-Hakim"), though no name alone (NAME_LIKE).
  const upper = startsUpper(text) || joinedParticleName(text);
  const lowerEntry = LIST_ENTRIES.get(lower) ?? EMPTY_ENTRY;
  const foldedEntry = folded === lower ? lowerEntry : (LIST_ENTRIES.get(folded) ?? EMPTY_ENTRY);
  const bit = (test: boolean, b: number) => (test ? b : 0);
  const nationality = foldedEntry.foldedCls & NATIONALITY;
  // The regular expressions only where they can match: they are slow the first times they run.
  const cls =
    lowerClasses(lower, lowerEntry) |
    foldedEntry.foldedCls |
    (text.endsWith('s') ? bit(NATIONALITIES.has(foldName(text.slice(0, -1))), NATIONALITY_UNPLURAL) : nationality ? NATIONALITY_UNPLURAL : 0) |
    bit(upper && acronym(text), ACRONYM) |
    bit(upper && camelCase(text), CAMEL) |
    bit(upper && nameLike(text), NAME_LIKE) |
    bit(upper && text.includes('-') && lowerPartAfterHyphen(text), ORDINARY);
  const keepsPeriod = (text.includes('.') && INITIALISM.test(text)) || lowerEntry.periodHonorific || (text.length === 1 && upper);
  return { text, lower, folded, cls, honorificGender: lowerEntry.honorificGender, upper, keepsPeriod, gazetteer: gazetteerOf(text, foldedEntry.gazetteer), orgCue: lowerEntry.orgCue };
}

/** gazetteerEntry(name), given the entry of its folded form. */
function gazetteerOf(name: string, entry: GazetteerEntry | undefined): GazetteerEntry | undefined {
  if (entry && name.replace(/\./g, '').length <= 3 && name !== name.toUpperCase()) return undefined;
  return entry;
}

/** The place or organization `name` is; short acronyms ("US", "IS", "AP") only when written in capitals. */
export function gazetteerEntry(name: string): GazetteerEntry | undefined {
  return gazetteerOf(name, lookupPlaceOrOrg(name));
}

/**
 * Endings that make a word a person's occupation whatever its stem: "ecologist", "statistician",
 * "choreographer", "beekeeper", "steelworker", "neuroscientist". Endings shared with other words (-er, -or, -ist,
 * -man) are not enough: "water", "list", "German", "Freeman".
 */
const OCCUPATION_ENDINGS = ['ologist', 'onomist', 'iatrist', 'ician', 'ographer', 'keeper', 'worker', 'scientist'];

/** "mother-of-two", "father-of-three", "great-grandmother": kin written with a count or a "great-". */
const KIN_COMPOUND = /^(?:(?:great-)+(?:grand)?(?:mother|father|parent|aunt|uncle|son|daughter|child)|(?:grand)?(?:mother|father|mum|mom|dad|parent)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))$/;

export function occupationByEnding(lower: string): boolean {
  if (lower.length < 8) return false;
  if (lower.includes('-')) return KIN_COMPOUND.test(lower);
  for (const e of OCCUPATION_ENDINGS) if (lower.endsWith(e) && lower.length - e.length >= 2 && !lower.includes('-')) return true;
  return false;
}

const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|d|dell|dall)['’-]\p{Lu}\p{Ll}/u;

function joinedParticleName(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 97 || c > 122 || text.length < 4) return false;
  return (text.includes('-') || text.includes("'") || text.includes('’')) && JOINED_PARTICLE.test(text);
}

function titleHead(lower: string): boolean {
  if (!lower.includes('-')) return TITLE_HEADS.has(lower) || (lower.endsWith('.') && TITLE_HEADS.has(lower.slice(0, -1)));
  return TITLE_HEADS.has(lower) || TITLE_HEADS.has(lower.replace(/\.$/, '')) || (lower.split('-').every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) && lower.split('-').some((w) => TITLE_HEADS.has(w)));
}

// The shape tests below have an ASCII version: their Unicode expressions cost milliseconds to
// compile, which short runs would pay for nearly every capitalized word.

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** NATO, BRICS, DPRK: two or more capitals, no lower case. */
function acronym(text: string): boolean {
  if (!isAscii(text)) return /^[\p{Lu}][\p{Lu}\p{N}.&/-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && !ROMAN.test(text);
  if (text.length < 2 || !isAsciiUpper(text.charCodeAt(0))) return false;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiUpper(c)) capitals++;
    else if (!((c >= 48 && c <= 57) || c === 46 || c === 38 || c === 47 || c === 45)) return false;
  }
  return capitals >= 2 && !ROMAN.test(text);
}

/** CAMEL_CASE.test(text). */
function camelCase(text: string): boolean {
  if (!isAscii(text)) return CAMEL_CASE.test(text);
  if (/^(?:Mc|Mac|O'|De|Di|La|Le)/.test(text) || !isAsciiUpper(text.charCodeAt(0))) return false;
  let i = 1;
  while (i < text.length && isAsciiLower(text.charCodeAt(i))) i++;
  return i > 1 && isAsciiUpper(text.charCodeAt(i));
}

/** Two or more characters, an upper-case letter then a lower-case letter or an apostrophe and a capital. */
function nameLike(text: string): boolean {
  if (text.length < 2) return false;
  if (!isAscii(text)) return NAME_SHAPE.test(text);
  const second = text.charCodeAt(1);
  // "O'Brien", not "I've" or "I'm".
  return isAsciiUpper(text.charCodeAt(0)) && (isAsciiLower(second) || (second === 39 && text.length > 2 && isAsciiUpper(text.charCodeAt(2))));
}

export function isTitleHead(t: Token): boolean {
  return (t.cls & TITLE_HEAD) !== 0;
}

export function isTitleModifier(t: Token): boolean {
  return (t.cls & TITLE_MODIFIER) !== 0;
}

export function isRoleDomain(t: Token): boolean {
  return (t.cls & ROLE_DOMAIN) !== 0;
}

export function isHonorific(t: Token): boolean {
  return (t.cls & HONORIFIC) !== 0;
}

/** Gender a role word implies ("spokeswoman"), if any. */
export function genderOfRole(role: string): 'm' | 'f' | null {
  for (const w of foldName(role).split(/[\s']+/)) {
    const g = GENDERED_TITLES.get(w);
    if (g) return g;
  }
  return null;
}

export function isAcronym(t: Token): boolean {
  return (t.cls & ACRONYM) !== 0;
}
