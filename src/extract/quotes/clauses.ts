import type { Span } from '../../schema/index.js';
import type { Token } from './tokens.js';
import { ADDRESSEE_WORDS, COMPLEMENTIZERS, NAME_PARTICLES, NON_CLAUSE_STARTERS } from './words.js';

// Word lists tested with Set lookups (a regular expression per test cost an object and a match).
const POSSESSIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const NOUN_PHRASE_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'one', 'two', 'three']);

/** Index past an addressee after "told"/"asked": "reporters", "City Radio", "a news conference". */
export function skipAddressee(tokens: Token[], i: number, end: number, asks = false): number {
  const t = tokens[i];
  if (!t || i >= end || !t.isWord || t.quoted || COMPLEMENTIZERS.has(t.lower)) return i;
  if (ADDRESSEE_WORDS.has(t.lower)) return i + 1;
  // "asked workers if ...": a bare noun right before the clause.
  if (t.lowerFirst && tokens[i + 1] && i + 1 < end && COMPLEMENTIZERS.has(tokens[i + 1].lower)) return i + 1;
  // "asked the former senator whether ...", "asked former Attorney General Jo Ames if ...": a
  // longer noun phrase of words only, closed by "whether" (or "if" after "asked", not "told").
  for (let k = i + 1; k < end && k <= i + 8; k++) {
    const w = tokens[k];
    if (!w.isWord || w.quoted || w.mark >= 0) break;
    if (w.lower === 'whether' || (asks && w.lower === 'if')) return k;
    if (COMPLEMENTIZERS.has(w.lower) || CLAUSE_SUBJECTS.has(w.lower) || NON_CLAUSE_STARTERS.has(w.lower) || contractedSubject(w.lower)) break;
  }
  let j = i;
  if (POSSESSIVE_DETERMINERS.has(t.lower)) {
    j++;
    let n = 0;
    // "the AP his firm ...", "a news conference they ...": the addressee ends where a subject
    // pronoun or a new possessive opens the clause; after a capitalised name, where a determiner does.
    const named = tokens[j]?.upper;
    while (j < end && n < 4 && tokens[j].isWord && !tokens[j].quoted && !COMPLEMENTIZERS.has(tokens[j].lower) && !NON_CLAUSE_STARTERS.has(tokens[j].lower) && !CLAUSE_SUBJECTS.has(tokens[j].lower) && !contractedSubject(tokens[j].lower) && !((named || n > 0) && !tokens[j].upper && NOUN_PHRASE_STARTS.has(tokens[j].lower))) {
      j++;
      n++;
    }
    return j;
  }
  while (j < end && tokens[j].isWord && !tokens[j].quoted && (tokens[j].upper || NAME_PARTICLES.has(tokens[j].lower))) j++;
  return j;
}

/** "he’s", "they're", "I'm": a subject pronoun with a contracted verb. */
function contractedSubject(lower: string): boolean {
  const apostrophe = lower.search(/['’]/);
  return apostrophe > 0 && CLAUSE_SUBJECTS.has(lower.slice(0, apostrophe)) && lower.length - apostrophe <= 3;
}

/** Words that open the clause after an addressee ("told the board he ...", "told the AP his firm ..."). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'my']);

export function trimSpanEnd(text: string, start: number, end: number): Span {
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] === '.' && !/\.\p{Lu}\.$|\b\p{Lu}\.$/u.test(text.slice(Math.max(start, end - 4), end))) end--;
  return { start, end };
}
