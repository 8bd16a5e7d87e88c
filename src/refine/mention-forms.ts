import type { Doc } from '../doc.js';
import type { Mention } from '../extract/types.js';
import { foldName } from '../extract/people/name-match.js';
import { genderOfRole } from '../extract/people/vocabulary.js';
import { FEMALE_NAMES, MALE_NAMES } from '../extract/people/words/name-genders.js';
import { HONORIFICS } from '../extract/people/words/titles.js';
import { GROUP_PRONOUNS, NAME_PARTICLES, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS } from '../extract/people/words/common.js';

/** How a mention refers: by name, by a title alone, by a pronoun, or as "his office". */
export type MentionForm = 'name' | 'title' | 'pronoun' | 'office';

const SPACE = /\s/;

/** `text.split(/\s+/)[0]` without the array. */
function firstWord(text: string): string {
  const space = text.search(SPACE);
  return space < 0 ? text : text.slice(0, space);
}

export function mentionForm(m: Mention): MentionForm {
  if (m.name) return 'name';
  const lower = m.text.toLowerCase();
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower) || lower === 'it') return 'pronoun';
  if (POSSESSIVE_PRONOUNS.has(firstWord(lower))) return 'office';
  return 'title';
}

/** "Okafor's statement": the mention is followed by a possessive ending. */
export function isPossessive(doc: Doc, m: Mention): boolean {
  return /^['’]s?\b|^['’](?!\w)/u.test(doc.text.slice(m.end, m.end + 3));
}

export function genderOfMention(m: Mention): 'm' | 'f' | null {
  const form = mentionForm(m);
  if (form === 'pronoun') return PERSON_PRONOUNS.get(m.text.toLowerCase()) ?? null;
  const first = firstWord(m.text).toLowerCase();
  const g = HONORIFICS.get(first) || HONORIFICS.get(`${first}.`);
  if (g) return g;
  const byRole = m.role ? genderOfRole(m.role) : null;
  if (byRole) return byRole;
  // The given name, when the name has one: "Anna Berg" is "she".
  const given = m.kind === 'person' && m.name.includes(' ') ? foldName(firstWord(m.name)) : '';
  return FEMALE_NAMES.has(given) ? 'f' : MALE_NAMES.has(given) ? 'm' : null;
}

export interface NameParts {
  /** Folded words of the name, particles dropped ("van den berg" -> ["berg"]). */
  readonly words: readonly string[];
  /** Keys a bare surname may be written as: the last word, and the first for "Lee Jun Ho". */
  readonly surnames: readonly string[];
  /** The given name when the name has one. */
  readonly given: string | null;
  /** "jr", "sr", "iii": what tells a son from his father of the same name; '' when none. */
  readonly suffix: string;
}

/** Words after a surname that tell a father from a son ("Jr.", "III"), folded. */
const GENERATIONAL_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'jnr', 'snr']);

/** Particles that, capitalised at the start of a name, are more often a given name or a surname ("Ole Berg", "Do Van Minh"). */
const RARE_CAPITAL_PARTICLES = new Set(['ole', 'do', 'wa', 'ap', 'zu', 'ten', 'ter', 'bint', 'dei', 'degli', 'vom']);

const partsCache = new Map<string, NameParts>();

/** The parts of a person's name (shared: callers must not change them). Names recur across mentions, passes and articles. */
export function nameParts(name: string): NameParts {
  let parts = partsCache.get(name);
  if (parts === undefined) {
    if (partsCache.size > 50_000) partsCache.clear();
    partsCache.set(name, (parts = splitName(name)));
  }
  return parts;
}

function splitName(name: string): NameParts {
  // Hyphens join ("Smith-Jones" is one surname), unlike foldName, which compares spellings.
  const joined = /[-‐‑]/.test(name) ? name.replace(/(\p{L})[-‐‑](\p{L})/gu, '$1$2') : name;
  const all = foldName(joined).split(' ').filter(Boolean);
  // "Joseph R. Dorran Jr.", "Ray Hollis III": a generational suffix is no surname.
  let suffix = '';
  if (all.length > 2 && GENERATIONAL_SUFFIXES.has(all[all.length - 1])) suffix = all.pop()!.replace(/\.$/, '');
  // A particle is one only as written in lower case: "Simeon ole Parkesy", but "Ole Berg" has a given name.
  // Only a rare particle opening the name needs the name as written.
  const rareFirst = all.length > 1 && RARE_CAPITAL_PARTICLES.has(all[0]);
  const raw = rareFirst ? joined.trim().split(/\s+/) : undefined;
  const lowerAt = (i: number) => !raw || raw.length !== all.length || raw[i][0] !== raw[i][0].toUpperCase();
  const particleAt = (i: number) => NAME_PARTICLES.has(all[i]) && (i > 0 || !rareFirst || lowerAt(i));
  const words = all.filter((_, i) => !(i < all.length - 1 && particleAt(i)));
  if (!words.length) return { words: [], surnames: [], given: null, suffix };
  const last = words[words.length - 1];
  if (words.length === 1 || all.length > 1 && all.slice(0, -1).every((_, i) => particleAt(i))) return { words, surnames: [last], given: null, suffix };
  const first = words[0];
  if (familyNameFirst(name, words)) return { words, surnames: [first, last], given: null, suffix };
  return { words, surnames: [last], given: first, suffix };
}

/**
 * Names that may be written family name first, as East Asian names usually are in English news:
 * three short syllables, a hyphenated two-syllable given name, or a very short first word.
 * Then both the first and the last word can stand alone for the person.
 */
function familyNameFirst(name: string, words: string[]): boolean {
  // "Tim E. Lee": a middle initial is the Western order.
  if (words.some((w) => w.length === 1 || (w.length === 2 && w.endsWith('.')))) return false;
  if (words.length === 3) return words.every((w) => w.length <= 5);
  if (words.length !== 2) return false;
  const parts = name.trim().split(/\s+/);
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[parts.length - 1] ?? '') || words[0].length <= 2;
}
