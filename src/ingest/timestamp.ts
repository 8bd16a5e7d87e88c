import { MONTHS } from '../extract/dates/words.js';
import { isIsoDate } from '../schema/iso-date.js';
import type { Span } from '../schema/index.js';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A year may touch the time after it in copied text ("May 7, 20243:45 PM"). */
const YEAR = '((?:19|20)\\d\\d)(?!\\d(?!\\d?[:.]\\d\\d))';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'i');
const ISO_DAY = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
/** "20/11/2026", "11/20/2026", "20.11.2026": read only when the order is certain (a part above 12). */
const NUMERIC_DAY = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])/;
const PUBLISHED_LABEL = /\b(published|posted|first published|originally published)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Day-first or month-first, whichever the numbers allow; undefined when both could be meant. */
function numericDay(first: number, second: number, year: string): string | undefined {
  if (first === second) return `${year}-${pad(first)}-${pad(second)}`;
  if (first > 12 && second <= 12) return `${year}-${pad(second)}-${pad(first)}`;
  if (second > 12 && first <= 12) return `${year}-${pad(first)}-${pad(second)}`;
  return undefined;
}

/** The full date (YYYY-MM-DD) a timestamp or byline line gives, if any. */
export function timestampDay(text: string): string | undefined {
  let m = MONTH_DAY_YEAR.exec(text);
  let day: string | undefined;
  if (m) day = `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`;
  else if ((m = DAY_MONTH_YEAR.exec(text))) day = `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(Number(m[1]))}`;
  else if ((m = ISO_DAY.exec(text))) day = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = NUMERIC_DAY.exec(text))) day = numericDay(Number(m[1]), Number(m[3]), m[4]);
  return day && isIsoDate(day) ? day : undefined;
}

/**
 * The publication day from the timestamp lines the cleaner removed: the first one labelled
 * "Published"/"Posted"; else the one day all of them give ("Updated May 7, 2024" is the nearest
 * day known). Two different unlabelled days are no guess to make.
 */
export function publishedFromTimestamps(text: string, removed: ReadonlyArray<Span & { rule: string }>): string | undefined {
  const days = new Set<string>();
  for (const r of removed) {
    if (r.rule !== 'timestamp' && r.rule !== 'byline') continue;
    const line = text.slice(r.start, r.end);
    const day = timestampDay(line);
    if (!day) continue;
    if (PUBLISHED_LABEL.test(line)) return day;
    days.add(day);
  }
  return days.size === 1 ? [...days][0] : undefined;
}
