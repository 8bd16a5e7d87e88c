import { MONTHS_LONG, MONTHS_SHORT } from './wording.js';

const TIMEX = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:MO|MI|AF|EV|NI|DT))?)?|-W(\d{2})|-Q([1-4]))?$/;

export interface CalendarValue {
  /** First day covered, YYYY-MM-DD: sorts chronologically. */
  sortKey: string;
  /** Short human label: "28 Oct 2024", "Oct 2024", "week of 21 Oct 2024", "Q1 2024", "2024". */
  label: string;
  /** 3 = day, 2 = week or month, 1 = quarter or year. */
  precision: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar TimeML value (year, month, day, week, quarter), or null for anything else. */
export function readCalendarValue(value: string): CalendarValue | null {
  const m = TIMEX.exec(value);
  if (!m) return null;
  const year = m[1];
  if (m[3]) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { sortKey: value.slice(0, 10), label: `${day} ${MONTHS_SHORT[month - 1]} ${year}`, precision: 3 };
  }
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { sortKey: `${year}-${m[2]}-01`, label: `${MONTHS_SHORT[month - 1]} ${year}`, precision: 2 };
  }
  if (m[4]) {
    const week = Number(m[4]);
    if (week < 1 || week > 53) return null;
    // ISO week 1 holds the year's first Thursday; its Monday is the sort key.
    const jan4 = Date.UTC(Number(year), 0, 4);
    const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = new Date(jan4 + ((week - 1) * 7 - weekday) * 86_400_000);
    // "week 43" means little to a reader: name the week by its Monday.
    const label = `week of ${monday.getUTCDate()} ${MONTHS_SHORT[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`;
    return { sortKey: `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`, label, precision: 2 };
  }
  if (m[5]) return { sortKey: `${year}-${pad((Number(m[5]) - 1) * 3 + 1)}-01`, label: `Q${m[5]} ${year}`, precision: 1 };
  return { sortKey: `${year}-01-01`, label: year, precision: 1 };
}

/** "28 October 2024" for an ISO date. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_LONG[m - 1]} ${y}`;
}
