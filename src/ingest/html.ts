import { isLetterOrDigit, isLinkLine } from './link-lines.js';
import { entities } from './html-libs.js';
import { tokenizeHtml, type HtmlTokens } from './html-tokens.js';
import { readPageMeta, type HtmlMeta } from './html-meta.js';
import type { DayOrderResolver } from './numeric-date.js';
import { findDataTables } from './html-tables.js';
import { selectArticleElements } from './html-article.js';
import { roughNestingDepth, stripTags } from './html-strip.js';

/** Beyond this nesting a tree-building parser slows to seconds; such pages get the plain stripper. */
const MAX_PARSER_DEPTH = 5_000;

/**
 * HTML -> text with an offset map back into the HTML source. Readability picks the article;
 * our own position-keeping tokenizer produces the text, so every character maps to the raw file.
 */
export interface HtmlText {
  text: string;
  /** text index -> raw index, length text.length + 1 */
  offsets: Int32Array;
  meta: HtmlMeta;
  /** How the page orders day and month in a numeric date ("04/05/2026"), from its own evidence. */
  dayOrder?: DayOrderResolver;
  /** How the article body was found: Readability, the tag heuristic when it gave nothing, or a plain tag stripper for pathological nesting. */
  selection: 'readability' | 'heuristic' | 'stripped';
  /**
   * Lines of `text` that are (nearly) all link text: menus, breadcrumbs, related and most-read
   * lists, "Read more: <a>...</a>" teasers between paragraphs. The cleaner blanks them.
   */
  linkLines: Array<{ start: number; end: number }>;
  /** Lines of `text` that are rows of a data table: each stands alone, never part of a sentence around it. */
  tableRows: Array<{ start: number; end: number }>;
  /** Spans of `text` from `<blockquote>` elements: display quotes, which the cleaner checks for pull quotes. */
  blockquotes: Array<{ start: number; end: number }>;
}

const SENTENCE_END = /[.!?"”’'…]$/;

/**
 * Spans of the lines in `text` that are link lines; `inLink[i]` says whether `text[i]` came
 * from inside an `<a>`. One pass over the text.
 */
function findLinkLines(text: string, inLink: Uint8Array): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let letters = 0;
    let linked = 0;
    for (let i = start; i < end; i++) {
      if (isLetterOrDigit(text.charCodeAt(i))) {
        letters++;
        linked += inLink[i];
      }
    }
    if (linked > 0 && isLinkLine(letters, linked, SENTENCE_END.test(text.slice(start, end).trimEnd()))) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Never article text, whatever Readability thinks. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'title', 'figcaption', 'textarea', 'select', 'option', 'button']);
/** Also skipped by the heuristic when Readability gives nothing. */
const HEURISTIC_SKIP = new Set(['nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'menu', 'dialog']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'body', 'caption',
]);
const LINK = new Set(['a']);
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6};?|#\d{1,7};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)/y;

/** Elements around the story that Readability may still keep: asides, figures, AMP widgets. */
const NON_BODY_TAGS = new Set([
  'aside', 'figure', 'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-social-share', 'amp-consent', 'amp-analytics', 'amp-twitter',
  'amp-instagram', 'amp-facebook', 'amp-tiktok', 'amp-iframe', 'amp-sidebar', 'amp-user-notification',
]);
/**
 * Class or id words of captions, credits, bylines, timestamps, promos, share bars, embeds and
 * link lists; a word is delimited by spaces, hyphens or underscores ("image-caption", "ad-slot").
 */
const NON_BODY_CLASS =
  /(?:^|[\s_-])(caption|credits?|byline|author|authors|dateline|timestamp|pubdate|date-?published|related|newsletter|promo|share|sharing|social|cookies?|consent|gdpr|advert|advertisement|ad|ads|adslot|sponsor|sponsored|pull-?quote|recommended|recirc|outbrain|taboola|also-read|read-?more|subscribe|subscription|sign-?up|paywall|twitter-tweet|instagram-media|tiktok-embed|embed|meta|tags|topics|breadcrumbs?|comments?)(?=$|[\s_-])/i;

/** "authorInfo" -> "author-Info": camelCase class names split into words like hyphenated ones. */
const classWords = (name: string) => (/[a-z][A-Z]/.test(name) ? name.replace(/([a-z])(?=[A-Z])/g, '$1-') : name);

function isNonBody(el: HtmlTokens['elements'][number]): boolean {
  if (NON_BODY_TAGS.has(el.tag)) return true;
  const a = el.attributes;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const component = a['data-component'] ?? a['data-testid'] ?? a['data-qa'];
  return (
    (a.class !== undefined && NON_BODY_CLASS.test(classWords(a.class))) ||
    (a.id !== undefined && NON_BODY_CLASS.test(classWords(a.id))) ||
    (component !== undefined && NON_BODY_CLASS.test(classWords(component)))
  );
}

/**
 * Elements (with their descendants) that hold no story text by their tag, class or id. An
 * element holding half the kept text or more is the story whatever its class says
 * ("story has-embed"), so it is never dropped.
 */
function nonBodyElements(tokens: HtmlTokens, keep: (element: number) => boolean): Uint8Array {
  const n = tokens.elements.length;
  const chars = new Float64Array(n);
  let total = 0;
  for (const run of tokens.texts) {
    if (!keep(run.element)) continue;
    chars[run.element] += run.end - run.start;
    total += run.end - run.start;
  }
  // Children come after their parents: one backward pass sums each subtree.
  for (let i = n - 1; i >= 0; i--) {
    const parent = tokens.elements[i].parent;
    if (parent >= 0) chars[parent] += chars[i];
  }
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const el = tokens.elements[i];
    flags[i] = (el.parent >= 0 && flags[el.parent] === 1) || (chars[i] * 2 < total && isNonBody(el)) ? 1 : 0;
  }
  return flags;
}

/** A footnote mark's text: "1", "[2]", "(3)", "*", "†". */
const FOOTNOTE_MARK = /^\s*(?:\[\s*\d{1,3}\s*\]|\(\d{1,3}\)|\d{1,3}|[*†‡§])\s*$/;
const BRACKETED_MARK = /^\s*(?:\[\s*\d{1,3}\s*\]|\(\d{1,3}\))\s*$/;

/**
 * Footnote marks glued to the text ("rose by 7.2%<sup><a href="#fn1">1</a></sup>"): a `<sup>`
 * holding a mark in brackets, or a mark that links within the page, and such a link without
 * `<sup>` ("<a href="#fn2">[2]</a>"). A bare superscript figure is an exponent ("km<sup>2</sup>")
 * and stays. Flags the marks and everything inside them; null when the page has no `<sup>` or
 * in-page link.
 */
function footnoteMarks(source: string, tokens: HtmlTokens): Uint8Array | null {
  const { elements } = tokens;
  const n = elements.length;
  const isFragmentLink = (i: number) => elements[i].tag === 'a' && (elements[i].attributes.href ?? '').startsWith('#');
  // The nearest <sup> or in-page link around each element (itself included).
  const holder = new Int32Array(n).fill(-1);
  let any = false;
  for (let i = 0; i < n; i++) {
    const p = elements[i].parent;
    if (elements[i].tag === 'sup' || isFragmentLink(i)) {
      holder[i] = i;
      any = true;
    } else holder[i] = p >= 0 ? holder[p] : -1;
  }
  if (!any) return null;
  // A <sup> with an in-page link inside it.
  const linkInside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = elements[i].parent;
    if (p >= 0 && holder[p] >= 0 && isFragmentLink(i) && elements[holder[p]].tag === 'sup') linkInside[holder[p]] = 1;
  }
  const text = new Map<number, string>();
  for (const run of tokens.texts) {
    // Text counts for every holder it is inside: a link in a <sup>, a <sup> in a link.
    for (let h = run.element >= 0 ? holder[run.element] : -1; h >= 0; h = elements[h].parent >= 0 ? holder[elements[h].parent] : -1) {
      const t = (text.get(h) ?? '') + source.slice(run.start, run.end);
      text.set(h, t.length > 12 ? t.slice(0, 13) : t);
    }
  }
  const flags = new Uint8Array(n);
  let found = false;
  for (const [h, t] of text) {
    if (!FOOTNOTE_MARK.test(t)) continue;
    const sup = elements[h].tag === 'sup';
    // A <sup> with a link inside or around it; a bracketed mark in either.
    let linked = isFragmentLink(h) || linkInside[h] === 1;
    for (let p = elements[h].parent, k = 0; !linked && p >= 0 && k < 3; p = elements[p].parent, k++) linked = isFragmentLink(p);
    if ((sup && (linked || BRACKETED_MARK.test(t))) || (!sup && BRACKETED_MARK.test(t))) {
      flags[h] = 1;
      found = true;
    }
  }
  if (!found) return null;
  for (let i = 0; i < n; i++) if (elements[i].parent >= 0 && flags[elements[i].parent] === 1) flags[i] = 1;
  return flags;
}

/** linkedom needs <html> and <body> to build a normal tree; wrap fragments so both parsers agree. */
function wrapForDom(raw: string): { source: string; shift: number } {
  if (/<body[\s>]/i.test(raw) && /<html[\s>]/i.test(raw)) return { source: raw, shift: 0 };
  const prefix = '<html><head></head><body>';
  return { source: `${prefix}${raw}</body></html>`, shift: prefix.length };
}

/** For each element: is it (or an ancestor) in `set`? One pass, since parents come first. */
function inherit(tokens: HtmlTokens, set: Set<string>): Uint8Array {
  const flags = new Uint8Array(tokens.elements.length);
  tokens.elements.forEach((el, i) => {
    flags[i] = set.has(el.tag) || (el.parent >= 0 && flags[el.parent] === 1) ? 1 : 0;
  });
  return flags;
}

export function htmlToText(raw: string): HtmlText {
  const { decodeHTML } = entities();
  const deep = roughNestingDepth(raw) > MAX_PARSER_DEPTH;
  const { source, shift } = deep ? { source: raw, shift: 0 } : wrapForDom(raw);

  const out: string[] = [];
  const map: number[] = [];
  /** Per output character: 1 when it is link text. */
  const linked: number[] = [];
  let linking = 0;
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      map.push(at);
      linked.push(linking);
    }
  };
  const breakLine = (at: number) => {
    if (out.length > 0 && out[out.length - 1] !== '\n') emit('\n', at - shift);
  };
  // Position of the next '&' at or after the current run: runs come in source order, so the
  // cursor only moves forward and the search stays linear over the whole page.
  let amp = -2;
  const emitRun = (start: number, end: number) => {
    let i = start;
    if (amp !== -1 && amp < start) amp = source.indexOf('&', start);
    while (amp >= 0 && amp < end) {
      ENTITY.lastIndex = amp;
      const m = ENTITY.exec(source);
      if (m && amp + m[0].length <= end) {
        emitPlain(i, amp);
        const decoded = decodeHTML(m[0]);
        emit(decoded === m[0] ? m[0] : decoded.replace(/\s/g, ' '), amp - shift);
        i = amp + m[0].length;
      }
      amp = source.indexOf('&', Math.max(i, amp + 1));
    }
    emitPlain(i, end);
  };
  const emitPlain = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      const c = source[k];
      const space = c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
      // Runs of HTML whitespace collapse to one space.
      if (space && (out.length === 0 || out[out.length - 1] === ' ' || out[out.length - 1] === '\n')) continue;
      out.push(space ? ' ' : c);
      map.push(k - shift);
      linked.push(linking);
    }
  };

  if (deep) {
    for (const run of stripTags(source)) {
      if (run.end < 0) breakLine(run.start);
      else emitRun(run.start, run.end);
    }
    map.push(raw.length);
    return { text: out.join(''), offsets: Int32Array.from(map), meta: {}, selection: 'stripped', linkLines: [], tableRows: [], blockquotes: [] };
  }

  const tokens = tokenizeHtml(source);
  const { meta, dayOrder } = readPageMeta(source, tokens);
  const skipped = inherit(tokens, SKIP);
  const article = selectArticleElements(source, tokens);
  const heuristicSkip = article ? null : inherit(tokens, HEURISTIC_SKIP);
  const selected = (element: number) =>
    element >= 0 && skipped[element] === 0 && (article ? article.has(element) : heuristicSkip![element] === 0);
  const nonBody = nonBodyElements(tokens, selected);
  const marks = footnoteMarks(source, tokens);
  const keepText = (element: number) => selected(element) && nonBody[element] === 0 && (marks === null || marks[element] === 0);
  const inLink = inherit(tokens, LINK);
  // Data tables: a line per row, its cells separated by "; ".
  const tables = findDataTables(tokens);
  const tableRows: Array<{ start: number; end: number }> = [];
  let rowStart = -1;
  let openRow = -1;
  let openCell = -1;
  let pendingCell = -1;
  let cellsInRow = 0;
  /** Where the last cell closed: the separator before the next cell maps there (its '<'). */
  let cellEnd = -1;
  const closeRow = () => {
    if (rowStart >= 0 && out.length > rowStart) tableRows.push({ start: rowStart, end: out.length });
    rowStart = -1;
  };
  const hasText = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      const c = source.charCodeAt(k);
      if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return true;
    }
    return false;
  };
  // Text of blockquotes (the outermost one), for the cleaner's pull-quote check.
  const blockquotes: Array<{ start: number; end: number }> = [];
  let quoteOpen = -1;
  let quoteStart = -1;
  let b = 0;
  for (const run of tokens.texts) {
    while (b < tokens.boundaries.length && tokens.boundaries[b].at < run.start) {
      const { at, element } = tokens.boundaries[b++];
      const el = tokens.elements[element];
      if (el.tag === 'blockquote') {
        if (quoteOpen < 0) {
          quoteOpen = element;
          quoteStart = out.length;
        } else if (quoteOpen === element) {
          if (out.length > quoteStart) blockquotes.push({ start: quoteStart, end: out.length });
          quoteOpen = -1;
        }
      }
      if (tables && tables.structure[element] === 1) {
        if (el.tag === 'td' || el.tag === 'th') {
          // The first boundary of a cell opens it, the next one closes it.
          if (openCell !== element) pendingCell = openCell = element;
          else {
            openCell = -1;
            cellEnd = at - shift;
          }
          continue;
        }
        closeRow();
        breakLine(at);
        if (el.tag === 'tr' && openRow !== element) {
          openRow = element;
          rowStart = out.length;
          cellsInRow = 0;
        } else openRow = -1;
        continue;
      }
      // A line break inside a data cell is a space: the row stays one line.
      if (tables && tables.cellOf[element] >= 0) {
        if (BLOCK.has(el.tag) && out.length > 0 && out[out.length - 1] !== ' ' && out[out.length - 1] !== '\n') emit(' ', at - shift);
        continue;
      }
      if (BLOCK.has(el.tag)) breakLine(at);
    }
    if (run.end <= shift || run.start >= shift + raw.length) continue;
    if (keepText(run.element)) {
      const cell = tables ? tables.cellOf[run.element] : -1;
      if (cell >= 0) {
        if (pendingCell === cell && hasText(run.start, run.end)) {
          if (cellsInRow > 0) {
            if (out[out.length - 1] === ' ') {
              out.pop();
              map.pop();
              linked.pop();
            }
            emit('; ', cellEnd >= 0 ? cellEnd : run.start - shift);
          }
          cellsInRow++;
          pendingCell = -1;
        }
      }
      linking = inLink[run.element];
      emitRun(run.start, run.end);
      linking = 0;
    }
  }
  closeRow();
  map.push(raw.length);
  const text = out.join('');
  return {
    text,
    offsets: Int32Array.from(map),
    meta,
    dayOrder,
    selection: article ? 'readability' : 'heuristic',
    linkLines: findLinkLines(text, Uint8Array.from(linked)),
    tableRows,
    blockquotes,
  };
}
