import { type Rng, randomInt, shuffled } from './random.js';

/** How many random items from elsewhere to try: keeps distractor search linear in the table. */
export const PROBES = 60;

/** The local items in random order, then up to PROBES random picks from everything (repeats possible). */
export function localThenSample<T>(rng: Rng, local: readonly T[], all: readonly T[], probes = PROBES): T[] {
  const out = shuffled(rng, local);
  for (let i = 0; i < probes && all.length > 0; i++) out.push(all[randomInt(rng, all.length)]);
  return out;
}
