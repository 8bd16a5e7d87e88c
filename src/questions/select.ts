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

/** What a picked question rules out: the keys it asks rule out any question that asks or shows them; the keys it shows, any question that asks them. */
class Taken {
  private asked = new Map<string, Candidate[]>();
  private shown = new Map<string, Candidate[]>();

  add(c: Candidate): void {
    for (const k of c.keys) push(this.asked, k, c);
    for (const k of c.shows ?? []) push(this.shown, k, c);
  }

  remove(c: Candidate): void {
    for (const k of c.keys) pull(this.asked, k, c);
    for (const k of c.shows ?? []) pull(this.shown, k, c);
  }

  /** The picked questions that rule this candidate out. */
  blockers(c: Candidate): Set<Candidate> {
    const out = new Set<Candidate>();
    for (const k of c.keys) for (const p of [...(this.asked.get(k) ?? []), ...(this.shown.get(k) ?? [])]) out.add(p);
    for (const k of c.shows ?? []) for (const p of this.asked.get(k) ?? []) out.add(p);
    return out;
  }

  blocks(c: Candidate): boolean {
    return c.keys.some((k) => this.asked.has(k) || this.shown.has(k)) || (c.shows ?? []).some((k) => this.asked.has(k));
  }
}

function push<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

function pull(m: Map<string, Candidate[]>, k: string, c: Candidate): void {
  const list = m.get(k)?.filter((x) => x !== c);
  if (list && list.length > 0) m.set(k, list);
  else m.delete(k);
}

/** Two candidates that cannot both be picked. */
export function clash(a: Candidate, b: Candidate): boolean {
  const t = new Taken();
  t.add(a);
  return t.blocks(b);
}

/**
 * Pick up to `count` candidates: kinds take turns (so a quiz mixes them), and within a kind the
 * best score wins, lowered for articles already covered so every article gets asked about. No
 * pick asks what another asks or shows. When the turns end short of `count`, one pick may give
 * way to two or more it was blocking; then an article with no question yet gets one.
 */
export function selectCandidates(candidates: Candidate[], count: number, rng: Rng): Candidate[] {
  const wellFormed = candidates.filter(isWellFormed);
  const byKind = groupBy(wellFormed, (c) => c.kind);
  // A question that rules out many others (a said-what shows four quotes whole) costs the quiz
  // those questions: a little less value per candidate it would block, so a short set keeps its count.
  // (A candidate's keys and shown keys are distinct lists: revealKeys makes them so.)
  const sharing = new Map<string, number>();
  const count1 = (k: string) => sharing.set(k, (sharing.get(k) ?? 0) + 1);
  for (const c of wellFormed) {
    c.keys.forEach(count1);
    c.shows?.forEach(count1);
  }
  const shared = (n: number, k: string) => n + sharing.get(k)! - 1;
  const blocks = new Map(wellFormed.map((c) => [c, Math.min(BLOCK_CAP, (c.shows ?? []).reduce(shared, c.keys.reduce(shared, 0)) * BLOCK_COST)]));
  const jitter = new Map(candidates.map((c) => [c, rng() * 0.5]));
  const kinds = shuffled(rng, [...byKind.keys()].sort());
  const taken = new Taken();
  const covered = new Map<string, number>();
  const picked: Candidate[] = [];
  // The same right answer again and again ("Amara Okafor" five times) makes a dull quiz that students can game.
  const answered = new Map<string, number>();
  const answerOf = (c: Candidate) => (c.draft.form === 'choice' ? normalize(c.draft.answer) : undefined);
  const value = (c: Candidate) =>
    c.score + jitter.get(c)! - blocks.get(c)! - 1.25 * Math.min(...c.facts.map((f) => covered.get(f.article) ?? 0)) - REPEATED_ANSWER * (answered.get(answerOf(c) ?? '') ?? 0);
  const take = (c: Candidate) => {
    picked.push(c);
    taken.add(c);
    for (const a of articlesOf(c)) covered.set(a, (covered.get(a) ?? 0) + 1);
    const answer = answerOf(c);
    if (answer !== undefined) answered.set(answer, (answered.get(answer) ?? 0) + 1);
  };
  const drop = (c: Candidate) => {
    picked.splice(picked.indexOf(c), 1);
    taken.remove(c);
    for (const a of articlesOf(c)) covered.set(a, covered.get(a)! - 1);
    const answer = answerOf(c);
    if (answer !== undefined) answered.set(answer, answered.get(answer)! - 1);
  };
  while (picked.length < count) {
    let progressed = false;
    for (const kind of kinds) {
      if (picked.length === count) break;
      const pool = (byKind.get(kind) ?? []).filter((c) => !taken.blocks(c));
      byKind.set(kind, pool);
      if (pool.length === 0) continue;
      take(pool.reduce((a, b) => (value(b) > value(a) ? b : a)));
      progressed = true;
    }
    if (!progressed) break;
  }
  if (picked.length < count) fillUp(wellFormed, picked, count, taken, covered, value, take, drop);
  coverArticles(wellFormed, picked, count, taken, covered, value, take, drop);
  // Covering an article may have cost two picks for one.
  if (picked.length < count) fillUp(wellFormed, picked, count, taken, covered, value, take, drop);
  return picked;
}

const articlesOf = (c: Candidate) => [...new Set(c.facts.map((f) => f.article))];

/**
 * The turns ended short of `count`: a pick that alone blocks two or more candidates that do not
 * block each other gives way to them, the largest gain first. Each round adds a question, so
 * this ends; it runs only when the quiz is short.
 */
function fillUp(wellFormed: Candidate[], picked: Candidate[], count: number, taken: Taken, covered: Map<string, number>, value: (c: Candidate) => number, take: (c: Candidate) => void, drop: (c: Candidate) => void): void {
  while (picked.length < count) {
    const inQuiz = new Set(picked);
    const free = wellFormed.find((c) => !inQuiz.has(c) && !taken.blocks(c));
    if (free) {
      take(free);
      continue;
    }
    const freed = new Map<Candidate, Candidate[]>();
    for (const c of wellFormed) {
      if (inQuiz.has(c)) continue;
      const by = taken.blockers(c);
      if (by.size === 1) push(freed, [...by][0], c);
    }
    let best: { out: Candidate; in: Candidate[] } | undefined;
    for (const [out, list] of freed) {
      if (list.length < 2) continue;
      const chosen: Candidate[] = [];
      for (const c of [...list].sort((a, b) => value(b) - value(a))) if (!chosen.some((x) => clash(x, c) || clash(c, x))) chosen.push(c);
      // The only question of its article gives way only to one from that article.
      if (articlesOf(out).some((a) => covered.get(a) === 1 && !chosen.some((c) => articlesOf(c).includes(a)))) continue;
      const gain = Math.min(chosen.length, count - picked.length + 1) - 1;
      if (gain > 0 && (!best || gain > best.in.length - 1 || (gain === best.in.length - 1 && value(out) < value(best.out)))) best = { out, in: chosen.slice(0, gain + 1) };
    }
    if (!best) return;
    drop(best.out);
    for (const c of best.in) take(c);
  }
}

/**
 * Every article with a good candidate gets a question: its best candidate that is free goes in,
 * or one that only a pick from an article asked twice or more blocks takes that pick's place.
 * In a full quiz the lowest-valued pick of such an article makes room.
 */
const COVER_TRIES = 8;

function coverArticles(wellFormed: Candidate[], picked: Candidate[], count: number, taken: Taken, covered: Map<string, number>, value: (c: Candidate) => number, take: (c: Candidate) => void, drop: (c: Candidate) => void): void {
  const byArticle = groupBy(wellFormed, (c) => articlesOf(c));
  const spare = (p: Candidate) => articlesOf(p).every((a) => (covered.get(a) ?? 0) >= 2);
  for (const [article, own] of byArticle) {
    if ((covered.get(article) ?? 0) > 0) continue;
    // A full quiz with no article asked twice has no room for another article.
    if (picked.length >= count && !picked.some(spare)) return;
    for (const c of [...own].sort((a, b) => value(b) - value(a)).slice(0, COVER_TRIES)) {
      const by = [...taken.blockers(c)];
      if (!by.every(spare)) continue;
      // Two blockers from one article asked twice would leave it with none.
      const losing = new Map<string, number>();
      for (const p of by) for (const a of articlesOf(p)) losing.set(a, (losing.get(a) ?? 0) + 1);
      if ([...losing].some(([a, n]) => covered.get(a)! - n < 1)) continue;
      let room: Candidate | undefined;
      if (picked.length - by.length >= count) {
        room = [...picked].filter((p) => !by.includes(p) && spare(p) && !articlesOf(p).some((a) => covered.get(a)! - (losing.get(a) ?? 0) < 2)).sort((a, b) => value(a) - value(b))[0];
        if (!room) continue;
      }
      for (const p of by) drop(p);
      if (room) drop(room);
      take(c);
      break;
    }
  }
}
