import { MONTHS } from '../extract/dates/words.js';
import { isIsoDate } from '../schema/iso-date.js';
import type { Span } from '../schema/index.js';
import { NUMERIC_DATE, numericDay, type DayOrderResolver } from './numeric-date.js';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A year may touch the time after it in copied text ("May 7, 20243:45 PM"). */
const YEAR = '((?:19|20)\\d\\d)(?!\\d(?!\\d?[:.]\\d\\d))';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i');
const ISO_DAY = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const PUBLISHED_LABEL = /\b(published|posted|first published|originally published)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

export interface TimestampDay {
  /** YYYY-MM-DD. */
  day?: string;
  /** A numeric date found but left unread, as written ("04/05/2026"): either order fits and `resolve` did not settle it. */
  ambiguous?: string;
}

/**
 * The full date a timestamp or byline line gives, if any. A numeric date that could be read
 * either way ("04/05/2026") is read in the order `resolve` gives for the page, else left.
 */
export function readTimestampDay(text: string, resolve?: DayOrderResolver): TimestampDay {
  let m = MONTH_DAY_YEAR.exec(text);
  let day: string | undefined;
  if (m) day = `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`;
  else if ((m = DAY_MONTH_YEAR.exec(text))) day = `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(Number(m[1]))}`;
  else if ((m = ISO_DAY.exec(text))) day = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = NUMERIC_DATE.exec(text))) {
    const read = numericDay(Number(m[1]), Number(m[3]), m[4], m[2], resolve);
    if (read.ambiguous) return { ambiguous: m[0] };
    day = read.day;
  }
  return day && isIsoDate(day) ? { day } : {};
}

/** The full date (YYYY-MM-DD) a timestamp or byline line gives, if any. */
export function timestampDay(text: string, resolve?: DayOrderResolver): string | undefined {
  return readTimestampDay(text, resolve).day;
}

/**
 * The publication day from the timestamp lines the cleaner removed: the first one labelled
 * "Published"/"Posted"; else the one day all of them give ("Updated May 7, 2024" is the nearest
 * day known). Two different unlabelled days are no guess to make. `ambiguous` names a numeric
 * date left unread when no day was found.
 */
export function publishedFromTimestamps(text: string, removed: ReadonlyArray<Span & { rule: string }>, resolve?: DayOrderResolver): TimestampDay {
  const days = new Set<string>();
  let ambiguous: string | undefined;
  for (const r of removed) {
    if (r.rule !== 'timestamp' && r.rule !== 'byline') continue;
    const line = text.slice(r.start, r.end);
    const read = readTimestampDay(line, resolve);
    ambiguous ??= read.ambiguous;
    if (!read.day) continue;
    if (PUBLISHED_LABEL.test(line)) return { day: read.day };
    days.add(read.day);
  }
  if (days.size === 1) return { day: [...days][0] };
  return days.size === 0 && ambiguous ? { ambiguous } : {};
}
