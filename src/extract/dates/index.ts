import type { Doc } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { DateDraft, Extractor } from '../types.js';
import { parseIsoDate } from './calendar.js';
import { eventFor } from './event.js';
import { makeAnchor, referenceOf } from './resolve.js';
import { scanTimexes, type FoundTimex } from './scan.js';

const QUARTERLY_REPORT = /\b(?:first|second|third|fourth)[- ]quarter\b|\bthe (?:latest |fiscal |financial )?quarter\b/i;

/** QUARTERLY_REPORT tries its alternation at every position: first look for the word it needs. */
function reportsQuarter(text: string): boolean {
  return /quarter/i.test(text) && QUARTERLY_REPORT.test(text);
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
      for (const t of found) {
        const ref = t.type === 'DATE' || t.type === 'TIME' ? referenceOf(t.value) : null;
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
