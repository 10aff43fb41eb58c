// Builds the sentence index (format in index-format.ts): terms counted per sentence, sorted
// by term with a counting sort, and written as varint columns.
import { INDEX_ENCODING, compareStrings, type SerializedIndex } from './index-format.js';
import { terms } from './terms.js';
import { VarintWriter } from './varint-codec.js';
import { Vocabulary } from './vocabulary.js';

/** Builds the index of `texts`; sentence id i is `texts[i]`. Same input → same output. */
export function buildIndex(texts: readonly string[]): SerializedIndex {
  return buildIndexFromTerms([encodeTerms(texts)]);
}

/**
 * The index terms of many texts in a compact form (the slow part of indexing, tokenising and
 * stemming, done once per text: the incremental build keeps it per article).
 */
export interface EncodedTerms {
  /** The terms `ids` refer to by index (possibly shared with other texts' ids). */
  vocabulary: readonly string[];
  /** The term ids of every text in order, repeats included, one text after the other. */
  ids: Uint32Array | Int32Array;
  /** Text i is `ids[offsets[i]] … ids[offsets[i + 1] - 1]`; one entry more than there are texts. */
  offsets: Uint32Array | Int32Array;
}

export function encodeTerms(texts: readonly string[]): EncodedTerms & { vocabulary: string[]; ids: Uint32Array; offsets: Uint32Array } {
  const idOf = new Map<string, number>();
  const vocabulary: string[] = [];
  const ids = new GrowableUint32();
  const offsets = new Uint32Array(texts.length + 1);
  for (let doc = 0; doc < texts.length; doc++) {
    for (const term of terms(texts[doc] ?? '')) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(term, id);
        vocabulary.push(term);
      }
      ids.push(id);
    }
    offsets[doc + 1] = ids.length;
  }
  return { vocabulary, ids: ids.view().slice(), offsets };
}

/** The index of the texts of `chunks`, in order (sentence ids run through the chunks). */
export function buildIndexFromTerms(chunks: readonly EncodedTerms[]): SerializedIndex {
  const vocabulary = new Vocabulary();
  const docCount = chunks.reduce((sum, chunk) => sum + chunk.offsets.length - 1, 0);
  const lengths = new Uint32Array(docCount);
  // One (term, sentence, tf) triple per distinct term of each sentence, in sentence order: at
  // most one per term occurrence, so the columns are allocated once.
  const occurrences = chunks.reduce((sum, chunk) => sum + chunk.offsets[chunk.offsets.length - 1]! - chunk.offsets[0]!, 0);
  const termCol = new Uint32Array(occurrences);
  const docCol = new Uint32Array(occurrences);
  const tfCol = new Uint32Array(occurrences);
  let triples = 0;
  let tfScratch: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  const seen: number[] = [];

  let doc = 0;
  for (const chunk of chunks) {
    const toGlobal = vocabulary.mapping(chunk.vocabulary);
    if (vocabulary.words.length > tfScratch.length) tfScratch = grow(tfScratch, vocabulary.words.length);
    for (let local = 0; local + 1 < chunk.offsets.length; local++, doc++) {
      const from = chunk.offsets[local]!;
      const to = chunk.offsets[local + 1]!;
      lengths[doc] = to - from;
      for (let k = from; k < to; k++) {
        const id = toGlobal[chunk.ids[k]!]!;
        if (tfScratch[id] === 0) seen.push(id);
        tfScratch[id] = (tfScratch[id] ?? 0) + 1;
      }
      for (const id of seen) {
        termCol[triples] = id;
        docCol[triples] = doc;
        tfCol[triples++] = tfScratch[id]!;
        tfScratch[id] = 0;
      }
      seen.length = 0;
    }
  }

  const termIds = vocabulary.words;
  const byTerm = Array.from(termIds.keys()).sort((a, b) => compareStrings(termIds[a]!, termIds[b]!));
  const sortedTerms = byTerm.map((id) => termIds[id]!);
  const rankOfId = new Uint32Array(termIds.length);
  byTerm.forEach((id, rank) => {
    rankOfId[id] = rank;
  });

  // Counting sort of the triples by term rank; stable, so each term's sentences stay ascending.
  const df = new Uint32Array(sortedTerms.length);
  for (let i = 0; i < triples; i++) df[rankOfId[termCol[i] ?? 0] ?? 0]! += 1;
  const start = new Uint32Array(sortedTerms.length + 1);
  for (let r = 0; r < sortedTerms.length; r++) start[r + 1] = (start[r] ?? 0) + (df[r] ?? 0);
  const cursor = start.slice(0, sortedTerms.length);
  const order = new Uint32Array(triples);
  for (let i = 0; i < triples; i++) {
    const rank = rankOfId[termCol[i] ?? 0] ?? 0;
    order[cursor[rank]!++] = i;
  }

  const postings = new VarintWriter(triples * 2 + 16);
  const directory = new VarintWriter(sortedTerms.length * 2 + 16);
  for (let r = 0; r < sortedTerms.length; r++) {
    const before = postings.length;
    let previous = 0;
    for (let k = start[r] ?? 0; k < (start[r + 1] ?? 0); k++) {
      const i = order[k] ?? 0;
      const doc = docCol[i] ?? 0;
      const tf = tfCol[i] ?? 1;
      const gap = doc - previous;
      previous = doc;
      postings.write(gap * 2 + (tf > 1 ? 1 : 0));
      if (tf > 1) postings.write(tf);
    }
    directory.write(df[r] ?? 0);
    directory.write(postings.length - before);
  }
  const lengthsWriter = new VarintWriter(docCount + 16);
  for (const length of lengths) lengthsWriter.write(length);

  return {
    encoding: INDEX_ENCODING,
    docCount,
    terms: sortedTerms,
    directory: directory.toBase64(),
    postings: postings.toBase64(),
    lengths: lengthsWriter.toBase64(),
  };
}

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
