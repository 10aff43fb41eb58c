// Token → word memo keyed by the token's characters in place: the build meets ~25 tokens a
// sentence in a million sentences, and cutting each out as a string only to find it in a Map
// (hashing a fresh string, comparing it with the key) cost several times the tokenising itself.
// A token is hashed and compared where it stands in its text; only a token never seen before is
// cut out, turned into its word once, and copied into a character pool.

/** Distinct tokens kept at most: arbitrary input (user queries) cannot grow the memo forever. */
const MAX_ENTRIES = 500_000;

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

export class TokenWords {
  readonly #wordOf: (token: string) => string;
  /** Per entry, its word ('' for a token that yields none). */
  readonly words: string[] = [];
  #hashes = new Int32Array(1024);
  #starts = new Int32Array(1024);
  #lengths = new Int32Array(1024);
  /** The entries' characters, one after the other. */
  #chars = new Uint16Array(1 << 16);
  #charsUsed = 0;
  /** Open addressing: slot → 1 + entry, 0 for empty; kept at most half full. */
  #slots = new Int32Array(2048);

  constructor(wordOf: (token: string) => string) {
    this.#wordOf = wordOf;
  }

  /** The word of `token` (not memoised when the memo is full). */
  wordOf(token: string): string {
    return this.#wordOf(token);
  }

  /**
   * The entry of the token `text.slice(start, end)` (its word is `words[entry]`), added if new;
   * -1 when it is new and the memo is full.
   */
  entryOf(text: string, start: number, end: number): number {
    const hash = hashSpan(text, start, end);
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#slots[slot]! - 1;
      if (entry < 0) break;
      if (this.#hashes[entry] === hash && this.#sameChars(entry, text, start, end)) return entry;
      slot = (slot + 1) & mask;
    }
    return this.words.length >= MAX_ENTRIES ? -1 : this.#add(text, start, end, hash, slot);
  }

  #sameChars(entry: number, text: string, start: number, end: number): boolean {
    const length = this.#lengths[entry]!;
    if (length !== end - start) return false;
    const from = this.#starts[entry]!;
    for (let i = 0; i < length; i++) if (this.#chars[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  #add(text: string, start: number, end: number, hash: number, slot: number): number {
    const entry = this.words.length;
    if (entry === this.#hashes.length) {
      this.#hashes = grown(this.#hashes, entry + 1);
      this.#starts = grown(this.#starts, entry + 1);
      this.#lengths = grown(this.#lengths, entry + 1);
    }
    const length = end - start;
    if (this.#charsUsed + length > this.#chars.length) this.#chars = grown(this.#chars, this.#charsUsed + length);
    for (let i = 0; i < length; i++) this.#chars[this.#charsUsed + i] = text.charCodeAt(start + i);
    this.#hashes[entry] = hash;
    this.#starts[entry] = this.#charsUsed;
    this.#lengths[entry] = length;
    this.#charsUsed += length;
    this.words.push(this.#wordOf(text.slice(start, end)));
    this.#slots[slot] = entry + 1;
    if (2 * this.words.length > this.#slots.length) this.#rehash();
    return entry;
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.words.length; entry++) {
      let slot = this.#hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.#slots = slots;
  }
}

function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(data: T, minimum: number): T {
  const next = new (data.constructor as new (length: number) => T)(Math.max(minimum, data.length * 2));
  next.set(data);
  return next;
}
