import type { Doc } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { DateDraft, Extractor } from '../types.js';
import { formatDay, parseIsoDate, toDayNumber } from './calendar.js';
import { eventFor } from './event.js';
import { type Anchor, makeAnchor, referenceOf } from './resolve.js';
import { scanTimexes, type FoundTimex } from './scan.js';
import { directionAt } from './tense.js';

const QUARTERLY_REPORT = /\b(?:first|second|third|fourth)[- ]quarter\b|\bthe (?:latest |fiscal |financial )?quarter\b/i;

/** QUARTERLY_REPORT tries its alternation at every position: first look for the word it needs. */
function reportsQuarter(text: string): boolean {
  return /quarter/i.test(text) && QUARTERLY_REPORT.test(text);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?=T|$)/;

/**
 * "Police said the blast on Friday came at 10:35 a.m.": a clock time that names no day takes the
 * day its sentence names (the nearest one), else the day the sentence before was telling of, when
 * its tense allows; else it keeps the publication day.
 */
function datedClockTimes(found: FoundTimex[], sentence: string, anchor: Anchor): void {
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
    const ref = anchor.ref;
    if (!day && anchor.refAge <= 1 && ref?.m != null && ref.d != null && anchor.dct) {
      const refDay = toDayNumber({ y: ref.y, m: ref.m, d: ref.d });
      const dir = refDay === anchor.day ? null : directionAt(sentence, t.start, t.end);
      if (refDay < anchor.day ? dir !== 'future' : dir !== 'past') day = formatDay(refDay);
    }
    if (day) t.value = day + t.value.slice(t.value.indexOf('T'));
  }
}

/** The other dates of a sentence with one date: none (one shared empty list). */
const NO_OTHERS: readonly FoundTimex[] = [];

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
    const scan = (sentence: string, span: Span) => {
      anchor.refAge++;
      const found = scanTimexes(sentence, anchor);
      if (found.length) datedClockTimes(found, sentence, anchor);
      for (const t of found) {
        // After the sentence, the last date it told counts, one counted from the story's day
        // too ("The next day, ...": the story has moved on).
        const ref = (t.type === 'DATE' || t.type === 'TIME') && !t.dayless ? referenceOf(t.value) : null;
        if (ref) {
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
    if (doc.titleSpan) scan(titleText(doc, doc.titleSpan), doc.titleSpan);
    for (const s of doc.sentences) scan(doc.text.slice(s.start, s.end), s);
    return { facts };
  },
};
