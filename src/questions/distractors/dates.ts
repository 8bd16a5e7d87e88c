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
/** Whole weeks: wrong days on the weekday the stem names ("on Tuesday"), or only the answer would fall on it. */
const WEEK_SHIFTS = [7, 14, 21, 28];
/** A day of the week named in a stem. */
export const WEEKDAY_NAME = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTH_SHIFTS = [1, 2, 3, 4, 6];
const YEAR_SHIFTS = [1, 2, 3, 4, 5];

/**
 * Three wrong dates of the same granularity near the true one, the answer at a random rank.
 * With `latest` (the publication day, for an event the article tells as past), no wrong date
 * starts after it: "the regatta ended on 9 June" in a report of 6 June is wrong at sight.
 */
export function dateDistractors(d: CalendarDate, forbidden: Set<string>, rng: Rng, latest?: CalendarDate): CalendarDate[] {
  let rank = randomInt(rng, 4);
  const choices = dateChoices(d, forbidden, rng, latest);
  // Fewer later dates than the drawn rank wants: the answer moves up, the earlier dates fill in.
  if (latest) rank = Math.max(rank, 3 - choices.later.length);
  return datesAt(choices, rank);
}

/** Wrong dates before and after the answer, and the ranks the answer can take among three of them. */
export interface DateChoices {
  before: CalendarDate[];
  later: CalendarDate[];
  ranks: number[];
}

/** The wrong dates before and after `d` (none after `latest`), before the answer's rank is chosen (see balancedRanks). */
export function dateChoices(d: CalendarDate, forbidden: Set<string>, rng: Rng, latest?: CalendarDate, sameWeekday = false): DateChoices {
  const shifts = d.day !== undefined ? (sameWeekday ? WEEK_SHIFTS : DAY_SHIFTS) : d.month !== undefined ? MONTH_SHIFTS : YEAR_SHIFTS;
  const free = (x: CalendarDate) => !forbidden.has(formatCalendarDate(x));
  const before = shuffled(rng, shifts).map((s) => shift(d, -s)).filter(free);
  const after = shuffled(rng, shifts).map((s) => shift(d, s));
  const end = latest ? dateRange(latest)[1] : Infinity;
  const later = after.filter((x) => free(x) && dateRange(x)[0] < end);
  return { before, later, ranks: [0, 1, 2, 3].filter((r) => before.length >= r && later.length >= 3 - r) };
}

/** The three wrong dates that put the answer at `rank` (0: it is the earliest option); empty when that rank cannot be had. */
export function datesAt(choices: DateChoices, rank: number): CalendarDate[] {
  const picked = [...choices.before.slice(0, rank), ...choices.later.slice(0, 3 - rank)];
  return picked.length === 3 ? picked : [];
}

/** Whether `d` starts on or before `day`: a date the article can tell as already past. */
export function notAfter(d: CalendarDate, day: CalendarDate): boolean {
  return dateRange(d)[0] < dateRange(day)[1];
}
