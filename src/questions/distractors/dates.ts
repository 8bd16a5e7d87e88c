import { MONTH_NAMES } from '../words.js';
import { type Rng, randomInt, shuffled } from '../random.js';

/** A calendar date at the granularity the text gives: a day, a month or a year. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseCalendarDate(value: string): CalendarDate | undefined {
  const m = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return undefined;
  const d: CalendarDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  if ((d.month !== undefined && (d.month < 1 || d.month > 12)) || (d.day !== undefined && (d.day < 1 || d.day > 31))) return undefined;
  return d;
}

export function formatCalendarDate(d: CalendarDate): string {
  if (d.month === undefined) return String(d.year);
  const month = MONTH_NAMES[d.month - 1];
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** Half-open [start, end) in days since the epoch: for ordering and overlap checks. */
export function dateRange(d: CalendarDate): [number, number] {
  const day = (y: number, m: number, dd: number) => Date.UTC(y, m - 1, dd) / 86_400_000;
  if (d.month === undefined) return [day(d.year, 1, 1), day(d.year + 1, 1, 1)];
  if (d.day === undefined) return [day(d.year, d.month, 1), day(d.year, d.month + 1, 1)];
  const at = day(d.year, d.month, d.day);
  return [at, at + 1];
}

function shift(d: CalendarDate, by: number): CalendarDate {
  if (d.month === undefined) return { year: d.year + by };
  if (d.day === undefined) {
    const index = d.year * 12 + (d.month - 1) + by;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + by));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const DAY_SHIFTS = [1, 2, 3, 4, 5, 6, 7, 9, 10, 14];
const MONTH_SHIFTS = [1, 2, 3, 4, 6];
const YEAR_SHIFTS = [1, 2, 3, 4, 5];

/** Three wrong dates of the same granularity near the true one, the answer at a random rank. */
export function dateDistractors(d: CalendarDate, forbidden: Set<string>, rng: Rng): CalendarDate[] {
  const shifts = d.day !== undefined ? DAY_SHIFTS : d.month !== undefined ? MONTH_SHIFTS : YEAR_SHIFTS;
  const rank = randomInt(rng, 4);
  const before = shuffled(rng, shifts).map((s) => shift(d, -s));
  const after = shuffled(rng, shifts).map((s) => shift(d, s));
  const free = (x: CalendarDate) => !forbidden.has(formatCalendarDate(x));
  const picked = [...before.filter(free).slice(0, rank), ...after.filter(free).slice(0, 3 - rank)];
  return picked.length === 3 ? picked : [];
}
