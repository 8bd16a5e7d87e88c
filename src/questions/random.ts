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
