import { addMonths, formatDay, formatMonth, formatWeek, fromDayNumber, isoWeekday, quarterOf, toDayNumber, type Ymd } from './calendar.js';
import { UNITS } from './words.js';

/** Which way a relative expression points: from the tense of its clause, when it has one. */
export type Direction = 'past' | 'future' | null;

/** The anchor for relative expressions: the publication date, or null when unknown. */
export interface Anchor {
  dct: Ymd | null;
  /** Day number of dct (0 when dct is null). */
  day: number;
  /** The article reports quarterly results: "a year earlier" then means the same quarter a year before. */
  readonly quarterly: boolean;
  /**
   * The latest calendar date the article has stated before the current sentence (year, month and
   * day as far as known): what "the following year" or "later that day" count from.
   */
  ref: Reference | null;
  /** Sentences scanned since `ref` was stated: 1 while scanning the sentence after it. */
  refAge: number;
}

/** A stated date at the granularity it was written with. */
export interface Reference {
  y: number;
  m?: number;
  d?: number;
}

/** A year, month or day (a season, quarter or half of a year states its year: "spring 2026"). */
const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$|-(?:SP|SU|FA|WI|Q[1-4]|H[12])$)/;

/** The reference a DATE or TIME value gives ("1998-10-23", "1995-05", "1996", "1998-10-23T22:00"), else null. */
export function referenceOf(value: string): Reference | null {
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

/** `quarterly` may be a test, run on first use: few articles have a date that asks. */
export function makeAnchor(dct: Ymd | null, quarterly: boolean | (() => boolean) = false): Anchor {
  const day = dct ? toDayNumber(dct) : 0;
  if (typeof quarterly === 'boolean') return { dct, day, quarterly, ref: null, refAge: Infinity };
  let known: boolean | undefined;
  return {
    dct,
    day,
    ref: null,
    refAge: Infinity,
    get quarterly() {
      return (known ??= quarterly());
    },
  };
}

const pad4 = (n: number) => String(n).padStart(4, '0');
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A weekday name: past-tense news means the most recent one (the publication day included). */
export function weekdayValue(a: Anchor, wd: number, dir: Direction): string {
  if (!a.dct) return `XXXX-WXX-${wd}`;
  const today = isoWeekday(a.day);
  const day = dir === 'future' ? a.day + ((wd - today + 7) % 7) : a.day - ((today - wd + 7) % 7);
  return formatDay(day);
}

/**
 * The year of a month (and day) named without one: the nearest occurrence when it is within
 * about three months; further away the tense of the clause decides (past when it says nothing).
 */
export function yearFor(a: Anchor, m: number, d: number | null, dir: Direction): number | null {
  if (!a.dct) return null;
  const { y } = a.dct;
  if (d == null && m === a.dct.m) return y;
  const dayOf = (yy: number) => toDayNumber({ y: yy, m, d: d ?? 15 });
  const pastYear = dayOf(y) <= a.day ? y : y - 1;
  const futureYear = pastYear + 1;
  const back = a.day - dayOf(pastYear);
  const ahead = dayOf(futureYear) - a.day;
  const NEAR = 92;
  if (Math.min(back, ahead) <= NEAR) {
    const nearest = back <= ahead ? pastYear : futureYear;
    // Early in a year, a clause looking ahead names this year's month, not last year's: "will
    // open in December" in January. (Past cues are weaker: "payable Jan. 2" after "reduced" is ahead.)
    if (nearest < y && dir === 'future') return y;
    return nearest;
  }
  return dir === 'future' ? futureYear : pastYear;
}

export function monthValue(a: Anchor, m: number, dir: Direction): string {
  const y = yearFor(a, m, null, dir);
  return y == null ? `XXXX-${pad2(m)}` : formatMonth(y, m);
}

/**
 * `ended`: the day closes a period that has ended ("the fiscal year ended Jan. 31"), so it is
 * not after the publication date, however near the next one is.
 */
export function monthDayValue(a: Anchor, m: number, d: number, dir: Direction, ended = false): string {
  const y = ended && a.dct ? (toDayNumber({ y: a.dct.y, m, d }) <= a.day ? a.dct.y : a.dct.y - 1) : yearFor(a, m, d, dir);
  return y == null ? `XXXX-${pad2(m)}-${pad2(d)}` : `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** "last week", "this month", "next year": the calendar unit `offset` units from the anchor. */
export function relativeUnitValue(a: Anchor, unit: CalendarUnit, offset: number): string {
  if (!a.dct) return offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  const { y, m } = a.dct;
  switch (unit) {
    case 'day':
      return formatDay(a.day + offset);
    case 'week':
      return formatWeek(a.day + 7 * offset);
    case 'weekend': {
      // Last weekend: the one of the latest Saturday before today; this or next: the coming one.
      const wd = isoWeekday(a.day);
      const saturday = offset < 0 ? a.day - ((wd - 6 + 7) % 7 || 7) : a.day + ((6 - wd + 7) % 7) - (wd === 7 ? 1 : 0);
      return `${formatWeek(saturday)}-WE`;
    }
    case 'month': {
      const r = addMonths(y, m, offset);
      return formatMonth(r.y, r.m);
    }
    case 'quarter': {
      const index = y * 4 + quarterOf(m) - 1 + offset;
      return `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'half': {
      const index = y * 2 + (m <= 6 ? 0 : 1) + offset;
      return `${pad4(Math.floor(index / 2))}-H${(index % 2) + 1}`;
    }
    case 'year':
      return pad4(y + offset);
    case 'decade':
      return String(Math.floor(y / 10) + offset);
    case 'century':
      return String(Math.floor(y / 100) + offset).padStart(2, '0');
  }
}

/** "three years ago", "two weeks later": a date at the granularity of the unit. */
export function shiftedValue(a: Anchor, unitWord: string, count: number | null, sign: -1 | 1): string {
  if (!a.dct || count == null) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const unit = UNITS[unitWord];
  if (!unit) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const n = count * unit.times * sign;
  if (!Number.isInteger(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const { y, m } = a.dct;
  switch (unit.letter) {
    case 'S':
    case 'M':
    case 'H':
      return formatDay(a.day);
    case 'D':
      return formatDay(a.day + n);
    case 'W':
      return formatWeek(a.day + 7 * n);
    case 'MO': {
      const r = addMonths(y, m, n);
      return formatMonth(r.y, r.m);
    }
    case 'Q':
      return relativeUnitValue(a, 'quarter', n);
    case 'Y':
      // "15,000 years ago": before year 0 TimeML has no plain four-digit year.
      return y + n < 0 ? 'PAST_REF' : pad4(y + n);
  }
}

/** The next smaller unit of a duration letter, and the value of a whole count plus a rest in it. */
const SMALLER: Partial<Record<string, { times: number; format: (whole: number, rest: number) => string }>> = {
  Y: { times: 12, format: (w, r) => `P${w}Y${r}M` },
  W: { times: 7, format: (w, r) => `P${w * 7 + r}D` },
  D: { times: 24, format: (w, r) => `P${w}DT${r}H` },
  H: { times: 60, format: (w, r) => `PT${w}H${r}M` },
  M: { times: 60, format: (w, r) => `PT${w}M${r}S` },
};

/** TimeML duration: P3Y, P2W, PT5H, PXD (vague count). */
export function durationValue(unitWord: string, count: number | null): string {
  const unit = UNITS[unitWord] ?? UNITS.day;
  const n = count == null ? null : count * unit.times;
  // "2 1/2 years": P2Y6M, "5 1/2 hours": PT5H30M; the fraction in the next smaller unit.
  if (n != null && n > 1 && !Number.isInteger(n)) {
    const split = SMALLER[unit.letter];
    const whole = Math.floor(n);
    const rest = split ? Math.round((n - whole) * split.times * 1000) / 1000 : NaN;
    if (split && Number.isInteger(rest)) return split.format(whole, rest);
  }
  const amount = n == null ? 'X' : String(Number.isInteger(n) ? n : Math.round(n * 100) / 100);
  switch (unit.letter) {
    case 'S':
    case 'M':
    case 'H':
      return `PT${amount}${unit.letter}`;
    case 'MO':
      return `P${amount}M`;
    default:
      return `P${amount}${unit.letter}`;
  }
}

/** A day from the anchor ("yesterday", "tomorrow"); references without an anchor. */
export function dayOffsetValue(a: Anchor, offset: number): string {
  if (!a.dct) return offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  return formatDay(a.day + offset);
}

export function yearOf(a: Anchor): number | null {
  return a.dct ? a.dct.y : null;
}

export function dayToYmd(day: number): Ymd {
  return fromDayNumber(day);
}

/**
 * A unit of the reference shifted by `offset` ("the following year": +1, "that day": 0), at the
 * unit's granularity; null when the reference is too coarse for the unit.
 */
export function anaphoricValue(ref: Reference, unit: 'day' | 'week' | 'month' | 'year', offset: number): string | null {
  switch (unit) {
    case 'year':
      return pad4(ref.y + offset);
    case 'month': {
      if (ref.m == null) return null;
      const r = addMonths(ref.y, ref.m, offset);
      return formatMonth(r.y, r.m);
    }
    case 'week':
      return ref.m != null && ref.d != null ? formatWeek(toDayNumber({ y: ref.y, m: ref.m, d: ref.d }) + 7 * offset) : null;
    case 'day':
      if (ref.m != null && ref.d != null) return formatDay(toDayNumber({ y: ref.y, m: ref.m, d: ref.d }) + offset);
      // "that same day" after "last October": a day of that month.
      return ref.m != null && offset === 0 ? `${formatMonth(ref.y, ref.m)}-XX` : null;
  }
}
