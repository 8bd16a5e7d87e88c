import type { Span } from '../schema/index.js';
import { APPEAL_START, APPEAL_WORDS, BOILERPLATE_LINE, TRAILING_AGENCY_CREDIT } from './boilerplate-markers.js';

export interface Cleaned {
  /** Same length as the input; removed parts are blanked with spaces, newlines inside a paragraph too. */
  text: string;
  paragraphs: Span[];
  titleSpan: Span | null;
  removed: Array<Span & { rule: string }>;
}

interface Line extends Span {
  content: string;
}

const TERMINAL = /[.!?:;"”’')\]…]$/;

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    const body = m[0].replace(/[\r\n]+$/, '');
    const lead = body.length - body.trimStart().length;
    const content = body.trim();
    lines.push({ start: m.index + lead, end: m.index + lead + content.length, content });
    if (m[0].length === 0) break;
  }
  return lines;
}

function blank(chars: string[], span: Span): void {
  for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function isAppealBlock(lines: Line[], from: number): boolean {
  const words = lines.slice(from).reduce((n, l) => n + l.content.split(/\s+/).length, 0);
  const hits = lines.slice(from).reduce((n, l) => n + (l.content.match(APPEAL_WORDS)?.length ?? 0), 0);
  return hits >= 2 || (words > 0 && hits / words > 0.02);
}

/** A headline: the first line, short, with no sentence-final punctuation, followed by a body. */
function looksLikeTitle(line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const words = line.content.split(/\s+/).length;
  return words <= 25 && !/[.!?:;,"”]$/.test(line.content) && /^[\p{Lu}\p{N}"“'‘]/u.test(line.content);
}

/**
 * Remove boilerplate and repair paragraphs broken by page layout, keeping every offset.
 * `bodyStart` skips front matter, which is blanked.
 */
export function cleanText(raw: string, bodyStart: number): Cleaned {
  const chars = raw.split('');
  const removed: Cleaned['removed'] = [];
  if (bodyStart > 0) {
    blank(chars, { start: 0, end: bodyStart });
    removed.push({ start: 0, end: bodyStart, rule: 'front-matter' });
  }
  const lines = splitLines(raw, bodyStart).filter((l) => l.content.length > 0);
  const keep: Line[] = [];
  const kept = new Set<string>();
  let titleSpan: Span | null = null;
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.content, (seen.get(l.content) ?? 0) + 1);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const drop = (rule: string) => {
      blank(chars, line);
      removed.push({ start: line.start, end: line.end, rule });
    };
    if (i === 0 && looksLikeTitle(line, lines[1])) {
      titleSpan = { start: line.start, end: line.end };
      blank(chars, line);
      continue;
    }
    if (APPEAL_START.some((re) => re.test(line.content)) && i >= lines.length / 2 && isAppealBlock(lines, i)) {
      for (const l of lines.slice(i)) {
        blank(chars, l);
        removed.push({ start: l.start, end: l.end, rule: 'appeal' });
      }
      break;
    }
    if (BOILERPLATE_LINE.some((re) => re.test(line.content))) {
      drop('boilerplate-line');
      continue;
    }
    // A short line without sentence punctuation that repeats is a duplicated caption.
    if ((seen.get(line.content) ?? 0) > 1 && line.content.split(/\s+/).length < 40 && kept.has(line.content)) {
      drop('duplicate-line');
      continue;
    }
    // A lone letter or fragment of one or two characters is layout debris.
    if (line.content.length <= 2 && !/^\p{N}+$/u.test(line.content)) {
      drop('stray-fragment');
      continue;
    }
    const credit = TRAILING_AGENCY_CREDIT.exec(line.content);
    if (credit) {
      const start = line.start + credit.index;
      blank(chars, { start, end: line.end });
      removed.push({ start, end: line.end, rule: 'agency-credit' });
      keep.push({ start: line.start, end: start + credit[0].length - credit[0].trimStart().length, content: line.content.slice(0, credit.index) });
      continue;
    }
    keep.push(line);
    kept.add(line.content);
  }

  // Join lines into paragraphs: a line that does not end a sentence continues on the next line
  // when that one starts in lower case (page-layout breaks).
  const paragraphs: Span[] = [];
  for (let i = 0; i < keep.length; i++) {
    let cur: Span = { start: keep[i].start, end: keep[i].end };
    while (i + 1 < keep.length && !TERMINAL.test(keep[i].content) && /^[\p{Ll}\p{N}(]/u.test(keep[i + 1].content)) {
      for (let k = keep[i].end; k < keep[i + 1].start; k++) chars[k] = ' ';
      i++;
      cur = { start: cur.start, end: keep[i].end };
    }
    paragraphs.push(cur);
  }
  return { text: chars.join(''), paragraphs, titleSpan, removed };
}
