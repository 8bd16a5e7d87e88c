import type { Span } from '../../schema/index.js';
import { isSpace } from './tokens.js';

/** Words between quotation marks, found per paragraph. Offsets are in Doc.text coordinates. */
export interface QuotePassage {
  /** Index of the opening mark (the paragraph start when a run-on quote omits it). */
  open: number;
  /** Length of the opening mark: 1, 2 for doubled apostrophes, 0 when omitted. */
  openLength: number;
  /** Index of the closing mark, or the paragraph's end when the quote runs on to the next one. */
  close: number;
  closed: boolean;
  /** The quoted words without the marks (trailing comma and spaces trimmed). */
  content: Span;
  paragraph: number;
  /** Index of the passage this one continues (a quote that runs over a paragraph break). */
  continues: number | null;
}

const OPENING = new Set(['“', '«', '„']);
/** Every quotation mark; a doubled apostrophe is one mark. */
const MARKS = ['"', '“', '”', '«', '»', '„', "''"];

/**
 * Finds the quotation marks of a text left to right: `next(from, end)` is the index of the first
 * mark at or after `from` and before `end`, else -1 (the caller steps over a doubled apostrophe
 * with markLength). Each mark's next position is kept while `from` grows, so the text is searched
 * once per mark by the native indexOf.
 */
function markFinder(text: string): (from: number, end: number) => number {
  const nextAt = MARKS.map(() => -2);
  let lastFrom = 0;
  return (from, end) => {
    if (from < lastFrom) nextAt.fill(-2);
    lastFrom = from;
    let first = end;
    for (let k = 0; k < MARKS.length; k++) {
      if (nextAt[k] !== -1 && nextAt[k] < from) nextAt[k] = text.indexOf(MARKS[k], from);
      if (nextAt[k] >= 0 && nextAt[k] < first) first = nextAt[k];
    }
    return first < end ? first : -1;
  };
}
const CLOSING = new Set(['”', '»']);

function trimContent(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isCommaOrColon(text.charCodeAt(end - 1)))) end--;
  return { start, end };
}

/** , ; or : */
function isCommaOrColon(c: number): boolean {
  return c === 44 || c === 59 || c === 58;
}

/** Only white space (what trim() removes) in [from, to) of `text`. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Pair quotation marks inside each paragraph: curly and guillemet marks by direction, straight
 * marks by alternation. A paragraph that opens a quote and does not close it continues into the
 * next paragraph when that one opens with a mark (the usual multi-paragraph convention).
 */
export function findQuotePassages(text: string, paragraphs: Span[]): QuotePassage[] {
  const passages: QuotePassage[] = [];
  const nextMark = markFinder(text);
  let pendingOpen: number | null = null;
  paragraphs.forEach((p, paragraph) => {
    let openAt = -1;
    let firstOpenInParagraph = true;
    // A quote running on from the previous paragraph may omit its opening mark here.
    let runOn = pendingOpen != null;
    for (let i = nextMark(p.start, p.end); i >= 0; i = nextMark(i + markLength(text, i), p.end)) {
      const c = text[i];
      // Two apostrophes stand for a straight double mark in some archives.
      const isDoubled = c === "'" && text[i + 1] === "'";
      const isStraight = c === '"' || isDoubled;
      if (runOn && (OPENING.has(c) || CLOSING.has(c) || isStraight)) {
        runOn = false;
        if (CLOSING.has(c)) {
          push(p.start, i, true, 0);
          continue;
        }
      }
      if (openAt < 0 && (OPENING.has(c) || isStraight)) {
        openAt = i;
      } else if (openAt >= 0 && (CLOSING.has(c) || isStraight)) {
        // "'''" after a nested quote ('... 'a special case,''' he said): the inner mark
        // comes first, the doubled closing mark is the last two.
        const close = isDoubled && text[i + 2] === "'" ? i + 1 : i;
        push(openAt, close, true);
        openAt = -1;
        if (close !== i) i++;
      } else if (openAt >= 0 && OPENING.has(c)) {
        // A second opening mark before any closing one: the first was stray.
        openAt = i;
      }
    }
    if (openAt >= 0) {
      let end = p.end;
      while (end > openAt && isSpace(text.charCodeAt(end - 1))) end--;
      push(openAt, end, false);
    } else {
      pendingOpen = null;
    }

    function push(open: number, close: number, closed: boolean, openLength = markLength(text, open)): void {
      const continues = firstOpenInParagraph && pendingOpen != null && blank(text, p.start, open) ? pendingOpen : null;
      firstOpenInParagraph = false;
      const content = trimContent(text, open + openLength, close);
      if (closed && continues == null && isNameOrTitle(text, open, close + markLength(text, close), content)) return;
      if (content.end > content.start) {
        passages.push({ open, openLength, close, closed, content, paragraph, continues });
        pendingOpen = closed ? null : passages.length - 1;
      } else if (closed) {
        pendingOpen = null;
      }
    }
  });
  return passages;
}

/** Are there at least `n` words (runs of non-space characters) in [start, end) of `text`? */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** Length of the quotation mark at `at` (2 for a doubled apostrophe). */
export function markLength(text: string, at: number): number {
  return text[at] === "'" && text[at + 1] === "'" ? 2 : 1;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'as', 'vs', 'de', 'la', 'du']);

/**
 * A short quoted phrase in title case is a name of a work, show or nickname ("Meet the Voters"),
 * not something somebody said.
 */
export function isTitleLike(quoted: string): boolean {
  const words = quoted.replace(/[.,!?:;]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 7) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * Titles and nicknames in quotation marks: title-case phrases, and a single capitalised word after
 * a possessive or article (the station's "Breakfast") or between two names (Jo "Ace" Ames).
 */
function isNameOrTitle(text: string, open: number, afterClose: number, content: Span): boolean {
  // Most quotations are far longer than a title (at most seven words) or a one-word name.
  if (hasWords(text, content.start, content.end, 9)) return false;
  const quoted = text.slice(content.start, content.end);
  if (isTitleLike(quoted)) return true;
  if (!/^\p{Lu}[\p{L}'’-]*[.,]?$/u.test(quoted)) return false;
  const before = text.slice(Math.max(0, open - 30), open);
  const after = text.slice(afterClose, afterClose + 30);
  if (/(?:['’]s|\b(?:the|of|on|in))\s*$/u.test(before)) return true;
  return /\p{Lu}[\p{L}.]*\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after);
}
