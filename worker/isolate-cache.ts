/**
 * A memo kept as long as the isolate lives, for values that never change once stored. The
 * bound only keeps a flood of keys from growing memory; the oldest entry goes first.
 */
export function isolateCache<V>(max: number) {
  const entries = new Map<string, V>()
  return async (key: string, make: () => Promise<V>): Promise<V> => {
    const kept = entries.get(key)
    if (kept !== undefined) return kept
    const value = await make()
    if (entries.size >= max) entries.delete(entries.keys().next().value!)
    entries.set(key, value)
    return value
  }
}

/**
 * A memo of this isolate for values that may change, kept `ttlMs` at most; `forget` drops
 * everything (a change made through this isolate shows at once, elsewhere within `ttlMs`).
 * A failed `make` is not kept, so a storage fault is not answered again from memory.
 */
export function briefCache<V>(ttlMs: number, max: number) {
  const entries = new Map<string, { until: number; value: Promise<V> }>()
  const get = (key: string, make: () => Promise<V>): Promise<V> => {
    const kept = entries.get(key)
    if (kept && kept.until > Date.now()) return kept.value
    entries.delete(key)
    const value = make()
    value.catch(() => entries.get(key)?.value === value && entries.delete(key))
    if (entries.size >= max) entries.delete(entries.keys().next().value!)
    entries.set(key, { until: Date.now() + ttlMs, value })
    return value
  }
  return Object.assign(get, { forget: () => entries.clear() })
}
