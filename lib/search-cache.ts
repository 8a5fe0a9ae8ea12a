/**
 * A least-recently-used cache with a fixed number of entries: what /search keeps of the
 * answers it has worked out, so repeated queries cost a lookup and random ones cannot grow
 * memory without limit. A Map remembers insertion order, so its first key is always the one
 * used longest ago (the same scheme as the body cache in lib/publication.ts).
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`LruCache: maxEntries must be a whole number >= 1, got ${maxEntries}`);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value for `key`, which becomes the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used, dropping the least recently used entry when full. */
  set(key: K, value: V): V {
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as K);
    this.#entries.set(key, value);
    return value;
  }

  /** The cached value for `key`, or `compute()`'s, stored. */
  getOrSet(key: K, compute: () => V): V {
    return this.get(key) ?? this.set(key, compute());
  }
}
