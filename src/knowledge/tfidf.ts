// Inverted TF-IDF index over sentences (document i = sentence id i). A query touches only the
// postings of its own terms, unlike natural's TfIdf.tfidfs(), which scores every document.
//
// Score of sentence d for a query (query terms counted with repeats, as natural does), summed
// over the query's distinct terms from the rarest (lowest df, then term order) to the commonest:
//
//   score(d) = Σ_t  qtf(t) · idf(t) · tf(t, d) · (K1 + 1) / (tf(t, d) + K1 · norm(d))
//   idf(t)   = 1 + ln(N / (1 + df(t)))                      — natural's TfIdf.idf, unchanged
//   norm(d)  = 1 − B + B · len(d) / avgLen
//
// N = number of sentences, df(t) = sentences containing t, tf(t, d) = occurrences of t in d,
// len(d) = number of terms in d, avgLen = Σ len / N (1 when there are no terms at all).
// That is natural's tf × idf with BM25's tf saturation and length normalisation (the usual
// K1 = 1.2, B = 0.75): a long sentence that mentions everything does not outrank a short one
// that is about the query, and a word repeated in one sentence does not dominate. On the
// evaluation set this raised hit@1 from 0.58 (plain tf / norm) to 0.66; plain tf × idf gave 0.64.
// Ties are broken by the lower sentence id, so results are deterministic.
import { z } from 'zod';
import { queryTerms, terms } from './terms.js';

/** BM25's B: how much sentence length counts (0 = not at all, 1 = fully). */
export const LENGTH_NORMALISATION = 0.75;
/** BM25's K1: how fast repeats of a term in one sentence stop adding to its score. */
export const TF_SATURATION = 1.2;
const K1_PLUS_1 = TF_SATURATION + 1;
export const DEFAULT_SEARCH_LIMIT = 10;

export const INDEX_ENCODING = 'tfidf-varint-v1';


/**
 * The index as stored inside the fact base. Numbers are packed as unsigned LEB128 varints and
 * base64-encoded, because validating and parsing millions of JSON numbers is slow:
 * - `terms`: every distinct term, sorted (UTF-16 order), so lookups are a binary search.
 * - `directory`: per term, in `terms` order: df, then the byte length of its postings.
 * - `postings`: per term, its sentences in ascending order: varint(gap·2 + (tf > 1 ? 1 : 0)),
 *   followed by varint(tf) when tf > 1. The gap is from the previous sentence id (first: from 0).
 * - `lengths`: per sentence, its number of terms.
 */
export const SerializedIndexSchema = z.object({
  encoding: z.literal(INDEX_ENCODING),
  docCount: z.number().int().nonnegative(),
  terms: z.array(z.string()),
  // base64; checked when decoded (a regex over tens of MB would cost more than the decoding).
  directory: z.string(),
  postings: z.string(),
  lengths: z.string(),
});
export type SerializedIndex = z.infer<typeof SerializedIndexSchema>;

export interface SearchHit {
  sentenceId: number;
  score: number;
}

export interface SearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /** Only sentences for which this returns true are returned. */
  filter?: (sentenceId: number) => boolean;
}

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

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

/** A query term with what the search needs to schedule and score it. */
interface QueryTerm {
  rank: number;
  df: number;
  /** Query count × idf. */
  weight: number;
  /** The most this term can add to any sentence's score. */
  upperBound: number;
}

// Bounds are compared with this much slack, so a float rounding difference between a bound and
// a real score can never prune a sentence that belongs in the results.
const BOUND_SLACK = 1 + 1e-9;
// tf is stored in a byte; the rare larger counts live in a side table.
const TF_OVERFLOW = 255;

export class TfIdfIndex {
  readonly docCount: number;
  readonly #terms: readonly string[];
  /** Postings of term r are positions termStart[r] .. termStart[r + 1] − 1 of docs/tfs. */
  readonly #termStart: Uint32Array;
  readonly #docs: Uint32Array;
  readonly #tfs: Uint8Array;
  readonly #tfOverflow: ReadonlyMap<number, number>;
  /** Per term: max over its postings of `impact` (times the weight, a bound on its score). */
  readonly #maxImpact: Float64Array;
  /** K1 · norm(d) per sentence. */
  readonly #lengthFactor: Float64Array;
  /** Score accumulator and list of sentences it touched, reused by every search. */
  readonly #scores: Float64Array;
  readonly #touched: Uint32Array;

  private constructor(parts: {
    docCount: number;
    terms: readonly string[];
    termStart: Uint32Array;
    docs: Uint32Array;
    tfs: Uint8Array;
    tfOverflow: ReadonlyMap<number, number>;
    maxImpact: Float64Array;
    lengthFactor: Float64Array;
  }) {
    this.docCount = parts.docCount;
    this.#terms = parts.terms;
    this.#termStart = parts.termStart;
    this.#docs = parts.docs;
    this.#tfs = parts.tfs;
    this.#tfOverflow = parts.tfOverflow;
    this.#maxImpact = parts.maxImpact;
    this.#lengthFactor = parts.lengthFactor;
    this.#scores = new Float64Array(parts.docCount);
    this.#touched = new Uint32Array(parts.docCount);
  }

  /**
   * Decodes the postings into flat arrays and checks that the index hangs together (the zod
   * schema checks only its shape). Throws IndexFormatError otherwise.
   */
  static fromSerialized(serialized: SerializedIndex): TfIdfIndex {
    const { docCount, terms: termList } = serialized;
    for (let i = 1; i < termList.length; i++) {
      if (compareStrings(termList[i - 1] ?? '', termList[i] ?? '') >= 0) {
        throw new IndexFormatError(`index terms are not sorted and unique (at ${i})`);
      }
    }

    const lengths = decodeVarints(base64Bytes(serialized.lengths, 'lengths'), docCount, 'lengths');
    let totalLength = 0;
    for (const length of lengths) totalLength += length;
    const averageLength = totalLength > 0 ? totalLength / docCount : 1;
    const lengthFactor = new Float64Array(docCount);
    for (let d = 0; d < docCount; d++) lengthFactor[d] = TF_SATURATION * lengthNorm(lengths[d] ?? 0, averageLength);

    const directory = decodeVarints(base64Bytes(serialized.directory, 'directory'), termList.length * 2, 'directory');
    const termStart = new Uint32Array(termList.length + 1);
    let byteTotal = 0;
    for (let r = 0; r < termList.length; r++) {
      const df = directory[2 * r] ?? 0;
      if (df < 1 || df > docCount) throw new IndexFormatError(`index term ${r} has df ${df}`);
      termStart[r + 1] = (termStart[r] ?? 0) + df;
      byteTotal += directory[2 * r + 1] ?? 0;
    }
    const bytes = base64Bytes(serialized.postings, 'postings');
    if (byteTotal !== bytes.length) throw new IndexFormatError('index postings do not match its directory');

    const postingCount = termStart[termList.length] ?? 0;
    const docs = new Uint32Array(postingCount);
    const tfs = new Uint8Array(postingCount);
    const tfOverflow = new Map<number, number>();
    const maxImpact = new Float64Array(termList.length);
    // The hot loop of loading: varints decoded inline, bit operations (all values < 2^31).
    let position = 0;
    for (let r = 0; r < termList.length; r++) {
      const end = position + (directory[2 * r + 1] ?? 0);
      const first = termStart[r] ?? 0;
      const last = termStart[r + 1] ?? 0;
      let doc = 0;
      let best = 0;
      for (let k = first; k < last; k++) {
        let byte = bytes[position++] ?? 0;
        let value = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) {
          if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
          byte = bytes[position++] ?? 0;
          value |= (byte & 0x7f) << shift;
        }
        let tf = 1;
        if (value & 1) {
          byte = bytes[position++] ?? 0;
          tf = byte & 0x7f;
          for (let shift = 7; byte & 0x80; shift += 7) {
            if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
            byte = bytes[position++] ?? 0;
            tf |= (byte & 0x7f) << shift;
          }
        }
        doc += value >>> 1;
        if (doc >= docCount || (k > first && value < 2) || tf < 1 || position > end) {
          throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
        }
        docs[k] = doc;
        if (tf >= TF_OVERFLOW) {
          tfs[k] = TF_OVERFLOW;
          tfOverflow.set(k, tf);
        } else {
          tfs[k] = tf;
        }
        const impact = saturatedTf(tf, lengthFactor[doc] ?? 0);
        if (impact > best) best = impact;
      }
      if (position !== end) throw new IndexFormatError(`index postings of term ${r} have the wrong length`);
      maxImpact[r] = best;
    }
    return new TfIdfIndex({ docCount, terms: termList, termStart, docs, tfs, tfOverflow, maxImpact, lengthFactor });
  }

  /** natural's idf of an already-normalised term (as `terms()` returns it); 0 for an unknown term. */
  idf(term: string): number {
    const rank = this.#rankOf(term);
    return rank < 0 ? 0 : naturalIdf(this.docCount, this.#df(rank));
  }

  /** Best-scoring sentences for a free-text query, best first; [] when no query term is indexed. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
    if (limit === 0 || this.docCount === 0) return [];
    const queryTerms = this.#queryTerms(query);
    if (queryTerms.length === 0) return [];

    // Rarest terms first (the order the scores are summed in, see the header). After each term,
    // `remaining[i]` bounds what terms i.. can still add: once the k-th best score so far beats
    // it, no unseen sentence can make the top k, and only the sentences already found need the
    // rest of the terms ("MaxScore" pruning; exact, not an approximation).
    const remaining = new Float64Array(queryTerms.length + 1);
    for (let i = queryTerms.length - 1; i >= 0; i--) remaining[i] = (remaining[i + 1] ?? 0) + (queryTerms[i]?.upperBound ?? 0);

    const scores = this.#scores;
    let touchedCount = 0;
    let best = 0;
    try {
      for (let i = 0; i < queryTerms.length; i++) {
        const bound = (remaining[i] ?? 0) * BOUND_SLACK;
        if (i > 0 && touchedCount >= limit && best > bound) {
          const threshold = kthBestScore(this.#touched.subarray(0, touchedCount), scores, limit, options.filter);
          if (threshold > bound) {
            const candidates = this.#survivors(touchedCount, threshold, bound);
            for (let j = i; j < queryTerms.length; j++) this.#addToCandidates(queryTerms[j]!, candidates);
            return selectTop(candidates, scores, limit, options.filter);
          }
        }
        const pass = this.#accumulate(queryTerms[i]!, touchedCount);
        touchedCount = pass.touchedCount;
        best = Math.max(best, pass.best);
      }
      return selectTop(this.#touched.subarray(0, touchedCount), scores, limit, options.filter);
    } finally {
      for (let k = 0; k < touchedCount; k++) scores[this.#touched[k] ?? 0] = 0;
    }
  }

  #queryTerms(query: string): QueryTerm[] {
    const counts = new Map<number, number>();
    for (const term of queryTerms(query)) {
      const rank = this.#rankOf(term);
      if (rank >= 0) counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const result: QueryTerm[] = [];
    for (const [rank, count] of counts) {
      const df = this.#df(rank);
      const weight = count * naturalIdf(this.docCount, df);
      result.push({ rank, df, weight, upperBound: weight * (this.#maxImpact[rank] ?? 0) });
    }
    return result.sort((a, b) => a.df - b.df || a.rank - b.rank);
  }

  /** Adds the term's contribution to every sentence it occurs in. */
  #accumulate(term: QueryTerm, touchedCount: number): { touchedCount: number; best: number } {
    const scores = this.#scores;
    const docs = this.#docs;
    const tfs = this.#tfs;
    const lengthFactor = this.#lengthFactor;
    const touched = this.#touched;
    const { weight } = term;
    let count = touchedCount;
    let best = 0;
    const end = this.#termStart[term.rank + 1] ?? 0;
    for (let k = this.#termStart[term.rank] ?? 0; k < end; k++) {
      const doc = docs[k] ?? 0;
      const previous = scores[doc] ?? 0;
      if (previous === 0) touched[count++] = doc;
      const score = previous + weight * saturatedTf(this.#tf(k, tfs), lengthFactor[doc] ?? 0);
      scores[doc] = score;
      if (score > best) best = score;
    }
    return { touchedCount: count, best };
  }

  /** Touched sentences that could still reach the threshold, ascending by id. */
  #survivors(touchedCount: number, threshold: number, bound: number): Uint32Array {
    const kept: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const doc = this.#touched[k] ?? 0;
      if ((this.#scores[doc] ?? 0) * BOUND_SLACK + bound >= threshold) kept.push(doc);
    }
    return Uint32Array.from(kept).sort();
  }

  /** Adds the term's contribution to the given sentences only (ascending), by galloping search. */
  #addToCandidates(term: QueryTerm, candidates: Uint32Array): void {
    const docs = this.#docs;
    const end = this.#termStart[term.rank + 1] ?? 0;
    let position = this.#termStart[term.rank] ?? 0;
    for (const doc of candidates) {
      position = seek(docs, position, end, doc);
      if (position >= end) return;
      if (docs[position] === doc) {
        const impact = saturatedTf(this.#tf(position, this.#tfs), this.#lengthFactor[doc] ?? 0);
        this.#scores[doc] = (this.#scores[doc] ?? 0) + term.weight * impact;
      }
    }
  }

  #tf(position: number, tfs: Uint8Array): number {
    const tf = tfs[position] ?? 1;
    return tf === TF_OVERFLOW ? (this.#tfOverflow.get(position) ?? tf) : tf;
  }

  #df(rank: number): number {
    return (this.#termStart[rank + 1] ?? 0) - (this.#termStart[rank] ?? 0);
  }

  #rankOf(term: string): number {
    const list = this.#terms;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = list[middle] ?? '';
      if (candidate === term) return middle;
      if (candidate < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** First position in [from, end) whose doc is ≥ target (end if none): galloping, then binary search. */
function seek(docs: Uint32Array, from: number, end: number, target: number): number {
  if (from >= end || (docs[from] ?? 0) >= target) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < end && (docs[high] ?? 0) < target) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > end) high = end;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((docs[middle] ?? 0) < target) low = middle;
    else high = middle;
  }
  return high;
}

/** The k-th best score among sentences passing the filter; 0 when fewer than k pass. */
function kthBestScore(
  touched: Uint32Array,
  scores: Float64Array,
  limit: number,
  filter: ((sentenceId: number) => boolean) | undefined,
): number {
  const top = selectTop(touched, scores, limit, filter);
  return top.length === limit ? (top[top.length - 1]?.score ?? 0) : 0;
}

/** natural's idf: 1 + ln(N / (1 + df)). */
function naturalIdf(docCount: number, df: number): number {
  return 1 + Math.log(docCount / (1 + df));
}

/** tf · (K1 + 1) / (tf + K1 · norm(d)); `lengthFactor` is K1 · norm(d). */
function saturatedTf(tf: number, lengthFactor: number): number {
  return (tf * K1_PLUS_1) / (tf + lengthFactor);
}

function lengthNorm(length: number, averageLength: number): number {
  return 1 - LENGTH_NORMALISATION + (LENGTH_NORMALISATION * length) / averageLength;
}

/** Top `limit` of the touched sentences by score (ties: lower id first), via a bounded min-heap. */
function selectTop(
  touched: ArrayLike<number> & Iterable<number>,
  scores: Float64Array,
  limit: number,
  filter: ((sentenceId: number) => boolean) | undefined,
): SearchHit[] {
  // heap[0] is the worst kept hit: lowest score, then highest id.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => {
    const scoreA = scores[a] ?? 0;
    const scoreB = scores[b] ?? 0;
    return scoreA < scoreB || (scoreA === scoreB && a > b);
  };
  for (const doc of touched) {
    if (heap.length === limit && !worse(heap[0] ?? 0, doc)) continue;
    // The filter runs only on candidates that would enter the top, which keeps it cheap.
    if (filter && !filter(doc)) continue;
    if (heap.length < limit) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, worse);
    } else {
      heap[0] = doc;
      siftDown(heap, 0, worse);
    }
  }
  return heap
    .sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
    .map((doc) => ({ sentenceId: doc, score: scores[doc] ?? 0 }));
}

function siftUp(heap: number[], index: number, worse: (a: number, b: number) => boolean): void {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!worse(heap[child] ?? 0, heap[parent] ?? 0)) return;
    swap(heap, child, parent);
    child = parent;
  }
}

function siftDown(heap: number[], index: number, worse: (a: number, b: number) => boolean): void {
  let parent = index;
  for (;;) {
    const left = parent * 2 + 1;
    const right = left + 1;
    let smallest = parent;
    if (left < heap.length && worse(heap[left] ?? 0, heap[smallest] ?? 0)) smallest = left;
    if (right < heap.length && worse(heap[right] ?? 0, heap[smallest] ?? 0)) smallest = right;
    if (smallest === parent) return;
    swap(heap, parent, smallest);
    parent = smallest;
  }
}

function swap(heap: number[], i: number, j: number): void {
  const kept = heap[i] ?? 0;
  heap[i] = heap[j] ?? 0;
  heap[j] = kept;
}

// Plain code-unit order, the same order `<` uses in the binary search (localeCompare is not).
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Decodes base64, rejecting text with characters outside the alphabet (Buffer skips them). */
function base64Bytes(text: string, what: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0 || bytes.length !== (text.length / 4) * 3 - padding) {
    throw new IndexFormatError(`index ${what} is not valid base64`);
  }
  return bytes;
}

function decodeVarints(bytes: Uint8Array, count: number, what: string): Float64Array {
  const values = new Float64Array(count);
  let position = 0;
  for (let i = 0; i < count; i++) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      if (position >= bytes.length) throw new IndexFormatError(`index ${what} is truncated`);
      byte = bytes[position++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    values[i] = value;
  }
  if (position !== bytes.length) throw new IndexFormatError(`index ${what} has trailing bytes`);
  return values;
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

class VarintWriter {
  #bytes: Uint8Array;
  length = 0;

  constructor(initialCapacity: number) {
    this.#bytes = new Uint8Array(initialCapacity);
  }

  write(value: number): void {
    if (this.length + 10 > this.#bytes.length) {
      const next = new Uint8Array(this.#bytes.length * 2 + 10);
      next.set(this.#bytes.subarray(0, this.length));
      this.#bytes = next;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes[this.length++] = rest;
  }

  toBase64(): string {
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, this.length).toString('base64');
  }
}
