import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lowercased content words of a text, plural -s folded, for overlap between sentences. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const part of m[0].toLowerCase().replace(/’/g, "'").split('-')) {
      const w = part.replace(/'s$/, '').replace(/'$/, '');
      if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w) && w.length < 3) continue;
      out.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
    }
  }
  return out;
}

/** Number of words, for length limits. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whitespace (layout line breaks, runs of spaces) collapsed to single spaces. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
