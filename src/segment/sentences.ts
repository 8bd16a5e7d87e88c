import type { Span } from '../schema/index.js';
import { ABBREVIATIONS, SENTENCE_STARTERS, SOMETIMES_FINAL } from './abbreviations.js';

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** Is the period at `dot` part of an abbreviation or initialism rather than a sentence end? */
function isAbbreviationDot(text: string, dot: number, nextWord: string): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const token = text.slice(s, dot);
  const bare = token.replace(/\./g, '').toLowerCase();
  const nextIsStarter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (token.includes('.') || (token.length === 1 && /\p{Lu}/u.test(token))) {
    // U.S., U.N., a.m., J. (initials): a break only before a typical sentence starter.
    return !nextIsStarter;
  }
  if (SOMETIMES_FINAL.has(bare)) return !nextIsStarter;
  return ABBREVIATIONS.has(bare) && token.length > 0 && !(bare === 'no' && !/^\d/.test(nextWord));
}

/**
 * Split one paragraph into sentences. Rules: a sentence ends at . ! ? or … (plus closing quotes or
 * brackets) followed by whitespace and an upper-case letter, digit or opening quote, unless the
 * period belongs to an abbreviation or initialism.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  while (start < paragraph.end && /\s/.test(text[start])) start++;
  const re = /[.!?…]+/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < paragraph.end) {
    let end = m.index + m[0].length;
    while (end < paragraph.end && CLOSERS.includes(text[end])) end++;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next])) next++;
    if (next === end || next >= paragraph.end) continue;
    const first = text[next];
    if (!(/[\p{Lu}\p{N}]/u.test(first) || OPENERS.includes(first))) continue;
    const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next, next + 30).replace(/^["'“‘([«]+/, ''))?.[0] ?? '';
    if (m[0] === '.' && isAbbreviationDot(text, m.index, nextWord)) continue;
    out.push({ start, end });
    start = next;
  }
  let end = paragraph.end;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}
