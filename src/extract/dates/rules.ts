import type { Rule } from './grammar.js';
import { clockTime, halfPast, noon, monthDayYear, dayMonthYear, secondDay, weekOfDate, isoDate, numericDate, monthYear, month, weekday, holiday, edgeOfPeriod } from './rules-calendar.js';
import { monthsToQuarterEnd, quarter, quarterCode, quarterReference, periodYearAgo, yearAgo, fiscalYear, halfByParts, bareHalf } from './rules-fiscal.js';
import { anaphoric, midPartOfDay, ago, relativeUnit, dayWords, lastNight, deicticAdjective, earlierInTheUnit, seasonThisYear, presentPastFuture, theUnitEnd, weekend, theYear, nextToDay, theWeek, untilThen, inThePartOfDay, yearsLater, seasonOfStory, seasonsAgo } from './rules-relative.js';
import { year, decade, spelledYear, century, seasonOfYear } from './rules-years.js';
import { spanOfUnits, duration, compoundDuration, raceTime, halfUnit, bareUnits, set, uncountedSpan, seasonSpan } from './rules-spans.js';

export type { Timex } from './grammar.js';

/** The grammar, longest match wins at each position; order only breaks ties. */
export const RULES: Rule[] = [
  clockTime,
  halfPast,
  noon,
  monthDayYear,
  dayMonthYear,
  isoDate,
  numericDate,
  monthYear,
  month,
  quarter,
  monthsToQuarterEnd,
  halfByParts,
  bareHalf,
  edgeOfPeriod,
  quarterCode,
  quarterReference,
  periodYearAgo,
  yearAgo,
  ago,
  nextToDay,
  relativeUnit,
  spanOfUnits,
  dayWords,
  lastNight,
  weekday,
  deicticAdjective,
  earlierInTheUnit,
  seasonThisYear,
  presentPastFuture,
  year,
  decade,
  spelledYear,
  century,
  seasonOfYear,
  theUnitEnd,
  weekend,
  fiscalYear,
  theYear,
  theWeek,
  untilThen,
  inThePartOfDay,
  duration,
  compoundDuration,
  raceTime,
  halfUnit,
  seasonSpan,
  bareUnits,
  holiday,
  set,
  anaphoric,
  yearsLater,
  seasonOfStory,
  seasonsAgo,
  uncountedSpan,
  midPartOfDay,
  secondDay,
  weekOfDate,
];

export interface CompiledRule extends Rule {
  sticky: RegExp;
  /** A search for the rule's needed words, in any case (as its pattern matches them). */
  needed?: RegExp;
}

export const COMPILED_RULES: CompiledRule[] = RULES.map((rule) => ({
  ...rule,
  sticky: new RegExp(rule.source, 'iy'),
  needed: rule.needs ? new RegExp(rule.needs.join('|'), 'gi') : undefined,
}));
