import type { NumberFact } from '../schema/index.js';
import type { TableRefiner } from './types.js';
import { countedThing, sameThing, valueRange, type CountedThing } from './counted-thing.js';

/**
 * Groups larger than this are generic heads ("people") pooled from many unrelated articles;
 * comparing them would cost quadratic time and flag noise, so they are left alone.
 */
const MAX_GROUP = 200;

/**
 * Numbers for the same thing with different values in different articles. Same thing: same unit,
 * head noun and happening ("troops sent"), plus a shared modifier or a stated happening, so bare
 * heads ("10,000 troops" vs "tens of thousands of troops") are never compared. Different values:
 * the ranges the qualifiers allow do not meet, so "more than 3,000" never conflicts with 10,000.
 */
export const conflicts: TableRefiner = {
  name: 'conflicts',
  refine(table) {
    const numbers = table.facts.filter((f): f is NumberFact => f.kind === 'number');
    const groups = new Map<string, Array<{ fact: NumberFact; thing: CountedThing; range: [number, number] }>>();
    for (const fact of numbers) {
      const thing = countedThing(fact.counts);
      if (!thing) continue;
      const key = `${fact.unit}\u0000${thing.head}\u0000${thing.happened.join(' ')}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push({ fact, thing, range: valueRange(fact) });
    }
    const found = new Map<NumberFact, Set<string>>();
    for (const group of groups.values()) {
      if (group.length < 2 || group.length > MAX_GROUP) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (a.fact.article === b.fact.article || !sameThing(a.thing, b.thing)) continue;
          const specific = a.thing.happened.length > 0 || a.thing.modifiers.some((m) => b.thing.modifiers.includes(m));
          if (!specific || rangesMeet(a.range, b.range)) continue;
          (found.get(a.fact) ?? found.set(a.fact, new Set()).get(a.fact)!).add(b.fact.id);
          (found.get(b.fact) ?? found.set(b.fact, new Set()).get(b.fact)!).add(a.fact.id);
        }
      }
    }
    for (const f of numbers) f.conflictsWith = [...(found.get(f) ?? [])].sort();
    return table;
  },
};

function rangesMeet([a0, a1]: [number, number], [b0, b1]: [number, number]): boolean {
  const slack = 1e-9 + 1e-3 * Math.max(Math.abs(a0 === -Infinity ? 0 : a0), Math.abs(b0 === -Infinity ? 0 : b0));
  return a0 <= b1 + slack && b0 <= a1 + slack;
}
