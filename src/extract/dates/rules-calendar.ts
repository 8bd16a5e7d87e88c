import { alternation } from '../../regex.js';
import { isSpace } from '../../chars.js';
import { daysInMonth, easterSunday, formatDay, formatWeek, fromDayNumber, isValidDate, isoWeekday, toDayNumber } from './calendar.js';
import { type Direction, dayOffsetValue, monthDayValue, monthValue, weekdayValue, yearFor, yearOf } from './resolve.js';
import { NOT_YEAR_AFTER, WEEKDAYS, holidayNamed, holidayPattern } from './words.js';
import { DAY, HABITUAL, HOLIDAY_BEFORE, MOD, MONTH, MONTH_CONTEXT, MONTH_FULL, POD, REL_OFFSET, type Rule, WEEKDAY, YEAR, calendarDate, capitalized, lastWord, lower, monthNumber, partOfDay } from './grammar.js';

/** Calendar dates and clock times: "October 28, 2024", "3 p.m. Monday", "March", "Christmas". */

/** A clock time, with its zone and day when written; a month and day with a year after it ("6:14 PM CDT Mar. 19, 2025") is a date of its own, whose day the time then takes. */
export const clockTime: Rule = {
  name: 'clock-time',
  source: `(?:(?:around|approximately|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?(?:(?<hh>2[0-3]|[01]?\\d)(?!\\d)|(?<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s+(?:o'clock|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)(?![a-z])))(?:[:.](?<mm>[0-5]\\d))?\\s*(?:(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)(?![a-z])(?:\\s+(?<pod>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)(?![a-z]))?|\\s+(?<podOnly>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)(?![a-z])|(?<=\\d)(?<h24>))(?:\\s*(?<tz>[ECMP][SD]T|GMT|UTC|BST|local\\s+time)(?![a-z]))?(?:\\s+(?<deic>today|tonight|tomorrow|yesterday|this\\s+(?:morning|afternoon|evening))(?![a-z])(?:\\s+(?<deicPod>morning|afternoon|evening|night)(?![a-z]))?)?(?:,?\\s+(?:on\\s+)?(?:the\\s+)?(?<fwd>${WEEKDAY}),?\\s+(?:(?<fday>${DAY})(?:\\s+of)?\\s+(?<fmonth>${MONTH})|(?<fmonth2>${MONTH})\\s*(?<fday2>${DAY})),?\\s+(?<fyear>${YEAR})|,?\\s+(?:(?<wd>${WEEKDAY})(?![a-z])(?!\\s*(?:-|–|to|through|until|till)\\s*(?:${WEEKDAY}))|(?<month>${MONTH})\\s*(?<day>${DAY})(?!,?\\s+${YEAR})))?`,
  // Most numbers are no hour: what must follow one is looked for first.
  mayStartAt: mayBeClockTime,
  interpret({ g, anchor, direction, sentence, start, end }) {
    // "four o'clock", "at three in the morning": an hour in words.
    let h = g('hw') ? SPELLED_HOURS.indexOf(lower(g('hw'))) + 1 : Number(g('hh'));
    const ampm = lower(g('ampm'));
    // "at 4:12 this afternoon", "10am tomorrow", "at 9 tonight": the day word names the day, and its part of the day the half.
    const deic = lower(g('deic'));
    const deicPod = deic === 'tonight' ? 'at night' : deic.startsWith('this') ? deic.replace(/^this\s+/, 'in the ') : g('deicPod') ? `in the ${lower(g('deicPod'))}` : '';
    const pod = lower(g('pod') ?? g('podOnly')) || deicPod;
    // "19:45 GMT", "at 14:30": a 24-hour clock needs its minutes and a zone, or a word that takes a time.
    if (g('h24') !== undefined && !ampm && !pod) {
      const colon = sentence[start + (g('hh') ?? '').length] === ':';
      if (!g('mm') || !(g('tz') || (colon && CLOCK_BEFORE.has(lastWord(sentence, 0, start))) || (colon && isEntryStamp(sentence, start, end)) || (colon && isNamedDeparture(sentence, start, end, g('hh') ?? '')))) return null;
    } else if (h > 12 && ampm !== "o'clock") return null;
    // "at 4 in the morning": only after a word that takes a time is a bare number an hour.
    // "at 4:12 this afternoon" but not "shares fell 2.50 yesterday morning": without am or pm, a word that takes a time.
    if ((g('podOnly') || (deicPod && !ampm)) && (h < 1 || h > 12 || !CLOCK_BEFORE.has(lastWord(sentence, 0, start)))) return null;
    if (ampm.startsWith('p') && h < 12) h += 12;
    if (ampm.startsWith('a') && h === 12) h = 0;
    if (!ampm.startsWith('a') && !ampm.startsWith('p') && pod) h = hourOfPartOfDay(h, pod);
    // "by four o'clock", "at 2 o'clock" with no part of the day: the waking hours (1 to 6 in the afternoon).
    else if (ampm === "o'clock" && h >= 1 && h <= 6) h += 12;
    // "10:35 a.m. (0735 GMT) Friday": the weekday after a bracketed other zone.
    const wd = g('wd') ?? BRACKET_THEN_WEEKDAY.exec(sentence.slice(end, end + 30))?.[1];
    const month = g('month');
    let day: string;
    // "00:01 GMT on Wednesday 12 November 2025": an embargo's or a schedule's full date.
    if (g('fwd')) {
      const m = monthNumber(g('fmonth') ?? g('fmonth2'));
      const d = Number.parseInt(g('fday') ?? g('fday2') ?? '', 10);
      const y = Number(g('fyear'));
      if (!isValidDate(y, m, d)) return null;
      day = `${y}-${pad(m)}-${pad(d)}`;
    } else if (month) {
      const m = monthNumber(month);
      const d = Number.parseInt(g('day') ?? '', 10);
      if (!isValidDate(2000, m, d)) return null;
      day = monthDayValue(anchor, m, d, direction());
    } else day = wd ? weekdayValue(anchor, WEEKDAYS[lower(wd)], direction()) : dayOffsetValue(anchor, deic === 'yesterday' ? -1 : deic === 'tomorrow' ? 1 : 0);
    const base = day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day;
    const value = `${base}T${String(h).padStart(2, '0')}:${g('mm') ?? '00'}`;
    // A stamp opening a live-blog entry is the story's day itself, not a time waiting for one.
    if (g('fwd') || month || wd || deic || isEntryStamp(sentence, start, end)) return { type: 'TIME', value };
    return { type: 'TIME', value, dayless: true };
  },
};

/**
 * "at half three", "by half past four", "half past 10pm": a British half hour. Only after a word
 * that takes a time ("half three" alone is a fraction or a score); the hour as written (am unless told).
 */
export const halfPast: Rule = {
  name: 'half-past',
  source: `half\\s+(?:past\\s+)?(?:(?<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?<hh>1[0-2]|[1-9]))(?![a-z\\d]|[:.]\\d)(?:\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?![a-z]))?`,
  interpret({ g, sentence, start }) {
    if (!CLOCK_BEFORE.has(lastWord(sentence, 0, start))) return null;
    let h = g('hw') ? SPELLED_HOURS.indexOf(lower(g('hw'))) + 1 : Number(g('hh'));
    const ampm = lower(g('ampm'));
    if (ampm.startsWith('p') && h < 12) h += 12;
    if (ampm.startsWith('a') && h === 12) h = 0;
    return { type: 'TIME', value: `XXXX-XX-XXT${String(h).padStart(2, '0')}:30`, dayless: true };
  },
};

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * Just after an hour in digits, what every clock time the rule accepts has there: minutes
 * ("10:35"), "am", "pm" or "o'clock", a zone ("19 GMT"), a part of the day ("4 in the
 * morning", "9 at night") or a day word ("9 tonight").
 */
const AFTER_HOUR = /[:.][0-5]\d|\s*(?:[ap]\.?m|o'clock|[ecmp][sd]t|gmt|utc|bst|local\s)|\s+(?:in\s|at\s|today|tonight|tomorrow|yesterday|this\s)/iy;

/** Whether a clock time the rule accepts may start at `at`: only a start at an hour in digits is checked. */
function mayBeClockTime(sentence: string, at: number): boolean {
  if (!isDigitCode(sentence.charCodeAt(at))) return true;
  let p = at + 1;
  if (isDigitCode(sentence.charCodeAt(p))) p++;
  // Three digits or more are no hour.
  if (isDigitCode(sentence.charCodeAt(p))) return false;
  AFTER_HOUR.lastIndex = p;
  return AFTER_HOUR.test(sentence);
}

/**
 * A live blog's entry stamp: "14:32 The minister stands up", "16:05 - Markets close": a clock time
 * that opens its line (or sentence) and is followed by a dash, a capitalised word, a quote or the
 * end of the line. A time of the story's day.
 */
function isEntryStamp(sentence: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = sentence[i];
    if (c === '\n') break;
    if (c !== ' ' && c !== '\t') return false;
  }
  return ENTRY_STAMP_AFTER.test(sentence.slice(end, end + 4));
}

/**
 * "UPDATE 14:05:", "Posted 09:12", "the 07:45 service from Carrow": a 24-hour time after a word
 * that stamps an entry, or a two-digit one that names a scheduled departure (the timetable's
 * name of a train, bus, ferry or flight) between "the" and a lower-case noun.
 */
function isNamedDeparture(sentence: string, start: number, end: number, hh: string): boolean {
  const before = sentence.charCodeAt(start - 1);
  if (before === 58 || before === 46 || (before >= 48 && before <= 57)) return false;
  if (/[:.]\d/.test(sentence.slice(end, end + 2))) return false;
  const prev = lastWord(sentence, 0, start);
  if (STAMP_WORDS.has(prev)) return true;
  return prev === 'the' && hh.length === 2 && DEPARTURE_AFTER.test(sentence.slice(end, end + 40));
}

/** "the 07:45 [service]", "the 18:10 [from Carrow]": what a timetable's named time departs as. */
const DEPARTURE_AFTER = /^\s+(?:(?:[a-z]+\s+)?(?:train|bus|coach|tram|ferry|boat|sailing|crossing|service|flight|departure|arrival|shuttle|express)s?\b|from\s+\p{Lu})/u;

const STAMP_WORDS = new Set(['update', 'updated', 'posted', 'edited', 'published', 'amended']);

const ENTRY_STAMP_AFTER = /^(?:\s*(?:\n|$)|\s*[-–—:|]\s|\s+[\p{Lu}"“‘'(])/u;

const SPELLED_HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Words before "4 in the morning" that make the number an hour ("at", "until", "around"). */
const CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from', 'to', 'since', 'past', 'on', 'near']);

/** The 24-hour clock hour of "h in the morning / afternoon / evening", "h at night". */
function hourOfPartOfDay(h: number, pod: string): number {
  if (pod.endsWith('morning')) return h === 12 ? 0 : h;
  if (pod.endsWith('night')) return h === 12 ? 0 : h >= 6 ? h + 12 : h;
  return h < 12 ? h + 12 : h;
}

const BRACKET_THEN_WEEKDAY = new RegExp(`^\\s*\\([^()]{1,20}\\)\\s*(?:on\\s+)?(${WEEKDAY})(?![a-z])`, 'i');

export const noon: Rule = {
  name: 'noon',
  source: `(?:(?<wd1>${WEEKDAY})\\s+)?(?<w>noon|midnight|midday)(?![a-z])(?:\\s+(?:(?<wd>${WEEKDAY})(?![a-z])|(?<month>${MONTH})\\s*(?<day>${DAY})|(?<day2>${DAY})\\s+(?<month2>${MONTH})))?`,
  interpret({ g, anchor, direction, sentence, start, text }) {
    // "High Noon", "high noon": the idiom (a showdown) or the film, no time of day.
    if (lastWord(sentence, 0, start) === 'high') return null;
    // "Jamie Noon believes": a capitalised word inside the sentence with no weekday and no
    // preposition of time before it is a name.
    if (/^\p{Lu}/u.test(text) && !g('wd') && !g('wd1') && /\p{L}/u.test(sentence.slice(0, start)) && !CLOCK_BEFORE.has(lastWord(sentence, 0, start))) return null;
    const wd = g('wd') ?? g('wd1');
    // "midnight on 1 February": the day after it, in the year a month and day take.
    const month = g('month') ?? g('month2');
    const m = monthNumber(month);
    const d = Number.parseInt(g('day') ?? g('day2') ?? '', 10);
    if (month && (!capitalized(month) || !isValidDate(2000, m, d))) return null;
    const day = month ? monthDayValue(anchor, m, d, direction()) : wd ? weekdayValue(anchor, WEEKDAYS[lower(wd)], direction()) : dayOffsetValue(anchor, 0);
    const base = day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day;
    const value = `${base}T${lower(g('w')) === 'midnight' ? '24:00' : '12:00'}`;
    return month || wd ? { type: 'TIME', value } : { type: 'TIME', value, dayless: true };
  },
};

export const monthDayYear: Rule = {
  name: 'month-day-year',
  // "around Nov. 1": an approximate date keeps its modifier (TimeML mod="APPROX").
  source: `(?:around\\s+)?(?:(?<wd>${WEEKDAY}),?\\s+)?(?<month>${MONTH})\\s*(?<day>${DAY})(?:(?:,\\s*|\\s+)(?<year>${YEAR}))?`,
  interpret: calendarDate,
};

/** A month and day just before, joined by "and", "or", "to", "through" or a dash: "June 9 and [10]". */
const DATE_THEN_JOIN = new RegExp(`(?<month>${MONTH})\\s*(?<day>${DAY})\\s*(?:and|or|to|through|-|–)\\s*$`, 'i');

/**
 * Whether the text before `at` may end as DATE_THEN_JOIN does: a join ("and", "or", "to",
 * "through", a dash) after a day. Most bare numbers are no second day, and this rules them out
 * without running the pattern.
 */
function mayEndWithJoin(sentence: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpace(sentence.charCodeAt(i - 1))) i--;
  const join = joinEndingAt(sentence, i);
  if (join < 0) return false;
  // Before the join, the day: a digit, or the end of "st", "nd", "rd", "th".
  let j = join;
  while (j > 0 && isSpace(sentence.charCodeAt(j - 1))) j--;
  if (j === 0) return false;
  const c = sentence.charCodeAt(j - 1) | 0x20;
  return isDigitCode(c) || c === 100 || c === 104 || c === 116;
}

const JOIN_WORDS = ['and', 'or', 'to', 'through'];

/** Where a join of DATE_THEN_JOIN ending at `end` starts (any case), or -1. */
function joinEndingAt(sentence: string, end: number): number {
  if (end === 0) return -1;
  const c = sentence.charCodeAt(end - 1);
  if (c === 45 || c === 0x2013) return end - 1;
  for (const word of JOIN_WORDS) {
    const start = end - word.length;
    if (start >= 0 && endsWithLowerCase(sentence, start, word)) return start;
  }
  return -1;
}

/** Whether `word` (lower case ASCII letters) stands at `start`, in any case. */
function endsWithLowerCase(sentence: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((sentence.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** The second day of a pair that shares the first one's month: "on June 9 and 10", "March 3-5". */
export const secondDay: Rule = {
  name: 'second-day',
  source: `(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?`,
  // Most numbers are no second day: the join before them is looked for first.
  mayStartAt: mayEndWithJoin,
  interpret(input) {
    const { g, sentence, start, end } = input;
    if (!mayEndWithJoin(sentence, start)) return null;
    const first = DATE_THEN_JOIN.exec(sentence.slice(Math.max(0, start - 24), start));
    if (!first?.groups || !capitalized(first.groups.month)) return null;
    // "March 3 and 4 percent", "May 5 and 6 others": a number of something.
    const next = /^\s*([%a-z]+)/i.exec(sentence.slice(end, end + 16))?.[1]?.toLowerCase() ?? '';
    if (/^(?:%|percent|million|billion|thousand|hundred|per|times|of|others|more|less|fewer)$/.test(next) || NOT_YEAR_AFTER.has(next)) return null;
    if (Number.parseInt(g('day') ?? '', 10) <= Number.parseInt(first.groups.day, 10)) return null;
    return calendarDate({ ...input, g: (name) => (name === 'month' ? first.groups!.month : g(name)) });
  },
};

/** "the week of June 9": the (ISO) week that holds the date. */
export const weekOfDate: Rule = {
  name: 'week-of-date',
  source: `the\\s+week\\s+of\\s+(?<month>${MONTH})\\s*(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?`,
  interpret(input) {
    const date = calendarDate(input);
    if (!date) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.value);
    return { type: 'DATE', value: m ? formatWeek(toDayNumber({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) })) : 'XXXX-WXX' };
  },
};

export const dayMonthYear: Rule = {
  name: 'day-month-year',
  source: `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?`,
  interpret: calendarDate,
};

export const isoDate: Rule = {
  name: 'iso-date',
  source: `(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d])`,
  interpret({ g }) {
    return isValidDate(Number(g('y')), Number(g('m')), Number(g('d'))) ? { type: 'DATE', value: `${g('y')}-${g('m')}-${g('d')}` } : null;
  },
};

export const numericDate: Rule = {
  name: 'numeric-date',
  source: `(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})(?![\\d/])`,
  interpret({ g }) {
    let y = Number(g('y'));
    if (y < 100) y += y < 50 ? 2000 : 1900;
    const m = Number(g('m'));
    const d = Number(g('d'));
    return isValidDate(y, m, d) ? { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` } : null;
  },
};

export const monthYear: Rule = {
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
};

export const month: Rule = {
  name: 'month',
  source: `(?<mod>${MOD})?(?:(?<rel>last|this|next|this\\s+past|this\\s+coming)\\s+)?(?<month>${MONTH_FULL})(?![a-z])`,
  interpret({ g, anchor, sentence, start, direction }) {
    const word = g('month') ?? '';
    if (!capitalized(word)) return null;
    const m = monthNumber(word);
    const rel = lower(g('rel'));
    const before = lastWord(sentence, 0, start);
    // "the driest May since 1976", "the wettest March on record": a superlative, or a record after it, makes it a month.
    if ((m === 5 || m === 3) && !g('mod') && !rel && !MONTH_CONTEXT.has(before) && !/^[a-z]{2,}est$/.test(before) && !RECORD_AFTER.test(sentence.slice(start + word.length, start + word.length + 16))) return null;
    if (/^\s*\d/.test(sentence.slice(start + (g('mod')?.length ?? 0) + word.length))) return null;
    const offset = REL_OFFSET[rel];
    const dir: Direction = offset === -1 ? 'past' : offset === 1 ? 'future' : direction();
    // "In December it is dark by four", "above the average for August", "usually quiet in June":
    // the month of any year.
    if (!rel && isGenericMonth(sentence, start, dir)) return { type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
    // "between December and March", "from October to February": the end of a span of months is
    // the first such month after its start, across the year end when it must.
    const ref = anchor.ref;
    if (!rel && !g('mod') && ref?.m != null && ref.d == null && anchor.refAge === 0 && MONTH_SPAN_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) {
      return { type: 'DATE', value: `${String(m > ref.m ? ref.y : ref.y + 1).padStart(4, '0')}-${String(m).padStart(2, '0')}` };
    }
    // "last March": the latest March before this month; "next March": the first after it.
    if (anchor.dct && (rel === 'this' || rel === 'last' || rel === 'next')) {
      const y = anchor.dct.y + (rel === 'last' && m >= anchor.dct.m ? -1 : rel === 'next' && m <= anchor.dct.m ? 1 : 0);
      return { type: 'DATE', value: `${y}-${String(m).padStart(2, '0')}` };
    }
    return { type: 'DATE', value: monthValue(anchor, m, dir) };
  },
};

/** The start of a span of months just before: "between December and", "from October to", "March-". */
const MONTH_SPAN_BEFORE = new RegExp(`(?:\\b(?:from|between)\\s+(?:${MONTH_FULL})\\s+(?:to|until|till|through|and|[-–])|\\b(?:${MONTH_FULL})\\s*(?:to|until|till|through|[-–]))\\s*$`, 'i');

/** Words of a habit or a norm: what a clause tells of any year. */
const GENERIC_CUE = /\b(?:usually|typically|normally|generally|traditionally|habitually|always|(?:every|each)\s+year|most\s+years)\b/i;
/** "the average for August", "normal for March": a month of the climate, not of one year. */
const NORM_BEFORE = /\b(?:average|averages|norm|normal|typical)\s+(?:for|in|of)\s+$/i;
/** "May since 1976", "March on record": a month compared with others. */
const RECORD_AFTER = /^\s+(?:since\s+\d{4}|on\s+record)\b/;
/** The month, then a verb in the past tense: "September was", "in May were". */
const PAST_AFTER_MONTH = /^[A-Za-z.]+\s+(?:was|were|had|fell|rose)\b/;
/** A present tense of being: "it's dark", "are quiet". */
const PRESENT_BE = /(?:\b(?:is|are|isn't|aren't)|\w['’]s|\w['’]re)\s/i;
/** The generic "you" of a present-tense clause: "In January you have eight hours of light". */
const GENERIC_YOU = /^[A-Za-z.]+,?\s+you\s+(?:have|get|need|can|see|find|must|should)\b/;

function isGenericMonth(sentence: string, start: number, dir: Direction): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  // "the average in September was 23 minutes": the average of one past month.
  if (NORM_BEFORE.test(before)) return !PAST_AFTER_MONTH.test(sentence.slice(start, start + 24));
  const fronted = /^\W*in\s+$/i.test(sentence.slice(0, start));
  if (fronted && GENERIC_YOU.test(sentence.slice(start, start + 40))) return true;
  if (dir !== null) return false;
  if (GENERIC_CUE.test(sentence.slice(Math.max(0, start - 60), start + 60))) return true;
  // "In December it's dark by four": a fronted month before a clause in the present.
  return /^\W*in\s+$/i.test(sentence.slice(0, start)) && PRESENT_BE.test(sentence.slice(start, start + 30));
}

const ON_A_BEFORE = /\bon\s+an?\s+$/i;
/** A determiner just before a weekday used as a modifier. */
const DETERMINER_BEFORE = /\b(?:the|our|their|its|his|her|my|your)\s+$/i;
/** A gathering held on that weekday every week, with at most one word between: "toddler group", "market", "youth club". */
const RECURRING_AFTER = /^\s+(?:[a-z]+[ -])?(?:group|club|class|classes|market|service|surgery|clinic|league|rota|drop-in|coffee\s+morning|quiz)(?![a-z])/;

export const weekday: Rule = {
  name: 'weekday',
  source: `(?<mod>(?:early|late)\\s+(?:on\\s+)?)?(?<wd>${WEEKDAY})(?<plural>s)?(?![a-z])(?:,?\\s+(?<pod>${POD})(?<podPlural>s)?(?![a-z]))?`,
  interpret({ g, anchor, sentence, start, end, direction }) {
    const wd = g('wd');
    if (!capitalized(wd)) return null;
    if (HOLIDAY_BEFORE.has(lastWord(sentence, 0, start))) return null;
    const n = WEEKDAYS[lower(wd)];
    const pod = g('pod');
    // "Tuesday nights": that part of every such day.
    if (g('plural') || g('podPlural')) return { type: 'SET', value: `XXXX-WXX-${n}${pod ? `T${partOfDay(pod)}` : ''}` };
    // "the theatres sit idle on a Friday afternoon": any such day, unless told in the past ("he
    // was arrested on a Monday" is one day).
    if (ON_A_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && direction() !== 'past') return { type: 'SET', value: `XXXX-WXX-${n}${pod ? `T${partOfDay(pod)}` : ''}` };
    // "runs the Tuesday toddler group", "the Saturday market": a weekday naming a gathering held every week.
    if (!pod && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && RECURRING_AFTER.test(sentence.slice(end, end + 30))) return { type: 'SET', value: `XXXX-WXX-${n}` };
    // "and still run out of nappies by Thursday" after "open four days a week", "Monday to Friday
    // between 9am and 5pm": a weekday of a habit or of opening hours is any week's.
    if (!pod && habitualWeekday(sentence, start, end)) return { type: 'DATE', value: `XXXX-WXX-${n}` };
    // "from Monday to Thursday", "between Tuesday and Friday": the end of a span follows its start.
    const ref = anchor.ref;
    if (ref?.m != null && ref.d != null && anchor.refAge === 0 && WEEKDAY_SPAN_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) {
      const from = toDayNumber({ y: ref.y, m: ref.m, d: ref.d });
      const to = from + ((n - isoWeekday(from) + 7) % 7 || 7);
      // A past clause cannot end after the publication day: the tense then wins below.
      if (to <= anchor.day || direction() !== 'past') return { type: 'DATE', value: formatDay(to) };
    }
    // "Monday next week", "from Monday to Friday last week", "on Thursday this week": that day of the week named.
    const week = anchor.dct ? WEEK_AFTER.exec(sentence.slice(end, end + 40)) : null;
    if (week) {
      const offset = REL_OFFSET[week[1].toLowerCase()] ?? 0;
      const monday = anchor.day - (isoWeekday(anchor.day) - 1) + 7 * offset;
      const d = formatDay(monday + n - 1);
      return pod ? { type: 'DATE', value: `${d}T${partOfDay(pod)}` } : { type: 'DATE', value: d };
    }
    // "Wednesday's ruling" names something that has happened, unless its own clause looks
    // ahead ("said Friday's vote would go ahead", "ahead of Sunday's election").
    const possessive = /^['’]s\b/.test(sentence.slice(end, end + 3));
    let day = weekdayValue(anchor, n, possessive ? possessiveDirection(sentence, start, end, direction) : direction());
    // "The trial lasted from Monday to Thursday" on a Wednesday: a past span ends by the
    // publication day, so it began the week before.
    const spanEnd = WEEKDAY_SPAN_AFTER.exec(sentence.slice(end, end + 20));
    // "The fair runs from Thursday to Sunday" (told in the present): a span that is on or still to come, so it ends no earlier than the publication day.
    if (spanEnd && anchor.dct && !possessive && direction() === null) {
      const from = toDayNumber(anchor.dct) - ((isoWeekday(anchor.day) - n + 7) % 7);
      const to = from + ((WEEKDAYS[spanEnd[1].toLowerCase()] - n + 7) % 7 || 7);
      day = formatDay(to < anchor.day ? from + 7 : from);
    }
    if (spanEnd && anchor.dct && /^\d{4}-\d{2}-\d{2}$/.test(day) && direction() === 'past') {
      const [y, m, d] = day.split('-').map(Number);
      const from = toDayNumber({ y, m, d });
      const to = from + ((WEEKDAYS[spanEnd[1].toLowerCase()] - isoWeekday(from) + 7) % 7 || 7);
      if (to > anchor.day) day = formatDay(from - 7);
    }
    // "Friday night": the part of that day (TimeML "2024-10-25TNI"). The type stays DATE, as the
    // corpora mostly annotate it, so that the day still dates events for the quiz and timeline.
    if (pod) return { type: 'DATE', value: `${day}T${partOfDay(pod)}` };
    return { type: 'DATE', value: day };
  },
};

/** A weekday span with the hours of each day: "Monday to Friday between 9am and 5pm", "Mon-Fri, 9am-5pm". */
const WEEKDAY_HOURS = new RegExp(`^\\s*(?:[-–]|to|until|till|through)\\s*(?:${WEEKDAY})(?![a-z]),?\\s+(?:from\\s+|between\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)`, 'i');
const HOURS_AFTER = /^,?\s+(?:from\s+|between\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)/i;
/** A week named just after a weekday (or a span of them): "Monday next week", "Monday to Friday last week". */
const WEEK_AFTER = new RegExp(`^(?:\\s*(?:[-–]|to|until|till|through|and|or)\\s*(?:${WEEKDAY}))?,?\\s+(last|next|this)\\s+week(?![a-z])`, 'i');
/** The working week as a span: "Monday to Friday", "Monday-Saturday" (from its first day, or to its last). */
const WORKWEEK_FROM = /^monday\s*(?:[-–]|to|until|till|through)\s*(?:friday|saturday|sunday)(?![a-z])/i;
const WORKWEEK_TO = /monday\s*(?:[-–]|to|until|till|through)\s*(?:friday|saturday|sunday)$/i;
/** A week named after the span: "Monday to Friday this week", "next week". */
const WEEK_WORD = /^[^.;]{0,20}\b(?:week|weekend)\b/i;
/** Hours just before a weekday span: "until 9am, [Monday] to Friday", "9am-5pm, Monday to [Friday]". */
const HOURS_BEFORE = /\d(?:\s*(?:am|pm|a\.m\.|p\.m\.)|[:.]\d\d),?\s+$/i;
const HOURS_THEN_SPAN = new RegExp(`\\d(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|[:.]\\d\\d),?\\s+(?:${WEEKDAY})\\s*(?:[-–]|to|until|till|through)\\s*$`, 'i');
const WEEKDAY_THEN_JOIN = new RegExp(`(?:${WEEKDAY})\\s*(?:[-–]|to|until|till|through)\\s*$`, 'i');

/**
 * A weekday of a habit: the first or last day of a span with opening hours after it, or one whose
 * clause (from a word of habit before it, within about a clause) is not told in the past tense
 * and has no future auxiliary.
 */
function habitualWeekday(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 50);
  if (WEEKDAY_HOURS.test(after) || (HOURS_AFTER.test(after) && WEEKDAY_THEN_JOIN.test(sentence.slice(Math.max(0, start - 14), start)))) return true;
  // "Lines are open Monday to Friday", "(Monday to Saturday)": the working week, in a clause told
  // neither in the past nor the future, is any week's.
  if ((WORKWEEK_FROM.test(sentence.slice(start, end + 16)) || WORKWEEK_TO.test(sentence.slice(Math.max(0, start - 14), end))) && !CLAUSE_TENSE.test(sentence.slice(Math.max(0, start - 60), end + 30)) && !WEEK_WORD.test(sentence.slice(end, end + 30))) return true;
  // "on air from 6am until 9am, Monday to Friday", "9am-5pm, Mon to Sat": the hours before the span.
  const near = sentence.slice(Math.max(0, start - 30), start);
  if ((WEEKDAY_SPAN_AFTER.test(after) && HOURS_BEFORE.test(near)) || HOURS_THEN_SPAN.test(near)) return true;
  const from = Math.max(0, start - 100);
  const before = sentence.slice(from, start);
  HABIT_SEARCH.lastIndex = 0;
  let m: RegExpExecArray | null;
  let at = -1;
  while ((m = HABIT_SEARCH.exec(before))) at = m.index;
  if (at < 0) return false;
  // Past or future words between the habit and the day tell of one day ("usually open, but
  // closed on Monday", "will shut on Friday").
  return !CLAUSE_TENSE.test(before.slice(at));
}
/** Words of one past or future day: auxiliaries of the past and of the future, "said", "ago". */
const CLAUSE_TENSE = /\b(?:was|were|had|did|said|told|ago|yesterday|last|will|shall|won't|going\s+to)\b|'ll\b/i;
const HABIT_SEARCH = new RegExp(HABITUAL.source, 'gi');

const WEEKDAY_SPAN_BEFORE = new RegExp(`(?:\\b(?:from|between)\\s+(?:${WEEKDAY})\\s+(?:to|until|till|through|and|-|–)|\\b(?:${WEEKDAY})\\s*(?:to|until|till|through|-|–))\\s*$`, 'i');

const WEEKDAY_SPAN_AFTER = new RegExp(`^\\s*(?:to|until|till|through|-|–)\\s*(${WEEKDAY})(?![a-z])`, 'i');

/** The word after "Friday's vote" that makes it one to come: a future auxiliary in the next few words. */
const FUTURE_AFTER_POSSESSIVE = /^['’]s(?:\s+[a-z-]+){1,3}?\s+(?:will|would|is\s+(?:expected|due|set|scheduled)|are\s+(?:expected|due|set|scheduled)|could|may|might)\b/;

function possessiveDirection(sentence: string, start: number, end: number, direction: () => Direction): Direction {
  if (FUTURE_AFTER_POSSESSIVE.test(sentence.slice(end, end + 60))) return 'future';
  return direction() === 'future' && /\bahead\s+of\s+$|\bbefore\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) ? 'future' : 'past';
}

const pad = (n: number) => String(n).padStart(2, '0');

const NEXT_WORD = /^[ \t]+([\p{L}]+)/u;

export const holiday: Rule = {
  name: 'holiday',
  source: `(?:(?<rel>last|next|this)\\s+)?(?<h>${holidayPattern()})(?![a-z])(?<week>\\s+week(?![a-z]))?`,
  interpret({ g, anchor, direction, sentence, end }) {
    const name = g('h') ?? '';
    if (!capitalized(name)) return null;
    // "a warm May day": the month's day, no holiday.
    if (/^may\s+day$/i.test(name) && !/Day$/.test(name)) return null;
    // "Christmas Appeal", "Christmas Island", "Halloween Parade Committee": a holiday word before
    // another capitalised noun is part of a name ("Christmas Day" and "Christmas Eve" are holidays
    // of their own; a weekday or month after it is a date).
    const next = g('week') ? undefined : NEXT_WORD.exec(sentence.slice(end, end + 24))?.[1];
    if (next && /^\p{Lu}\p{Ll}/u.test(next) && WEEKDAYS[next.toLowerCase()] == null && !monthNumber(next)) return null;
    const h = holidayNamed(name)!;
    const rel = lower(g('rel'));
    // The day number of the holiday in year y: fixed, a weekday counted in the month, or counted from Easter.
    const at = (y: number) => {
      if (h.easter != null) return easterSunday(y) + h.easter;
      if (h.d) return toDayNumber({ y, m: h.m, d: h.d });
      const first = isoWeekday(toDayNumber({ y, m: h.m, d: 1 }));
      return toDayNumber({ y, m: h.m, d: 1 + ((h.nth!.weekday - first + 7) % 7) + h.nth!.after });
    };
    // "expect another cut before Christmas": far off, the tense says which one.
    const usual = anchor.dct && h.easter != null ? fromDayNumber(at(anchor.dct.y)) : null;
    let y = usual ? yearFor(anchor, usual.m, usual.d, direction()) : yearFor(anchor, h.m, h.d ?? (h.nth ? h.nth.after + 4 : 15), direction());
    if (y == null || !anchor.dct) return { type: 'DATE', value: h.d ? `XXXX-${pad(h.m)}-${pad(h.d)}` : h.easter != null ? 'XXXX-XX-XX' : `XXXX-${pad(h.m)}-XX` };
    // "last Thanksgiving": the latest one before the publication day; "next": the first after it.
    if (rel === 'last' || rel === 'next') {
      y = anchor.dct.y;
      if (rel === 'last') while (at(y) >= anchor.day) y--;
      else while (at(y) <= anchor.day) y++;
    } else if (rel === 'this') y = anchor.dct.y;
    // "have set a deadline of Hogmanay", "will reopen after Easter": a clause looking ahead names the next one, however near the last.
    else if (direction() === 'future') while (at(y) < anchor.day) y++;
    // "Easter week", "Christmas week": the (ISO) week the holiday falls in.
    if (g('week')) return { type: 'DATE', value: formatWeek(at(y)) };
    return { type: 'DATE', value: formatDay(at(y)) };
  },
};

/**
 * "the last week of 2003", "the first month of the year 2010", "the final week of March": the
 * ISO week or the month at that edge of the named year or month.
 */
export const edgeOfPeriod: Rule = {
  name: 'edge-of-period',
  source: `(?:the\\s+)?(?<edge>first|last|final|opening|closing)\\s+(?<unit>week|month)\\s+of\\s+(?:(?:the\\s+year\\s+)?(?<year>${YEAR})|(?<month>${MONTH_FULL})(?:,?\\s+(?<myear>${YEAR}))?)(?![a-z\\d])`,
  interpret({ g, anchor, direction }) {
    const first = /^(?:first|opening)$/.test(lower(g('edge')));
    const unit = lower(g('unit'));
    const monthWord = g('month');
    if (monthWord) {
      if (unit !== 'week' || !capitalized(monthWord)) return null;
      const m = monthNumber(monthWord);
      const y = g('myear') ? Number(g('myear')) : yearFor(anchor, m, null, direction());
      if (y == null) return { type: 'DATE', value: 'XXXX-WXX' };
      // The ISO week that holds the month's 4th day, or its 4th day from the end.
      const day = first ? toDayNumber({ y, m, d: 4 }) : toDayNumber({ y, m, d: daysInMonth(y, m) - 3 });
      return { type: 'DATE', value: formatWeek(day) };
    }
    const y = Number(g('year'));
    if (unit === 'month') return { type: 'DATE', value: `${y}-${first ? '01' : '12'}` };
    return { type: 'DATE', value: formatWeek(toDayNumber({ y, m: first ? 1 : 12, d: first ? 4 : 28 })) };
  },
};
