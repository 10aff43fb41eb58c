// Words numbered in order of first sight, shared by many id arrays: the build keeps the word
// sets and index terms of a million sentences as numbers into a few vocabularies rather than as
// millions of strings (each vocabulary is sent to the main thread once per message, and the
// build cache keeps one of each for all its entries).
export class Vocabulary {
  readonly words: string[];
  /** Built on first lookup: a vocabulary read back from the cache is mostly only indexed. */
  #ids: Map<string, number> | null = null;
  readonly #mappings = new WeakMap<readonly string[], Int32Array>();

  constructor(words: string[] = []) {
    this.words = words;
  }

  idOf(word: string): number {
    this.#ids ??= new Map(this.words.map((w, id) => [w, id]));
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.#ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** For each word of `words`, its id here (memoised per array: pass only arrays that no longer grow). */
  mapping(words: readonly string[]): Int32Array {
    if (words === this.words) return Int32Array.from(words, (_, id) => id);
    let mapping = this.#mappings.get(words);
    if (mapping === undefined) {
      mapping = Int32Array.from(words, (word) => this.idOf(word));
      this.#mappings.set(words, mapping);
    }
    return mapping;
  }

  /** `ids` (into `from`) rewritten in place as ids here. */
  adopt<T extends Int32Array | Uint32Array>(ids: T, from: readonly string[]): T {
    if (from === this.words) return ids;
    const mapping = this.mapping(from);
    for (let k = 0; k < ids.length; k++) ids[k] = mapping[ids[k]!]!;
    return ids;
  }
}

/**
 * Token → id in `vocabulary` of the word it stands for (-1 for none), memoised: the articles of
 * a build chunk repeat most of their tokens, so after warm-up a token costs one small-map lookup
 * instead of a word lookup, a global memo and a vocabulary lookup.
 */
export class TokenIds {
  readonly vocabulary: Vocabulary;
  readonly #wordOf: (token: string) => string;
  readonly #ids = new Map<string, number>();

  constructor(vocabulary: Vocabulary, wordOf: (token: string) => string) {
    this.vocabulary = vocabulary;
    this.#wordOf = wordOf;
  }

  idOf(token: string): number {
    let id = this.#ids.get(token);
    if (id === undefined) {
      const word = this.#wordOf(token);
      id = word === '' ? -1 : this.vocabulary.idOf(word);
      this.#ids.set(token, id);
    }
    return id;
  }
}
