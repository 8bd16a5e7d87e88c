import { type CalendarDate, dateRange, parseCalendarDate } from '../../calendar-date.js';
import { MONTH_NAMES } from '../words.js';
import { type Rng, randomInt, shuffled } from '../random.js';

export { type CalendarDate, dateRange, parseCalendarDate };

export function formatCalendarDate(d: CalendarDate): string {
  if (d.month === undefined) return String(d.year);
  const month = MONTH_NAMES[d.month - 1];
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
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

/**
 * Three wrong dates of the same granularity near the true one, the answer at a random rank.
 * With `latest` (the publication day, for an event the article tells as past), no wrong date
 * starts after it: "the regatta ended on 9 June" in a report of 6 June is wrong at sight.
 */
export function dateDistractors(d: CalendarDate, forbidden: Set<string>, rng: Rng, latest?: CalendarDate): CalendarDate[] {
  const shifts = d.day !== undefined ? DAY_SHIFTS : d.month !== undefined ? MONTH_SHIFTS : YEAR_SHIFTS;
  let rank = randomInt(rng, 4);
  const before = shuffled(rng, shifts).map((s) => shift(d, -s));
  const after = shuffled(rng, shifts).map((s) => shift(d, s));
  const free = (x: CalendarDate) => !forbidden.has(formatCalendarDate(x));
  const end = latest ? dateRange(latest)[1] : Infinity;
  const later = after.filter((x) => free(x) && dateRange(x)[0] < end);
  // Fewer later dates than the drawn rank wants: the answer moves up, the earlier dates fill in.
  if (latest) rank = Math.max(rank, 3 - later.length);
  const picked = [...before.filter(free).slice(0, rank), ...later.slice(0, 3 - rank)];
  return picked.length === 3 ? picked : [];
}

/** Whether `d` starts on or before `day`: a date the article can tell as already past. */
export function notAfter(d: CalendarDate, day: CalendarDate): boolean {
  return dateRange(d)[0] < dateRange(day)[1];
}
