import type { Article, Span } from './schema/index.js';
import { mojibakeLength } from './ingest/mojibake.js';

export interface Sentence extends Span {
  /** Index into Doc.paragraphs. */
  paragraph: number;
}

/**
 * One article after ingest, cleaning and segmentation.
 *
 * `text` is the cleaned text the extractors read. For plain text and Markdown it has the same
 * length as `raw` (boilerplate and front matter are blanked with spaces, layout line breaks
 * inside a paragraph become spaces), so offsets are shared. For HTML, and for text whose
 * mojibake was repaired ("Ã©" read as "é"), `offsets[i]` maps `text[i]` back to its index in `raw`.
 */
export interface Doc {
  article: Article;
  raw: string;
  text: string;
  /** text index -> raw index; null means identity. Has length text.length + 1. */
  offsets: Int32Array | null;
  paragraphs: Span[];
  sentences: Sentence[];
  /** The headline, when the file starts with one (text coordinates). */
  titleSpan: Span | null;
}

export function toRawOffset(doc: Doc, offset: number): number {
  return doc.offsets ? doc.offsets[offset] : offset;
}

/** Map a half-open text span to raw coordinates (end maps through the last included char). */
export function toRawSpan(doc: Doc, span: Span): Span {
  if (!doc.offsets) return { start: span.start, end: span.end };
  if (span.end <= span.start) {
    const at = doc.offsets[span.start];
    return { start: at, end: at };
  }
  const last = doc.offsets[span.end - 1];
  // A character decoded from an HTML entity maps to its '&': take the whole entity; one repaired
  // from mojibake maps to the start of its sequence: take the whole sequence.
  const c = doc.raw.charCodeAt(last);
  const length = c === 38 ? entityLength(doc.raw, last) : c >= 0xc2 && doc.text.charCodeAt(span.end - 1) !== c ? mojibakeLength(doc.raw, last) : 1;
  return { start: doc.offsets[span.start], end: last + length };
}

const ENTITY = /&#?\w{1,31};?/y;

/** Length of the HTML entity at `at` (which holds '&'), or 1 when it is a bare '&'. */
function entityLength(raw: string, at: number): number {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(raw);
  return m ? m[0].length : 1;
}

export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  const i = sentenceIndexAt(doc, offset);
  return i < 0 ? undefined : doc.sentences[i];
}

/** Index of the sentence holding `offset`, or -1 when it falls between sentences. */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
