import type { QuestionKind } from '../schema/index.js';
import { groupBy } from './group.js';
import { type Rng, shuffled } from './random.js';
import { normalize } from './text.js';
import type { Candidate } from './types.js';

/** Four distinct options for choice questions; the answer never repeated as a distractor. */
export function isWellFormed(c: Candidate): boolean {
  if (c.draft.form === 'true-false') return c.draft.trueStem !== c.draft.falseStem;
  const all = [c.draft.answer, ...c.draft.distractors].map(normalize);
  return c.draft.distractors.length === 3 && new Set(all).size === 4 && all.every((o) => o.length > 0);
}

const REPEATED_ANSWER = 2;
/** Value lost per other candidate a pick would rule out, and at most. */
const BLOCK_COST = 0.05;
const BLOCK_CAP = 1;

/**
 * Pick up to `count` candidates: kinds take turns (so a quiz mixes them), and within a kind the
 * best score wins, lowered for articles already covered so every article gets asked about. No two
 * picks share a fact key.
 */
export function selectCandidates(candidates: Candidate[], count: number, rng: Rng): Candidate[] {
  const wellFormed = candidates.filter(isWellFormed);
  const byKind = groupBy(wellFormed, (c) => c.kind);
  // A question that rules out many others (a said-what shows four quotes whole) costs the quiz
  // those questions: a little less value per candidate it would block, so a short set keeps its count.
  const sharing = new Map<string, number>();
  for (const c of wellFormed) for (const k of c.keys) sharing.set(k, (sharing.get(k) ?? 0) + 1);
  const blocks = new Map(wellFormed.map((c) => [c, Math.min(BLOCK_CAP, c.keys.reduce((n, k) => n + sharing.get(k)! - 1, 0) * BLOCK_COST)]));
  const jitter = new Map(candidates.map((c) => [c, rng() * 0.5]));
  const kinds = shuffled(rng, [...byKind.keys()].sort());
  const usedKeys = new Set<string>();
  const covered = new Map<string, number>();
  const picked: Candidate[] = [];
  // The same right answer again and again ("Amara Okafor" five times) makes a dull quiz that students can game.
  const answered = new Map<string, number>();
  const answerOf = (c: Candidate) => (c.draft.form === 'choice' ? normalize(c.draft.answer) : undefined);
  const value = (c: Candidate) =>
    c.score + jitter.get(c)! - blocks.get(c)! - 1.25 * Math.min(...c.facts.map((f) => covered.get(f.article) ?? 0)) - REPEATED_ANSWER * (answered.get(answerOf(c) ?? '') ?? 0);
  while (picked.length < count) {
    let progressed = false;
    for (const kind of kinds) {
      if (picked.length === count) break;
      const pool = (byKind.get(kind) ?? []).filter((c) => !c.keys.some((k) => usedKeys.has(k)));
      byKind.set(kind, pool);
      if (pool.length === 0) continue;
      const best = pool.reduce((a, b) => (value(b) > value(a) ? b : a));
      picked.push(best);
      progressed = true;
      for (const k of best.keys) usedKeys.add(k);
      for (const f of best.facts) covered.set(f.article, (covered.get(f.article) ?? 0) + 1);
      const answer = answerOf(best);
      if (answer !== undefined) answered.set(answer, (answered.get(answer) ?? 0) + 1);
    }
    if (!progressed) break;
  }
  return picked;
}
