import type { DateFact } from '../../schema/index.js';
import { dateRange, formatCalendarDate } from '../distractors/dates.js';
import { corroboration, factKey } from '../fact-key.js';
import { type Rng, shuffled } from '../random.js';
import { capitalize, normalize } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import type { QuestionContext } from '../context.js';
import { datedEvent } from './date.js';
import { isPastVerb, surnameResolver } from '../clause.js';
import { STOPWORDS } from '../words.js';
import { groupBy } from '../group.js';
import { storiesOf } from '../../stories.js';

const MAX_EVENTS = 4;
const MIN_EVENTS = 3;

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

/** Words after the event's verb that say what happened: names and figures count double, short and function words not. */
const TELLING_MIN = 2;
function tellingWords(event: string): number {
  const words = event.split(' ');
  const head = words.findIndex((w, i) => i > 0 && isPastVerb(w));
  let n = 0;
  for (const w of words.slice(head + 1)) {
    const bareWord = w.replace(/[^\p{L}\p{N}-]/gu, '');
    if (/^(?:\p{Lu}|\p{N})/u.test(bareWord)) n += 2;
    else if (bareWord.length >= 5 && !STOPWORDS.has(bareWord.toLowerCase())) n++;
  }
  return n;
}

/**
 * A timeline item read out of its story must say what happened: "Okafor couched her concern" or
 * "Brandt muddled a controversy" could be anything. Items whose words name the event come first;
 * a vague item is used only when fewer than three others are there, and at most one.
 */
function timelineOf(ctx: QuestionContext, rng: Rng, events: DatedFact[]): Candidate | undefined {
  const chosen: DatedFact[] = [];
  const vague = (e: DatedFact) => tellingWords(e.dated.event) < TELLING_MIN;
  const telling = events.filter((e) => !vague(e)).length;
  const ordered = shuffled(rng, events)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Number(vague(a.e)) - Number(vague(b.e)) || a.i - b.i)
    .map((x) => x.e);
  for (const e of ordered) {
    if (chosen.length === MAX_EVENTS) break;
    if (vague(e) && (telling >= MIN_EVENTS || chosen.some(vague))) continue;
    const [start, end] = dateRange(e.dated.when);
    // Overlapping periods ("2024" and "October 2024") have no single right order.
    const clash = chosen.some((c) => {
      const [s, t] = dateRange(c.dated.when);
      return start < t && s < end;
    });
    if (clash || chosen.some((c) => normalize(c.dated.event) === normalize(e.dated.event))) continue;
    chosen.push(e);
  }
  if (chosen.length < MIN_EVENTS) return undefined;
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
