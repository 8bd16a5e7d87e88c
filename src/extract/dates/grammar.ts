import type { TimexType } from '../../schema/index.js';
import { isValidDate, isoWeekday, quarterOf, toDayNumber } from './calendar.js';
import { monthDayValue, yearOf, type Anchor, type CalendarUnit, type Direction } from './resolve.js';
import { MONTHS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, VAGUE_COUNTS, WEEKDAYS } from './words.js';

/** The grammar's shared parts: what a rule sees, pattern pieces, and helpers of several rule families. */

/** What a rule sees: its groups, the sentence, where the match is, and the anchor. */
export interface RuleInput {
  g: (name: string) => string | undefined;
  text: string;
  sentence: string;
  start: number;
  end: number;
  anchor: Anchor;
  direction: () => Direction;
}

export interface Timex {
  type: TimexType;
  value: string;
  /**
   * A clock time that names no day ("at 10 p.m."): its day is the publication day until the
   * sentence or the story gives a better one (see datedClockTimes).
   */
  dayless?: boolean;
  /**
   * Counted from the story's day ("the following Monday", "that night"): within its sentence it
   * moves no reference (the next one counts from the stated date too); after it, it does.
   */
  anaphoric?: boolean;
}

export interface Rule {
  name: string;
  source: string;
  interpret(input: RuleInput): Timex | null;
  /**
   * A cheap test before the pattern runs: false when interpret would refuse every match that
   * starts at `at`, so the scanner need not run the pattern there.
   */
  mayStartAt?(sentence: string, at: number): boolean;
  /**
   * Words (lower case) one of which every match contains: where none follows in the sentence, the
   * pattern need not run.
   */
  needs?: readonly string[];
}

export const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\\.|(?![a-z]))';
export const MONTH = `(?:(?:${MONTH_FULL})(?![a-z])|${MONTH_ABBR})`;
export const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)';
export const YEAR = '(?:1[5-9]|20)\\d\\d(?![\\d])';
export const SPELLED_NUMBER =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/**
 * A count. The spelled number is written once, its "hundred"/"thousand" optional (tried first, as
 * the two alternatives it replaces were): the same matches, and a third less regexp to compile in
 * the rules that use NUM twice.
 */
export const NUM = `(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+dozen|a\\s+hundred|a\\s+few|a\\s+number\\s+of|one\\s+hundred|dozens\\s+of|hundreds\\s+of|thousands\\s+of|(?:${SPELLED_NUMBER})(?:\\s+(?:hundred|thousand))?(?![a-z])|dozen|hundred|single|few|several|some|many|numerous|multiple|an?)`;
export const UNIT = 'seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries';
/**
 * Modifiers a duration keeps (TimeML mod="APPROX", "MORE_THAN", ...): "nearly two years", "at least
 * 30 days", "over an hour" (more than). Focus words ("just", "only", "barely"), "about" and "over"
 * as "during" ("over three years") stay outside, as TimeBank annotates them.
 */
const PREMOD_WORDS = 'nearly|almost|around|approximately|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|over(?=\\s+an?\\s)|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|well\\s+over|little\\s+more\\s+than|the\\s+better\\s+part\\s+of';
export const PREMOD = `(?:(?:${PREMOD_WORDS})\\s+)`;
/** Before "ago" an approximation is part of the date: "about six years ago". */
export const AGO_PREMOD = `(?:(?:${PREMOD_WORDS}|about)\\s+)`;
export const MOD = '(?:(?:early|late|mid|middle)(?:-|\\s+)|mid|(?:the\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\\s+of\\s+(?:the\\s+)?)';
export const POD = 'morning|afternoon|evening|night';

/**
 * Words of a habit or a rule ("usually", "every night", "on school nights", "open every Sunday",
 * "buses every 10 minutes", "on Sundays", "four days a week", "opens at 8am", "is open from"):
 * a clock time or a weekday in such a clause is any day's.
 */
export const HABITUAL = /\b(?:usually|regularly|routinely|typically|normally|habitually|often|frequently|sometimes|rarely|seldom|(?:every|each)\s+(?:day|night|morning|evening|afternoon|weekday|school\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d+|two|three|four|five|ten|twenty|thirty)\s+(?:minutes|hours))|on\s+(?:school\s+|week)nights|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|on\s+weekdays|days\s+a\s+week|opens\s+(?:at|from|between|daily)|(?:is|are)\s+open\s+(?:from|between|until|till|daily|every)|opening\s+(?:hours|times))\b/i;

export function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ');
}

export function monthNumber(word: string | undefined): number {
  return MONTHS[lower(word).replace(/\.$/, '')] ?? 0;
}

function dayNumber(word: string | undefined): number {
  return parseInt(word ?? '', 10);
}

export function count(word: string | undefined): number | null {
  const w = lower(word);
  if (!w) return null;
  if (VAGUE_COUNTS.has(w)) return null;
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(w);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  // "1,000 days": a comma before three digits groups thousands; "2,5 years" is a decimal comma.
  if (/^\d/.test(w)) return Number(/^\d{1,3},\d{3}$/.test(w) ? w.replace(',', '') : w.replace(',', '.'));
  // "two thousand", "five hundred".
  const big = /^(.+) (hundred|thousand)$/.exec(w);
  if (big && NUMBER_WORDS[big[1]] != null) return NUMBER_WORDS[big[1]] * (big[2] === 'hundred' ? 100 : 1000);
  return NUMBER_WORDS[w] ?? null;
}

export function unitWord(word: string | undefined): string {
  const w = lower(word);
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const capitalized = (s: string | undefined) => !!s && /^\p{Lu}/u.test(s);
const SPACE = /\s/;
const isSpaceOrComma = (code: number) =>
  code === 32 || code === 44 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
const isLatinLetterOrDot = (code: number) => code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The last word of s[from, end) when only spaces and commas follow it, lower case ("" when none). */
export function lastWord(s: string, from = 0, end = s.length): string {
  let q = end;
  while (q > from && isSpaceOrComma(s.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > from && isLatinLetterOrDot(s.charCodeAt(p - 1))) p--;
  return s.slice(p, q).toLowerCase();
}

/** Words before a month name that make "May" or "March" a month, not a verb. */
export const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'through', 'during', 'from', 'to', 'and', 'or', 'between', 'before', 'after', 'each', 'every', 'on', 'for', 'throughout', 'around', 'that', 'past', 'coming', 'mid-']);
/** Names of days that are holidays or events, not the weekday. */
export const HOLIDAY_BEFORE = new Set(['black', 'good', 'super', 'bloody', 'ash', 'easter', 'palm', 'cyber', 'holy', 'maundy', 'whit', 'giving', 'mega', 'shrove', 'fat']);

/** A second month and day with a year after a first without one: "[Oct 3] and Nov 14, 2024", "[3 October] and 14 November 2024". */
const PAIR_WITH_YEAR = new RegExp(`^\\s*(?:and|or|to|through|until|[-–])\\s*(?:(?<month>${MONTH})\\s*${DAY}|${DAY}\\s+(?<month2>${MONTH})),?\\s+(?<year>${YEAR})`, 'i');

/** "Tickets for 2026 go on sale on November 1": a year after "for" is what the thing is for, not when the clause happens. */
function yearIsPurpose(sentence: string, start: number, y: number): boolean {
  const at = sentence.lastIndexOf(String(y), start);
  return at >= 0 && /\bfor\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, at - 10), at));
}

/** "the fiscal year ended Jan. 31": the day a period ended is past. */
const ENDED_BEFORE = /\bended\s+(?:on\s+)?$/i;

/** A month and day ("October 28", "28 October"), with the year when written, else the nearest fitting one. */
export function calendarDate({ g, anchor, direction, sentence, start, end }: RuleInput): Timex | null {
  const m = monthNumber(g('month'));
  const d = dayNumber(g('day'));
  if (!capitalized(g('month'))) return null;
  const year = g('year');
  if (year) return isValidDate(Number(year), m, d) ? { type: 'DATE', value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` } : null;
  if (!isValidDate(2000, m, d)) return null;
  // "on Oct 3 and Nov 14, 2024": the year written after the second date is the first one's too
  // (the year before when the first month comes later in the year: "Dec 30 and Jan 2, 2025").
  const pair = PAIR_WITH_YEAR.exec(sentence.slice(end, end + 32));
  if (pair?.groups) {
    const m2 = monthNumber(pair.groups.month ?? pair.groups.month2);
    const y = Number(pair.groups.year) - (m > m2 ? 1 : 0);
    if (isValidDate(y, m, d)) return { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  // "next year's event, which begins on August 14", "the plant will close in 2027, on March 3":
  // a year after publication this sentence has just stated is the year of a day it looks ahead to.
  // (Past years are not: "the first toll since 2017 would take effect on July 1".)
  const ref = anchor.refAge === 0 ? anchor.ref : null;
  if (ref && ref.m == null && anchor.dct && ref.y > anchor.dct.y && direction() !== 'past' && !yearIsPurpose(sentence, start, ref.y) && isValidDate(ref.y, m, d)) return { type: 'DATE', value: `${String(ref.y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  const ended = ENDED_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
  const value = monthDayValue(anchor, m, d, ended ? null : direction(), ended);
  const wd = WEEKDAYS[lower(g('wd'))];
  return { type: 'DATE', value: wd && anchor.dct ? yearOfWeekday(value, wd, m, d, anchor.dct.y) : value };
}

/**
 * "Monday 6 December" without a year: when the year chosen puts the day on another weekday and
 * exactly one year around the publication year puts it on the named one, that year.
 */
function yearOfWeekday(value: string, wd: number, m: number, d: number, y: number): string {
  const on = (yy: number) => isoWeekday(toDayNumber({ y: yy, m, d })) === wd;
  if (on(Number(value.slice(0, 4)))) return value;
  const fits = [y - 1, y, y + 1].filter(on);
  return fits.length === 1 ? `${String(fits[0]).padStart(4, '0')}${value.slice(4)}` : value;
}

function modHalf(mod: string | undefined): 1 | 2 | null {
  const m = lower(mod);
  if (/first half|first part/.test(m)) return 1;
  if (/second half|latter half|latter part|last half/.test(m)) return 2;
  return null;
}

export function yearValue(y: number, mod: string | undefined): string {
  const h = modHalf(mod);
  return h ? `${y}-H${h}` : String(y);
}

export function partOfDay(word: string | undefined): string {
  return PARTS_OF_DAY[lower(word)] ?? 'NI';
}

export function quarterValue(a: Anchor, q: number, year: number | null): string {
  const y = year ?? yearOf(a);
  return `${y == null ? 'XXXX' : String(y).padStart(4, '0')}-Q${q}`;
}

/** A results period longer than a quarter: "the nine months", "the first half", "the year to date". */
export const SEVERAL_QUARTERS = /\b(?:six|nine)\s+months\b|\b(?:first|second)\s+half\b|\byear\s+to\s+date\b|\b(?:full|fiscal)\s+year\b/i;

/** The quarter a results story is about: the one before the publication date's. */
export function reportedQuarter(a: Anchor, yearsBack = 0): string {
  if (!a.dct) return 'XXXX-QX';
  const index = a.dct.y * 4 + quarterOf(a.dct.m) - 2 - yearsBack * 4;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function seasonValue(a: Anchor, season: string, offset: number): string {
  const code = SEASONS[season];
  if (!a.dct) return `XXXX-${code}`;
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
  const { y, m } = a.dct;
  if (offset === 0) return `${y}-${code}`;
  // last: the latest such season already begun before the current one; next: the coming one.
  const begun = m >= startMonth + 3 || (code === 'WI' ? false : false);
  if (offset < 0) return `${begun ? y : y - 1}-${code}`;
  return `${m < startMonth ? y : y + 1}-${code}`;
}

export const REL_OFFSET: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, 'this past': -1, this: 0, current: 0, next: 1, coming: 1, 'this coming': 1, following: 1, upcoming: 1,
};

export const UNIT_TO_CALENDAR: Record<string, CalendarUnit> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
};

const APPROX_YEAR_BEFORE = /\b(?:in|since|until|till|by|from|before|after|to|through)\s+(?:at\s+least|at\s+the\s+earliest|at\s+the\s+latest|about|around|approximately|roughly|circa)\s+$/i;

/** "in about 1784", "painted in 1632": a year before 1800 after a preposition of time, not a count of things after it. */
export function isEarlyYear(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (!/\b(?:in|since|from|until|till|by|before|after|of|circa|about|around)\s+$/i.test(before)) return false;
  // "in 1500 homes", "by 1200 votes": a noun after the number makes it a count.
  return /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|when|before|after|by|in|at|on|to|the|a|an|he|she|it|they|was|were|is|had|as|with|until)\b)/.test(sentence.slice(end, end + 12));
}

export function isYearContext(input: RuleInput, yearText: string): boolean {
  const before = input.sentence.slice(Math.max(0, input.start - 25), input.start);
  const after = input.sentence.slice(input.end, input.end + 25);
  // A number just before makes this one a count too, unless it is a year of a list: "in 2010, 2011 and 2013".
  // "post-1959", "pre-1990": a year after a prefix of time is one.
  if (/[$£€¥#\d][\s,.]*$|[-–/]\s*$|\bNo\.\s*$/i.test(before) && !/(?:^|[\s(])(?:1[89]|20)\d\d,\s*$/.test(before) && !/(?:^|[^a-z])(?:post|pre)-$/i.test(before)) return false;
  // "in about 1784", "until at least 2036": an approximate year after a preposition of time is one.
  if (NOT_YEAR_BEFORE.has(lastWord(input.sentence, Math.max(0, input.start - 25), input.start)) && !/\b(?:in|since|of)\s+\w+\s*$/.test(before) && !APPROX_YEAR_BEFORE.test(before)) return false;
  if (/^\s*(?:%|percent|per\s*cent|[-–]\s*[a-z]|[.,]\d|:\d|\s*(?:a\.m|p\.m|am\b|pm\b))/i.test(after)) return false;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (next && NOT_YEAR_AFTER.has(next)) return false;
  return yearText.length === 4;
}
