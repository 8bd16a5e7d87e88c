import seedrandom from 'seedrandom';

/** A seeded source of numbers in [0, 1). */
export type Rng = () => number;

/**
 * An independent stream per purpose: `streamFor(seed, 'student', id, 'order')`. Streams never
 * share state, so adding a question kind does not reshuffle a student's option order.
 */
export function streamFor(seed: string, ...purpose: Array<string | number>): Rng {
  const prng = seedrandom([seed, ...purpose].join('/'));
  return () => prng.quick();
}

export function randomInt(rng: Rng, below: number): number {
  return Math.floor(rng() * below);
}

export function pickOne<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)];
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Answer slots for `n` questions with `width` options each: every slot used equally often (±1). */
export function balancedSlots(rng: Rng, n: number, width = 4): number[] {
  const slots: number[] = [];
  while (slots.length < n) slots.push(...shuffled(rng, Array.from({ length: width }, (_, i) => i)));
  return shuffled(rng, slots.slice(0, n));
}

/**
 * One rank per item (the answer's place among its options, lowest first), from the ranks each item
 * allows, so that over all the items every rank is used about equally often. Items often allow
 * only some ranks (a date told as past a day before its report has no later wrong date; a figure
 * of 97% has few higher shares): drawn one by one, their answers would be the latest or the highest
 * option far more often than one time in four, a cue a test-wise reader learns. The items allowing
 * fewest ranks are placed first; the others fill the ranks used least (ties drawn). -1 for an item
 * that allows none.
 */
export function balancedRanks(rng: Rng, allowed: number[][], width = 4): number[] {
  const used = new Array<number>(width).fill(0);
  const out = new Array<number>(allowed.length).fill(-1);
  const order = allowed.map((_, i) => i).sort((x, y) => allowed[x].length - allowed[y].length || x - y);
  for (const i of order) {
    const ranks = allowed[i];
    if (ranks.length === 0) continue;
    let least = Infinity;
    for (const r of ranks) least = Math.min(least, used[r]);
    const ties = ranks.filter((r) => used[r] === least);
    const rank = ties[randomInt(rng, ties.length)];
    used[rank]++;
    out[i] = rank;
  }
  return out;
}
