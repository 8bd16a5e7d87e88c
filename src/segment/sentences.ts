import type { Span } from '../schema/index.js';
import { ABBREVIATIONS, LOWERCASE_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

const CLOSERS = new Set([...`"'”’)]»`]);
const OPENERS = new Set([...`"'“‘([«`]);
const END_MARKS = /[.!?…]+/g;
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}*$/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const NEXT_WORD = /[\p{L}\p{N}]+/uy;

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f';

function wordAt(text: string, at: number, end: number): string {
  let i = at;
  while (i < end && OPENERS.has(text[i])) i++;
  NEXT_WORD.lastIndex = i;
  return NEXT_WORD.exec(text)?.[0] ?? '';
}

/** Is the period at `dot` part of an abbreviation or initialism rather than a sentence end? */
function isAbbreviationDot(text: string, dot: number, nextWord: string): boolean {
  let s = dot;
  while (s > 0 && dot - s < 20 && LETTER_OR_DOT.test(text[s - 1])) s--;
  const token = text.slice(s, dot);
  if (token.length === 0) return false;
  const nextIsStarter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // U.S., U.N., a.m., J. (an initial): a break only before a typical sentence starter.
  if (token.includes('.') || (token.length === 1 && UPPER.test(token))) return !nextIsStarter;
  const bare = token.toLowerCase();
  // "Sec. Smith" is a title; "the SEC. The" is an acronym ending a sentence.
  if (TITLE_ABBREVIATIONS.has(bare) && CAPITALIZED.test(token)) return true;
  if (bare === 'no' || bare === 'nos') return /^\d/.test(nextWord);
  if (!UPPER.test(token[0]) && !LOWERCASE_ABBREVIATIONS.has(bare)) return false;
  return ABBREVIATIONS.has(bare) && !nextIsStarter;
}

/**
 * Split one paragraph into sentences. A sentence ends at . ! ? or … (plus closing quotes or
 * brackets) followed by whitespace and an upper-case letter, digit or opening quote, unless the
 * period belongs to an abbreviation or initialism. Linear in the paragraph length.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  while (start < paragraph.end && isSpace(text[start])) start++;
  END_MARKS.lastIndex = start;
  for (let m = END_MARKS.exec(text); m && m.index < paragraph.end; m = END_MARKS.exec(text)) {
    let end = Math.min(m.index + m[0].length, paragraph.end);
    while (end < paragraph.end && CLOSERS.has(text[end])) end++;
    let next = end;
    while (next < paragraph.end && isSpace(text[next])) next++;
    if (next === end || next >= paragraph.end) continue;
    const first = text[next];
    if (!(UPPER_OR_DIGIT.test(first) || OPENERS.has(first))) continue;
    if (m[0] === '.' && isAbbreviationDot(text, m.index, wordAt(text, next, paragraph.end))) continue;
    out.push({ start, end });
    start = next;
    END_MARKS.lastIndex = next;
  }
  let end = paragraph.end;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
  return out;
}
