import type { TokenWords } from './token-words.js';

// Words numbered in order of first sight, shared by many id arrays: the build keeps the word
// sets and index terms of a million sentences as numbers into a few vocabularies rather than as
// millions of strings (each build thread sends the main thread each word of its vocabularies
// once, and the build cache keeps one of each for all its entries).
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
 * Token → id in `vocabulary` of the word it stands for (-1 for none), for the tokens of many
 * texts numbered into one vocabulary (a build thread's): a token costs one lookup in the thread's
 * memo of words (`words`) and one array read.
 */
export class TokenIds {
  readonly vocabulary: Vocabulary;
  readonly #words: TokenWords;
  /** Per entry of `#words`, 1 + its word's id here (0: not looked up yet). */
  #ids = new Int32Array(1024);

  constructor(vocabulary: Vocabulary, words: TokenWords) {
    this.vocabulary = vocabulary;
    this.#words = words;
  }

  idOf(token: string): number {
    return this.idOfSpan(token, 0, token.length);
  }

  /** The id of the token `text.slice(start, end)`. */
  idOfSpan(text: string, start: number, end: number): number {
    const entry = this.#words.entryOf(text, start, end);
    if (entry < 0) return this.#idOfWord(this.#words.wordOf(text.slice(start, end)));
    if (entry >= this.#ids.length) {
      const grown = new Int32Array(Math.max(entry + 1, this.#ids.length * 2));
      grown.set(this.#ids);
      this.#ids = grown;
    }
    const known = this.#ids[entry]!;
    if (known !== 0) return known - 1;
    const id = this.#idOfWord(this.#words.words[entry]!);
    this.#ids[entry] = id + 1;
    return id;
  }

  #idOfWord(word: string): number {
    return word === '' ? -1 : this.vocabulary.idOf(word);
  }
}

/** Sets of ids into a vocabulary that other sets may share: set i is `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
export interface IdSets {
  vocabulary: readonly string[];
  ids: ArrayLike<number>;
  offsets: ArrayLike<number>;
}

/** The sets of `chunks`, in order, as one vocabulary and one pair of typed arrays (cheap to send to a worker). */
export function concatIdSets(chunks: readonly IdSets[]): { vocabulary: string[]; ids: Int32Array; offsets: Int32Array } {
  // The build cache's works all share its vocabulary: their ids are kept as they are (what
  // numbering its words in order gives), copied a chunk at a time rather than mapped id by id.
  const shared = chunks[0]?.vocabulary;
  const sharing = shared !== undefined && chunks.every((chunk) => chunk.vocabulary === shared);
  const vocabulary = sharing ? [...shared] : new Vocabulary();
  const ids = new Int32Array(chunks.reduce((sum, chunk) => sum + chunk.offsets[chunk.offsets.length - 1]! - chunk.offsets[0]!, 0));
  const offsets = new Int32Array(chunks.reduce((sum, chunk) => sum + chunk.offsets.length - 1, 0) + 1);
  let at = 0;
  let set = 0;
  for (const chunk of chunks) {
    const from = chunk.offsets[0]!;
    const to = chunk.offsets[chunk.offsets.length - 1]!;
    const base = at - from;
    if (sharing && chunk.ids instanceof Int32Array) {
      ids.set(chunk.ids.subarray(from, to), at);
      at += to - from;
    } else {
      const toGlobal = vocabulary instanceof Vocabulary ? vocabulary.mapping(chunk.vocabulary) : null;
      for (let k = from; k < to; k++) ids[at++] = toGlobal === null ? chunk.ids[k]! : toGlobal[chunk.ids[k]!]!;
    }
    for (let local = 1; local < chunk.offsets.length; local++) offsets[++set] = base + chunk.offsets[local]!;
  }
  return { vocabulary: vocabulary instanceof Vocabulary ? vocabulary.words : vocabulary, ids, offsets };
}
