/** Proleptic Gregorian calendar arithmetic on plain integers (no Date objects, no clock). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a day number: the week's year and number. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = fromDayNumber(thursday).y;
  const jan1 = toDayNumber({ y: year, m: 1, d: 1 });
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(day: number): string {
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(day: number): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Month arithmetic: `months` may be negative. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function parseIsoDate(value: string | undefined): Ymd | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** The day number of Easter Sunday in year y (Gregorian; the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber({ y, m: month, d: day });
}
