import type { DateFact } from '../../schema/index.js';
import type { QuestionContext } from '../context.js';
import { clozeSentence } from '../cloze.js';
import { type CalendarDate, dateDistractors, formatCalendarDate, parseCalendarDate } from '../distractors/dates.js';
import { corroboration, factKey } from '../fact-key.js';
import { isSelfContained, normalize, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';

export const EVENT_MAX = 140;

/** A date fact a quiz can use: a calendar date (day, month or year) of a named, self-contained event. */
export function datedEvent(fact: DateFact): { when: CalendarDate; event: string } | undefined {
  if (fact.type !== 'DATE' || !fact.event) return undefined;
  const when = parseCalendarDate(fact.value);
  const event = squash(fact.event).replace(/[.;,]+$/, '');
  if (!when || event.length < 8 || event.length > EVENT_MAX || !isSelfContained(event)) return undefined;
  return { when, event };
}

/** Dates that are also right: the same event dated elsewhere, other dates in the same sentence. */
function alsoTrue(ctx: QuestionContext, fact: DateFact): Set<string> {
  const event = fact.event ? normalize(fact.event) : null;
  const out = new Set<string>();
  for (const d of ctx.factsOf('date')) {
    const when = parseCalendarDate(d.value);
    if (!when || d.value === fact.value) continue;
    if ((event && d.event && normalize(d.event) === event) || (d.article === fact.article && d.sentence.start === fact.sentence.start)) out.add(formatCalendarDate(when));
  }
  return out;
}

/** When did the event happen; a sentence cloze when the text names the date but no event. */
export const dateKind: QuestionKindModule = {
  kind: 'date',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    for (const fact of ctx.factsOf('date')) {
      const dated = datedEvent(fact);
      const when = dated?.when ?? parseCalendarDate(fact.value);
      if (!when || fact.type !== 'DATE') continue;
      let stem: string;
      if (dated) {
        stem = ctx.phrases.pick('date', { event: dated.event, source: ctx.attribution(fact, null) }, rng);
      } else {
        // Only when the blank is the written date itself ("in 2019", "on 3 May 2024").
        if (normalize(fact.text) !== normalize(formatCalendarDate(when))) continue;
        const cloze = clozeSentence(ctx, fact);
        if (!cloze) continue;
        stem = ctx.phrases.pick('date', { cloze, source: ctx.attribution(fact, null) }, rng);
      }
      const wrong = dateDistractors(when, alsoTrue(ctx, fact), rng);
      if (wrong.length < 3) continue;
      out.push({
        kind: 'date',
        facts: [fact],
        keys: [factKey(fact)],
        score: 2 + corroboration(fact) + (dated ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: formatCalendarDate(when), distractors: wrong.map(formatCalendarDate) },
      });
    }
    return out;
  },
};
