import { isLetterOrDigit, isLinkLine } from './link-lines.js';
import type { Span } from '../schema/index.js';

/**
 * Whole lines that carry no prose: images, rules, code fences, HTML comments, table rules, and
 * site-generator template tags ("{% include share.html %}", "{{< newsletter >}}").
 */
const NON_PROSE_LINE = /^[ \t]*(!\[[^\]\n]*\]\([^)\n]*\)|(?:[-*_][ \t]*){3,}|```.*|~~~.*|<!--.*-->|\{%.*%\}|\{\{.*\}\}|\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?)[ \t]*$/gm;
/** Block markers at the start of a line: headings, quotes, bullets. */
const LINE_MARKER = /^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/gm;
/** Link and image syntax around the visible text: `[` and `](target)`. */
const LINK = /!?\[(?=[^\]\n]*\]\([^)\n]*\))|\]\([^)\n]*\)/g;
/** Strong emphasis and code marks; single `*`/`_` are too often real characters to touch. */
const EMPHASIS = /\*\*|__|`/g;
/** The outer pipes of a table row: "| Velden | 74% |" reads "Velden | 74%". */
const TABLE_ROW = /^[ \t]*\|(?=[^\n]*\|[ \t]*$)|(?<=^[ \t]*\|[^\n]*)\|[ \t]*$/gm;
/** Trailing heading hashes: "## Heading ##". */
const CLOSING_HASHES = /[ \t]#+[ \t]*$/gm;

/**
 * Spans of Markdown syntax to blank so that only the prose is left, at the same offsets.
 * Only the constructs news articles written in Markdown actually use.
 */
export function blankMarkdownSyntax(text: string, from: number): Span[] {
  const spans: Span[] = [];
  for (const re of [NON_PROSE_LINE, LINE_MARKER, LINK, EMPHASIS, TABLE_ROW]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  CLOSING_HASHES.lastIndex = from;
  for (let m = CLOSING_HASHES.exec(text); m; m = CLOSING_HASHES.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^[ \t]*#{1,6}[ \t]/.test(text.slice(lineStart, lineStart + 8))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Ends like a sentence, past emphasis marks ("**Read more:** [Headline](url)" does not). */
const SENTENCE_END = /[.!?"”’'…][*_]*$/;

/**
 * Lines that are (nearly) all link text: share rows, breadcrumbs, related-story lists, "Read
 * more" teasers. Link text is what stands in `[...]` before a `(target)`; targets do not count.
 */
export function markdownLinkLines(text: string, from: number): Span[] {
  const lines: Span[] = [];
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const link = text.indexOf('](', start);
    if (link >= 0 && link < end) {
      let letters = 0;
      let linked = 0;
      const open: number[] = [];
      const inText = new Uint8Array(end - start);
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 91) open.push(i);
        else if (c === 93 && open.length && text.charCodeAt(i + 1) === 40) {
          const close = text.indexOf(')', i);
          const at = open.pop()!;
          if (close < 0 || close > end) continue;
          inText.fill(1, at - start, i - start);
          i = close;
        } else if (c === 93) open.pop();
      }
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        // Targets are skipped: only characters outside "(...)" after "]" are counted.
        if (c === 93 && text.charCodeAt(i + 1) === 40) {
          const close = text.indexOf(')', i);
          if (close > 0 && close <= end) {
            i = close;
            continue;
          }
        }
        if (isLetterOrDigit(c)) {
          letters++;
          linked += inText[i - start];
        }
      }
      if (linked > 0 && isLinkLine(letters, linked, SENTENCE_END.test(text.slice(start, end).trimEnd()))) lines.push({ start, end });
    }
    start = end + 1;
  }
  return lines;
}

/** Rows of a pipe table ("| Velden | 74% | +3.1 |"): each stands alone, never part of a sentence around it. */
export function markdownTableRows(text: string, from: number): Span[] {
  const rows: Span[] = [];
  for (let at = text.indexOf('|', from); at >= 0; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 2 && line.startsWith('|') && line.endsWith('|')) rows.push({ start, end });
    at = text.indexOf('|', end);
  }
  return rows;
}
