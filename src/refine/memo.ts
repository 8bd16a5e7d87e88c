/** `fn` remembered per argument for one pass: copies of a story repeat the same quotes and counts. */
export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = fn(key)));
    return value as V;
  };
}
