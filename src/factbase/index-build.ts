// Builds the sentence index (format in index-format.ts): terms counted per sentence, sorted
// by term with a counting sort, and written as varint columns.
import { INDEX_ENCODING, type SerializedIndex } from './index-format.js';
import { byCodeUnit } from '../code-unit-order.js';
import { encodeTerms, type EncodedTerms } from './index-terms.js';
import { VarintWriter } from './varint-codec.js';
import { Vocabulary } from './vocabulary.js';

/** Builds the index of `texts`; sentence id i is `texts[i]`. Same input → same output. */
export function buildIndex(texts: readonly string[]): SerializedIndex {
  return buildIndexFromTerms([encodeTerms(texts)]);
}

/** The index of the texts of `chunks`, in order (sentence ids run through the chunks). */
export function buildIndexFromTerms(chunks: readonly EncodedTerms[]): SerializedIndex {
  const vocabulary = new Vocabulary();
  const docCount = chunks.reduce((sum, chunk) => sum + chunk.offsets.length - 1, 0);
  const lengths = new Uint32Array(docCount);
  const toGlobal = chunks.map((chunk) => vocabulary.mapping(chunk.vocabulary));
  const termIds = vocabulary.words;
  // Two passes over the sentences, so that each (term, sentence, tf) triple is written once, straight
  // to its place in term order: the first counts each term's sentences (df), the second writes
  // them. (Collected in sentence order and then counting-sorted through an index array, the
  // triples took four columns of one entry per term occurrence and a scattered read of each.)
  const df = new Uint32Array(termIds.length);
  const lastDoc = new Int32Array(termIds.length).fill(-1);
  let doc = 0;
  chunks.forEach((chunk, c) => {
    const global = toGlobal[c]!;
    for (let local = 0; local + 1 < chunk.offsets.length; local++, doc++) {
      const from = chunk.offsets[local]!;
      const to = chunk.offsets[local + 1]!;
      lengths[doc] = to - from;
      for (let k = from; k < to; k++) {
        const id = global[chunk.ids[k]!]!;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          df[id]!++;
        }
      }
    }
  });

  // Only terms that occur: a shared vocabulary (the build cache's) also holds words of articles
  // no longer in the coverage.
  const byTerm = Array.from(termIds.keys())
    .filter((id) => df[id]! > 0)
    .sort((a, b) => byCodeUnit(termIds[a]!, termIds[b]!));
  const sortedTerms = byTerm.map((id) => termIds[id]!);
  // Where each term's sentences go, by term id; a term's sentences then stay ascending.
  const cursor = new Uint32Array(termIds.length);
  const start = new Uint32Array(sortedTerms.length + 1);
  byTerm.forEach((id, rank) => {
    cursor[id] = start[rank]!;
    start[rank + 1] = start[rank]! + df[id]!;
  });
  const triples = start[sortedTerms.length]!;
  const docCol = new Uint32Array(triples);
  const tfCol = new Uint32Array(triples);
  const tf = new Uint32Array(termIds.length);
  const seen: number[] = [];
  doc = 0;
  chunks.forEach((chunk, c) => {
    const global = toGlobal[c]!;
    for (let local = 0; local + 1 < chunk.offsets.length; local++, doc++) {
      for (let k = chunk.offsets[local]!; k < chunk.offsets[local + 1]!; k++) {
        const id = global[chunk.ids[k]!]!;
        if (tf[id] === 0) seen.push(id);
        tf[id]!++;
      }
      for (const id of seen) {
        const at = cursor[id]!++;
        docCol[at] = doc;
        tfCol[at] = tf[id]!;
        tf[id] = 0;
      }
      seen.length = 0;
    }
  });

  const postings = new VarintWriter(triples * 2 + 16);
  const directory = new VarintWriter(sortedTerms.length * 2 + 16);
  for (let r = 0; r < sortedTerms.length; r++) {
    const before = postings.length;
    let previous = 0;
    for (let k = start[r]!; k < start[r + 1]!; k++) {
      const doc = docCol[k]!;
      const count = tfCol[k]!;
      postings.write((doc - previous) * 2 + (count > 1 ? 1 : 0));
      if (count > 1) postings.write(count);
      previous = doc;
    }
    directory.write(start[r + 1]! - start[r]!);
    directory.write(postings.length - before);
  }
  const lengthsWriter = new VarintWriter(docCount + 16);
  for (const length of lengths) lengthsWriter.write(length);

  return {
    encoding: INDEX_ENCODING,
    docCount,
    terms: sortedTerms,
    directory: directory.bytes(),
    postings: postings.bytes(),
    lengths: lengthsWriter.bytes(),
  };
}
