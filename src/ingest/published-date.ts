import type { Doc } from '../doc.js';
import { formatDay, isoWeekday, isValidDate, parseIsoDate, toDayNumber } from '../extract/dates/calendar.js';
import { MONTH_NAME, MONTHS, WEEKDAYS } from '../extract/dates/words.js';

/**
 * Fill in publication dates the metadata did not give, from the text, never from the clock:
 * 1. 'text-weekday': an explicit full date that falls on a weekday the article names
 *    ("on Monday ... October 28, 2024");
 * 2. 'text': the one explicit full date of a dateline (start of the body);
 * 3. 'other-articles': the latest date of a dated sibling whose weekday the article names, or
 *    whose month and day it writes ("said Monday", "on October 28");
 * 4. when no article of the set is dated yet: a month and day an article writes, in the latest
 *    year it writes, that falls on the weekday most of the set's articles name ("Oct 28" +
 *    "August 2024" + siblings' "Monday") dates that article ('text-weekday'); step 3 then dates
 *    its siblings.
 * Anything else stays undefined ('unknown').
 */

const MONTH = `(${MONTH_NAME})\\.?`;
const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d:])`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\d:])`, 'g');
const ISO_DATE = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const YEAR_ALONE = /(?<![$\d,.-])\b((?:19|20)\d\d)\b(?![\d%]|[,.]\d|-\d)/g;
const WEEKDAY = /(?<!\b(?:Black|Good|Super|Bloody|Ash|Easter|Palm|Cyber|Holy|Giving)\s)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** How far into the body a dateline may be. */
const DATELINE_CHARS = 300;
/**
 * What may stand before the date on a dateline's line: nothing, a place ("WASHINGTON, ",
 * "BRUSSELS - "), a label ("Published: ") and a weekday. A date inside a sentence is no dateline.
 */
const DATELINE_PREFIX = /^\s*(?:(?:first\s+)?(?:published|updated|posted|date|dated)(?:\s+on)?\s*:?\s*|\p{Lu}[\p{L}.'’ -]{0,40}(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:[,–—-]|\(\p{L}+\))\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/iu;

interface DateClue {
  y: number | null;
  m: number;
  d: number;
  at: number;
}

interface Clues {
  text: string;
  dates: DateClue[];
  weekdays: Set<number>;
  years: number[];
  bodyStart: number;
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** The cleaned text with the headline put back: a dateline on the first line is blanked as one. */
function textWithHeadline(doc: Doc): string {
  const title = doc.titleSpan;
  if (!title || doc.offsets) return doc.text;
  return doc.text.slice(0, title.start) + doc.raw.slice(title.start, title.end) + doc.text.slice(title.end);
}

function readClues(doc: Doc): Clues {
  const text = textWithHeadline(doc);
  const dates: DateClue[] = [];
  const push = (y: string | undefined, monthWord: string, dayWord: string, at: number) => {
    const m = monthNumber(monthWord);
    const d = Number(dayWord);
    const year = y ? Number(y) : null;
    if (m && isValidDate(year ?? 2000, m, d)) dates.push({ y: year, m, d, at });
  };
  for (const match of text.matchAll(MONTH_DAY_YEAR)) push(match[3], match[1], match[2], match.index);
  for (const match of text.matchAll(DAY_MONTH_YEAR)) push(match[3], match[2], match[1], match.index);
  for (const match of text.matchAll(ISO_DATE)) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isValidDate(y, m, d)) dates.push({ y, m, d, at: match.index });
  }
  const weekdays = new Set<number>();
  for (const match of text.matchAll(WEEKDAY)) weekdays.add(WEEKDAYS[match[1].toLowerCase()]);
  // Years written anywhere in a plain-text file bound the publication date from below, captions
  // and other removed boilerplate included ("... in August 2024" under a photo). HTML markup is
  // left out: footers carry copyright years.
  const yearSource = doc.offsets ? text : doc.raw;
  const years = [...yearSource.matchAll(YEAR_ALONE)].map((match) => Number(match[1]));
  const bodyStart = doc.titleSpan && !doc.offsets ? doc.titleSpan.start : (doc.paragraphs[0]?.start ?? 0);
  return { text, dates, weekdays, years, bodyStart };
}

const dayOf = (y: number, m: number, d: number) => toDayNumber({ y, m, d });

/** Step 1: explicit full dates on a weekday the article names; the latest. */
function fromWeekday(clues: Clues): number | null {
  let best: number | null = null;
  for (const c of clues.dates) {
    if (c.y == null) continue;
    const day = dayOf(c.y, c.m, c.d);
    if (clues.weekdays.has(isoWeekday(day)) && (best == null || day > best)) best = day;
  }
  return best;
}

/** Step 2: the single explicit full date at the start of the body. */
function fromDateline(clues: Clues): number | null {
  const found = new Set<number>();
  for (const c of clues.dates) {
    if (c.y == null || c.at < clues.bodyStart || c.at - clues.bodyStart >= DATELINE_CHARS) continue;
    const lineStart = Math.max(clues.text.lastIndexOf('\n', c.at - 1) + 1, clues.bodyStart);
    if (DATELINE_PREFIX.test(clues.text.slice(lineStart, c.at))) found.add(dayOf(c.y, c.m, c.d));
  }
  return found.size === 1 ? [...found][0] : null;
}

/** A dated sibling's day, with the parts step 3 compares. */
interface SiblingDay {
  day: number;
  year: number;
  m: number;
  d: number;
  weekday: number;
}

/** The distinct days of the dated siblings, latest first. */
function siblingDays(dated: number[]): SiblingDay[] {
  return [...new Set(dated)]
    .sort((a, b) => b - a)
    .map((day) => {
      const iso = formatDay(day);
      return { day, year: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)), weekday: isoWeekday(day) };
    });
}

/** The latest full date and the latest year an article writes (-Infinity when none). */
function latestWritten(clues: Clues): { day: number; year: number } {
  let day = -Infinity;
  for (const c of clues.dates) if (c.y != null) day = Math.max(day, dayOf(c.y, c.m, c.d));
  let year = -Infinity;
  for (const y of clues.years) year = Math.max(year, y);
  return { day, year };
}

/** Step 3: the latest sibling date this article agrees with (`days` latest first). */
function fromSiblings(clues: Clues, latest: { day: number; year: number }, days: SiblingDay[]): number | null {
  for (const s of days) {
    // An article that writes a later date or year than the sibling's was not published with it;
    // earlier siblings are earlier still.
    if (latest.day > s.day || latest.year > s.year) return null;
    if (clues.weekdays.has(s.weekday) || clues.dates.some((c) => c.y == null && c.m === s.m && c.d === s.d)) return s.day;
  }
  return null;
}

/** Step 4: a month and day in the article's latest written year, on a weekday the set names. */
function fromSetWeekdays(clues: Clues, setWeekdays: Set<number>): number | null {
  if (clues.years.length === 0) return null;
  const year = Math.max(...clues.years);
  let best: number | null = null;
  for (const c of clues.dates) {
    if (c.y != null || !isValidDate(year, c.m, c.d)) continue;
    const day = dayOf(year, c.m, c.d);
    if (setWeekdays.has(isoWeekday(day)) && (best == null || day > best)) best = day;
  }
  return best;
}

export function inferPublishedDates(docs: Doc[]): void {
  const clues = new Map<Doc, Clues>();
  const latest = new Map<Clues, { day: number; year: number }>();
  const undated = () => docs.filter((d) => !parseIsoDate(d.article.published));
  const setDate = (doc: Doc, day: number, from: Doc['article']['publishedFrom']) => {
    doc.article.published = formatDay(day);
    doc.article.publishedFrom = from;
  };
  for (const doc of undated()) {
    const c = readClues(doc);
    clues.set(doc, c);
    const weekday = fromWeekday(c);
    if (weekday != null) {
      setDate(doc, weekday, 'text-weekday');
      continue;
    }
    const dateline = fromDateline(c);
    if (dateline != null) setDate(doc, dateline, 'text');
  }
  const propagate = () => {
    for (let changed = true; changed; ) {
      changed = false;
      const days = siblingDays(docs.map((d) => parseIsoDate(d.article.published)).filter((d) => d != null).map((d) => toDayNumber(d)));
      for (const doc of undated()) {
        const c = clues.get(doc)!;
        let own = latest.get(c);
        if (!own) latest.set(c, (own = latestWritten(c)));
        const day = fromSiblings(c, own, days);
        if (day != null) {
          setDate(doc, day, 'other-articles');
          changed = true;
        }
      }
    }
  };
  propagate();
  if (docs.length > 1 && undated().length === docs.length) {
    // Only a weekday most of the set's articles name says the set reports one story of one day.
    const naming = [...clues.values()].filter((c) => c.weekdays.size > 0);
    const setWeekdays = new Set([1, 2, 3, 4, 5, 6, 7].filter((wd) => naming.filter((c) => c.weekdays.has(wd)).length * 2 > naming.length));
    let best: { doc: Doc; day: number } | null = null;
    for (const doc of docs) {
      const day = fromSetWeekdays(clues.get(doc)!, setWeekdays);
      if (day != null && (best == null || day > best.day)) best = { doc, day };
    }
    if (best) {
      setDate(best.doc, best.day, 'text-weekday');
      propagate();
    }
  }
  for (const doc of undated()) doc.article.publishedFrom = doc.article.publishedFrom === 'metadata' ? 'unknown' : doc.article.publishedFrom;
}
