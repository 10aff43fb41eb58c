// Builds the sentence index (format in index-format.ts): terms counted per sentence, sorted
// by term with a counting sort, and written as varint columns.
import { INDEX_ENCODING, compareStrings, type SerializedIndex } from './index-format.js';
import { terms } from './terms.js';
import { VarintWriter } from './varint-codec.js';

/** Builds the index of `texts`; sentence id i is `texts[i]`. Same input → same output. */
export function buildIndex(texts: readonly string[]): SerializedIndex {
  const termIds = new Map<string, number>();
  const lengths = new Uint32Array(texts.length);
  // One (term, sentence, tf) triple per distinct term of each sentence, in sentence order.
  const triples = { term: new GrowableUint32(), doc: new GrowableUint32(), tf: new GrowableUint32() };
  let tfScratch: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  const seen: number[] = [];

  for (let doc = 0; doc < texts.length; doc++) {
    const docTerms = terms(texts[doc] ?? '');
    lengths[doc] = docTerms.length;
    for (const term of docTerms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        if (id >= tfScratch.length) tfScratch = grow(tfScratch, id + 1);
      }
      if (tfScratch[id] === 0) seen.push(id);
      tfScratch[id] = (tfScratch[id] ?? 0) + 1;
    }
    for (const id of seen) {
      triples.term.push(id);
      triples.doc.push(doc);
      triples.tf.push(tfScratch[id] ?? 0);
      tfScratch[id] = 0;
    }
    seen.length = 0;
  }

  const sortedTerms = [...termIds.keys()].sort(compareStrings);
  const rankOfId = new Uint32Array(termIds.size);
  sortedTerms.forEach((term, rank) => {
    rankOfId[termIds.get(term) ?? 0] = rank;
  });

  // Counting sort of the triples by term rank; stable, so each term's sentences stay ascending.
  const df = new Uint32Array(sortedTerms.length);
  const termCol = triples.term.view();
  const docCol = triples.doc.view();
  const tfCol = triples.tf.view();
  for (let i = 0; i < termCol.length; i++) df[rankOfId[termCol[i] ?? 0] ?? 0]! += 1;
  const start = new Uint32Array(sortedTerms.length + 1);
  for (let r = 0; r < sortedTerms.length; r++) start[r + 1] = (start[r] ?? 0) + (df[r] ?? 0);
  const cursor = start.slice(0, sortedTerms.length);
  const order = new Uint32Array(termCol.length);
  for (let i = 0; i < termCol.length; i++) {
    const rank = rankOfId[termCol[i] ?? 0] ?? 0;
    order[cursor[rank]!++] = i;
  }

  const postings = new VarintWriter(termCol.length * 2 + 16);
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
  const lengthsWriter = new VarintWriter(texts.length + 16);
  for (const length of lengths) lengthsWriter.write(length);

  return {
    encoding: INDEX_ENCODING,
    docCount: texts.length,
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

  view(): Uint32Array {
    return this.#data.subarray(0, this.#length);
  }
}

function grow(data: Uint32Array, minimum: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(minimum, data.length * 2));
  next.set(data);
  return next;
}
