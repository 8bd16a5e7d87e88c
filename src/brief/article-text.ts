import type { Doc } from '../doc.js';
import type { Span } from '../schema/index.js';
import { tidy } from '../text/content-words.js';

/** Raw-file offset -> cleaned-text offset (the first text char at or after it). */
function textOffsetOf(doc: Doc, raw: number): number {
  const map = doc.offsets;
  if (!map) return raw;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads fact spans (raw-file coordinates) as clean text, HTML markup left out. */
export class ArticleText {
  private readonly byId: Map<string, Doc>;
  constructor(docs: Doc[]) {
    this.byId = new Map(docs.map((d) => [d.article.id, d]));
  }

  doc(article: string): Doc | undefined {
    return this.byId.get(article);
  }

  /** Cleaned text of a raw span. */
  text(article: string, span: Span): string {
    const doc = this.byId.get(article);
    if (!doc) return '';
    return tidy(doc.text.slice(textOffsetOf(doc, span.start), textOffsetOf(doc, span.end)));
  }

  /**
   * A short excerpt of `sentence` around `focus` (both raw spans): a few words either side, with
   * an ellipsis wherever the sentence was cut. Always a contiguous piece of the article.
   */
  excerpt(article: string, sentence: Span, focus: Span, before = 6, after = 8): string {
    const doc = this.byId.get(article);
    if (!doc) return '';
    const s = textOffsetOf(doc, sentence.start);
    const e = textOffsetOf(doc, sentence.end);
    const fs = Math.max(s, textOffsetOf(doc, focus.start));
    const fe = Math.min(e, Math.max(fs, textOffsetOf(doc, focus.end)));
    const head = doc.text.slice(s, fs).split(/\s+/).filter(Boolean);
    const tail = doc.text.slice(fe, e).split(/\s+/).filter(Boolean);
    const mid = doc.text.slice(fs, fe);
    const glueLeft = fs > s && !/\s/.test(doc.text[fs - 1]);
    const glueRight = fe < e && !/\s/.test(doc.text[fe]);
    const left = head.slice(Math.max(0, head.length - before));
    const right = tail.slice(0, after);
    let out = left.join(' ') + (glueLeft ? '' : ' ') + mid + (glueRight ? '' : ' ') + right.join(' ');
    out = tidy(out).replace(/[,;:]$/, '');
    if (head.length > left.length) out = `…${out}`;
    if (tail.length > right.length) out = `${out}…`;
    return out;
  }
}
