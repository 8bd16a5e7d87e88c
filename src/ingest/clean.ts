import type { Span } from '../schema/index.js';
import {
  APPEAL_START,
  APPEAL_WORDS,
  BOILERPLATE_LINE,
  CAPTION_START,
  CAPTION_WITH_CREDIT,
  DATELINE,
  TRAILING_AGENCY_CREDIT,
} from './boilerplate-markers.js';
import { blankMarkdownSyntax } from './markdown.js';

export interface Cleaned {
  /** Same length as the input; removed parts are blanked with spaces, newlines inside a paragraph too. */
  text: string;
  paragraphs: Span[];
  titleSpan: Span | null;
  removed: Array<Span & { rule: string }>;
}

export interface CleanOptions {
  /** Blank Markdown syntax (heading marks, link targets, emphasis) too. */
  markdown?: boolean;
}

interface Line extends Span {
  content: string;
}

/** Characters that may end a paragraph; a line ending otherwise may continue on the next line. */
const TERMINAL = /[.!?:;"”’')\]…]$/;
const CONTINUATION_START = /^[\p{Ll}\p{N}(]/u;
const TITLE_END = /[.!?:;,"”]$/;
const TITLE_START = /^[\p{Lu}\p{N}"“'‘]/u;
const MAX_TITLE_WORDS = 25;
/** Lines this long are paragraphs, not captions, whatever else they look like. */
const MAX_CAPTION_WORDS = 60;
const MIN_LINES_BEFORE_APPEAL = 3;
/** Cheap test before the costly agency-credit pattern: a credit ends in a capital or a bracket. */
const CREDIT_END = /[A-Z)]$/;

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  // Old Mac files end lines with a lone CR; everything else has LF (CRLF's CR is trimmed).
  const eol = text.includes('\n') ? '\n' : '\r';
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf(eol, start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, content: text.slice(s, e) });
    start = end + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

const wordCount = (s: string) => s.split(/\s+/).length;

function isAppealBlock(lines: Line[], from: number): boolean {
  let words = 0;
  let hits = 0;
  for (let i = from; i < lines.length; i++) {
    words += wordCount(lines[i].content);
    APPEAL_WORDS.lastIndex = 0;
    hits += lines[i].content.match(APPEAL_WORDS)?.length ?? 0;
  }
  return hits >= 2 || (words > 0 && hits / words > 0.02);
}

/** A headline: the first line, short, with no sentence-final punctuation, followed by a body. */
function looksLikeTitle(line: Line, next: Line | undefined): boolean {
  return next !== undefined && wordCount(line.content) <= MAX_TITLE_WORDS && !TITLE_END.test(line.content) && TITLE_START.test(line.content);
}

/** Which boilerplate rule a whole line matches, if any. */
function boilerplateRule(line: Line): string | null {
  for (const [rule, re, prefilter] of BOILERPLATE_LINE) if ((!prefilter || prefilter.test(line.content)) && re.test(line.content)) return rule;
  if (CAPTION_WITH_CREDIT.test(line.content) && wordCount(line.content) <= MAX_CAPTION_WORDS) return 'photo-caption';
  if (CAPTION_START.test(line.content) && !TERMINAL.test(line.content)) {
    const words = wordCount(line.content);
    if (words >= 4 && words <= MAX_CAPTION_WORDS) return 'photo-caption';
  }
  return null;
}

/**
 * Remove boilerplate and repair paragraphs broken by page layout, keeping every offset: removed
 * text is blanked with spaces, so the result has the same length as `raw`. `bodyStart` skips
 * front matter, which is blanked too.
 */
export function cleanText(raw: string, bodyStart: number, options: CleanOptions = {}): Cleaned {
  // UTF-16 code units in a buffer: blanking is an in-place write, and there is one copy in all.
  const buf = Buffer.from(raw, 'utf16le');
  const removed: Cleaned['removed'] = [];
  const blank = (span: Span, rule: string | null, keepNewlines = true) => {
    for (let i = span.start; i < span.end; i++) {
      const c = buf.readUInt16LE(i * 2);
      if (keepNewlines && (c === 10 || c === 13)) continue;
      buf.writeUInt16LE(32, i * 2);
    }
    if (rule) removed.push({ start: span.start, end: span.end, rule });
  };
  if (bodyStart > 0) blank({ start: 0, end: bodyStart }, 'front-matter');
  let source = raw;
  if (options.markdown) {
    for (const span of blankMarkdownSyntax(raw, bodyStart)) blank(span, null);
    source = buf.toString('utf16le');
  }

  const lines = splitLines(source, bodyStart);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.content, (counts.get(l.content) ?? 0) + 1);
  const keep: Line[] = [];
  const earlier = new Set<string>();
  let titleSpan: Span | null = null;
  let storyStarted = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const seenBefore = earlier.has(line.content);
    earlier.add(line.content);
    if (i === 0 && looksLikeTitle(line, lines[1])) {
      titleSpan = { start: line.start, end: line.end };
      blank(line, null);
      continue;
    }
    // An appeal follows the story: never the first lines, and it runs to the end.
    if ((i >= MIN_LINES_BEFORE_APPEAL || i >= lines.length / 2) && APPEAL_START.some((re) => re.test(line.content)) && isAppealBlock(lines, i)) {
      for (const l of lines.slice(i)) blank(l, 'appeal');
      break;
    }
    const rule = boilerplateRule(line);
    if (rule) {
      blank(line, rule);
      // An editor's note broken by page layout goes on in lower case on the next lines.
      if (rule === 'editor-note') {
        while (i + 1 < lines.length && !TERMINAL.test(lines[i].content) && CONTINUATION_START.test(lines[i + 1].content)) {
          blank(lines[++i], rule);
          earlier.add(lines[i].content);
        }
      }
      continue;
    }
    const repeats = (counts.get(line.content) ?? 0) > 1 && wordCount(line.content) < MAX_CAPTION_WORDS;
    // A short paragraph printed twice is a photo caption (and its copy), unless the first one
    // stood apart: then only the copy goes, since a pull quote repeats a real sentence.
    if (repeats && (seenBefore || lines[i + 1]?.content === line.content)) {
      blank(line, 'duplicate-caption');
      continue;
    }
    // A lone letter or a fragment of one or two characters is layout debris.
    if (line.content.length <= 2 && !/^\p{N}+[.)]?$/u.test(line.content)) {
      blank(line, 'stray-fragment');
      continue;
    }
    let body: Line = line;
    // A dateline opens the story: on the first kept line, or after short lines that are no
    // sentences (a kicker, a timestamp).
    if (keep.length === 0 || !storyStarted) {
      const dateline = DATELINE.exec(body.content);
      if (dateline) {
        blank({ start: body.start, end: body.start + dateline[0].length }, 'dateline');
        body = { start: body.start + dateline[0].length, end: body.end, content: body.content.slice(dateline[0].length) };
      }
    }
    const credit = CREDIT_END.test(body.content) ? TRAILING_AGENCY_CREDIT.exec(body.content) : null;
    if (credit) {
      const start = body.start + credit.index;
      blank({ start, end: body.end }, 'agency-credit');
      body = { start: body.start, end: start, content: body.content.slice(0, credit.index) };
    }
    keep.push(body);
    if (TERMINAL.test(body.content) || wordCount(body.content) > MAX_TITLE_WORDS) storyStarted = true;
  }

  // Join lines into paragraphs: a line that does not end a sentence continues on the next kept
  // line when that one starts in lower case (page-layout breaks), even across removed lines.
  const paragraphs: Span[] = [];
  for (let i = 0; i < keep.length; i++) {
    const start = keep[i].start;
    while (i + 1 < keep.length && !TERMINAL.test(keep[i].content) && CONTINUATION_START.test(keep[i + 1].content)) {
      blank({ start: keep[i].end, end: keep[i + 1].start }, null, false);
      i++;
    }
    paragraphs.push({ start, end: keep[i].end });
  }
  return { text: buf.toString('utf16le'), paragraphs, titleSpan, removed };
}
