import type { Span } from '../../schema/index.js';
import type { Token } from './tokens.js';
import { ADDRESSEE_WORDS, COMPLEMENTIZERS, NAME_PARTICLES, NON_CLAUSE_STARTERS } from './words.js';

/** Index past an addressee after "told"/"asked": "reporters", "City Radio", "a news conference". */
export function skipAddressee(tokens: Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t || i >= end || !t.isWord || t.quoted || COMPLEMENTIZERS.has(t.lower)) return i;
  if (ADDRESSEE_WORDS.has(t.lower)) return i + 1;
  let j = i;
  if (/^(the|a|an|his|her|their|its|our)$/.test(t.lower)) {
    j++;
    let n = 0;
    while (j < end && n < 4 && tokens[j].isWord && !tokens[j].quoted && !COMPLEMENTIZERS.has(tokens[j].lower) && !NON_CLAUSE_STARTERS.has(tokens[j].lower)) {
      j++;
      n++;
    }
    return j;
  }
  while (j < end && tokens[j].isWord && !tokens[j].quoted && (tokens[j].upper || NAME_PARTICLES.has(tokens[j].lower))) j++;
  return j;
}

export function trimSpanEnd(text: string, start: number, end: number): Span {
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  if (end > start && text[end - 1] === '.' && !/\.\p{Lu}\.$|\b\p{Lu}\.$/u.test(text.slice(Math.max(start, end - 4), end))) end--;
  return { start, end };
}
