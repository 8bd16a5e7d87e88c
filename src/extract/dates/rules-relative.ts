import { type Reference, anaphoricValue, dayOffsetValue, durationValue, monthDayValue, referenceOf, relativeUnitValue, shiftedValue, weekdayValue } from './resolve.js';
import { formatDay, formatWeek, isValidDate, isoWeekday, toDayNumber } from './calendar.js';
import { GENERIC_AFTER_TODAYS, SEASONS, WEEKDAYS } from './words.js';
import { AGO_PREMOD, DAY, MONTH, NUM, POD, REL_OFFSET, YEAR, type Rule, UNIT, UNIT_TO_CALENDAR, WEEKDAY, capitalized, count, lastWord, lower, monthNumber, partOfDay, seasonValue, unitWord } from './grammar.js';

/** Times relative to the publication date: "three years ago", "last week", "yesterday", "now". */

/** The day part of a TIME value: a calendar day, or "XXXX-XX-XX" without a publication date ("tonight" is no "PRESENT_REFTNI"). */
const dayOfTime = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : 'XXXX-XX-XX');

export const ago: Rule = {
  name: 'ago',
  needs: ['ago', 'earlier', 'now', 'hence', 'back'],
  source: `${AGO_PREMOD}?(?:(?<num>${NUM})[-\\s]+(?<unit>${UNIT})|(?<bare>minutes|hours|days|weeks|months|years|decades))(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|from\\s+now|hence|back)(?![a-z])`,
  interpret({ g, anchor, text }) {
    const dir = lower(g('dir'));
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'back' ? -1 : 1;
    if (dir === 'back' && !/^\s*\S/.test(text)) return null;
    const unit = unitWord(g('unit') ?? g('bare'));
    const n = g('bare') ? null : count(g('num'));
    if (unit === 'second' && !/^\d/.test(lower(g('num')))) return null;
    return { type: 'DATE', value: shiftedValue(anchor, unit, n, sign as -1 | 1) };
  },
};

export const relativeUnit: Rule = {
  name: 'relative-unit',
  source: `(?<mod>(?:early|late|mid|earlier|later)(?:-|\\s+)(?:in\\s+|on\\s+)?|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)?(?:the\\s+)?(?<rel>last|next|this\\s+past|this\\s+coming|this|coming|past|previous|following|current|upcoming)\\s+(?:(?<wd>${WEEKDAY})(?:\\s+(?<pod>${POD}))?|(?<season>spring|summer|fall|autumn|winter)|(?<unit>week|weekend|month|year|quarter|decade|century|day|morning|afternoon|evening|night|(?:fiscal|financial)\\s+year))(?![a-z])`,
  interpret({ g, anchor, text, sentence, start, direction }) {
    const rel = lower(g('rel'));
    let offset = REL_OFFSET[rel] ?? 0;
    const hasThe = /^(?:\S+\s+of\s+)?the\s/i.test(text.replace(/^(?:early|late|mid|earlier|later)[-\s]+/i, ''));
    // "the previous Friday", "the following Monday": counted from the day the story is at.
    const told = g('wd') && !g('pod') && hasThe && ANAPHORIC_REL.has(rel) && capitalized(g('wd')) ? weekdayFromReference(anchor.ref, WEEKDAYS[lower(g('wd'))], offset) : null;
    if (told) return { type: 'DATE', value: told, anaphoric: true };
    if (hasThe && rel === 'next' && g('unit') && /day|morning|afternoon|evening|night/.test(lower(g('unit')))) return null;
    if (hasThe && rel === 'following') return null;
    // "48,000 loans in 2024, up from the previous year": counted from the year the sentence states (anaphoric).
    if (hasThe && (rel === 'previous' || rel === 'preceding') && /^(?:year|month|week)$/.test(lower(g('unit'))) && statesYearBefore(sentence, start)) return null;
    if (rel === 'following' && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) return null;
    if (start > 0 && /^\p{Lu}/u.test(g('unit') ?? g('season') ?? '')) return null;
    const wd = g('wd');
    if (wd) {
      if (!capitalized(wd)) return null;
      const n = WEEKDAYS[lower(wd)];
      if (!anchor.dct) return { type: 'DATE', value: `XXXX-WXX-${n}` };
      // "last Friday": the most recent one before today; "next Friday": after today.
      // "this Thursday" with no tense to go by: the Thursday of this week (of the coming days on a Sunday).
      const today = isoWeekday(anchor.day);
      const thisWeek = rel === 'this' ? (today === 7 || n >= today ? 'future' : 'past') : null;
      const base = weekdayValue(anchor, n, offset > 0 ? 'future' : offset < 0 ? 'past' : (direction() ?? thisWeek));
      let value = base;
      if (offset !== 0 && base === dayOffsetValue(anchor, 0)) value = dayOffsetValue(anchor, 7 * offset);
      const pod = g('pod');
      return pod ? { type: 'TIME', value: `${value}T${partOfDay(pod)}` } : { type: 'DATE', value };
    }
    const season = g('season');
    if (season) return { type: 'DATE', value: seasonValue(anchor, lower(season), offset) };
    const unit = lower(g('unit'));
    if (unit.endsWith(' year')) return { type: 'DATE', value: relativeUnitValue(anchor, 'year', offset) };
    if (/^(?:morning|afternoon|evening|night)$/.test(unit)) {
      if (rel === 'this') return { type: 'TIME', value: `${dayOfTime(dayOffsetValue(anchor, 0))}T${partOfDay(unit)}` };
      if (rel === 'last') return { type: 'TIME', value: `${dayOfTime(dayOffsetValue(anchor, -1))}T${partOfDay(unit)}` };
      return null;
    }
    if (unit === 'day') return null;
    // "over the past decade", "the past century": the ten (hundred) years up to now, no calendar
    // decade ("the last decade" may be one: "inflation in the last decade").
    // "over the next decade", "in the coming century": the ten (hundred) years from now, no
    // calendar decade either.
    if ((rel === 'past' || (hasThe && (rel === 'next' || rel === 'coming'))) && !g('mod') && (unit === 'decade' || unit === 'century')) return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P100Y' };
    if (unit === 'quarter' && offset === -1 && rel !== 'last') offset = -1;
    return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[unit], offset) };
  },
};

/** Whether the sentence states a year before `start`. */
function statesYearBefore(sentence: string, start: number): boolean {
  STATED_YEAR.lastIndex = 0;
  const m = STATED_YEAR.exec(sentence.slice(0, start));
  STATED_YEAR.lastIndex = 0;
  return m !== null;
}

/** Relative words that count from the story's day when it has one ("the previous Friday"). */
const ANAPHORIC_REL = new Set(['previous', 'preceding', 'following']);

/** The weekday `wd` before (offset < 0) or after the reference day; null without a day to count from. */
function weekdayFromReference(ref: Reference | null, wd: number, offset: number): string | null {
  if (ref?.m == null || ref.d == null) return null;
  const day = toDayNumber({ y: ref.y, m: ref.m, d: ref.d });
  const today = isoWeekday(day);
  return formatDay(offset < 0 ? day - ((today - wd + 7) % 7 || 7) : day + ((wd - today + 7) % 7 || 7));
}

/** The word after `end`, lower case, past an optional possessive "'s" (returned as `possessive`). */
function wordAfter(sentence: string, end: number): { possessive: boolean; next: string } {
  const m = /^(['’]s)?\s+([A-Za-z]+)/.exec(sentence.slice(end, end + 24));
  return { possessive: !!m?.[1] || /^['’]s/.test(sentence.slice(end, end + 2)), next: m?.[2]?.toLowerCase() ?? '' };
}

/**
 * "today" and "tomorrow" that name no day: "today's teenagers" (nowadays), "the leaders of tomorrow"
 * (the future), and a paper or programme named "<ACRONYM> Today".
 */
function isGenericDay(w: string, word: string, sentence: string, start: number, end: number): boolean {
  if (w !== 'today' && w !== 'tomorrow') return false;
  const { possessive, next } = wordAfter(sentence, end);
  if (w === 'today' && possessive && GENERIC_AFTER_TODAYS.has(next)) return true;
  const before = sentence.slice(Math.max(0, start - 24), start);
  // "the leaders of tomorrow" ("as of tomorrow" is a day).
  if (w === 'tomorrow' && !possessive && /\b(?!as\s)[a-z]+\s+of\s+$/.test(before) && !/^\s*[A-Za-z0-9]/.test(sentence.slice(end, end + 2))) return true;
  // A capitalised "Today" after an acronym or a possessive ("Radio 5's Today"), or before
  // "programme", names a paper or a programme.
  return word === 'Today' && (/\b[A-Z]{2,}\s+$|\S['’]s\s+$/.test(before) || /^\s+(?:programme|program|show|newspaper)\b/i.test(sentence.slice(end, end + 12)));
}

const OVERNIGHT_FIGURATIVE = /^\s+(?:success|successes|sensation|sensations|star|stars|celebrity|fame|hit|transformation|change|millionaire|bag|bags)\b/i;

export const dayWords: Rule = {
  name: 'day-words',
  // "the day before yesterday", "the day after tomorrow": a day further out.
  source: `(?:the\\s+day\\s+(?<step>before|after)\\s+)?(?<mod>(?:early|late|earlier|later)\\s+)?(?<w>today|yesterday|tomorrow|tonight|overnight)(?:\\s+(?<pod>${POD}))?(?![a-z])`,
  interpret({ g, anchor, sentence, start, end, text }) {
    const w = lower(g('w'));
    const pod = g('pod');
    const step = g('step') ? (lower(g('step')) === 'before' ? -1 : 1) : 0;
    if (step && (g('mod') || (w !== 'yesterday' && w !== 'tomorrow'))) return null;
    if (!step && !g('mod') && !pod && isGenericDay(w, g('w') ?? '', sentence, start, end)) return null;
    // "Are You Lonesome Tonight at number 20": a capitalised day word ending a run of capitalised
    // words inside running text (a lower-case word before it: no title-case headline) is a title.
    if (!step && !g('mod') && !pod && /^\p{Lu}/u.test(text) && /\p{Lu}[\p{Ll}'’]*\s+$/u.test(sentence.slice(Math.max(0, start - 20), start)) && /(?:^|\s)\p{Ll}{2,}/u.test(sentence.slice(0, start)) && /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3))) return null;
    if (w === 'tonight') return { type: 'TIME', value: `${dayOfTime(dayOffsetValue(anchor, 0))}TNI` };
    // "a water main burst overnight", "overnight losses": the night the story is at (the day its
    // sentence names, else the one the story last named; see datedClockTimes). Not a figure of
    // speech ("an overnight success").
    if (w === 'overnight') {
      if (g('mod') || pod || step || OVERNIGHT_FIGURATIVE.test(sentence.slice(end, end + 16))) return null;
      return { type: 'TIME', value: `${dayOfTime(dayOffsetValue(anchor, 0))}TNI`, dayless: true };
    }
    const offset = (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0) + step;
    const day = dayOffsetValue(anchor, offset);
    return pod ? { type: 'TIME', value: `${dayOfTime(day)}T${partOfDay(pod)}` } : { type: 'DATE', value: day };
  },
};

/** "mid-afternoon yesterday", "by mid afternoon": a part of a day (of the publication day when none is named). */
export const midPartOfDay: Rule = {
  name: 'mid-part-of-day',
  source: `mid-?\\s*(?<pod>morning|afternoon|evening)(?:\\s+(?<w>yesterday|today|tomorrow))?(?![a-z-])`,
  interpret({ g, anchor }) {
    const w = lower(g('w'));
    const day = dayOffsetValue(anchor, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
    return { type: 'TIME', value: `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${partOfDay(g('pod'))}` };
  },
};

export const lastNight: Rule = {
  name: 'last-night',
  source: `(?:last|this)\\s+(?<pod>${POD})(?![a-z])`,
  interpret({ g, anchor, text }) {
    const offset = /^last/i.test(text) ? -1 : 0;
    if (offset === 0 && lower(g('pod')) === 'night') return null;
    return { type: 'TIME', value: `${dayOfTime(dayOffsetValue(anchor, offset))}T${partOfDay(g('pod'))}` };
  },
};

export const deicticAdjective: Rule = {
  name: 'deictic-adjective',
  source: `(?<then>then[-\\s]+)?(?<w>current|recent|future)(?=\\s+[a-z])`,
  interpret({ g, sentence, start, end }) {
    const w = lower(g('w'));
    // "the then-current price": current at a past time.
    if (g('then') && w === 'current') return { type: 'DATE', value: 'PAST_REF' };
    if (g('then')) return null;
    const next = /^\s+([a-z]+)/.exec(sentence.slice(end, end + 20))?.[1] ?? '';
    // "current account" is economics, "the current was" physics; "future" needs a determiner or to open a noun phrase.
    // "up £68 on the current level", "the current rate": the measure as it stands is a value, not a time.
    if (/^(?:account|accounts|affairs|events|and|or|of|is|was|were|are|in|on|at|to|by|for|with|from|level|levels|rate|rates|price|prices|cap|limit|limits|figure|figures|value|values|system|systems|flow|flows|speed|speeds|temperature|temperatures|volume|volumes|capacity|pressure)$/.test(next)) return null;
    // "current market rates", "the current interest rate": a measure after one more word.
    if (w === 'current' && MEASURE_SECOND.test(sentence.slice(end, end + 40))) return null;
    if (w === 'future' && !/\b(?:the|its|their|his|her|our|any|all|in|for|about)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))) return null;
    return { type: 'DATE', value: w === 'current' ? 'PRESENT_REF' : w === 'recent' ? 'PAST_REF' : 'FUTURE_REF' };
  },
};

const MEASURE_SECOND = /^\s+[a-z]+\s+(?:rate|rates|level|levels|price|prices|value|values|flow|flows)\b/;

export const earlierInTheUnit: Rule = {
  name: 'earlier-in-the-unit',
  // Not "later in the day": TimeBank leaves it out, or takes in "the day" alone.
  source: `(?<w>earlier|later|early|late)\\s+in\\s+the\\s+(?<unit>year|month|week)(?![a-z])`,
  interpret({ g, anchor }) {
    return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[lower(g('unit'))], 0) };
  },
};

export const seasonThisYear: Rule = {
  name: 'season-this-year',
  source: `(?:the\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?<season>spring|summer|autumn|winter)(?![a-z])`,
  interpret({ g, sentence, start, end, anchor, direction }) {
    const before = sentence.slice(Math.max(0, start - 16), start);
    // "has spent the summer working": a season a verb of spending time takes.
    if (!/\b(?:in|over|into|during|through|throughout|since|until|till|by|this|of|from|for|before|after|spent|spend|spends|spending)\s+(?:the\s+)?$/i.test(before)) return null;
    // "the start of the summer getaway", "the end of the winter term": the season names a noun's kind.
    if (/\bof\s+(?:the\s+)?$/i.test(before) && SEASON_MODIFIES.test(sentence.slice(end, end + 24))) return null;
    // "a free kick by Winter": a bare capitalised season after "by" or "of" is a name.
    if (capitalized(g('season')) && !g('mod') && /\b(?:by|of)\s+$/i.test(before)) return null;
    const code = SEASONS[lower(g('season'))];
    if (!anchor.dct) return { type: 'DATE', value: `XXXX-${code}` };
    const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
    const { y, m } = anchor.dct;
    // Begun (or a month off): this year's. Otherwise the latest one, unless the clause looks
    // ahead: "will open in the summer" in March is this summer, "in the spring" in October next spring.
    const begun = startMonth <= m + 1;
    if (direction() === 'future') return { type: 'DATE', value: `${startMonth + 3 <= m ? y + 1 : y}-${code}` };
    return { type: 'DATE', value: `${begun ? y : y - 1}-${code}` };
  },
};

/** A noun after the season: "summer getaway", "winter term" (not "summer of 1976", "summer, when"). */
const SEASON_MODIFIES = /^\s+(?!(?:of|and|or|to|when|as|with|in|on|at|for|is|was|were|are|has|had|will|would|months?|holidays?|break|recess|season)\b)[a-z]{3,}/;

/** Prepositions that make "recent weeks" the stretch something happens over. */
const SPAN_BEFORE = /\b(?:in|over|during|throughout)\s+(?:the\s+)?$/i;

export const presentPastFuture: Rule = {
  name: 'present-past-future',
  source: `(?<w>now|currently|more\\s+recently|recently|lately|nowadays|these\\s+days|at\\s+present|the\\s+present|the\\s+past|in\\s+the\\s+past|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|so\\s+far|to\\s+date|recent\\s+(?:days|weeks|months|quarters|years|decades)|(?:the\\s+)?coming\\s+(?:days|weeks|months|quarters|years)|future\\s+(?:quarters|years))(?![a-z-])`,
  interpret({ g, sentence, start, end, text }) {
    const w = lower(g('w'));
    if (w === 'now' && /^-/.test(sentence.slice(end, end + 1))) return null;
    // "It's Now or Never": a capitalised "Now" inside running text (a lower-case word follows, so
    // no title-case headline), not after a quote or a colon, is a title.
    if (text === 'Now' && /\p{L}/u.test(sentence.slice(0, start)) && /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3)) && !/["“'‘:(—–-]\s*$/.test(sentence.slice(Math.max(0, start - 3), start))) return null;
    // "Now, ..." opening a sentence is a discourse marker, not a time.
    if (w === 'now' && /^,/.test(sentence.slice(end, end + 1)) && !/\S/.test(sentence.slice(0, start).replace(/["“'‘]/g, ''))) return null;
    if (w === 'so far' || w === 'to date' || w === 'in the past') return null;
    if (w === 'soon' && /\bas\s+$/i.test(sentence.slice(0, start))) return null;
    if (w === 'formerly') return null;
    // "in recent weeks", "over the coming years": a stretch of several units, not a point.
    const span = /^(?:recent|(?:the )?coming) (days|weeks|months|quarters|years|decades)$/.exec(w);
    if (span && SPAN_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) {
      return { type: 'DURATION', value: durationValue(unitWord(span[1]), null) };
    }
    if (/^(?:now|currently|nowadays|these days|at present|the present)$/.test(w)) return { type: 'DATE', value: 'PRESENT_REF' };
    if (/future|soon|coming|near term|long term|short term/.test(w)) return { type: 'DATE', value: 'FUTURE_REF' };
    return { type: 'DATE', value: 'PAST_REF' };
  },
};

export const theUnitEnd: Rule = {
  name: 'the-unit-end',
  source: `(?<mod>(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of)\\s+the\\s+(?<unit>year|month|week|decade|century|quarter|day)(?![a-z])`,
  interpret({ g, anchor }) {
    // "cancelled for the rest of the day": the day the story is at ("at the end of the day" is an idiom).
    if (lower(g('unit')) === 'day') {
      if (!/^(?:the\s+)?(?:rest|remainder)\b/i.test(g('mod') ?? '')) return null;
      const ref = anchor.refAge <= 1 && anchor.ref?.m != null && anchor.ref.d != null ? anchor.ref : null;
      return { type: 'DATE', value: ref ? formatDay(toDayNumber({ y: ref.y, m: ref.m!, d: ref.d! })) : dayOffsetValue(anchor, 0) };
    }
    return { type: 'DATE', value: relativeUnitValue(anchor, UNIT_TO_CALENDAR[lower(g('unit'))], 0) };
  },
};

export const weekend: Rule = {
  name: 'weekend',
  needs: ['weekend'],
  source: `(?:the|this|that|last|next)\\s+weekend(?![a-z])`,
  interpret({ anchor, text, direction }) {
    const head = lower(text.split(/\s+/)[0]);
    if (head === 'that') return null;
    const offset = head === 'last' ? -1 : head === 'next' || head === 'this' ? 1 : direction() === 'future' ? 1 : -1;
    return { type: 'DATE', value: anchor.dct ? relativeUnitValue(anchor, 'weekend', offset) : offset < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  },
};

export const theYear: Rule = {
  name: 'the-year',
  source: `the\\s+(?:(?<full>full)\\s+|(?<fresh>new)\\s+)?year(?![a-z'-])`,
  interpret({ g, sentence, start, end, anchor, text }) {
    const after = sentence.slice(end, end + 20);
    // "will step down in the new year", "into the New Year": the year about to begin (or just
    // begun); "the New Year honours" names something.
    if (g('fresh')) {
      if (!/^(?:in|into|after|by|until|till|over|during|early|late|from)$/.test(lastWord(sentence, 0, start)) || !/^\s*(?:[,.;:!?)"”]|$|\s+(?:and|or|but|when|as|if|to)\b)/.test(after)) return null;
      return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y + (anchor.dct.m >= 7 ? 1 : 0)) : 'FUTURE_REF' };
    }
    if (/Year/.test(text)) return null;
    if (g('full')) return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y) : 'XXXX' };
    const before = sentence.slice(Math.max(0, start - 30), start);
    if (/^\s+(?:ended|ending|to\s+\w+\s+\d)/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
    if (/\b(?:for|of|during|in|over|throughout)\s+$/i.test(before) && /^\s*[,.;]|^\s+(?:as|so|and|but)\b/i.test(after)) {
      return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y) : 'XXXX' };
    }
    return null;
  },
};

/** A year stated earlier in the sentence, with its month and day when written: "On May 22, 1995, ...". */
const STATED_YEAR = new RegExp(`(?:(?<month>${MONTH})\\s*(?:(?<day>${DAY}),?\\s*)?|\\b(?:in|of|since|during|by|until|from)\\s+)(?<year>${YEAR})`, 'gi');

/** What an anaphoric expression counts from: a date stated earlier in its sentence, else earlier in the article. */
function referenceBefore(sentence: string, start: number, articleRef: Reference | null): Reference | null {
  STATED_YEAR.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  const before = sentence.slice(0, start);
  while ((m = STATED_YEAR.exec(before))) last = m;
  if (!last?.groups) return articleRef;
  const month = last.groups.month;
  const ref = referenceOf(last.groups.year);
  if (!ref || !month) return ref;
  return { y: ref.y, m: MONTH_NUMBERS[month.toLowerCase().replace(/\.$/, '').slice(0, 3)], d: last.groups.day ? Number.parseInt(last.groups.day, 10) : undefined };
}

const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * Times counted from a date the article has stated, not from the publication date: "the following
 * year", "later that year", "that same day", "the next morning". Without a stated date, none.
 * ("That day" alone is too often no time: "sales were strong that day".)
 */
export const anaphoric: Rule = {
  name: 'anaphoric',
  source: `(?:(?<mod>earlier|later)\\s+)?(?:that(?<same>\\s+same)?\\s+(?<unit>day|week|month|year|(?<pod>morning|afternoon|evening|night))|the\\s+(?<rel>following|next|previous|preceding)\\s+(?<unit2>day|morning|afternoon|evening|night|week|month|year)|the\\s+(?<unit3>day|week|month|year)\\s+(?<side>before|after)(?=\\s*(?:[,.;:)—–]|$)))(?![a-z'’-])`,
  interpret({ g, anchor, sentence, start }) {
    // "rose to 9.4 billion in 2024 from 7.1 billion the year before": one unit before (after) the
    // date the story is at; "the day before the vote" names its own event (not matched).
    const rel = g('side') ? (lower(g('side')) === 'before' ? 'previous' : 'following') : lower(g('rel'));
    const word = lower(g('unit') ?? g('unit2') ?? g('unit3'));
    const unit = word === 'day' || word === 'week' || word === 'month' || word === 'year' ? word : 'day';
    if (g('unit') && unit === 'day' && !g('pod') && !g('mod') && !g('same')) return null;
    // "the next year" counts from the publication date (another rule); "the next day" from the story.
    if (rel === 'next' && unit !== 'day') return null;
    const ref = referenceBefore(sentence, start, anchor.ref);
    if (!ref) return null;
    // "That night, divers searched the wreck": that part of the day the story is at; only a day
    // named in this sentence or the one before ("that evening" further on is too loose).
    if (g('pod')) {
      if (ref.m == null || ref.d == null || (ref === anchor.ref && anchor.refAge > 1)) return null;
      return { type: 'TIME', value: `${anaphoricValue(ref, 'day', 0)}T${partOfDay(g('pod'))}`, anaphoric: true };
    }
    const value = anaphoricValue(ref, unit, rel === 'following' || rel === 'next' ? 1 : rel ? -1 : 0);
    return value ? { type: 'DATE', value, anaphoric: true } : null;
  },
};

/**
 * "Two years later, ...", "A decade later": in a story told from a past year (a flashback), the
 * year so many years after the one the story is at, not a stretch of time. Only years and decades
 * (TimeBank keeps "three days later" a duration), and only when the year counted to is not after
 * publication; else the duration rule reads it.
 */
export const yearsLater: Rule = {
  name: 'years-later',
  needs: ['later'],
  source: `(?<num>${NUM})\\s+(?<unit>years?|decades?|weeks?|months?)\\s+later(?![a-z])`,
  interpret({ g, anchor, sentence, start }) {
    const n = count(g('num'));
    if (n == null || !Number.isInteger(n) || n < 1) return null;
    // A past year the story is telling of holds for a few sentences more than a day does.
    const ref = referenceBefore(sentence, start, anchor.refAge <= 3 ? anchor.ref : null);
    if (!ref) return null;
    const unit = lower(g('unit'));
    // "visited on Oct 3 ... Six weeks later": the day (month) that far after a stated day (month)
    // the story is at, when it is not after publication; else a stretch, as "three days later" is.
    if (unit.startsWith('week') || unit.startsWith('month')) {
      const value = unit.startsWith('week') ? (ref.m != null && ref.d != null ? anaphoricValue(ref, 'day', 7 * n) : null) : anaphoricValue(ref, 'month', n);
      if (!value || (anchor.dct && value.slice(0, 10) > formatDay(anchor.day).slice(0, value.length))) return null;
      return { type: 'DATE', value, anaphoric: true };
    }
    const y = ref.y + n * (lower(g('unit')).startsWith('decade') ? 10 : 1);
    if (anchor.dct && y > anchor.dct.y) return null;
    return { type: 'DATE', value: String(y).padStart(4, '0'), anaphoric: true };
  },
};

/**
 * "That spring, in 1979, ...", "That summer", "The following winter": a season of the year the
 * story is telling of (a year stated just after it, else the stated date before it), never one
 * counted from publication. "The following" season after a year alone: winter ends that year,
 * the others begin the next; after a month, the first such season to begin after it.
 */
export const seasonOfStory: Rule = {
  name: 'season-of-story',
  needs: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  source: `(?:that|the\\s+(?<rel>following|next))\\s+(?<season>spring|summer|autumn|fall|winter)(?![a-z])`,
  interpret({ g, anchor, sentence, start, end }) {
    const code = SEASONS[lower(g('season'))];
    const after = /^,?\s+(?:in\s+)?(\d{4})(?![\d])/.exec(sentence.slice(end, end + 12));
    if (after && !g('rel')) return { type: 'DATE', value: `${after[1]}-${code}`, anaphoric: true };
    const ref = referenceBefore(sentence, start, anchor.refAge <= 3 ? anchor.ref : null);
    if (!ref || (anchor.dct && ref.y >= anchor.dct.y)) return null;
    if (!g('rel')) return { type: 'DATE', value: `${ref.y}-${code}`, anaphoric: true };
    // A season begins in March, June, September or December.
    const begins = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
    const y = ref.m != null ? (begins > ref.m ? ref.y : ref.y + 1) : code === 'WI' ? ref.y : ref.y + 1;
    return { type: 'DATE', value: `${y}-${code}`, anaphoric: true };
  },
};

/**
 * "two summers ago", "three winters ago": counted back in seasons of that name from the last one
 * that has ended before publication ("two summers ago" in January 2025 is the summer of 2023).
 */
export const seasonsAgo: Rule = {
  name: 'seasons-ago',
  needs: ['ago'],
  source: `(?<num>${NUM})\\s+(?<season>springs|summers|autumns|falls|winters)\\s+ago(?![a-z])`,
  interpret({ g, anchor }) {
    const n = count(g('num'));
    if (n == null || !Number.isInteger(n) || n < 1) return null;
    const code = SEASONS[lower(g('season')).slice(0, -1)];
    if (!anchor.dct) return { type: 'DATE', value: `XXXX-${code}` };
    const { y, m } = anchor.dct;
    // Counted in years from this year's season, begun or not ("three summers ago" in October 2025
    // or in January 2025 is the summer of 2022); a winter is the year of its December, so in
    // January and February this winter is last year's.
    const current = code === 'WI' && m <= 2 ? y - 1 : y;
    return { type: 'DATE', value: `${String(current - n).padStart(4, '0')}-${code}` };
  },
};

/** A day value ("2024-10-25") moved by `days`; null for anything else. */
function shiftDay(value: string, days: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? formatDay(toDayNumber({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) + days) : null;
}

/**
 * A day or week next to a named one: "the day before last Tuesday", "the day after March 3",
 * "the week before last", "the week after next".
 */
export const nextToDay: Rule = {
  name: 'next-to-day',
  source: `the\\s+(?<unit>day|week)\\s+(?<side>before|after)\\s+(?:(?<rel>last|next|this)\\s+(?<wd>${WEEKDAY})|(?<wd2>${WEEKDAY})|(?<month>${MONTH})\\s*(?<day>${DAY})(?:,?\\s+(?<year>${YEAR}))?|(?<day2>${DAY})\\s+(?<month2>${MONTH})(?:,?\\s+(?<year2>${YEAR}))?|(?<edge>last|next))(?![a-z\\d])`,
  interpret({ g, anchor, direction }) {
    const week = lower(g('unit')) === 'week';
    const sign = lower(g('side')) === 'before' ? -1 : 1;
    const edge = lower(g('edge'));
    if (edge) {
      // "the week before last", "the week after next"; "the day before last" is too rare to guess.
      if (!week || (edge === 'last') !== (sign < 0)) return null;
      return { type: 'DATE', value: relativeUnitValue(anchor, 'week', 2 * sign) };
    }
    let base: string;
    const wd = g('wd') ?? g('wd2');
    const month = g('month') ?? g('month2');
    if (wd) {
      if (!capitalized(wd)) return null;
      if (!anchor.dct) return null;
      const rel = lower(g('rel'));
      const offset = REL_OFFSET[rel] ?? 0;
      base = weekdayValue(anchor, WEEKDAYS[lower(wd)], offset > 0 ? 'future' : offset < 0 ? 'past' : direction());
      if (offset !== 0 && base === dayOffsetValue(anchor, 0)) base = dayOffsetValue(anchor, 7 * offset);
    } else {
      if (!capitalized(month)) return null;
      const m = monthNumber(month);
      const d = Number.parseInt(g('day') ?? g('day2') ?? '', 10);
      const y = g('year') ?? g('year2');
      if (!isValidDate(y ? Number(y) : 2000, m, d)) return null;
      base = y ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : monthDayValue(anchor, m, d, direction());
    }
    const moved = shiftDay(base, sign * (week ? 7 : 1));
    if (!moved) return null;
    if (!week) return { type: 'DATE', value: moved };
    const [yy, mm, dd] = moved.split('-').map(Number);
    return { type: 'DATE', value: formatWeek(toDayNumber({ y: yy, m: mm, d: dd })) };
  },
};

/**
 * "For the week, the index fell", "the week's busiest session": the week the story is at. Which
 * one that is the text says only loosely (the last date named may be background), so the value
 * leaves it open: a week of the publication year ("1989-WXX"), as TimeML does for such weeks.
 */
export const theWeek: Rule = {
  name: 'the-week',
  source: `the\\s+week(?![a-z-])`,
  interpret({ sentence, start, end, anchor }) {
    const before = sentence.slice(Math.max(0, start - 24), start);
    const after = sentence.slice(end, end + 16);
    const possessive = /^['’]s\s+[a-z"“]/.test(after);
    if (!possessive && !(/\b(?:for|during|over|throughout)\s+$/i.test(before) && /^\s*[,.;]/.test(after))) return null;
    return { type: 'DATE', value: anchor.dct ? `${String(anchor.dct.y).padStart(4, '0')}-WXX` : 'XXXX-WXX' };
  },
};

/** "until then", "by then": the date the sentence before named, at the granularity it was named with. */
export const untilThen: Rule = {
  name: 'until-then',
  source: `then(?![a-z'’-])`,
  interpret({ sentence, start, anchor }) {
    if (!/^(?:until|till|by)$/.test(lastWord(sentence, 0, start))) return null;
    // Only a date named in the sentence before: further back "then" is more often an event's time.
    const ref = anchor.refAge <= 1 ? anchor.ref : null;
    if (!ref) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { type: 'DATE', value: `${String(ref.y).padStart(4, '0')}${ref.m != null ? `-${pad(ref.m)}${ref.d != null ? `-${pad(ref.d)}` : ''}` : ''}` };
  },
};

/**
 * "in the morning", "during the afternoon", "By the evening", "since morning", "through the night":
 * that part of the day the sentence before named, else of the publication day (the new shapes,
 * after "by", "since", "until" or over the night, of the day the story names). ("4 in the morning" is a clock time, another rule.)
 */
export const inThePartOfDay: Rule = {
  name: 'in-the-part-of-day',
  source: `(?<the>the\\s+)?(?<pod>morning|afternoon|evening|night)(?![a-z'’-])`,
  interpret({ g, sentence, start, end, anchor }) {
    const prep = lastWord(sentence, 0, start);
    // "since morning", "until evening": a bare part of the day after a preposition of time.
    if (!g('the') && !/^(?:since|until|till)$/.test(prep)) return null;
    // "By the evening, the road had reopened", "since the morning", "through the night".
    if (!/^(?:in|during|through|throughout|by|since|until|till)$/.test(prep)) return null;
    const pod = lower(g('pod'));
    // "the night" only over it ("through the night", "during the night"): "by the night" is rare, "in the night" often none.
    if (pod === 'night' && !/^(?:during|through|throughout)$/.test(prep)) return null;
    // "By the evening, ..." opening the sentence or after a clause; "by the evening train" modifies a noun.
    const fresh = /^(?:by|since|until|till)$/.test(prep) || pod === 'night';
    // "in the morning session", "in the evening news": the part of day modifies a noun.
    if (/^\s+[a-z]/.test(sentence.slice(end, end + 2)) && !/^\s+(?:and|or|but|to|before|after|when|as|while|with|of|at|on|in|he|she|they|it|we)\b/.test(sentence.slice(end, end + 8))) return null;
    const ref = anchor.refAge <= 1 && anchor.ref?.m != null && anchor.ref.d != null ? anchor.ref : null;
    const day = ref ? formatDay(toDayNumber({ y: ref.y, m: ref.m!, d: ref.d! })) : dayOffsetValue(anchor, 0);
    const value = `${day === 'PRESENT_REF' ? 'XXXX-XX-XX' : day}T${partOfDay(pod)}`;
    // The new shapes take the day the sentence or the story names, as a clock time does (index.ts).
    return fresh && !ref ? { type: 'TIME', value, dayless: true } : { type: 'TIME', value };
  },
};
