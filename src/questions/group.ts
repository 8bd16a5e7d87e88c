/** Group items under a key in one pass (appends in place: linear, unlike spreading a copy). */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (v: V) => K | K[] | undefined): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of keys === undefined ? [] : Array.isArray(keys) ? keys : [keys]) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
