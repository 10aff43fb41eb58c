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
  // One (term, sentence, tf) triple per distinct term of each sentence, in sentence order: at
  // most one per term occurrence, so the columns are allocated once.
  const occurrences = chunks.reduce((sum, chunk) => sum + chunk.offsets[chunk.offsets.length - 1]! - chunk.offsets[0]!, 0);
  const termCol = new Uint32Array(occurrences);
  const docCol = new Uint32Array(occurrences);
  const tfCol = new Uint32Array(occurrences);
  let triples = 0;
  let tfScratch = new Uint32Array(1024);
  const seen: number[] = [];

  let doc = 0;
  for (const chunk of chunks) {
    const toGlobal = vocabulary.mapping(chunk.vocabulary);
    if (vocabulary.words.length > tfScratch.length) {
      const grown = new Uint32Array(Math.max(vocabulary.words.length, tfScratch.length * 2));
      grown.set(tfScratch);
      tfScratch = grown;
    }
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

  // Only terms that occur: a shared vocabulary (the build cache's) also holds words of articles
  // no longer in the coverage.
  const termIds = vocabulary.words;
  const occurs = new Uint8Array(termIds.length);
  for (let i = 0; i < triples; i++) occurs[termCol[i]!] = 1;
  const byTerm = Array.from(termIds.keys())
    .filter((id) => occurs[id] === 1)
    .sort((a, b) => byCodeUnit(termIds[a]!, termIds[b]!));
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
    directory: directory.bytes(),
    postings: postings.bytes(),
    lengths: lengthsWriter.bytes(),
  };
}
