/** Remembers a one-argument function's results by argument (for labels built thousands of times). */
export function cached<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    // has() rather than a check of the value: a result that is undefined is remembered too.
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key) as V;
  };
}
