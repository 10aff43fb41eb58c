// A bounded map that forgets the least recently used entry first: for memos of repeated
// requests (answers, name lookups) that must not grow without limit in a long-running bot.
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    // Re-inserting moves the entry to the end: Map keeps insertion order, the oldest first.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, value);
  }

  /** The remembered value, or `compute()`'s, remembered. */
  getOrCompute(key: K, compute: () => V): V {
    if (this.#entries.has(key)) return this.get(key) as V;
    const value = compute();
    this.set(key, value);
    return value;
  }
}
