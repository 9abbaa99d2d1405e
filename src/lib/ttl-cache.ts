/**
 * A small per-process cache for values every request would otherwise recompute (e.g. the
 * published count per department on the home page). Entries are kept per database handle, so
 * tests and tools with their own databases never see each other's values; a value is at most
 * `ttlMs` old, which is also how long another instance's change can take to show.
 */
export function ttlCache<K extends object, A extends string, V>(
  ttlMs: number,
  load: (key: K, arg: A) => Promise<V>,
) {
  const entries = new WeakMap<K, Map<A, { at: number; value: Promise<V> }>>();
  return (key: K, arg: A): Promise<V> => {
    let byArg = entries.get(key);
    if (!byArg) {
      byArg = new Map();
      entries.set(key, byArg);
    }
    const hit = byArg.get(arg);
    if (hit && Date.now() - hit.at < ttlMs) return hit.value;
    const value = load(key, arg);
    byArg.set(arg, { at: Date.now(), value });
    // A failed load is not kept: the next request tries again.
    value.catch(() => byArg.delete(arg));
    return value;
  };
}
