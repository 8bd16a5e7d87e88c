/**
 * Numeric dates ("04/05/2026") whose day and month could be read either way, and the evidence on
 * the same page that settles the order: a date in the same format that can only be read one way,
 * the page's language ("en-GB", "en_US"), the country-code domain of its address.
 */

export type DayOrder = 'day-first' | 'month-first';

/** Where the order of an ambiguous numeric date may be read. */
export interface DayOrderEvidence {
  /** The page's text or source: other numeric dates in the same format. */
  text?: string;
  /** A language tag: `<html lang>`, `og:locale`, a front-matter `lang`. */
  language?: string;
  /** The page's own address (canonical link, `og:url`, front-matter `url`). */
  url?: string;
}

/** Picks the day order for a date written with separator `sep`, or undefined when nothing settles it. */
export type DayOrderResolver = (sep: string) => DayOrder | undefined;

/** "20/11/2026", "11/20/2026", "20.11.2026" (one or two digits, then a four-digit year). */
export const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])/;
const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');

/** The order the two numbers themselves allow: one of them above 12 is the day. */
export function orderOfParts(first: number, second: number): DayOrder | undefined {
  if (first > 12 && second >= 1 && second <= 12) return 'day-first';
  if (second > 12 && first >= 1 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * The order the page's other dates in the same format show: every one that can only be read one
 * way must agree. One pass over the text, run only when a date needs it.
 */
export function orderFromDates(text: string, sep: string): DayOrder | undefined {
  let found: DayOrder | undefined;
  NUMERIC_DATES.lastIndex = 0;
  for (let m = NUMERIC_DATES.exec(text); m; m = NUMERIC_DATES.exec(text)) {
    if (m[2] !== sep) continue;
    const order = orderOfParts(Number(m[1]), Number(m[3]));
    if (!order) continue;
    if (found && found !== order) return undefined;
    found = order;
  }
  return found;
}

/** Regions that write the month first ("04/05/2026" is April 5). */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'vi', 'um']);
/** Regions where both orders are common: no evidence either way. */
const MIXED_REGIONS = new Set(['ca']);
/**
 * Languages written day-first wherever they are used (a bare "de" or "fr"). English is not one:
 * "en" alone says nothing; its region does.
 */
const DAY_FIRST_LANGUAGES = new Set([
  'fr', 'de', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'nn', 'no', 'fi', 'is', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'ro', 'bg',
  'ru', 'uk', 'be', 'el', 'tr', 'et', 'lv', 'lt', 'ga', 'cy', 'ca', 'gl', 'eu', 'id', 'ms', 'vi', 'th', 'he', 'ar', 'hi',
]);

/** "en-GB", "en_US", "fr", "de-AT" -> the order its users write numeric dates in. */
export function orderFromLanguage(tag: string | undefined): DayOrder | undefined {
  const m = tag && /^\s*([a-z]{2,3})(?:[-_]([a-z]{2})\b)?/i.exec(tag);
  if (!m) return undefined;
  const language = m[1].toLowerCase();
  const region = m[2]?.toLowerCase();
  if (region) {
    if (MONTH_FIRST_REGIONS.has(region)) return 'month-first';
    if (MIXED_REGIONS.has(region)) return undefined;
    return 'day-first';
  }
  return DAY_FIRST_LANGUAGES.has(language) ? 'day-first' : undefined;
}

/** Country-code domains sold for other uses ("example.io", "example.tv"): no country in them. */
const GENERIC_CCTLDS = new Set(['io', 'co', 'tv', 'me', 'ai', 'fm', 'ly', 'gg', 'am', 'to', 'cc', 'ws', 'nu', 'la', 'sh', 'ac', 'gl', 'is', 'so', 'xyz']);

/** "https://www.example.co.uk/news/1" -> day-first; ".com", ".org" and generic ccTLDs say nothing. */
export function orderFromUrl(url: string | undefined): DayOrder | undefined {
  const m = url && /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  if (!m) return undefined;
  const tld = m[1].toLowerCase().replace(/\.$/, '').split('.').pop()!;
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return undefined;
  if (MONTH_FIRST_REGIONS.has(tld)) return 'month-first';
  if (MIXED_REGIONS.has(tld)) return undefined;
  return 'day-first';
}

/**
 * A resolver for the dates of one page, from the strongest evidence to the weakest: the page's
 * own unambiguous dates in the same format, its language, its domain. Dotted dates ("04.05.2026")
 * are day-first wherever they are written. Each answer is worked out once.
 */
export function dayOrderResolver(evidence: DayOrderEvidence): DayOrderResolver {
  const cache = new Map<string, DayOrder | undefined>();
  return (sep) => {
    if (cache.has(sep)) return cache.get(sep);
    const order =
      (evidence.text !== undefined ? orderFromDates(evidence.text, sep) : undefined) ??
      orderFromLanguage(evidence.language) ??
      orderFromUrl(evidence.url) ??
      (sep === '.' ? 'day-first' : undefined);
    cache.set(sep, order);
    return order;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day (YYYY-MM-DD, not yet checked against the calendar) of a numeric date's parts: by the
 * numbers when they allow one reading, else by `resolve`. `ambiguous` is set when neither settles it.
 */
export function numericDay(first: number, second: number, year: string, sep: string, resolve?: DayOrderResolver): { day?: string; ambiguous?: true } {
  if (first === second) return { day: `${year}-${pad(first)}-${pad(second)}` };
  const order = orderOfParts(first, second) ?? (first <= 12 && second <= 12 ? resolve?.(sep) : undefined);
  if (order === 'day-first') return { day: `${year}-${pad(second)}-${pad(first)}` };
  if (order === 'month-first') return { day: `${year}-${pad(first)}-${pad(second)}` };
  return first <= 12 && second <= 12 && first >= 1 && second >= 1 ? { ambiguous: true } : {};
}

/** The warning for a date left undated because its order could not be settled. */
export function ambiguousDateWarning(label: string, where: string, written: string): string {
  return `${label}: ${where} '${written}' could be day/month or month/day and nothing on the page settles which (no unambiguous date in that format, no page language or country domain); the article is not dated by it`;
}
