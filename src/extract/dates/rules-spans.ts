import { durationValue, shiftedValue } from './resolve.js';

/** Units "in three years" counts ahead by to a date: a point of the calendar at that unit. */
const IN_TIME_UNITS = new Set(['day', 'week', 'month', 'year']);
/**
 * A word that puts the clause ahead ("will", "would", "expects to"): the tense guess alone may
 * take a noun for a verb ("the second stock debut in three months" is a stretch).
 */
/** A past verb of telling before "that ... would": "were told that", "announced that it would". */
const FUTURE_IN_PAST = /\b(?:told|said|announced|warned|learned|learnt|heard|informed|decided|agreed)\b[^.;]*\bthat\b[^.;]*\bwould\b/i;
const FUTURE_AUX = /(?:\b(?:will|would|shall|may|might|could|going\s+to|(?:expects?|expected|plans?|planned|due|set|aims?|hopes?|intends?)\s+to)|'ll)\b/i;
import { alternation } from '../../regex.js';
import { SEASONS, VAGUE_COUNTS, WEEKDAYS, holidayNamed, holidayPattern } from './words.js';
import { MONTH_FULL, NUM, POD, PREMOD, type Rule, SPELLED_NUMBER, UNIT, WEEKDAY, capitalized, count, lastWord, lower, monthNumber, partOfDay, unitWord } from './grammar.js';

/** Durations and sets: "the past three years", "two weeks", "every Monday", "daily". */

export const spanOfUnits: Rule = {
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
};

/** "cut by a quarter", "down nearly a quarter", "rose by about a quarter": a fraction of an amount. */
const QUARTER_FRACTION_BEFORE = /\b(?:by|up|down)\s+(?:(?:about|around|almost|nearly|roughly|some|over|under|more\s+than|less\s+than|just\s+(?:over|under))\s+)?$/i;

/** A spelled count above one: "forty", "twenty-five", "ten" ("a few seconds" is vaguer than a stopwatch). */
const SPELLED_COUNT = new RegExp(`^(?:${SPELLED_NUMBER})$`, 'i');

/** Units a rate is counted per ("a year", "a night"). */
const RATE_UNITS = new Set(['minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);
/**
 * An amount, then at most three words (the thing counted: "flights", "teaching hours") and a
 * bracket, just before "a year": "$410,000 a year", "four flights a week", "2bn francs ($2m) a month".
 */
const RATE_BEFORE = new RegExp(`(?:\\d[\\d,.]*\\s*(?:%|percent|million|billion|trillion|thousand|hundred|cents?|pence|m|bn|tn|k|p)?|\\b(?:${SPELLED_NUMBER})(?:\\s+(?:hundred|thousand|million|billion))?|\\b(?:dozens|hundreds|thousands|millions|billions)(?:\\s+of)?)(?:\\s+(?!(?:a|an|the|in|on|at|for|of|to|by|and|or|from|since|until|over|after|before|than|about|is|was|are|were|be|been)\\s)[a-z-]+){0,3},?(?:\\s*\\([^()]{1,30}\\),?)?\\s+$`, 'i');
/** Verbs in -s that take a stretch of time: "it takes a year", "the hearing lasts a day". */
const SPAN_VERB_BEFORE = /\b(?:takes|lasts|needs|spends|requires|gives|allows|remains|spans|stretches|runs)\s+$/i;
/** A goal or a card "on 71 minutes": the match clock (a verb of scoring or the like before it, then "on"). */
const MATCH_MINUTE_BEFORE = /\b(?:scored|equalised|equalized|levelled|leveled|struck|netted|headed|booked|sent\s+off|replaced|made\s+it\s+[\d-]+|it\s+was\s+[\d-]+)[^.;]{0,30}\bon\s+$/i;

/**
 * "two years a decade ago", "3-1 a minute into the game", "a year of war", "a year or two", "a year
 * and a half", "a year from now": no rate. ("£9,000 a year from March", "£2m a year and save ...":
 * a rate all the same.)
 */
const RATE_NOT_AFTER = /^\s*(?:ago|earlier|later|after|before|into\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:half|game|match|season|term|year|race|trial|strike|war|campaign|tour|round|period|quarter|set|innings)\b|of|or|and\s+(?:a\s+half|an?\s+(?:month|week|day)|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|to\s+date|from\s+(?:now|today|then|that|this|the\s+(?:date|day|time))\b|since|in\s+advance|-|')/i;

export const duration: Rule = {
  name: 'duration',
  needs: ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'centur'],
  source: `${PREMOD}?(?<num>${NUM})(?<half0>\\s+and\\s+a\\s+half)?(?:\\s+(?:to|or|-)\\s+(?<num2>${NUM}))?(?:-|\\s+)(?:(?:full|straight|consecutive|trading|business|working|more|additional|long)\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:-long|-old)?(?![a-z])`,
  interpret({ g, sentence, start, end, text, anchor, direction }) {
    const unit = unitWord(g('unit'));
    const numWord = lower(g('num'));
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(end, end + 12);
    // "a second time": only a count of seconds in figures, or a spelled count of more than one ("Ninety seconds").
    if (unit === 'second' && !/^\d/.test(numWord) && !(/s$/i.test(g('unit') ?? '') && SPELLED_COUNT.test(numWord))) return null;
    // "equalised on 71 minutes", "scored after 12 minutes": a match clock's minute is no stretch of time.
    if (unit === 'minute' && /^\d+$/.test(numWord) && !g('num2') && MATCH_MINUTE_BEFORE.test(before)) return null;
    // "a year-earlier loss", "the year-end": the unit opens a compound the duration does not cover.
    if (/^-[a-z]/i.test(after)) return null;
    // "Some nights the children eat and I don't": a vague count of nights or days opening a
    // clause counts occasions (when), not a stretch of time; "for some days" is one.
    if (/^(?:some|many|most|several)$/.test(numWord) && (unit === 'night' || unit === 'day') && !/\b(?:for|over|within|in|after|spent|took|lasted|last)\s+$/i.test(before)) return null;
    // "a day-long meeting": the article belongs to the noun; the span is "day-long" (uncounted-span).
    if ((numWord === 'a' || numWord === 'an') && /-long$/i.test(text)) return null;
    const article = numWord === 'a' || numWord === 'an';
    // A rate: "£5,140 a year", "four flights a week", "2,000 passengers a day": a set of periods (TimeML SET).
    if (article && !g('num2') && !g('half') && RATE_UNITS.has(unit) && RATE_BEFORE.test(before) && !RATE_NOT_AFTER.test(sentence.slice(end, end + 40))) {
      return unit === 'night' ? { type: 'SET', value: 'XXXX-XX-XXTNI' } : { type: 'SET', value: durationValue(unit, 1) };
    }
    if (article && /^(?:day|week|month|year|quarter)$/.test(unit) && /(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|thousand|cents?|m|bn|tn|k)?|\b(?:times|twice|once|thrice|hundreds|thousands|dozens|millions))\s*$/i.test(before)) {
      return null;
    }
    // "cut by a quarter", "up a quarter": a fraction, not three months.
    // "dropped by roughly a quarter", "up almost a quarter": a hedge between changes nothing.
    if (article && unit === 'quarter' && QUARTER_FRACTION_BEFORE.test(before)) return null;
    // "a couple of weeks": the article is part of the count; without it the match is a piece of one refused above.
    if (numWord.startsWith('couple') && /\ba\s+$/i.test(before)) return null;
    // "a year later" is no duration TimeBank marks; "a minute and a half later" is.
    if (/^\s*(?:later|earlier|ago|after|before)\b/i.test(after) && /^(?:a|an)\s/i.test(text) && !g('half')) return null;
    // A rate ("four flights a week", "$55 a night") is not a duration.
    // ("It takes a year", "the trial lasts a week": a verb, no counted thing.)
    if ((numWord === 'a' || numWord === 'an') && (/\d\s*$/.test(before) || (/[a-z]{3,}s\s+$/.test(before) && !SPAN_VERB_BEFORE.test(before)))) return null;
    // "he will one day return": an unspecified future day.
    if (numWord === 'one' && unit === 'day' && /\b(?:will|would|could|may|might|can|should|must|he|she|they|we|i|you|it)\s+$/i.test(before)) return { type: 'DATE', value: 'FUTURE_REF' };
    if (/^\s*'s\b/.test(after) && unit === 'day') return null;
    // Ages ("a 52-year-old"), fractions ("three-quarters", "a quarter of") and titles are not durations.
    if (/^(?:-|\s+)old\b/i.test(after) || /-old$/i.test(text)) return null;
    // ... but "several quarters of decline" counts quarters of a year: a vague count is no fraction.
    if (unit === 'quarter' && (/-quarters?$/i.test(text) || (/^\s+of\b/i.test(after) && !VAGUE_COUNTS.has(numWord)))) return null;
    if (unit === 'weekend' && /^an?\s/i.test(text)) return null;
    if (/^\p{Lu}/u.test(g('unit') ?? '') && start > 0) return null;
    if (/^(?:one|a|an)$/.test(numWord) && unit === 'day' && /^\s*,/.test(after)) return null;
    let n = g('num2') ? null : count(g('num'));
    // "two years and a half", "three and a half years".
    if (n != null && (g('half') || g('half0'))) n += 0.5;
    // "1998 days" is more often a year before a noun; "1,900 hours" (grouped) is a count.
    if (n != null && /^\d/.test(numWord) && n > 1000 && unit !== 'year' && !/^\d{1,3}(?:,\d{3})+$/.test(numWord)) return null;
    // "will be repaid in five years": the point that far ahead, not a stretch ("for five years",
    // "the first time in five years" are stretches).
    // "Workers were told that the mill would close in six weeks": a future in the past counts from
    // when they were told, not from publication; the stretch is all the sentence gives.
    if (n != null && Number.isInteger(n) && n > 1 && IN_TIME_UNITS.has(unit) && text === `${g('num')} ${g('unit')}` && lastWord(sentence, 0, start) === 'in' && !/^\s*(?:of|to|or|and|ahead|before|after|since)\b/i.test(after) && direction() === 'future' && (FUTURE_AUX.test(before) || FUTURE_AUX.test(after)) && !FUTURE_IN_PAST.test(sentence.slice(0, start))) {
      return { type: 'DATE', value: shiftedValue(anchor, unit, n, 1) };
    }
    return { type: 'DURATION', value: durationValue(unit, n) };
  },
};

/** The smaller unit a compound duration may add to a larger one, and how TimeML writes the pair. */
const COMPOUND_UNITS: Record<string, [string, (a: number, b: number) => string]> = {
  year: ['month', (a, b) => `P${a}Y${b}M`],
  hour: ['minute', (a, b) => `PT${a}H${b}M`],
  minute: ['second', (a, b) => `PT${a}M${b}S`],
};

/** "6 hours 52 minutes", "two years and three months": one duration, not two. */
export const compoundDuration: Rule = {
  name: 'compound-duration',
  needs: ['month', 'minute', 'second'],
  source: `${PREMOD}?(?<n1>${NUM})\\s+(?<u1>years?|hours?|minutes?)(?:,?\\s+and\\s+|\\s+)(?<n2>${NUM})\\s+(?<u2>months?|minutes?|seconds?)(?![a-z])`,
  interpret({ g }) {
    const pair = COMPOUND_UNITS[unitWord(g('u1'))];
    if (!pair || pair[0] !== unitWord(g('u2'))) return null;
    const a = count(g('n1'));
    const b = count(g('n2'));
    if (a == null || b == null || !Number.isInteger(a) || !Number.isInteger(b)) return null;
    return { type: 'DURATION', value: pair[1](a, b) };
  },
};

/**
 * A race or stopwatch time in the abbreviated units of sports results: "3hr 08min 12sec",
 * "2min 05sec", "at 16sec", "17hr 40min 09sec": one duration (PT3H8M12S). Only "hr", "min" and
 * "sec" (with or without a plural s) glued to or one space after the number: "m" and "s" alone are
 * metres and other things.
 */
export const raceTime: Rule = {
  name: 'race-time',
  needs: ['hr', 'min', 'sec'],
  source: `(?:(?<h>\\d{1,3})\\s?hrs?(?:\\s+(?<hm>\\d{1,2})\\s?mins?)?(?:\\s+(?<hs>\\d{1,2})\\s?secs?)?|(?<m>\\d{1,3})\\s?mins?(?:\\s+(?<ms>\\d{1,2})\\s?secs?)?|(?<s>\\d{1,3})\\s?secs?)(?![a-z0-9])`,
  interpret({ g }) {
    const h = g('h');
    const m = g('hm') ?? g('m');
    const s = g('hs') ?? g('ms') ?? g('s');
    let value = 'PT';
    if (h) value += `${Number(h)}H`;
    if (m) value += `${Number(m)}M`;
    if (s) value += `${Number(s)}S`;
    return { type: 'DURATION', value };
  },
};

/** Half of a unit, in the next smaller one where the half is whole. */
const HALF_OF: Record<string, string> = { century: 'P50Y', decade: 'P5Y', year: 'P6M', day: 'PT12H', hour: 'PT30M', minute: 'PT30S' };

/** "half a century", "half an hour": a duration of half the unit. */
export const halfUnit: Rule = {
  name: 'half-unit',
  needs: ['half'],
  source: `${PREMOD}?half\\s+an?\\s+(?<unit>century|decade|year|day|hour|minute)(?![a-z-])`,
  interpret({ g, sentence, end }) {
    // "half a year later": a date counted back or ahead, no stretch TimeBank marks (as "a year later").
    if (/^\s*(?:later|earlier|ago|after|before)\b/i.test(sentence.slice(end, end + 10))) return null;
    return { type: 'DURATION', value: HALF_OF[lower(g('unit'))] };
  },
};

export const bareUnits: Rule = {
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
};

/**
 * Spans without a number: "a day-long meeting", "a decades-long battle" (one unit, or an unknown
 * count of them), "in the months ahead", "over the years".
 */
export const uncountedSpan: Rule = {
  name: 'uncounted-span',
  source: `(?:(?<long>minute|hour|day|week|month|year|decade)(?<plural>s)?-long|the\\s+(?<ahead>days|weeks|months|years)\\s+ahead|the\\s+(?<years>years))(?![a-z'’-])`,
  interpret({ g, sentence, start, end }) {
    const long = lower(g('long'));
    if (long) return { type: 'DURATION', value: durationValue(long, g('plural') ? null : 1) };
    const ahead = lower(g('ahead'));
    if (ahead) return { type: 'DURATION', value: durationValue(unitWord(ahead), null) };
    // "over the years", "in the years since"; not "the years of war".
    const before = lastWord(sentence, 0, start);
    const spanning = /^(?:over|through|throughout|across)$/.test(before) || (before === 'in' && /^\s+(?:that|since|after|before|following|to\s+come)\b/i.test(sentence.slice(end, end + 16)));
    return spanning ? { type: 'DURATION', value: 'PXY' } : null;
  },
};

/** Nouns "annual" scales to a year rather than repeats: "an annual rate", "annual growth", "annualised". */
const ANNUAL_MEASURE = /^(?:\s+(?:average\s+)?(?:rates?|growth|inflation|basis|percentage|increases?|decreases?|rise|fall|declines?|returns?|yields?|equivalent)\b)/i;

export const set: Rule = {
  name: 'set',
  source: `(?:(?<freq>once|twice|thrice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\\s+few)\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<funit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)|(?<every>every|each)\\s+(?<other>other\\s+)?(?:(?<num>${NUM})\\s+)?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<month>${MONTH_FULL})|(?<pod>${POD})|(?<season>spring|summer|fall|autumn|winter)|(?<hol>${holidayPattern()}))|(?<days>\\d+|one|two|three|four|five|six|seven)\\s+(?:days|nights|day|night)\\s+(?:a|per|each)\\s+(?<dunit>week|fortnight)|(?<adv>daily|weekly|monthly|quarterly|annually|annual|yearly|hourly|nightly|biweekly|bimonthly|semiannually|biannually))(?![a-z])`,
  interpret({ g, sentence, start }) {
    const adv = lower(g('adv'));
    if (adv) {
      const next = sentence.slice(start + adv.length, start + adv.length + 20);
      const prev = lastWord(sentence, 0, start);
      // A capital inside the sentence is a title: "The Daily Ledger", "the Weekly Review".
      if (start > 0 && capitalized(g('adv')) && /\S/.test(sentence.slice(0, start))) return null;
      // Adjectives before a noun ("its quarterly dividend", "average daily volume", "the party daily") are not sets.
      if (adv === 'quarterly' && /^\s+[a-z]/.test(next)) return null;
      // A newspaper: "the party daily Renmin Ribao", "the business daily Valorea"; "the daily said".
      if (/^(?:daily|weekly|monthly)$/.test(adv) && (/^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\p{Lu}\p{Ll}/u.test(next) || (/^(?:the|a)$/.test(prev) && /^\s*(?:[,.;:)]|$|\s+(?:said|reported|says|reports|wrote|writes|quoted|quotes|added)\b)/.test(next)))) return null;
      if (adv === 'annually' && /^(?:the|a|an|its|their)$/.test(prev)) return null;
      // "its annual Christmas Appeal", "the annual meeting", "an annual fee", "annual
      // accounts": what is held, paid or counted every year (TimeML SET P1Y, the project's convention;
      // TimeBank leaves "annual sales" unmarked). "an annual rate of 4%", "annual growth": a measure
      // scaled to a year, no recurrence.
      if (adv === 'annual' && ANNUAL_MEASURE.test(next)) return null;
      const map: Record<string, string> = {
        daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', bimonthly: 'P2M', quarterly: 'P3M', annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', semiannually: 'P6M', biannually: 'P6M',
      };
      return { type: 'SET', value: map[adv] };
    }
    // "five days a week", "three nights a week": a working pattern, the week it repeats in (TimeML
    // keeps the period; the count of days would be an attribute), not a span of five days.
    if (g('dunit')) return { type: 'SET', value: durationValue(lower(g('dunit')), 1) };
    if (g('wd')) return capitalized(g('wd')) ? { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[lower(g('wd'))]}` } : null;
    if (g('month')) return capitalized(g('month')) ? { type: 'SET', value: `XXXX-${String(monthNumber(g('month'))).padStart(2, '0')}` } : null;
    if (g('pod')) return { type: 'SET', value: `XXXX-XX-XXT${partOfDay(g('pod'))}` };
    if (g('season')) return { type: 'SET', value: `XXXX-${SEASONS[lower(g('season'))]}` };
    // "every Christmas": that day of every year.
    const hol = g('hol');
    if (hol) {
      if (!capitalized(hol)) return null;
      const h = holidayNamed(hol)!;
      if (h.easter != null) return { type: 'SET', value: 'XXXX-XX-XX' };
      return { type: 'SET', value: `XXXX-${String(h.m).padStart(2, '0')}-${h.d ? String(h.d).padStart(2, '0') : 'XX'}` };
    }
    // "twice a week": TimeML keeps the period (the count would go in freq="2X").
    if (g('funit')) return { type: 'SET', value: durationValue(lower(g('funit')), 1) };
    // "each night", "every night": TimeML's part of any day, not a period of 24 hours.
    if (!g('num') && !g('other') && lower(g('unit')) === 'night') return { type: 'SET', value: 'XXXX-XX-XXTNI' };
    const n = g('num') ? count(g('num')) : 1;
    // "every other week": every second one.
    return { type: 'SET', value: durationValue(unitWord(g('unit')), n != null && g('other') ? n * 2 : n) };
  },
};

/** Season letters of a TimeML duration. */
const SEASON_LETTERS: Record<string, string> = { winters: 'WI', summers: 'SU', autumns: 'FA' };

/** "two winters of cancellations", "the past three summers": a stretch counted in seasons (P2WI). */
export const seasonSpan: Rule = {
  name: 'season-span',
  needs: ['winters', 'summers', 'autumns'],
  source: `(?:the\\s+(?:past|last|next|coming|previous|following)\\s+)?${PREMOD}?(?<num>${NUM})\\s+(?<season>winters|summers|autumns)(?![a-z])`,
  interpret({ g, sentence, end }) {
    const numWord = lower(g('num'));
    if (numWord === 'a' || numWord === 'an') return null;
    if (/^\s*(?:ago|earlier|later|before|after)\b/i.test(sentence.slice(end, end + 10))) return null;
    const n = g('num') ? count(g('num')) : null;
    return { type: 'DURATION', value: `P${n != null && Number.isInteger(n) ? n : 'X'}${SEASON_LETTERS[lower(g('season'))]}` };
  },
};
