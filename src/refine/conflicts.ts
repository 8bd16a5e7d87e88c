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
 * head noun and happening ("nurses hired"), modifiers that agree, and a shared name
 * ("Northland"), so bare heads ("5,000 nurses" vs "thousands of nurses") are never compared.
 * Different values: the ranges the qualifiers allow do not meet, so "more than 2,000" never
 * conflicts with 6,000.
 */
export const conflicts: TableRefiner = {
  name: 'conflicts',
  refine(table) {
    const numbers = table.facts.filter((f): f is NumberFact => f.kind === 'number');
    const groups = new Map<string, Array<{ fact: NumberFact; thing: CountedThing; range: [number, number] }>>();
    for (const fact of numbers) {
      const thing = countedThing(fact.counts);
      // Small counts ("three hostages held") are often partial tallies or change over time.
      if (!thing || (fact.unit == null && Number.isInteger(fact.value) && Math.abs(fact.value) <= 12)) continue;
      const key = `${fact.unit}\u0000${thing.head}\u0000${thing.happened.join(' ')}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push({ fact, thing, range: valueRange(fact) });
    }
    const found = new Map<NumberFact, Set<string>>();
    for (const group of groups.values()) {
      if (group.length < 2 || group.length > MAX_GROUP) continue;
      // An article that gives two different figures for the same words has not told us which thing
      // each one counts ("£20m" and "£12m" both for "the film"), so neither can conflict.
      const ambiguous = new Set<NumberFact>();
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (a.fact.article === b.fact.article && sameThing(a.thing, b.thing) && !rangesMeet(a.range, b.range)) ambiguous.add(a.fact).add(b.fact);
        }
      }
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (a.fact.article === b.fact.article || ambiguous.has(a.fact) || ambiguous.has(b.fact) || !sameThing(a.thing, b.thing)) continue;
          if (!sharesName(a, b) || rangesMeet(a.range, b.range)) continue;
          (found.get(a.fact) ?? found.set(a.fact, new Set()).get(a.fact)!).add(b.fact.id);
          (found.get(b.fact) ?? found.set(b.fact, new Set()).get(b.fact)!).add(a.fact.id);
        }
      }
    }
    for (const f of numbers) f.conflictsWith = [...(found.get(f) ?? [])].sort();
    return table;
  },
};

/**
 * Precision first: both figures must name the same particular thing with a shared capitalised
 * modifier ("Northland troops"); "yearly income" or "councillors" alone may belong to different owners.
 */
function sharesName(a: { fact: NumberFact; thing: CountedThing }, b: { fact: NumberFact; thing: CountedThing }): boolean {
  const names = (f: NumberFact) => new Set((f.counts ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  const inA = names(a.fact);
  const inB = names(b.fact);
  return a.thing.modifiers.some((m) => inA.has(m) && inB.has(m) && b.thing.modifiers.includes(m));
}

function rangesMeet([a0, a1]: [number, number], [b0, b1]: [number, number]): boolean {
  const slack = 1e-9 + 1e-3 * Math.max(Math.abs(a0 === -Infinity ? 0 : a0), Math.abs(b0 === -Infinity ? 0 : b0));
  return a0 <= b1 + slack && b0 <= a1 + slack;
}
