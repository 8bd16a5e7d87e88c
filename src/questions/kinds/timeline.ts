import type { DateFact } from '../../schema/index.js';
import { dateRange, formatCalendarDate } from '../distractors/dates.js';
import { corroboration, factKey } from '../fact-key.js';
import { type Rng, shuffled } from '../random.js';
import { capitalize, normalize } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import type { QuestionContext } from '../context.js';
import { datedEvent } from './date.js';
import { surnameResolver } from '../clause.js';
import { groupBy } from '../group.js';
import { storiesOf } from '../stories.js';

const MAX_EVENTS = 4;

/** Order three or four dated events; the options are orders, exactly one of them right. */
export const timeline: QuestionKindModule = {
  kind: 'timeline',
  candidates(ctx, rng) {
    const fullName = surnameResolver(ctx);
    const storyOf = storiesOf(ctx.table);
    const events = ctx
      .factsOf('date')
      .map((fact) => ({ fact, dated: datedEvent(ctx, fact, fullName) }))
      .filter((e): e is DatedFact => e.dated !== undefined);
    const byStory = groupBy(events, (e) => storyOf(e.fact.article));
    const out: Candidate[] = [];
    for (const story of [...byStory.keys()].sort()) {
      const candidate = timelineOf(ctx, rng, byStory.get(story)!);
      if (candidate) out.push(candidate);
    }
    return out;
  },
};

interface DatedFact {
  fact: DateFact;
  dated: NonNullable<ReturnType<typeof datedEvent>>;
}

function timelineOf(ctx: QuestionContext, rng: Rng, events: DatedFact[]): Candidate | undefined {
  const chosen: DatedFact[] = [];
  for (const e of shuffled(rng, events)) {
    if (chosen.length === MAX_EVENTS) break;
    const [start, end] = dateRange(e.dated.when);
    // Overlapping periods ("2024" and "October 2024") have no single right order.
    const clash = chosen.some((c) => {
      const [s, t] = dateRange(c.dated.when);
      return start < t && s < end;
    });
    if (clash || chosen.some((c) => normalize(c.dated.event) === normalize(e.dated.event))) continue;
    chosen.push(e);
  }
  if (chosen.length < 3) return undefined;
  const listed = chosen.map((e) => capitalize(e.dated.event));
  const order = chosen
    .map((e, i) => ({ i, at: dateRange(e.dated.when)[0] }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.i + 1);
  const show = (o: number[]) => o.join(' → ');
  const answer = show(order);
  const distractors: string[] = [];
  for (let tries = 0; distractors.length < 3 && tries < 50; tries++) {
    const o = show(shuffled(rng, order));
    if (o !== answer && !distractors.includes(o)) distractors.push(o);
  }
  if (distractors.length < 3) return undefined;
  const facts = chosen.map((e) => e.fact);
  const stem = ctx.phrases.pick('timeline', { events: listed, count: listed.length }, rng);
  return {
    kind: 'timeline',
    facts,
    keys: facts.map(factKey),
    score: 2 + Math.max(...facts.map(corroboration)),
    draft: { form: 'choice', stem, answer, distractors, details: order.map((n) => `(${n}) ${formatCalendarDate(chosen[n - 1].dated.when)}`) },
  };
}
