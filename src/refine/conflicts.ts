import { isCapitalised } from '../text/case.js';
import type { NumberFact } from '../schema/index.js';
import type { TableRefiner } from './types.js';
import { countedThing, sameThing, valueRange, type CountedThing } from './counted-thing.js';
import { memo } from './memo.js';

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
    const groups = new Map<string, Item[]>();
    // Copies of a story, and stories about one thing, repeat the same counted words.
    const thingOf = memo(countedThing);
    const namesOf = memo((counts: string | null) => nameModifiers(thingOf(counts)!, counts));
    for (const fact of numbers) {
      const thing = thingOf(fact.counts);
      // Small counts ("three hostages held") are often partial tallies or change over time.
      if (!thing || (fact.unit == null && Number.isInteger(fact.value) && Math.abs(fact.value) <= 12)) continue;
      const names = namesOf(fact.counts);
      if (!comparable(fact, thing, names)) continue;
      const key = `${fact.unit}\u0000${thing.head}\u0000${thing.happened.join(' ')}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push({ fact, thing, range: valueRange(fact), names });
    }
    const found = new Map<NumberFact, Set<string>>();
    for (const group of groups.values()) {
      if (group.length < 2 || group.length > MAX_GROUP) continue;
      // An article that gives two different figures for the same words has not told us which thing
      // each one counts ("£20m" and "£12m" both for "the film"), so neither can conflict.
      const ambiguous = new Set<NumberFact>();
      for (const same of byArticle(group)) {
        for (let i = 0; i < same.length; i++) {
          for (let j = i + 1; j < same.length; j++) {
            const a = same[i];
            const b = same[j];
            if (sameThing(a.thing, b.thing) && !rangesMeet(a.range, b.range)) ambiguous.add(a.fact).add(b.fact);
          }
        }
      }
      // Only figures sharing a name can conflict: compare within each name's bucket, not all pairs.
      const candidates = group.filter((item) => !ambiguous.has(item.fact));
      for (const named of bucket(candidates, (item) => item.names).values()) {
        for (let i = 0; i < named.length; i++) {
          for (let j = i + 1; j < named.length; j++) {
            const a = named[i];
            const b = named[j];
            if (a.fact.article === b.fact.article || !sameThing(a.thing, b.thing) || rangesMeet(a.range, b.range)) continue;
            (found.get(a.fact) ?? found.set(a.fact, new Set()).get(a.fact)!).add(b.fact.id);
            (found.get(b.fact) ?? found.set(b.fact, new Set()).get(b.fact)!).add(a.fact.id);
          }
        }
      }
    }
    for (const f of numbers) {
      const ids = found.get(f);
      // An empty list stays the one the fact has: most figures conflict with nothing.
      if (ids || f.conflictsWith.length) f.conflictsWith = ids ? [...ids].sort() : [];
    }
    return table;
  },
};

type Item = { fact: NumberFact; thing: CountedThing; range: [number, number]; names: readonly string[] };


/** Items of each article with two or more items in the group, in group order. */
function byArticle(items: readonly Item[]): Item[][] {
  const out = new Map<string, Item[]>();
  for (const item of items) (out.get(item.fact.article) ?? out.set(item.fact.article, []).get(item.fact.article)!).push(item);
  return [...out.values()].filter((same) => same.length > 1);
}

/** Items under each of their keys, in group order. */
function bucket(items: readonly Item[], keysOf: (item: Item) => readonly string[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const item of items) {
    const keys = keysOf(item);
    keys.forEach((key, k) => {
      if (keys.indexOf(key) === k) (out.get(key) ?? out.set(key, []).get(key)!).push(item);
    });
  }
  return out;
}

/**
 * Precision first: both figures must name the same particular thing with a shared capitalised
 * modifier ("Northland troops"); "yearly income" or "councillors" alone may belong to different
 * owners. These are the modifiers of one figure that can be shared that way.
 */
function nameModifiers(thing: CountedThing, counts: string | null): string[] {
  const names = new Set((counts ?? '').split(/[^\p{L}\p{N}]+/u).filter(isCapitalised).map((w) => w.toLowerCase()));
  return thing.modifiers.filter((m) => names.has(m));
}

/** Units of shares, margins and ages: polls and surveys differ by date, question and sample, people by birthday. */
const NOT_COMPARED_UNIT = /%|^points?$|percentage|old$/;
/** Heads that are happenings themselves ("14 dead", "casualties"): no participle needed. */
const EVENT_HEADS = new Set(['death', 'casualty', 'injury', 'injured', 'victim', 'arrest', 'fatality', 'wounded']);

/**
 * Figures that can contradict each other: a count or amount of one happening. Not shares or
 * margins ("17 percent", "two-thirds", "a 20-point lead"), which each poll and date changes; not
 * figures about a name ("$6 million | Ann Lee": raised, spent or owed?); not bare things
 * ("American jobs", "Voss emails") whose counts depend on what is counted, only things that
 * happened ("troops sent", "jobs lost") or casualties.
 */
function comparable(fact: NumberFact, thing: CountedThing, names: readonly string[]): boolean {
  if (fact.unit && NOT_COMPARED_UNIT.test(fact.unit)) return false;
  if (fact.unit == null && Math.abs(fact.value) < 1) return false;
  if (fact.unit == null && /\bpoints?\b/i.test(fact.text)) return false;
  if (capitalisedWords(fact.counts).has(thing.head) || names.includes(thing.head)) return false;
  return thing.happened.length > 0 || EVENT_HEADS.has(thing.head);
}

/** Lower-cased words written with a capital in the counted phrase, with plural -s also folded. */
function capitalisedWords(counts: string | null): Set<string> {
  const out = new Set<string>();
  for (const w of (counts ?? '').split(/[^\p{L}\p{N}]+/u)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase();
    out.add(lower);
    if (lower.length > 3 && lower.endsWith('s')) out.add(lower.slice(0, -1));
  }
  return out;
}

function rangesMeet([a0, a1]: [number, number], [b0, b1]: [number, number]): boolean {
  const slack = 1e-9 + 1e-3 * Math.max(Math.abs(a0 === -Infinity ? 0 : a0), Math.abs(b0 === -Infinity ? 0 : b0));
  return a0 <= b1 + slack && b0 <= a1 + slack;
}
