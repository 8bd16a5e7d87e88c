/** A calendar date at the granularity a TimeML value gives: a day, a month or a year. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * "2024", "2024-10" or "2024-10-28"; a part of a day ("2024-10-28TNI", TimeML's "Monday night")
 * is its day. Undefined for anything else (weeks, quarters, clock times, "XXXX-...").
 */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(?:MO|MI|AF|EV|NI|DT))?)?)?$/.exec(value);
  if (!m) return undefined;
  const d: CalendarDate = { year: Number(m[1]) };
  if (m[2]) d.month = Number(m[2]);
  if (m[3]) d.day = Number(m[3]);
  if ((d.month !== undefined && (d.month < 1 || d.month > 12)) || (d.day !== undefined && (d.day < 1 || d.day > 31))) return undefined;
  return d;
}

/** Half-open [start, end) in days since the epoch: for ordering and overlap checks. */
export function dateRange(d: CalendarDate): [number, number] {
  const day = (y: number, m: number, dd: number) => Date.UTC(y, m - 1, dd) / 86_400_000;
  if (d.month === undefined) return [day(d.year, 1, 1), day(d.year + 1, 1, 1)];
  if (d.day === undefined) return [day(d.year, d.month, 1), day(d.year, d.month + 1, 1)];
  const at = day(d.year, d.month, d.day);
  return [at, at + 1];
}
