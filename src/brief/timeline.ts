import { compareText } from './compare.js';
import type { DateFact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { TimelineEvent } from './model.js';
import { readCalendarValue } from './dates.js';
import { tidy } from './content-words.js';
import { datesTheEvent } from '../questions/clause.js';

export const TIMELINE_MAX = 7;

/** Dated events in order: one mark per calendar value, its best-described event. */
export function selectTimeline(ctx: BriefContext, max = TIMELINE_MAX): TimelineEvent[] {
  const groups = new Map<string, DateFact[]>();
  for (const f of ctx.table.facts) {
    if (f.kind !== 'date' || f.type !== 'DATE' || !readCalendarValue(f.value)) continue;
    (groups.get(f.value) ?? groups.set(f.value, []).get(f.value)!).push(f);
  }
  const items: TimelineEvent[] = [];
  for (const [value, facts] of groups) {
    const cal = readCalendarValue(value)!;
    const best = [...facts].sort((a, b) => score(b) - score(a) || compareText(a.id, b.id))[0];
    const reportedBy = [best.article, ...ctx.sortArticles(facts.flatMap((f) => [f.article, ...f.corroboratedBy]).filter((a) => a !== best.article))];
    // "her statement in an Aug. 8 affidavit": the date is the affidavit's, so the sentence around it is shown instead.
    const raw = ctx.texts.doc(best.article)?.raw;
    const own = best.event && (raw === undefined || datesTheEvent(raw, best, best.event)) ? best.event : null;
    const event = own ? tidy(own) : ctx.texts.excerpt(best.article, best.sentence, best.span, 5, 7);
    if (!event) continue;
    items.push({
      rank: Number((score(best) + 0.15 * cal.precision + 0.6 * ctx.corroboration(reportedBy)).toFixed(6)),
      value,
      sortKey: cal.sortKey,
      date: cal.label,
      event,
      facts: facts.map((f) => f.id),
      reportedBy,
    });
  }
  return items
    .sort((a, b) => b.rank - a.rank || compareText(a.sortKey, b.sortKey))
    .slice(0, max)
    .sort((a, b) => compareText(a.sortKey, b.sortKey) || compareText(a.value, b.value));
}

function score(f: DateFact): number {
  return 1 + (f.event ? 0.8 : 0) + 0.1 * Math.min(3, f.corroboratedBy.length);
}
