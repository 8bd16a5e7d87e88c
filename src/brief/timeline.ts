import { compareText } from './compare.js';
import type { DateFact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { TimelineEvent } from './model.js';
import { readCalendarValue } from './dates.js';
import { tidy } from '../text/content-words.js';
import { datesTheEvent } from '../questions/clause.js';

export const TIMELINE_MAX = 7;

const PART_OF_DAY = /T(?:MO|MI|AF|EV|NI|DT)$/;

/**
 * Dated events in order: one mark per calendar value, its best-described event. When the articles
 * tell several stories, only the main story's dates (`story`, see stories.ts): a line through
 * unrelated reports' years says nothing.
 */
export function selectTimeline(ctx: BriefContext, max = TIMELINE_MAX, story: ReadonlySet<string> | null = null): TimelineEvent[] {
  const groups = new Map<string, DateFact[]>();
  const inStory = (a: string) => !story || story.has(a);
  for (const f of ctx.table.facts) {
    if (f.kind !== 'date' || f.type !== 'DATE' || !inStory(f.article) || !readCalendarValue(f.value)) continue;
    // "Friday night" (2024-10-25TNI) marks the same day as "Friday".
    const day = f.value.replace(PART_OF_DAY, '');
    (groups.get(day) ?? groups.set(day, []).get(day)!).push(f);
  }
  // Every date of each sentence, to tell whose event a clause is.
  const inSentence = new Map<string, DateFact[]>();
  for (const f of ctx.table.facts) {
    if (f.kind !== 'date') continue;
    const key = `${f.article}:${f.sentence.start}`;
    (inSentence.get(key) ?? inSentence.set(key, []).get(key)!).push(f);
  }
  const ownEvent = (f: DateFact): string | null => {
    if (!f.event) return null;
    // "her statement in an Aug. 8 affidavit": the date is the affidavit's, so the sentence around it is shown instead.
    const raw = ctx.texts.doc(f.article)?.raw;
    if (raw !== undefined && !datesTheEvent(raw, f, f.event)) return null;
    // "X tried again on Thursday to sell the car he used in 2012": an event that holds another date of its sentence is that date's.
    return otherDateIn(f.event, f, inSentence.get(`${f.article}:${f.sentence.start}`) ?? []) ? null : f.event;
  };
  const items: Array<TimelineEvent & { own: boolean; at: string }> = [];
  for (const [value, facts] of groups) {
    const cal = readCalendarValue(value)!;
    const best = [...facts].sort((a, b) => score(b, ownEvent) - score(a, ownEvent) || compareText(a.id, b.id))[0];
    const reportedBy = [best.article, ...ctx.sortArticles(facts.flatMap((f) => [f.article, ...f.corroboratedBy]).filter((a) => a !== best.article && inStory(a)))];
    const own = ownEvent(best);
    // "growth since early 2029", "a target for 2035", "by 2038": with no event of its own the date is a reference point, not a happening.
    if (!own && referencePoint(ctx.texts.doc(best.article)?.raw, best.span.start)) continue;
    const event = own ? tidy(own) : ctx.texts.excerpt(best.article, best.sentence, best.span, 5, 7);
    if (!event || onlyTheDate(event)) continue;
    items.push({
      own: own !== null,
      at: `${best.article}:${best.sentence.start}`,
      rank: Number((score(best, ownEvent) + 0.15 * cal.precision + 0.6 * ctx.corroboration(reportedBy)).toFixed(6)),
      value,
      sortKey: cal.sortKey,
      date: cal.label,
      event,
      facts: facts.map((f) => f.id),
      reportedBy,
    });
  }
  // A bare "2012" with only an excerpt says less than "Feb 2012: shot and killed X" inside it: it gives way.
  // (A finer mark inside a described one stays: "25 Jan" may be another event of "Jan 2016".)
  const described = items.filter((t) => t.own).map((t) => t.value);
  // "savings between 2005 and 2008" is one excerpt, not two events: one mark per excerpted sentence.
  const excerpted = new Set<string>();
  return items
    .filter((t) => t.own || !described.some((v) => v.startsWith(`${t.value}-`)))
    .sort((a, b) => b.rank - a.rank || compareText(a.sortKey, b.sortKey))
    .filter((t) => t.own || (!excerpted.has(t.at) && !!excerpted.add(t.at)))
    .map(({ own: _own, at: _at, ...t }) => t)
    .slice(0, max)
    .sort((a, b) => compareText(a.sortKey, b.sortKey) || compareText(a.value, b.value));
}

function score(f: DateFact, ownEvent: (f: DateFact) => string | null): number {
  return 1 + (ownEvent(f) ? 0.8 : 0) + 0.1 * Math.min(3, f.corroboratedBy.length);
}

/** Whether `event` contains the words of another date fact of the same sentence ("Thursday" inside the event given to "2012"). */
export function otherDateIn(event: string, f: DateFact, sameSentence: DateFact[]): boolean {
  const words = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const inEvent = words(event);
  return sameSentence.some((g) => g !== f && g.span.start !== f.span.start && readCalendarValue(g.value) !== null && words(g.text).trim() !== '' && inEvent.includes(words(g.text)));
}

/**
 * A date after "since", "by", "until", "before", "between", "through" or "for" ("since early 2029",
 * "before the end of 2036"), or closing a span ("between 2035 and 2038").
 */
const REFERENCE_BEFORE = /\b(?:(?:since|by|until|till|before|between|through|for)\s+(?:(?:early|late|mid|the|end|start|beginning|middle|of)[\s-]+)*|between\s+\S+(?:\s+\S+)?\s+and\s+)$/i;

/** Whether the date starting at raw offset `start` follows a word that makes it a reference point. */
export function referencePoint(raw: string | undefined, start: number): boolean {
  return raw !== undefined && REFERENCE_BEFORE.test(raw.slice(Math.max(0, start - 40), start));
}

const CALENDAR_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|on|in|of|the|at|by|and|updated|published|posted|last|am|pm|gmt|utc)$/i;

/** "14 March 2025" under the mark "14 Mar 2025" (a dateline): the event says nothing but its date. */
export function onlyTheDate(event: string): boolean {
  return event
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((w) => CALENDAR_WORDS.test(w));
}
