import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+/gu;
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

/** Lowercased content words of a text (hyphenated parts separate, possessive 's and plural -s folded). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    let w = m[0];
    // "Velden's" -> "velden"; "don't" -> "don" is dropped below as too short or a stopword stem.
    const next = lower.charCodeAt(WORD.lastIndex);
    if (next === 39 || next === 0x2019) {
      const tail = POSSESSIVE.exec(lower.slice(WORD.lastIndex, WORD.lastIndex + 3));
      if (!tail) {
        const rest = /^['’][\p{L}]+/u.exec(lower.slice(WORD.lastIndex, WORD.lastIndex + 12));
        if (rest) {
          w += `'${rest[0].slice(1)}`;
          WORD.lastIndex += rest[0].length;
        }
      }
    }
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

const TOKEN = /\S+/g;

/** Number of words, for length limits. */
export function wordCount(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text)) n++;
  return n;
}

/** Whitespace (layout line breaks, runs of spaces) collapsed to single spaces. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
