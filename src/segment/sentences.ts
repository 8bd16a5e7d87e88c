import type { Span } from '../schema/index.js';
import type { Sentence } from '../doc.js';
import { ABBREVIATIONS, LOWERCASE_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

const CLOSERS = new Set([...`"'”’)]»`]);
const QUOTE_CLOSERS = new Set([...`"”’'»`]);
const OPENERS = new Set([...`"'“‘([«`]);
const END_MARKS = /[.!?…]+/g;
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}*$/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const NEXT_WORD = /[\p{L}\p{N}]+/uy;
const LOWER = /\p{Ll}/u;
/**
 * An attribution after a quote that ends in ? or !: one to four capitalised words (or a pronoun)
 * and a speech verb, then punctuation: '"Why?" Jo Doe asked.' is one sentence; '"Why?" Jo Doe
 * asked for more.' is not matched and splits as before.
 */
const ATTRIBUTION_AFTER_QUOTE =
  /(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+)(?:said|asked|says|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|shouts|exclaimed|recalled|continued|insisted|wondered|demanded)\b/uy;
const AFTER_ATTRIBUTION = /[.,;:—–]/;
/** A word glued to the previous sentence's full stop ("dangerous.The man"): capital, lower case, then a space. */
const GLUED_WORD = /\p{Lu}\p{Ll}+(?=[ ,])/uy;
const LETTER = /\p{L}/u;

/** Words after which a sentence never ends: an ellipsis after them leaves something out mid-sentence. */
const ELLIPSIS_CONTINUES = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'against', 'with', 'from', 'by', 'in', 'on', 'at', 'as', 'and', 'or', 'but', 'nor',
  'than', 'such', 'about', 'into', 'onto', 'like', 'between', 'among', 'my', 'our', 'their', 'his', 'her', 'its', 'your', 'every',
  'each', 'this', 'these', 'those', 'whose', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'very', 'most', 'more',
]);

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
 * A missing space after a full stop ("dangerous.The man") when a lower-case word of three or
 * more letters, standing alone, precedes it: not "U.S.The", "e.g.The", a URL or "Node.Js".
 */
function isGluedSentence(text: string, mark: number, end: number, paragraph: Span): boolean {
  if (end !== mark + 1 || end + 3 >= paragraph.end) return false;
  let s = mark;
  while (s > paragraph.start && LOWER.test(text[s - 1])) s--;
  if (mark - s < 3 || (s > paragraph.start && !isSpace(text[s - 1]) && !OPENERS.has(text[s - 1]))) return false;
  GLUED_WORD.lastIndex = end;
  if (!GLUED_WORD.test(text)) return false;
  return !LETTER.test(text[s - 1] ?? '');
}

/** "1." or "12." opening a sentence or after a colon: a list item's number, not a sentence end. */
function isListNumber(text: string, dot: number, from: number): boolean {
  let s = dot;
  while (s > from && dot - s < 3 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  if (s === dot || dot - s > 2) return false;
  if (s === from) return true;
  let p = s;
  while (p > from && isSpace(text[p - 1])) p--;
  return p < s && text[p - 1] === ':';
}

/** The lower-cased word just before `at` (skipping spaces), within the sentence from `from`. */
function wordBefore(text: string, at: number, from: number): string {
  let e = at;
  while (e > from && isSpace(text[e - 1])) e--;
  let s = e;
  while (s > from && LETTER.test(text[s - 1])) s--;
  return text.slice(s, e).toLowerCase();
}

function isAttribution(text: string, at: number, end: number): boolean {
  ATTRIBUTION_AFTER_QUOTE.lastIndex = at;
  const m = ATTRIBUTION_AFTER_QUOTE.exec(text);
  if (m === null) return false;
  let i = at + m[0].length;
  if (i > end) return false;
  while (i < end && isSpace(text[i])) i++;
  return i === end || AFTER_ATTRIBUTION.test(text[i]);
}

/**
 * Split one paragraph into sentences. A sentence ends at . ! ? or … (plus closing quotes or
 * brackets) followed by whitespace and an upper-case letter, digit or opening quote, unless the
 * period belongs to an abbreviation or initialism. Linear in the paragraph length.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  splitInto(text, paragraph, -1, out);
  return out;
}

/**
 * The sentences of paragraph number `index` of a document, pushed onto `out` as Sentence objects
 * directly (not spans copied into sentences afterwards).
 */
export function appendSentences(text: string, paragraph: Span, index: number, out: Sentence[]): void {
  splitInto(text, paragraph, index, out);
}

/** A span, or with `index` >= 0 a sentence of paragraph `index` (the shape segmentParagraphs always made). */
const piece = (start: number, end: number, index: number): Span => (index < 0 ? { start, end } : ({ start, end, paragraph: index } as Sentence));

/** The split itself: spans when `index` is -1, else sentences of paragraph `index`. */
function splitInto(text: string, paragraph: Span, index: number, out: Span[]): void {
  let start = paragraph.start;
  while (start < paragraph.end && isSpace(text[start])) start++;
  END_MARKS.lastIndex = start;
  for (let m = END_MARKS.exec(text); m && m.index < paragraph.end; m = END_MARKS.exec(text)) {
    let end = Math.min(m.index + m[0].length, paragraph.end);
    while (end < paragraph.end && CLOSERS.has(text[end])) end++;
    let next = end;
    while (next < paragraph.end && isSpace(text[next])) next++;
    if (next === end && isGluedSentence(text, m.index, end, paragraph)) {
      out.push(piece(start, end, index));
      start = end;
      continue;
    }
    if (next === end || next >= paragraph.end) continue;
    const first = text[next];
    if (!(UPPER_OR_DIGIT.test(first) || OPENERS.has(first))) continue;
    // An opening bracket or quote before a lower-case word continues the sentence: "the S.E.C. (at least)".
    if (OPENERS.has(first) && LOWER.test(wordAt(text, next, paragraph.end)[0] ?? '')) continue;
    // A question or exclamation in quotes followed by its attribution: "Why?" Jo Doe asked.
    if (end > m.index + m[0].length && m[0] !== '.' && m[0] !== '…' && isAttribution(text, next, paragraph.end)) continue;
    if (m[0] === '.' && end === m.index + 1 && isListNumber(text, m.index, start)) continue;
    // A closing quote right after the period ends the sentence: an abbreviation or initial
    // inside a name is not followed by one ('... Cell Block H." The').
    if (m[0] === '.' && !QUOTE_CLOSERS.has(text[m.index + 1]) && isAbbreviationDot(text, m.index, wordAt(text, next, paragraph.end))) continue;
    // An ellipsis after a word that cannot end a sentence marks an omission: "fought against ... Americans".
    if ((m[0] === '...' || m[0] === '…') && end === m.index + m[0].length && ELLIPSIS_CONTINUES.has(wordBefore(text, m.index, start))) continue;
    out.push(piece(start, end, index));
    start = next;
    END_MARKS.lastIndex = next;
  }
  let end = paragraph.end;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push(piece(start, end, index));
}
