import type { NumberFact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { Difference } from './model.js';
import { figureOf } from './key-numbers.js';
import { DisjointSets } from '../disjoint-sets.js';

export const DIFFERENCES_MAX = 4;

/** Figures the articles disagree on: groups of number facts linked by `conflictsWith`. */
export function selectDifferences(ctx: BriefContext, max = DIFFERENCES_MAX): Difference[] {
  const byId = new Map<string, NumberFact>();
  for (const f of ctx.table.facts) if (f.kind === 'number') byId.set(f.id, f);
  const sets = new DisjointSets();
  for (const f of byId.values()) {
    if (f.conflictsWith.length === 0) continue;
    sets.add(f.id);
    for (const other of f.conflictsWith) if (byId.has(other)) sets.union(f.id, other);
  }
  const groups = new Map<string, NumberFact[]>();
  for (const id of [...sets.ids()].sort()) (groups.get(sets.find(id)) ?? groups.set(sets.find(id), []).get(sets.find(id))!).push(byId.get(id)!);
  const items: Difference[] = [];
  for (const facts of groups.values()) {
    const variants = new Map<string, NumberFact[]>();
    for (const f of facts) {
      const key = `${f.value}|${f.unit ?? ''}`;
      (variants.get(key) ?? variants.set(key, []).get(key)!).push(f);
    }
    if (variants.size < 2) continue;
    const about = facts.map((f) => f.counts?.replace(/\s+/g, ' ').trim()).find(Boolean) ?? null;
    const articles = new Set(facts.flatMap((f) => [f.article, ...f.corroboratedBy]));
    items.push({
      rank: Number((1 + (about ? 0.5 : 0) + 0.5 * ctx.corroboration([...articles])).toFixed(6)),
      about,
      variants: [...variants.values()].map((fs) => ({
        figure: figureOf(fs[0]),
        saidBy: fs.map((f) => ctx.speakerName(f.source)).find(Boolean) ?? null,
        facts: fs.map((f) => f.id),
        reportedBy: ctx.sortArticles(fs.flatMap((f) => [f.article, ...f.corroboratedBy])),
      })),
    });
  }
  return items.sort((a, b) => b.rank - a.rank).slice(0, max);
}
