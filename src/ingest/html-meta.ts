import { entities } from './html-libs.js';
import type { HtmlTokens } from './html-tokens.js';
import { isIsoDate } from '../schema/iso-date.js';
import { readTimestampDay } from './timestamp.js';
import { dayOrderResolver, type DayOrderResolver } from './numeric-date.js';

export interface HtmlMeta {
  title?: string;
  outlet?: string;
  published?: string;
  /** Set when `published` was read from the page's visible date line rather than its metadata. */
  publishedFromText?: true;
  url?: string;
  /** Bylined author(s), comma-separated. */
  author?: string;
  /** A numeric date the page dates itself with but that could be read either way, left unread ("04/05/2026"). */
  ambiguousDate?: string;
}

const META_KEYS = {
  title: ['og:title', 'twitter:title', 'headline'],
  outlet: ['og:site_name', 'application-name', 'publisher'],
  published: ['article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publish-date', 'date', 'dc.date', 'dcterms.created'],
  url: ['og:url'],
  author: ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'],
} as const;

function textOf(source: string, tokens: HtmlTokens, element: number): string {
  return tokens.texts
    .filter((t) => t.element === element)
    .map((t) => source.slice(t.start, t.end))
    .join('');
}

/** The first `datePublished` (or headline / publisher name / url) anywhere in a JSON-LD value. */
function findInJsonLd(value: unknown, key: string, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findInJsonLd(v, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (record[key] !== undefined) return record[key];
  for (const v of Object.values(record)) {
    const found = findInJsonLd(v, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function jsonLdBlocks(source: string, tokens: HtmlTokens): unknown[] {
  const blocks: unknown[] = [];
  tokens.elements.forEach((el, i) => {
    if (el.tag !== 'script' || !/ld\+json/i.test(el.attributes.type ?? '')) return;
    try {
      blocks.push(JSON.parse(textOf(source, tokens, i)));
    } catch {
      // A broken JSON-LD block is the page's problem; the meta tags may still help.
    }
  });
  return blocks;
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = entities().decodeHTML(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function isoDay(value: string | undefined): string | undefined {
  const m = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(day) ? day : undefined;
}

/** A page title without the site's name after it: "Bridge reopens - Example News" -> "Bridge reopens". */
function withoutSiteName(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet || !title.endsWith(outlet)) return title;
  const m = /\s+[-|–—:·•]\s+$/.exec(title.slice(0, title.length - outlet.length));
  return m && m.index > 0 ? title.slice(0, m.index) : title;
}

/**
 * A page title whose part before a separator is the page's own headline (its first `<h1>`):
 * "Tram line to close | Example Courier" -> "Tram line to close", when the site's name is unknown.
 */
function withoutUnknownSiteName(title: string | undefined, headline: string | undefined): string | undefined {
  if (!title || !headline || title === headline || !title.startsWith(headline)) return title;
  return /^\s+[-|–—:·•]\s+\S/.test(title.slice(headline.length)) ? headline : title;
}

/** Author names from a JSON-LD `author`: a name, a Person, or a list of them. */
function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const v of list.slice(0, 10)) {
    const name = clean(v && typeof v === 'object' ? (v as Record<string, unknown>).name : v);
    if (name && !/^https?:|[/@]/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Class or id words of the element that shows a page's own date line. */
const DATE_LINE_CLASS = /(?:^|[\s_-])(dateline|timestamp|pub-?date|date-?published|published|publish-?date|date-?modified|posted-?on|post-?date|entry-?date|article-?date|story-?date|byline)(?=$|[\s_-])/i;
/** Places where other stories' dates are listed. */
const OTHER_STORIES = new Set(['nav', 'aside', 'footer']);
/** Date lines looked at before giving up: a page's own comes near the top. */
const MAX_DATE_LINES_TRIED = 5;
const OTHER_STORIES_CLASS = /(?:^|[\s_-])(sidebar|related|latest|most-?read|popular|recirc|promo|teaser|more-?stories|comments?)(?=$|[\s_-])/i;

/**
 * The day a page shows as its own publication date when no metadata gives one: an element marked
 * `itemprop="datePublished"` or `<time pubdate>`, else the first date line (by class or id, e.g.
 * `<p class="dateline">Published: 20/11/2026</p>`) outside navigation, sidebars and lists of
 * other stories, read from its `<time datetime>` or its text; else the one day all the page's
 * `<time datetime>` elements give.
 */
function publishedOnPage(source: string, tokens: HtmlTokens, resolve: DayOrderResolver): { day?: string; fromText?: true; ambiguous?: string } | undefined {
  const { elements } = tokens;
  const attrDay = (i: number) => isoDay(elements[i].attributes.datetime ?? elements[i].attributes.content);
  for (let i = 0; i < elements.length; i++) {
    const a = elements[i].attributes;
    if ((a.itemprop ?? '').toLowerCase() === 'datepublished' || (elements[i].tag === 'time' && 'pubdate' in a)) {
      const day = attrDay(i);
      if (day) return { day };
    }
  }
  // Elements come in document order, so an element's descendants are the run after it that is
  // nested deeper: one pass for depths and for "inside a list of other stories".
  const depth = new Int32Array(elements.length);
  const elsewhere = new Uint8Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    const { parent, tag, attributes } = elements[i];
    depth[i] = parent >= 0 ? depth[parent] + 1 : 0;
    elsewhere[i] = (parent >= 0 && elsewhere[parent] === 1) || OTHER_STORIES.has(tag) || OTHER_STORIES_CLASS.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`) ? 1 : 0;
  }
  let tried = 0;
  let ambiguous: string | undefined;
  for (let i = 0; i < elements.length && tried < MAX_DATE_LINES_TRIED; i++) {
    const a = elements[i].attributes;
    if (elsewhere[i] === 1 || !DATE_LINE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`)) continue;
    tried++;
    let end = i + 1;
    while (end < elements.length && depth[end] > depth[i]) end++;
    for (let j = i; j < end; j++) {
      const day = elements[j].tag === 'time' ? attrDay(j) : undefined;
      if (day) return { day };
    }
    const text = tokens.texts
      .filter((t) => t.element >= i && t.element < end)
      .map((t) => source.slice(t.start, t.end))
      .join(' ');
    const read = readTimestampDay(clean(text) ?? '', resolve);
    if (read.day) return { day: read.day, fromText: true };
    ambiguous ??= read.ambiguous;
  }
  // A live blog marks only its entries: when every <time> outside lists of other stories gives
  // the same day, that is the day of the page.
  let only: string | undefined;
  for (let i = 0; i < elements.length; i++) {
    if (elements[i].tag !== 'time' || elsewhere[i] === 1) continue;
    const day = attrDay(i);
    if (!day) continue;
    if (only !== undefined && only !== day) return ambiguous ? { ambiguous } : undefined;
    only = day;
  }
  return only === undefined ? (ambiguous ? { ambiguous } : undefined) : { day: only };
}

/** The text of the page's first `<h1>`, whitespace collapsed. */
function firstHeading(source: string, tokens: HtmlTokens): string | undefined {
  const h1 = tokens.elements.findIndex((el) => el.tag === 'h1');
  if (h1 < 0) return undefined;
  let end = h1 + 1;
  while (end < tokens.elements.length && isInside(tokens, end, h1)) end++;
  return clean(tokens.texts.filter((t) => t.element >= h1 && t.element < end).map((t) => source.slice(t.start, t.end)).join(''));
}

/** Is element `i` inside element `ancestor`? */
function isInside(tokens: HtmlTokens, i: number, ancestor: number): boolean {
  for (let p = tokens.elements[i].parent; p >= 0; p = tokens.elements[p].parent) if (p === ancestor) return true;
  return false;
}

/** Title, site name, publication day, URL and author from meta tags, JSON-LD, <title> and the canonical link. */
export function readHtmlMeta(source: string, tokens: HtmlTokens): HtmlMeta {
  return readPageMeta(source, tokens).meta;
}

/** The page's metadata, and how the page orders day and month in a numeric date (from its own evidence). */
export function readPageMeta(source: string, tokens: HtmlTokens): { meta: HtmlMeta; dayOrder: DayOrderResolver } {
  const metas = new Map<string, string>();
  for (const el of tokens.elements) {
    if (el.tag !== 'meta') continue;
    const key = (el.attributes.property ?? el.attributes.name ?? el.attributes.itemprop ?? el.attributes['http-equiv'] ?? '').toLowerCase();
    const content = clean(el.attributes.content);
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLdBlocks(source, tokens);
  const fromLd = (key: string) => {
    for (const block of ld) {
      const v = findInJsonLd(block, key);
      const name = v && typeof v === 'object' ? (v as Record<string, unknown>).name : v;
      const s = clean(name);
      if (s) return s;
    }
    return undefined;
  };
  const pick = (keys: readonly string[]) => keys.map((k) => metas.get(k)).find((v) => v !== undefined);
  const titleIndex = tokens.elements.findIndex((el) => el.tag === 'title');
  const canonical = tokens.elements.find((el) => el.tag === 'link' && /(^|\s)canonical(\s|$)/i.test(el.attributes.rel ?? ''))?.attributes.href;
  let author: string | undefined;
  for (const block of ld) {
    const names = authorNames(findInJsonLd(block, 'author'));
    if (names.length) {
      author = names.join(', ');
      break;
    }
  }
  author ??= authorNames(pick(META_KEYS.author)).join(', ') || undefined;
  const url = pick(META_KEYS.url) ?? metas.get('canonical') ?? clean(canonical);
  // A numeric date that could be read either way is read in the order the page shows elsewhere,
  // or that its language or its country's domain writes.
  const htmlLang = tokens.elements.find((el) => el.tag === 'html')?.attributes.lang;
  const resolve = dayOrderResolver({ text: source, language: clean(htmlLang) ?? metas.get('og:locale') ?? metas.get('content-language'), url });
  let fromMeta = isoDay(metas.get('article:published_time')) ?? isoDay(fromLd('datePublished')) ?? isoDay(pick(META_KEYS.published));
  let ambiguous: string | undefined;
  if (!fromMeta) {
    // A metadata date written as numbers: "04/05/2026".
    const written = fromLd('datePublished') ?? pick(META_KEYS.published);
    const read = written ? readTimestampDay(written, resolve) : {};
    fromMeta = read.day;
    ambiguous = read.ambiguous;
  }
  const onPage = fromMeta ? undefined : publishedOnPage(source, tokens, resolve);
  const outlet = pick(META_KEYS.outlet) ?? fromLd('publisher');
  const meta: HtmlMeta = {
    title:
      pick(META_KEYS.title) ??
      fromLd('headline') ??
      (titleIndex >= 0 ? withoutUnknownSiteName(withoutSiteName(clean(textOf(source, tokens, titleIndex)), outlet), firstHeading(source, tokens)) : undefined),
    outlet,
    published: fromMeta ?? onPage?.day,
    publishedFromText: onPage?.day ? onPage.fromText : undefined,
    url,
    author,
    ambiguousDate: fromMeta || onPage?.day ? undefined : (ambiguous ?? onPage?.ambiguous),
  };
  for (const key of Object.keys(meta) as Array<keyof HtmlMeta>) if (meta[key] === undefined) delete meta[key];
  return { meta, dayOrder: resolve };
}
