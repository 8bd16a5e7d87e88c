import type { TableRefiner } from './types.js';

/** Mark facts reported by several articles. Placeholder: identical number values with the same unit. */
export const corroborate: TableRefiner = {
  name: 'corroborate',
  refine(table) {
    const byKey = new Map<string, Set<string>>();
    const keyOf = (f: (typeof table.facts)[number]) => (f.kind === 'number' ? `n:${f.value}:${f.unit}` : null);
    for (const f of table.facts) {
      const key = keyOf(f);
      if (!key) continue;
      const set = byKey.get(key) ?? new Set<string>();
      set.add(f.article);
      byKey.set(key, set);
    }
    for (const f of table.facts) {
      const key = keyOf(f);
      if (!key) continue;
      f.corroboratedBy = [...(byKey.get(key) ?? [])].filter((a) => a !== f.article).sort();
    }
    return table;
  },
};
