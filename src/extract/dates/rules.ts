import type { TimexType } from '../../schema/index.js';
import { isValidDate, isoWeekday, quarterOf, toDayNumber } from './calendar.js';
import {
  dayOffsetValue,
  durationValue,
  monthDayValue,
  monthValue,
  relativeUnitValue,
  shiftedValue,
  weekdayValue,
  yearFor,
  yearOf,
  type Anchor,
  type CalendarUnit,
  type Direction,
} from './resolve.js';
import { DECADE_WORDS, HOLIDAYS, MONTHS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, VAGUE_COUNTS, WEEKDAYS } from './words.js';

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
}

export interface Rule {
  name: string;
  source: string;
  interpret(input: RuleInput): Timex | null;
}

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\\.|(?![a-z]))';
const MONTH = `(?:(?:${MONTH_FULL})(?![a-z])|${MONTH_ABBR})`;
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])';
const YEAR = '(?:1[5-9]|20)\\d\\d(?![\\d])';
const SPELLED_NUMBER =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUM = `(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|a\\s+couple\\s+of|a\\s+couple|a\\s+dozen|a\\s+hundred|a\\s+few|a\\s+number\\s+of|one\\s+hundred|dozens\\s+of|hundreds\\s+of|(?:${SPELLED_NUMBER})(?![a-z])|dozen|hundred|single|few|several|some|many|numerous|multiple|an?)`;
const UNIT = 'seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries';
const PREMOD = '(?:(?:nearly|almost|about|around|approximately|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|just|only|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|barely|well\\s+over|little\\s+more\\s+than|the\\s+better\\s+part\\s+of)\\s+)';
const MOD = '(?:(?:early|late|mid|middle)(?:-|\\s+)|mid|(?:the\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\\s+of\\s+(?:the\\s+)?)';
const POD = 'morning|afternoon|evening|night';

export function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ');
}

function monthNumber(word: string | undefined): number {
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
  if (/^\d/.test(w)) return Number(w.replace(',', '.'));
  return NUMBER_WORDS[w] ?? null;
}

function unitWord(word: string | undefined): string {
  const w = lower(word);
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

const capitalized = (s: string | undefined) => !!s && /^\p{Lu}/u.test(s);
const SPACE = /\s/;
const isSpaceOrComma = (code: number) =>
  code === 32 || code === 44 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
const isLatinLetterOrDot = (code: number) => code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The last word of s[from, end) when only spaces and commas follow it, lower case ("" when none). */
function lastWord(s: string, from = 0, end = s.length): string {
  let q = end;
  while (q > from && isSpaceOrComma(s.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > from && isLatinLetterOrDot(s.charCodeAt(p - 1))) p--;
  return s.slice(p, q).toLowerCase();
}

/** Words before a month name that make "May" or "March" a month, not a verb. */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'through', 'during', 'from', 'to', 'and', 'or', 'between', 'before', 'after', 'each', 'every', 'on', 'for', 'throughout', 'around', 'that', 'past', 'coming', 'mid-']);
/** Names of days that are holidays or events, not the weekday. */
const HOLIDAY_BEFORE = new Set(['black', 'good', 'super', 'bloody', 'ash', 'easter', 'palm', 'cyber', 'holy', 'maundy', 'whit', 'giving', 'mega', 'shrove', 'fat']);

/** A month and day ("October 28", "28 October"), with the year when written, else the nearest fitting one. */
function calendarDate({ g, anchor, direction }: RuleInput): Timex | null {
  const m = monthNumber(g('month'));
  const d = dayNumber(g('day'));
  if (!capitalized(g('month'))) return null;
  const year = g('year');
  if (year) return isValidDate(Number(year), m, d) ? { type: 'DATE', value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` } : null;
  if (!isValidDate(2000, m, d)) return null;
  return { type: 'DATE', value: monthDayValue(anchor, m, d, direction()) };
}

function modHalf(mod: string | undefined): 1 | 2 | null {
  const m = lower(mod);
  if (/first half|first part/.test(m)) return 1;
  if (/second half|latter half|latter part|last half/.test(m)) return 2;
  return null;
}

function yearValue(y: number, mod: string | undefined): string {
  const h = modHalf(mod);
  return h ? `${y}-H${h}` : String(y);
}

function partOfDay(word: string | undefined): string {
  return PARTS_OF_DAY[lower(word)] ?? 'NI';
}

function quarterValue(a: Anchor, q: number, year: number | null): string {
  const y = year ?? yearOf(a);
  return `${y == null ? 'XXXX' : String(y).padStart(4, '0')}-Q${q}`;
}

/** The quarter a results story is about: the one before the publication date's. */
function reportedQuarter(a: Anchor, yearsBack = 0): string {
  if (!a.dct) return 'XXXX-QX';
  const index = a.dct.y * 4 + quarterOf(a.dct.m) - 2 - yearsBack * 4;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function seasonValue(a: Anchor, season: string, offset: number): string {
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

const REL_OFFSET: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, 'this past': -1, this: 0, current: 0, next: 1, coming: 1, 'this coming': 1, following: 1, upcoming: 1,
};

const UNIT_TO_CALENDAR: Record<string, CalendarUnit> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
};

function isYearContext(input: RuleInput, yearText: string): boolean {
  const before = input.sentence.slice(Math.max(0, input.start - 25), input.start);
  const after = input.sentence.slice(input.end, input.end + 25);
  if (/[$£€¥#\d][\s,.]*$|[-–/]\s*$|\bNo\.\s*$/i.test(before)) return false;
  if (NOT_YEAR_BEFORE.has(lastWord(input.sentence, Math.max(0, input.start - 25), input.start)) && !/\b(?:in|since|of)\s+\w+\s*$/.test(before)) return false;
  if (/^\s*(?:%|percent|per\s*cent|[-–]\s*[a-z]|[.,]\d|:\d|\s*(?:a\.m|p\.m|am\b|pm\b))/i.test(after)) return false;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (next && NOT_YEAR_AFTER.has(next)) return false;
  return yearText.length === 4;
}

/** The grammar, longest match wins at each position; order only breaks ties. */
export const RULES: Rule[] = [
  {
    name: 'clock-time',
    source: `(?:(?:about|around|approximately|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?(?<hh>[01]?\\d|2[0-3])(?:[:.](?<mm>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)(?![a-z])(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC|local\\s+time))?(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY})(?![a-z]))?`,
    interpret({ g, anchor, direction }) {
      let h = Number(g('hh'));
      const ampm = lower(g('ampm'));
      if (h > 12 && ampm !== "o'clock") return null;
      if (ampm.startsWith('p') && h < 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
      const wd = g('wd');
      const day = wd ? weekdayValue(anchor, WEEKDAYS[lower(wd)], direction()) : dayOffsetValue(anchor, 0);
      const base = day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day;
      return { type: 'TIME', value: `${base}T${String(h).padStart(2, '0')}:${g('mm') ?? '00'}` };
    },
  },
  {
    name: 'noon',
    source: `(?:(?<wd1>${WEEKDAY})\\s+)?(?<w>noon|midnight|midday)(?:\\s+(?:on\\s+)?(?<wd>${WEEKDAY})(?![a-z]))?`,
    interpret({ g, anchor, direction }) {
      const wd = g('wd') ?? g('wd1');
      const day = wd ? weekdayValue(anchor, WEEKDAYS[lower(wd)], direction()) : dayOffsetValue(anchor, 0);
      const base = day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day;
      return { type: 'TIME', value: `${base}T${lower(g('w')) === 'midnight' ? '24:00' : '12:00'}` };
    },
  },
  {
    name: 'month-day-year',
    source: `(?:(?<wd>${WEEKDAY}),?\\s+)?(?<month>${MONTH})\\s*(?<day>${DAY})(?:(?:,\\s*|\\s+)(?<year>${YEAR}))?`,
    interpret: calendarDate,
  },
  {
    name: 'day-month-year',
    source: `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?`,
    interpret: calendarDate,
  },
  {
    name: 'iso-date',
    source: `(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d])`,
    interpret({ g }) {
      return isValidDate(Number(g('y')), Number(g('m')), Number(g('d'))) ? { type: 'DATE', value: `${g('y')}-${g('m')}-${g('d')}` } : null;
    },
  },
  {
    name: 'numeric-date',
    source: `(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})(?![\\d/])`,
    interpret({ g }) {
      let y = Number(g('y'));
      if (y < 100) y += y < 50 ? 2000 : 1900;
      const m = Number(g('m'));
      const d = Number(g('d'));
      return isValidDate(y, m, d) ? { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` } : null;
    },
  },
  {
    name: 'month-year',
    source: `(?<mod>${MOD})?(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR})|\\s+(?<rel>last|this|next)\\s+year)`,
    interpret({ g, anchor }) {
      if (!capitalized(g('month'))) return null;
      const m = monthNumber(g('month'));
      const year = g('year') ? Number(g('year')) : yearOf(anchor);
      if (year == null) return { type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
      const y = g('year') ? year : year + (REL_OFFSET[lower(g('rel'))] ?? 0);
      return { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}` };
    },
  },
  {
    name: 'month',
    source: `(?<mod>${MOD})?(?:(?<rel>last|this|next|this\\s+past|this\\s+coming)\\s+)?(?<month>${MONTH_FULL})(?![a-z])`,
    interpret({ g, anchor, sentence, start, direction }) {
      const word = g('month') ?? '';
      if (!capitalized(word)) return null;
      const m = monthNumber(word);
      const rel = lower(g('rel'));
      const before = lastWord(sentence, 0, start);
      if ((m === 5 || m === 3) && !g('mod') && !rel && !MONTH_CONTEXT.has(before)) return null;
      if (/^\s*\d/.test(sentence.slice(start + (g('mod')?.length ?? 0) + word.length))) return null;
      const offset = REL_OFFSET[rel];
      const dir: Direction = offset === -1 ? 'past' : offset === 1 ? 'future' : direction();
      // "last March": the latest March before this month; "next March": the first after it.
      if (anchor.dct && (rel === 'this' || rel === 'last' || rel === 'next')) {
        const y = anchor.dct.y + (rel === 'last' && m >= anchor.dct.m ? -1 : rel === 'next' && m <= anchor.dct.m ? 1 : 0);
        return { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}` };
      }
      return { type: 'DATE', value: monthValue(anchor, m, dir) };
    },
  },
  {
    name: 'quarter',
    source: `(?:(?:the|its|a|this|that)\\s+)?(?:(?<relp>this|last|next)\\s+year's\\s+)?(?:(?<yr>${YEAR})\\s+)?(?:(?:fiscal|calendar)[- ]?)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?(?<qh>quarter|half)(?![a-z])(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<yr2>${YEAR})|(?<rel>last|this|next)\\s+year|the\\s+year))?`,
    interpret({ g, anchor, text }) {
      const ord = ORDINALS[lower(g('ord'))] ?? 0;
      const half = lower(g('qh')) === 'half';
      if (half ? ord > 2 && lower(g('ord')) !== 'final' : ord > 4) return null;
      if (/^a\s/i.test(text) && !/^a\s+\w+\s/i.test(text)) return null;
      const rel = g('rel') ?? g('relp');
      const explicit = g('yr') ?? g('yr2');
      let year: number | null = explicit ? Number(explicit) : yearOf(anchor);
      if (year != null && rel) year += REL_OFFSET[lower(rel)] ?? 0;
      const y = year == null ? 'XXXX' : String(year);
      // "the first half" of a match is no half-year: only with a year or "fiscal" is it one.
      if (half && !explicit && !rel && !/fiscal|of\s+the\s+year/i.test(text)) return null;
      if (half) return { type: 'DATE', value: `${y}-H${lower(g('ord')) === 'final' ? 2 : ord}` };
      if (!explicit && !rel) return { type: 'DATE', value: quarterValue(anchor, ord === 0 ? 4 : ord, year) };
      return { type: 'DATE', value: `${y}-Q${ord}` };
    },
  },
  {
    name: 'quarter-code',
    source: `Q(?<q>[1-4])(?:\\s+(?<yr>${YEAR}))?(?![a-z\\d])`,
    interpret({ g, anchor, text }) {
      if (!text.startsWith('Q')) return null;
      return { type: 'DATE', value: quarterValue(anchor, Number(g('q')), g('yr') ? Number(g('yr')) : yearOf(anchor)) };
    },
  },
  {
    name: 'quarter-reference',
    source: `(?:the|this|that|last|next|its)\\s+(?:(?<adj>latest|current|previous|prior|most\\s+recent|recent|just-ended|just-completed|past|coming|first)\\s+)?(?<fiscal>fiscal\\s+)?(?<unit>quarter|half|period)(?![a-z])`,
    interpret({ g, anchor, text, sentence, end }) {
      const head = lower(text.split(/\s+/)[0]);
      const adj = lower(g('adj'));
      if (sentence[end] === '-') return null;
      const unit = lower(g('unit')) as 'quarter' | 'half';
      if (unit === 'half') return null;
      if (adj === 'first') return null;
      if ((unit as string) === 'period' && adj !== 'latest' && adj !== 'most recent') return null;
      if (head === 'next' || adj === 'coming') return { type: 'DATE', value: relativeUnitValue(anchor, unit, 1) };
      if (head === 'this' || adj === 'current') return { type: 'DATE', value: relativeUnitValue(anchor, unit, 0) };
      return { type: 'DATE', value: reportedQuarter(anchor) };
    },
  },
  {
    name: 'year-ago',
    source: `(?:(?:the|a)\\s+(?:(?:comparable|same|corresponding)\\s+)?)?(?<w>year-earlier|year-ago|year-before|year\\s+earlier|year\\s+ago|year-end|year\\s+end|year's\\s+end)(?:\\s+(?:(?<ord>first|second|third|fourth)\\s+)?(?<q>quarter|period))?(?![a-z-])`,
    interpret({ g, anchor, sentence, text }) {
      const w = lower(g('w'));
      if (/^a\s/i.test(text) && !/earlier|ago/.test(w)) return null;
      if (/^(year earlier|year ago)$/.test(w) && !/^a\s/i.test(text)) return null;
      if (/end/.test(w)) return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y) : 'XXXX' };
      const y = yearOf(anchor);
      if (y == null) return { type: 'DATE', value: 'PAST_REF' };
      const ord = ORDINALS[lower(g('ord'))];
      if (ord) return { type: 'DATE', value: `${y - 1}-Q${ord}` };
      if (g('q') || /\bquarter/i.test(sentence) || (anchor.quarterly && /\d/.test(sentence))) return { type: 'DATE', value: reportedQuarter(anchor, 1) };
      return { type: 'DATE', value: String(y - 1) };
    },
  },
  {
    name: 'ago',
    source: `${PREMOD}?(?:(?<num>${NUM})[-\\s]+(?<unit>${UNIT})|(?<bare>minutes|hours|days|weeks|months|years|decades))(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|from\\s+now|hence|back)(?![a-z])`,
    interpret({ g, anchor, text }) {
      const dir = lower(g('dir'));
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'back' ? -1 : 1;
      if (dir === 'back' && !/^\s*\S/.test(text)) return null;
      const unit = unitWord(g('unit') ?? g('bare'));
      const n = g('bare') ? null : count(g('num'));
      if (unit === 'second' && !/^\d/.test(lower(g('num')))) return null;
      return { type: 'DATE', value: shiftedValue(anchor, unit, n, sign as -1 | 1) };
    },
  },
  {
    name: 'relative-unit',
    source: `(?<mod>(?:early|late|mid|earlier|later)(?:-|\\s+)(?:in\\s+|on\\s+)?|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)?(?:the\\s+)?(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past|previous|following|current|upcoming)\\s+(?:(?<wd>${WEEKDAY})(?:\\s+(?<pod>${POD}))?|(?<season>spring|summer|fall|autumn|winter)|(?<unit>week|weekend|month|year|quarter|decade|century|day|morning|afternoon|evening|night|fiscal\\s+year))(?![a-z])`,
    interpret({ g, anchor, text, sentence, start, direction }) {
      const rel = lower(g('rel'));
      let offset = REL_OFFSET[rel] ?? 0;
      const hasThe = /^(?:\S+\s+of\s+)?the\s/i.test(text.replace(/^(?:early|late|mid|earlier|later)[-\s]+/i, ''));
      if (hasThe && rel === 'next' && g('unit') && /day|morning|afternoon|evening|night/.test(lower(g('unit')))) return null;
      if (hasThe && rel === 'following') return null;
      if (rel === 'following' && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) return null;
      if (start > 0 && /^\p{Lu}/u.test(g('unit') ?? g('season') ?? '')) return null;
      const wd = g('wd');
      if (wd) {
        if (!capitalized(wd)) return null;
        const n = WEEKDAYS[lower(wd)];
        if (!anchor.dct) return { type: 'DATE', value: `XXXX-WXX-${n}` };
        // "last Friday": the most recent one before today; "next Friday": after today.
        const base = weekdayValue(anchor, n, offset > 0 ? 'future' : offset < 0 ? 'past' : direction());
        let value = base;
        if (offset !== 0 && base === dayOffsetValue(anchor, 0)) value = dayOffsetValue(anchor, 7 * offset);
        const pod = g('pod');
        return pod ? { type: 'TIME', value: `${value}T${partOfDay(pod)}` } : { type: 'DATE', value };
      }
      const season = g('season');
      if (season) return { type: 'DATE', value: seasonValue(anchor, lower(season), offset) };
      const unit = lower(g('unit'));
      if (unit === 'fiscal year') return { type: 'DATE', value: relativeUnitValue(anchor, 'year', offset) };
      if (/^(?:morning|afternoon|evening|night)$/.test(unit)) {
        if (rel === 'this') return { type: 'TIME', value: `${dayOffsetValue(anchor, 0)}T${partOfDay(unit)}` };
        if (rel === 'last') return { type: 'TIME', value: `${dayOffsetValue(anchor, -1)}T${partOfDay(unit)}` };
        return null;
      }
      if (unit === 'day') return null;
      if (unit === 'quarter' && offset === -1 && rel !== 'last') offset = -1;
      return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[unit], offset) };
    },
  },
  {
    name: 'span-of-units',
    source: `(?:each\\s+of\\s+)?the\\s+(?:(?<rel>past|last|next|coming|first|previous|following|final|remaining|ensuing|preceding|latest|initial|same)\\s+)?${PREMOD}?(?<num>${NUM})(?:\\s+(?:to|or|-)\\s+(?<num2>${NUM}))?\\s+(?:(?:full|straight|consecutive|trading|business|working)\\s+)?(?<unit>${UNIT})(?:\\s+or\\s+so)?(?![a-z])`,
    interpret({ g }) {
      const unit = unitWord(g('unit'));
      const numWord = lower(g('num'));
      if (numWord === 'a' || numWord === 'an') return null;
      if (unit === 'second' && !/^\d/.test(numWord)) return null;
      if (/^\d{4}$/.test(numWord)) return null;
      const n = g('num2') ? null : count(g('num'));
      return { type: 'DURATION', value: durationValue(unit, n) };
    },
  },
  {
    name: 'day-words',
    source: `(?<mod>(?:early|late|earlier|later)\\s+)?(?<w>today|yesterday|tomorrow|tonight|overnight)(?:\\s+(?<pod>${POD}))?(?![a-z])`,
    interpret({ g, anchor }) {
      const w = lower(g('w'));
      const pod = g('pod');
      if (w === 'tonight') return { type: 'TIME', value: `${dayOffsetValue(anchor, 0)}TNI` };
      if (w === 'overnight') return null;
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const day = dayOffsetValue(anchor, offset);
      return pod ? { type: 'TIME', value: `${day}T${partOfDay(pod)}` } : { type: 'DATE', value: day };
    },
  },
  {
    name: 'last-night',
    source: `(?:last|this)\\s+(?<pod>${POD})(?![a-z])`,
    interpret({ g, anchor, text }) {
      const offset = /^last/i.test(text) ? -1 : 0;
      if (offset === 0 && lower(g('pod')) === 'night') return null;
      return { type: 'TIME', value: `${dayOffsetValue(anchor, offset)}T${partOfDay(g('pod'))}` };
    },
  },
  {
    name: 'weekday',
    source: `(?<mod>(?:early|late|earlier|later)\\s+(?:on\\s+)?)?(?<wd>${WEEKDAY})(?<plural>s)?(?![a-z])(?:,?\\s+(?<pod>${POD})(?![a-z]))?`,
    interpret({ g, anchor, sentence, start, end, direction }) {
      const wd = g('wd');
      if (!capitalized(wd)) return null;
      if (HOLIDAY_BEFORE.has(lastWord(sentence, 0, start))) return null;
      const n = WEEKDAYS[lower(wd)];
      if (g('plural')) return { type: 'SET', value: `XXXX-WXX-${n}` };
      // "Wednesday's ruling" names something that has happened.
      const possessive = /^['’]s\b/.test(sentence.slice(end, end + 3));
      const day = weekdayValue(anchor, n, possessive ? 'past' : direction());
      const pod = g('pod');
      if (pod) return { type: 'DATE', value: day };
      return { type: 'DATE', value: day };
    },
  },
  {
    name: 'deictic-adjective',
    source: `(?<w>current|recent|future)(?=\\s+[a-z])`,
    interpret({ g, sentence, start, end }) {
      const w = lower(g('w'));
      const next = /^\s+([a-z]+)/.exec(sentence.slice(end, end + 20))?.[1] ?? '';
      // "current account" is economics, "the current was" physics; "future" needs a determiner or to open a noun phrase.
      if (/^(?:account|accounts|affairs|events|and|or|of|is|was|were|are|in|on|at|to|by|for|with|from)$/.test(next)) return null;
      if (w === 'future' && !/\b(?:the|its|their|his|her|our|any|all|in|for|about)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return null;
      return { type: 'DATE', value: w === 'current' ? 'PRESENT_REF' : w === 'recent' ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },
  {
    name: 'earlier-in-the-unit',
    source: `(?<w>earlier|later|early|late)\\s+in\\s+the\\s+(?<unit>year|month|week|day)(?![a-z])`,
    interpret({ g, anchor }) {
      return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[lower(g('unit'))], 0) };
    },
  },
  {
    name: 'season-this-year',
    source: `(?:the\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?<season>spring|summer|autumn|winter)(?![a-z])`,
    interpret({ g, sentence, start, anchor }) {
      if (!/\b(?:in|over|into|during|through|throughout|since|until|by|this|of)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, start - 16), start))) return null;
      const code = SEASONS[lower(g('season'))];
      if (!anchor.dct) return { type: 'DATE', value: `XXXX-${code}` };
      const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
      return { type: 'DATE', value: `${startMonth <= anchor.dct.m + 1 ? anchor.dct.y : anchor.dct.y - 1}-${code}` };
    },
  },
  {
    name: 'present-past-future',
    source: `(?<w>right\\s+now|now|currently|more\\s+recently|recently|lately|nowadays|these\\s+days|at\\s+present|the\\s+present|the\\s+past|in\\s+the\\s+past|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|so\\s+far|to\\s+date|recent\\s+(?:days|weeks|months|quarters|years|decades)|(?:the\\s+)?coming\\s+(?:days|weeks|months|quarters|years)|future\\s+(?:quarters|years))(?![a-z-])`,
    interpret({ g, sentence, start, end }) {
      const w = lower(g('w'));
      if (w === 'now' && /^-/.test(sentence.slice(end, end + 1))) return null;
      // "Now, ..." opening a sentence is a discourse marker, not a time.
      if (w === 'now' && /^,/.test(sentence.slice(end, end + 1)) && !/\S/.test(sentence.slice(0, start).replace(/["“'‘]/g, ''))) return null;
      if (w === 'so far' || w === 'to date' || w === 'in the past') return null;
      if (w === 'soon' && /\bas\s+$/i.test(sentence.slice(0, start))) return null;
      if (w === 'formerly') return null;
      if (/^(?:right now|now|currently|nowadays|these days|at present|the present)$/.test(w)) return { type: 'DATE', value: 'PRESENT_REF' };
      if (/future|soon|coming|near term|long term|short term/.test(w)) return { type: 'DATE', value: 'FUTURE_REF' };
      return { type: 'DATE', value: 'PAST_REF' };
    },
  },
  {
    name: 'year',
    source: `(?<the>the\\s+)?(?<mod>${MOD}|the\\s+(?:first|second|latter|last)\\s+(?:half|part)\\s+of\\s+)?(?<fiscal>(?:fiscal(?:\\s+year)?|calendar\\s+year|the\\s+year|FY)\\s*)?(?<year>${YEAR})(?<s>'?s)?`,
    interpret(input) {
      const { g, text } = input;
      const y = Number(g('year'));
      const fiscal = g('fiscal');
      if (g('s')) return y % 10 === 0 ? { type: 'DATE', value: String(Math.floor(y / 10)) } : null;
      if (g('the') && !g('mod')) return null;
      if (!fiscal && !g('mod') && !isYearContext(input, g('year') ?? '')) return null;
      if (fiscal && /^FY$/i.test(fiscal.trim()) && !/^FY/.test(fiscal)) return null;
      if (y < 1800 && !fiscal && !g('mod')) return null;
      return { type: 'DATE', value: yearValue(y, g('mod')) };
    },
  },
  {
    name: 'decade',
    source: `(?:the\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:'(?<yy>\\d0)s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![a-z]))`,
    interpret({ g, text, anchor }) {
      if (g('dw') && !/^the\s/i.test(text)) return null;
      const tens = g('yy') ? Number(g('yy')) / 10 : DECADE_WORDS[lower(g('dw'))];
      const century = anchor.dct && anchor.dct.y >= 2000 && tens <= Math.floor((anchor.dct.y % 100) / 10) ? 20 : 19;
      return { type: 'DATE', value: `${century}${tens}` };
    },
  },
  {
    name: 'spelled-year',
    source: `(?:the\\s+year\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:(?<month>${MONTH_FULL})\\s+)?(?:nineteen[-\\s](?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?<unit>one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|two\\s+thousand(?:\\s+and)?(?:[-\\s](?<unit2>one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z]))?)`,
    interpret({ g }) {
      let y: number;
      if (g('tens')) y = 1900 + NUMBER_WORDS[lower(g('tens'))] + (g('unit') ? NUMBER_WORDS[lower(g('unit'))] : 0);
      else y = 2000 + (g('unit2') ? NUMBER_WORDS[lower(g('unit2'))] : 0);
      const m = g('month') ? monthNumber(g('month')) : 0;
      return { type: 'DATE', value: m ? `${y}-${String(m).padStart(2, '0')}` : String(y) };
    },
  },
  {
    name: 'century',
    source: `(?:the\\s+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|${alt(Object.keys(ORDINALS).filter((k) => !/\d|final|last/.test(k)))})[-\\s]+century(?![a-z])`,
    interpret({ g }) {
      const w = lower(g('ord'));
      const n = /^\d/.test(w) ? parseInt(w, 10) : ORDINALS[w];
      if (!n || n > 21) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
    },
  },
  {
    name: 'season-of-year',
    source: `(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:the\\s+)?(?<season>spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(?<year>${YEAR})`,
    interpret({ g }) {
      return { type: 'DATE', value: `${g('year')}-${SEASONS[lower(g('season'))]}` };
    },
  },
  {
    name: 'the-unit-end',
    source: `(?<mod>(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of)\\s+the\\s+(?<unit>year|month|week|decade|century|quarter)(?![a-z])`,
    interpret({ g, anchor }) {
      return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[lower(g('unit'))], 0) };
    },
  },
  {
    name: 'weekend',
    source: `(?:the|this|that|last|next)\\s+weekend(?![a-z])`,
    interpret({ anchor, text, direction }) {
      const head = lower(text.split(/\s+/)[0]);
      if (head === 'that') return null;
      const offset = head === 'last' ? -1 : head === 'next' || head === 'this' ? 1 : direction() === 'future' ? 1 : -1;
      return { type: 'DATE', value: anchor.dct ? relativeUnitValue(anchor, 'weekend', offset) : offset < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },
  {
    name: 'fiscal-year',
    source: `the\\s+(?:(?<rel>current|latest|previous|last|next|new|past)\\s+)?fiscal\\s+year(?![a-z])`,
    interpret({ g, anchor }) {
      const rel = lower(g('rel'));
      if (!rel) return { type: 'DURATION', value: 'P1Y' };
      const offset = rel === 'latest' || rel === 'previous' || rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'new' ? 1 : 0;
      return { type: 'DATE', value: relativeUnitValue(anchor, 'year', offset) };
    },
  },
  {
    name: 'the-year',
    source: `the\\s+(?<full>full\\s+)?year(?![a-z'-])`,
    interpret({ g, sentence, start, end, anchor, text }) {
      if (/Year/.test(text)) return null;
      const after = sentence.slice(end, end + 20);
      if (g('full')) return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y) : 'XXXX' };
      const before = sentence.slice(Math.max(0, start - 30), start);
      if (/^\s+(?:ended|ending|to\s+\w+\s+\d)/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
      if (/\b(?:for|of|during|in|over|throughout)\s+$/i.test(before) && /^\s*[,.;]|^\s+(?:as|so|and|but)\b/i.test(after)) {
        return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y) : 'XXXX' };
      }
      return null;
    },
  },
  {
    name: 'duration',
    source: `${PREMOD}?(?<num>${NUM})(?:\\s+(?:to|or|-)\\s+(?<num2>${NUM}))?(?:-|\\s+)(?:(?:full|straight|consecutive|trading|business|working|more|additional|long)\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:-long|-old)?(?![a-z])`,
    interpret({ g, sentence, start, end, text }) {
      const unit = unitWord(g('unit'));
      const numWord = lower(g('num'));
      const before = sentence.slice(Math.max(0, start - 30), start);
      const after = sentence.slice(end, end + 12);
      if (unit === 'second' && !/^\d/.test(numWord)) return null;
      if ((numWord === 'a' || numWord === 'an') && /^(?:day|week|month|year|quarter)$/.test(unit) && /(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|cents?)?|\b(?:times|twice|once|thrice|hundreds|thousands|dozens|millions))\s*$/i.test(before)) {
        return null;
      }
      if (/^\s*(?:later|earlier|ago|after|before)\b/i.test(after) && /^(?:a|an)\s/i.test(text)) return null;
      // A rate ("four flights a week", "$55 a night") is not a duration.
      if ((numWord === 'a' || numWord === 'an') && (/\d\s*$/.test(before) || /[a-z]{3,}s\s+$/.test(before))) return null;
      // "he will one day return": an unspecified future day.
      if (numWord === 'one' && unit === 'day' && /\b(?:will|would|could|may|might|can|should|must|he|she|they|we|i|you|it)\s+$/i.test(before)) return { type: 'DATE', value: 'FUTURE_REF' };
      if (/^\s*'s\b/.test(after) && unit === 'day') return null;
      // Ages ("a 52-year-old"), fractions ("three-quarters", "a quarter of") and titles are not durations.
      if (/^(?:-|\s+)old\b/i.test(after) || /-old$/i.test(text)) return null;
      if (unit === 'quarter' && (/-quarters?$/i.test(text) || /^\s+of\b/i.test(after))) return null;
      if (unit === 'weekend' && /^an?\s/i.test(text)) return null;
      if (/^\p{Lu}/u.test(g('unit') ?? '') && start > 0) return null;
      if (/^(?:one|a|an)$/.test(numWord) && unit === 'day' && /^\s*,/.test(after)) return null;
      let n = g('num2') ? null : count(g('num'));
      if (n != null && g('half')) n += 0.5;
      if (n != null && /^\d/.test(numWord) && n > 1000 && unit !== 'year') return null;
      return { type: 'DURATION', value: durationValue(unit, n) };
    },
  },
  {
    name: 'bare-units',
    source: `(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?![a-z])`,
    interpret({ g, sentence, start, end }) {
      const before = lastWord(sentence, 0, start);
      const after = sentence.slice(end, end + 15);
      if (!/^(?:for|within|over|after|took|take|takes|lasted|last|spent|spend|than|follows|followed|in)$/.test(before)) return null;
      if (before === 'in' && !/^(?:years|decades|months|weeks)$/.test(lower(g('unit')))) return null;
      if (/^\s*(?:of|to\s+come|old|ago|earlier|later)\b/i.test(after) && before !== 'follows' && before !== 'followed') return null;
      return { type: 'DURATION', value: durationValue(unitWord(g('unit')), null) };
    },
  },
  {
    name: 'holiday',
    source: `(?<h>${alt(Object.keys(HOLIDAYS))})(?![a-z])`,
    interpret({ g, text, anchor }) {
      if (!capitalized(text)) return null;
      const h = HOLIDAYS[lower(g('h'))];
      if (h.m && h.d) return { type: 'DATE', value: monthDayValue(anchor, h.m, h.d, null) };
      const y = yearFor(anchor, 11, 25, null);
      if (y == null) return { type: 'DATE', value: 'XXXX-11-XX' };
      // Thanksgiving: the fourth Thursday of November.
      const first = isoWeekday(toDayNumber({ y, m: 11, d: 1 }));
      return { type: 'DATE', value: `${y}-11-${String(1 + ((4 - first + 7) % 7) + 21).padStart(2, '0')}` };
    },
  },
  {
    name: 'set',
    source: `(?:(?<every>every|each)\\s+(?:other\\s+)?(?:(?<num>${NUM})\\s+)?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<month>${MONTH_FULL})|(?<pod>${POD})|(?<season>spring|summer|fall|autumn|winter))|(?<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|biannually))(?![a-z])`,
    interpret({ g, sentence, start }) {
      const adv = lower(g('adv'));
      if (adv) {
        const next = sentence.slice(start + adv.length, start + adv.length + 20);
        const prev = lastWord(sentence, 0, start);
        // Adjectives before a noun ("its quarterly dividend", "average daily volume", "the party daily") are not sets.
        if (adv === 'quarterly' && /^\s+[a-z]/.test(next)) return null;
        if (adv === 'annually' && /^(?:the|a|an|its|their)$/.test(prev)) return null;
        const map: Record<string, string> = {
          daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', bimonthly: 'P2M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', semiannually: 'P6M', biannually: 'P6M',
        };
        return { type: 'SET', value: map[adv] };
      }
      if (g('wd')) return capitalized(g('wd')) ? { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[lower(g('wd'))]}` } : null;
      if (g('month')) return capitalized(g('month')) ? { type: 'SET', value: `XXXX-${String(monthNumber(g('month'))).padStart(2, '0')}` } : null;
      if (g('pod')) return { type: 'SET', value: `XXXX-XX-XXT${partOfDay(g('pod'))}` };
      if (g('season')) return { type: 'SET', value: `XXXX-${SEASONS[lower(g('season'))]}` };
      const n = g('num') ? count(g('num')) : 1;
      return { type: 'SET', value: durationValue(unitWord(g('unit')), n) };
    },
  },
];

export interface CompiledRule extends Rule {
  sticky: RegExp;
}

export const COMPILED_RULES: CompiledRule[] = RULES.map((rule) => ({ ...rule, sticky: new RegExp(rule.source, 'iy') }));
