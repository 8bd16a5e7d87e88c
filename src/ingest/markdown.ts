import type { Span } from '../schema/index.js';

/** Whole lines that carry no prose: images, rules, code fences, HTML comments, table rules. */
const NON_PROSE_LINE = /^[ \t]*(!\[[^\]\n]*\]\([^)\n]*\)|(?:[-*_][ \t]*){3,}|```.*|~~~.*|<!--.*-->|\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?)[ \t]*$/gm;
/** Block markers at the start of a line: headings, quotes, bullets. */
const LINE_MARKER = /^[ \t]*(#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/gm;
/** Link and image syntax around the visible text: `[` and `](target)`. */
const LINK = /!?\[(?=[^\]\n]*\]\([^)\n]*\))|\]\([^)\n]*\)/g;
/** Strong emphasis and code marks; single `*`/`_` are too often real characters to touch. */
const EMPHASIS = /\*\*|__|`/g;
/** Trailing heading hashes: "## Heading ##". */
const CLOSING_HASHES = /[ \t]#+[ \t]*$/gm;

/**
 * Spans of Markdown syntax to blank so that only the prose is left, at the same offsets.
 * Only the constructs news articles written in Markdown actually use.
 */
export function blankMarkdownSyntax(text: string, from: number): Span[] {
  const spans: Span[] = [];
  for (const re of [NON_PROSE_LINE, LINE_MARKER, LINK, EMPHASIS]) {
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
