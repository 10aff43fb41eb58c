// The index terms of sentences in a compact form: the slow part of indexing (tokenising and
// stemming), done once per text, so the incremental build can keep it per article and
// index-build.ts only counts and sorts.
import { termOfToken, visitTermTokens } from './terms.js';
import { TokenWords } from './token-words.js';
import { TokenIds, Vocabulary } from './vocabulary.js';

/** The index terms of many texts, as ids into a vocabulary. */
export interface EncodedTerms {
  /** The terms `ids` refer to by index (possibly shared with other texts' ids). */
  vocabulary: readonly string[];
  /** The term ids of every text in order, repeats included, one text after the other. */
  ids: Uint32Array | Int32Array;
  /** Text i is `ids[offsets[i]] … ids[offsets[i + 1] - 1]`; one entry more than there are texts. */
  offsets: Uint32Array | Int32Array;
}

/**
 * The index terms of many texts, as ids into `tokenIds`'s vocabulary (by default a new one; a
 * build chunk passes one that all its articles share, so the words need no renumbering).
 */
export function encodeTerms(
  texts: readonly string[],
  tokenIds: TokenIds = termIds(new Vocabulary()),
): EncodedTerms & { vocabulary: string[]; ids: Uint32Array; offsets: Uint32Array } {
  const ids = new GrowableUint32();
  const offsets = new Uint32Array(texts.length + 1);
  for (let doc = 0; doc < texts.length; doc++) {
    visitTermTokens(texts[doc] ?? '', (text, start, end) => {
      const id = tokenIds.idOfSpan(text, start, end);
      if (id >= 0) ids.push(id);
    });
    offsets[doc + 1] = ids.length;
  }
  return { vocabulary: tokenIds.vocabulary.words, ids: ids.view().slice(), offsets };
}

/** Index terms numbered in `vocabulary`, token by token. */
export const termIds = (vocabulary: Vocabulary): TokenIds => new TokenIds(vocabulary, termWords);

// Kept for the life of the thread: a build's chunks share most of their tokens.
const termWords = new TokenWords(termOfToken);

class GrowableUint32 {
  #data: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  #length = 0;

  push(value: number): void {
    if (this.#length === this.#data.length) this.#data = grow(this.#data, this.#length + 1);
    this.#data[this.#length++] = value;
  }

  get length(): number {
    return this.#length;
  }

  view(): Uint32Array {
    return this.#data.subarray(0, this.#length);
  }
}

function grow(data: Uint32Array, minimum: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(minimum, data.length * 2));
  next.set(data);
  return next;
}
