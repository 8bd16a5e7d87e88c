import type { Doc } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { DateDraft, Extractor } from '../types.js';
import { formatDay, parseIsoDate, toDayNumber } from './calendar.js';
import { eventFor } from './event.js';
import { type Anchor, makeAnchor, referenceOf } from './resolve.js';
import { scanTimexes, type FoundTimex } from './scan.js';
import { directionAt } from './tense.js';
import { HABITUAL } from './grammar.js';

const QUARTERLY_REPORT = /\b(?:first|second|third|fourth)[- ]quarter\b|\bthe (?:latest |fiscal |financial )?quarter\b/i;

/** QUARTERLY_REPORT tries its alternation at every position: first look for the word it needs. */
function reportsQuarter(text: string): boolean {
  return /quarter/i.test(text) && QUARTERLY_REPORT.test(text);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?=T|$)/;
/** A night of a day ("Thursday night", "tonight"), and a clock time of the small hours (before 6am). */
const NIGHT_VALUE = /^\d{4}-\d{2}-\d{2}T(?:NI|2[0-3]:\d\d)$/;
/** A clock time of the morning (before noon): after a night the story told of, the next morning's ("walked on through the night ... reached the hut at 7.50am"). */
const SMALL_HOURS = /T(?:0\d|1[01]):\d\d$/;

const UNTIL_BEFORE = /\b(?:until|till)\s+(?:about\s+|around\s+|after\s+|just\s+after\s+)?$/i;

/**
 * "Police said the blast on Friday came at 10:35 a.m.": a clock time that names no day takes the
 * day its sentence names (the nearest one), else the day the sentence before was telling of, when
 * its tense allows; else it keeps the publication day.
 */
function datedClockTimes(found: FoundTimex[], sentence: string, anchor: Anchor, storyDay: string | null, refIsPlan: boolean, earlierDay: string | null = null): void {
  for (const t of found) {
    if (!t.dayless) continue;
    let day: string | undefined;
    let distance = Infinity;
    for (const o of found) {
      if (o === t || o.dayless || (o.type !== 'DATE' && o.type !== 'TIME')) continue;
      const d = DAY_VALUE.exec(o.value)?.[0];
      const gap = o.start >= t.end ? o.start - t.end : t.start - o.end;
      if (d && gap < distance) {
        day = d;
        distance = gap;
      }
    }
    // "Pupils who often use a phone after midnight": a habit has no day of its own; nor has a
    // time of a month of any year ("In December it is dark by four o'clock").
    // A habit next to the time outweighs a day further off ("who use phones after midnight ...
    // each night ..., a study published on Monday").
    if (day && habitNearer(sentence, t, distance)) day = undefined;
    // "booked from 9am until 6pm", "open between 10am and 4pm": hours a sentence with no day of
    // its own gives as a range are the hours of any day (opening, booking, working hours).
    if (!day && (HABITUAL.test(sentence) || inClockRange(found, t, sentence) || (anchor.dct && found.some((o) => o !== t && o.type === 'DATE' && o.value.startsWith('XXXX-'))))) {
      t.value = 'XXXX-XX-XX' + t.value.slice(t.value.indexOf('T'));
      continue;
    }
    // Else the day the story last named: the one the sentence before stated, or an earlier one
    // when only coarser dates came since ("closed on Sunday night ... last year ... The set,
    // which began at 9.45pm").
    const ref = anchor.ref;
    const told = anchor.refAge <= 1 && !refIsPlan && ref?.m != null && ref.d != null ? ref : storyDay ? referenceOf(storyDay) : null;
    if (!day && told?.m != null && told.d != null && anchor.dct) {
      let refDay = toDayNumber({ y: told.y, m: told.m, d: told.d });
      // "Thursday night ... at 3 a.m.": the small hours after a night are the next day's.
      if (storyDay && NIGHT_VALUE.test(storyDay) && formatDay(refDay) === storyDay.slice(0, 10) && SMALL_HOURS.test(t.value) && refDay < anchor.day) refDay++;
      // "did not reopen until 11:20": the preposition of the time is no cue of tense; the clause's verb is.
      const prep = UNTIL_BEFORE.exec(sentence.slice(Math.max(0, t.start - 24), t.start));
      const dir = refDay === anchor.day ? null : directionAt(sentence, prep ? t.start - prep[0].length : t.start, t.end);
      // "officers had checked the car at about 8pm" (after "found on Sunday morning", "had set out on
      // Saturday"): a past perfect tells of a time before the story's day, the day it told of before.
      if (earlierDay && storyDay && formatDay(refDay) === storyDay.slice(0, 10) && PAST_PERFECT_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start))) {
        const earlier = parseIsoDate(earlierDay.slice(0, 10));
        const e = earlier ? toDayNumber(earlier) : NaN;
        if (e < refDay && refDay - e <= 2) refDay = e;
      }
      if (refDay < anchor.day ? dir !== 'future' : dir !== 'past') day = formatDay(refDay);
    }
    if (day) t.value = day + t.value.slice(t.value.indexOf('T'));
  }
}

/** A past perfect in the clause before a clock time: "had checked the car at", "had already left by". */
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:already|just|not|never|also|first|earlier)\s+)?(?!(?:to|a|an|the|no|been\s+[a-z]+ing)\b)[a-z]{2,}\b[^.;:]*$/;

/**
 * "The port hopes to reopen on Friday", "due by March 1": a day after
 * publication, or the publication day told in the future, is a plan or a deadline, not a day the
 * story's events happened on; a later clock time with no day of its own does not take it.
 */
const PAST_PROGRESSIVE_BEFORE = /\b(?:was|were)\s+(?:also\s+|still\s+|now\s+)?[a-z]{2,}ing\b[^.;:]*$/;

function isPlan(t: FoundTimex, sentence: string, anchor: Anchor): boolean {
  if (!anchor.dct) return false;
  const ymd = parseIsoDate(DAY_VALUE.exec(t.value)?.[0]);
  if (!ymd) return false;
  const day = toDayNumber(ymd);
  if (day > anchor.day) return true;
  if (day !== anchor.day) return false;
  // "said it was laying on extra buses on Monday": a past progressive before the publication day is an arrangement.
  if (PAST_PROGRESSIVE_BEFORE.test(sentence.slice(Math.max(0, t.start - 80), t.start))) return true;
  return directionAt(sentence, t.start, t.end) === 'future';
}

/** "a year earlier", "two years before": the count of years, else null. */
const YEARS_EARLIER = /^(?<n>a|an|one|two|three|four|five|\d{1,2})\s+years?\s+(?:earlier|before)$/i;
const SMALL_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
/** A verb of reporting just before a date ("filed last month", "published on Monday"): the date of the report. */
const REPORTED_BEFORE = /\b(?:filed|published|released|announced|reported|disclosed|issued|posted)\s+(?:[\w'’-]+\s+){0,5}(?:on\s+|in\s+)?$/i;
/** A stated calendar value a year count can move: a year, month, day, quarter or half. */
const MOVABLE = /^(\d{4})(-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?$/;

/**
 * "86,000 at the end of December, up from 79,000 a year earlier", "sales in the second quarter
 * were lower than a year earlier": a year count back from the date the sentence has just stated
 * is the same period that many years before it, not a year counted from publication.
 */
function yearsBeforeStated(found: FoundTimex[], sentence: string): void {
  for (const t of found) {
    if (t.rule !== 'ago' && t.rule !== 'year-ago') continue;
    const m = YEARS_EARLIER.exec(sentence.slice(t.start, t.end));
    if (!m?.groups) continue;
    const n = SMALL_COUNTS[m.groups.n.toLowerCase()] ?? Number(m.groups.n);
    let stated: RegExpExecArray | null = null;
    for (const o of found) {
      if (o.end > t.start) break;
      if (o.type !== 'DATE' || o.anaphoric) continue;
      // "according to accounts filed last month": when the figures were reported, not the period compared.
      if (REPORTED_BEFORE.test(sentence.slice(Math.max(0, o.start - 60), o.start))) continue;
      stated = MOVABLE.exec(o.value) ?? stated;
    }
    if (stated) t.value = String(Number(stated[1]) - n).padStart(4, '0') + (stated[2] ?? '');
  }
}

/** A verb of saying in the past: the words of a quotation it reports were spoken before now. */
const PAST_SPEECH_CUE = /\b(?:said|told|added|declared|insisted)\b/;
const OPENING_QUOTE = /["“]/;

/** How often `mark` occurs in s[0, at). */
function countBefore(s: string, mark: string, at: number): number {
  let n = 0;
  for (let i = s.indexOf(mark); i >= 0 && i < at; i = s.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * Whether `at` lies inside a quotation of the sentence (an odd count of straight marks, or an open
 * curly one), counting from a quotation left open by the sentence before when `open`.
 */
function insideQuote(sentence: string, at: number, open = false): boolean {
  const straight = (open ? 1 : 0) + countBefore(sentence, '"', at);
  const curly = countBefore(sentence, '\u201c', at) - countBefore(sentence, '\u201d', at);
  return straight % 2 === 1 || curly > 0;
}

/**
 * "Lumora on Tuesday unveiled ..." ... "Today they are on my face," its chief said: "today",
 * "tonight", "tomorrow" or "yesterday" quoted from words the story says were spoken (a past verb of saying, in the sentence
 * or the one before it) on the past day its lead tells of is that day, not the publication day.
 */
function spokenOnLeadDay(found: FoundTimex[], sentence: string, previous: string, leadDay: string, open: boolean, openCued: boolean): void {
  for (const t of found) {
    const word = sentence.slice(t.start, t.end).toLowerCase();
    if (t.rule !== 'day-words' || !/^(?:today|tonight|overnight|tomorrow|yesterday)$/.test(word)) continue;
    if (!insideQuote(sentence, t.start, open)) continue;
    const cued = PAST_SPEECH_CUE.test(sentence) || (OPENING_QUOTE.test(sentence[0] ?? '') && PAST_SPEECH_CUE.test(previous)) || (open && openCued);
    if (!cued) continue;
    const day = DAY_VALUE.exec(t.value)?.[0];
    if (!day) continue;
    // "Tomorrow we go again," spoken on the lead day: the day after it, not after publication.
    const shift = word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0;
    const lead = parseIsoDate(leadDay);
    if (lead) t.value = formatDay(toDayNumber(lead) + shift) + t.value.slice(day.length);
  }
}

/** The past day (within a week before publication) the story's first dated body sentence tells of. */
function leadDayOf(found: FoundTimex[], anchor: Anchor): string | null {
  for (const t of found) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const day = DAY_VALUE.exec(t.value)?.[0];
    if (!day || t.dayless) return null;
    const ymd = parseIsoDate(day);
    if (!ymd) return null;
    const gap = anchor.day - toDayNumber(ymd);
    return gap >= 1 && gap <= 7 ? day : null;
  }
  return null;
}

const RANGE_OPEN = /\b(?:from|between)\s+$/i;
const RANGE_JOIN = /^\s*(?:to|until|till|and|[-–])\s*$/i;

/** Whether a dayless clock time begins or ends a range of hours ("from 9am until 6pm", "between 10am and 4pm"). */
function inClockRange(found: FoundTimex[], t: FoundTimex, sentence: string): boolean {
  const i = found.indexOf(t);
  const next = found[i + 1];
  if (next?.dayless && RANGE_JOIN.test(sentence.slice(t.end, next.start)) && RANGE_OPEN.test(sentence.slice(Math.max(0, t.start - 10), t.start))) return true;
  const prev = found[i - 1];
  return !!prev?.dayless && RANGE_JOIN.test(sentence.slice(prev.end, t.start)) && RANGE_OPEN.test(sentence.slice(Math.max(0, prev.start - 10), prev.start));
}

/** Whether a word of habit lies nearer the time than `distance` (the gap to its nearest day). */
function habitNearer(sentence: string, t: FoundTimex, distance: number): boolean {
  const from = Math.max(0, t.start - distance + 1);
  return HABITUAL.test(sentence.slice(from, t.end + distance - 1));
}

/** The other dates of a sentence with one date: none (one shared empty list). */
const NO_OTHERS: readonly FoundTimex[] = [];

/**
 * A stamp line's label and what follows it on the line. Only "Published": an "Updated" or
 * "Posted" row of a copied page is page furniture (tests/ingest/copied-pages.test.ts).
 */
const STAMP_LINE = /^[ \t]*(?:first\s+)?published(?:\s+on)?[ \t]*:?[ \t]*(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^\n]{4,60}$/gim;

/**
 * The dated part of a web stamp line ("Published: 6:14 PM CDT Mar. 19, 2025") that the cleaner
 * blanked between the headline and the first sentence, in raw = text coordinates (plain text only).
 */
function stampLine(doc: Doc): Span | null {
  if (doc.offsets || !doc.sentences.length) return null;
  const from = doc.titleSpan?.end ?? 0;
  const to = doc.sentences[0].start;
  if (to - from < 12 || to - from > 2000) return null;
  const region = doc.raw.slice(from, to);
  STAMP_LINE.lastIndex = 0;
  const m = STAMP_LINE.exec(region);
  if (!m) return dateLine(doc, from, region);
  const label = /^[^:\d]*:?[ \t]*/.exec(m[0])?.[0].length ?? 0;
  const start = from + m.index + label;
  const end = from + m.index + m[0].trimEnd().length;
  // Only a line the cleaner blanked: a stamp kept in the body is scanned with its sentence.
  return doc.text.slice(start, end).trim() ? null : { start, end };
}

/**
 * A line of its own that is only a date ("Thursday 6 March 2025" under a press release's label),
 * or a dateline opening the first sentence's line ("ABOFRAM, Aug. 13 –"): the day the story is
 * dated, blanked by the cleaner, in raw = text coordinates.
 */
const DATE_ONLY_LINE = /^[ \t]*((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}\.?,?[ \t]+\d{4}|[a-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}))[ \t]*$/im;
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu} .'’-]{2,40}(?:,[ \t]*\p{Lu}[\p{L} .'’-]{1,30})?,[ \t]+((?:\p{Lu}[a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{Lu}[a-z]{2,8})(?:,?[ \t]+\d{4})?)[ \t]*(?:[–—-]|\(\p{Lu}+\))[ \t]*$/mu;

function dateLine(doc: Doc, from: number, region: string): Span | null {
  // The dateline's line ends where the first sentence begins: the region is cut there.
  // A date line heads the body: only blank lines between it and the first sentence (a page's
  // "Published / 2 December 2024 / Share" rows are furniture).
  const line = DATE_ONLY_LINE.exec(region);
  const m = line && !region.slice(line.index + line[0].length).trim() ? line : DATELINE.exec(region);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  return doc.text.slice(start, end).trim() ? null : { start, end };
}

/** The headline's text: the cleaner blanks it in Doc.text, but its dates are facts too. */
function titleText(doc: Doc, span: Span): string {
  if (!doc.offsets) return doc.raw.slice(span.start, span.end);
  let out = '';
  for (let i = span.start; i < span.end; i++) out += doc.raw[doc.offsets[i]] ?? ' ';
  return out;
}

/** Dates, times, durations and sets (TimeML TIMEX3), normalized against the publication date. */
export const datesExtractor: Extractor = {
  name: 'dates',
  extract(doc) {
    const anchor = makeAnchor(parseIsoDate(doc.article.published), () => reportsQuarter(doc.text));
    const facts: DateDraft[] = [];
    // Only a date the article states: one guessed from other articles may be months off.
    const published = doc.article.publishedFrom === 'metadata' || doc.article.publishedFrom === 'text' ? doc.article.published : undefined;
    // The story's day: told by the first body sentence with a date, when it is one of the days before publication.
    let leadDay: string | null = null;
    // The last calendar day the text stated (not a clock time's guessed one): what a later clock time with no day of its own belongs to.
    let lastDay: string | null = null;
    // The day the text stated before lastDay's, when earlier: what a past perfect goes back to.
    let earlierDay: string | null = null;
    // Whether the last stated date (anchor.ref) is a plan or deadline (isPlan).
    let refIsPlan = false;
    let bodySentences = 0;
    let previous = '';
    // Whether the body sentence before ended inside a quotation.
    let quoteOpen = false;
    let quoteCued = false;
    const scan = (sentence: string, span: Span, body: boolean) => {
      anchor.refAge++;
      const found = scanTimexes(sentence, anchor);
      if (found.length) datedClockTimes(found, sentence, anchor, lastDay, refIsPlan, earlierDay);
      if (found.length > 1) yearsBeforeStated(found, sentence);
      if (body && anchor.dct) {
        if (bodySentences < 2 && leadDay === null && found.length) {
          leadDay = leadDayOf(found, anchor);
          bodySentences = 2;
        } else bodySentences++;
        if (leadDay && found.length) spokenOnLeadDay(found, sentence, previous, leadDay, quoteOpen, quoteCued);
        // A quotation of several sentences: "We lost today. Tomorrow we go again," she said.
        const open = insideQuote(sentence, sentence.length, quoteOpen);
        // ... whose first sentence, or the one before it, has a past verb of saying.
        if (open && !quoteOpen) quoteCued = PAST_SPEECH_CUE.test(sentence) || PAST_SPEECH_CUE.test(previous);
        quoteOpen = open;
        previous = sentence;
      }
      for (const t of found) {
        // After the sentence, the last date it told counts, one counted from the story's day
        // too ("The next day, ...": the story has moved on).
        const ref = (t.type === 'DATE' || t.type === 'TIME') && !t.dayless ? referenceOf(t.value) : null;
        const plan = ref?.d != null && isPlan(t, sentence, anchor);
        if (ref?.d != null && !plan) {
          if (lastDay && lastDay.slice(0, 10) < t.value.slice(0, 10)) earlierDay = lastDay;
          else if (lastDay && lastDay.slice(0, 10) > t.value.slice(0, 10)) earlierDay = null;
          lastDay = t.value;
        }
        // "walked on through the night": the night of the story's day, dated above, is the last time it told of.
        else if (t.dayless && t.rule === 'in-the-part-of-day' && NIGHT_VALUE.test(t.value)) lastDay = t.value;
        if (ref) {
          refIsPlan = plan;
          anchor.ref = ref;
          anchor.refAge = 0;
        }
        const others = found.length > 1 ? found.filter((o) => o !== t && (o.type === 'DATE' || o.type === 'TIME')) : NO_OTHERS;
        facts.push({
          kind: 'date',
          span: { start: span.start + t.start, end: span.start + t.end },
          sentence: { start: span.start, end: span.end },
          extractor: `dates/${t.rule}`,
          type: t.type,
          value: t.value,
          event: eventFor(sentence, t.start, t.end, t, others, published),
        });
      }
    };
    if (doc.titleSpan) scan(titleText(doc, doc.titleSpan), doc.titleSpan, false);
    // "Published: 6:14 PM CDT Mar. 19, 2025": the web stamp between headline and body, blanked by
    // the cleaner, states the publication day and time.
    const stamp = stampLine(doc);
    if (stamp) scan(doc.raw.slice(stamp.start, stamp.end), stamp, false);
    for (const s of doc.sentences) scan(doc.text.slice(s.start, s.end), s, true);
    return { facts };
  },
};
