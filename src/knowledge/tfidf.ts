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

/** What bounds a term's contribution to a score, computed on first use. */
interface TermBounds {
  blockMax: Float64Array;
  maxTf: number;
}

/** A query term with what the search needs to schedule and score it. */
interface QueryTerm {
  /** Postings are positions start .. end − 1 of the index's docs/tfs. */
  start: number;
  end: number;
  /** Query count × idf. */
  weight: number;
  /** Position in the order scores are summed in (rarest first, see the header). */
  summationOrder: number;
  /** Per block of BLOCK_SIZE postings: the largest saturatedTf in it. */
  blockMax: Float64Array;
  /** Its largest tf: with a sentence's length, a bound on what the term can add to it. */
  maxTf: number;
  /** The most this term can add to any sentence's score. */
  upperBound: number;
}

// Bounds are compared with this much slack, so a float rounding difference between a bound and
// a real score can never prune a sentence that belongs in the results.
const BOUND_SLACK = 1 + 1e-9;
// tf is stored in a byte; the rare larger counts live in a side table.
const TF_OVERFLOW = 255;
// Postings are grouped in blocks of 2^BLOCK_SHIFT for block-max pruning.
const BLOCK_SHIFT = 7;
const BLOCK_SIZE = 1 << BLOCK_SHIFT;
// Above every sentence id (ids are below 2^31: they index typed arrays).
const NO_DOC = 0x7fffffff;
// How many postings of the strongest query term are scored up front to seed the threshold.
const SEED_POSTINGS = 1024;

export class TfIdfIndex {
  readonly docCount: number;
  readonly #terms: readonly string[];
  /** Postings of term r are positions termStart[r] .. termStart[r + 1] − 1 of docs/tfs. */
  readonly #termStart: Uint32Array;
  readonly #docs: Int32Array;
  readonly #tfs: Uint8Array;
  readonly #tfOverflow: ReadonlyMap<number, number>;
  /**
   * K1 · norm(d) of sentence d is lengthFactor[lengthClass[d]]: one entry per distinct length, so
   * the per-sentence array is small enough to stay in cache while postings are scored.
   */
  readonly #lengthClass: Uint16Array | Uint32Array;
  readonly #lengthFactor: Float64Array;
  /** Per term, computed on its first query (a load-time pass over every posting costs more). */
  readonly #bounds: (TermBounds | undefined)[];

  private constructor(parts: {
    docCount: number;
    terms: readonly string[];
    termStart: Uint32Array;
    docs: Int32Array;
    tfs: Uint8Array;
    tfOverflow: ReadonlyMap<number, number>;
    lengthClass: Uint16Array | Uint32Array;
    lengthFactor: Float64Array;
  }) {
    this.docCount = parts.docCount;
    this.#terms = parts.terms;
    this.#termStart = parts.termStart;
    this.#docs = parts.docs;
    this.#tfs = parts.tfs;
    this.#tfOverflow = parts.tfOverflow;
    this.#lengthClass = parts.lengthClass;
    this.#lengthFactor = parts.lengthFactor;
    this.#bounds = new Array<TermBounds | undefined>(parts.terms.length);
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
    const { lengthClass, lengthFactor } = lengthFactors(lengths);

    const directory = decodeVarints(base64Bytes(serialized.directory, 'directory'), termList.length * 2, 'directory');
    const termStart = new Uint32Array(termList.length + 1);
    const byteEnd = new Float64Array(termList.length);
    let byteTotal = 0;
    for (let r = 0; r < termList.length; r++) {
      const df = directory[2 * r] ?? 0;
      if (df < 1 || df > docCount) throw new IndexFormatError(`index term ${r} has df ${df}`);
      termStart[r + 1] = (termStart[r] ?? 0) + df;
      byteTotal += directory[2 * r + 1] ?? 0;
      byteEnd[r] = byteTotal;
    }
    const bytes = base64Bytes(serialized.postings, 'postings');
    if (byteTotal !== bytes.length) throw new IndexFormatError('index postings do not match its directory');

    const postingCount = termStart[termList.length] ?? 0;
    const docs = new Int32Array(postingCount);
    const tfs = new Uint8Array(postingCount);
    const tfOverflow = new Map<number, number>();
    // The hot loop of loading: varints decoded inline, bit operations (all values < 2^31). A
    // read past the end gives undefined, i.e. 0, and is caught by the length check.
    let position = 0;
    for (let r = 0; r < termList.length; r++) {
      const end = byteEnd[r]!;
      const first = termStart[r]!;
      const last = termStart[r + 1]!;
      let doc = 0;
      for (let k = first; k < last; k++) {
        let byte = bytes[position++]!;
        let value = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) {
          if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
          byte = bytes[position++]!;
          value |= (byte & 0x7f) << shift;
        }
        let tf = 1;
        if (value & 1) {
          byte = bytes[position++]!;
          tf = byte & 0x7f;
          for (let shift = 7; byte & 0x80; shift += 7) {
            if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
            byte = bytes[position++]!;
            tf |= (byte & 0x7f) << shift;
          }
          if (tf < 2) throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
          if (tf >= TF_OVERFLOW) {
            tfOverflow.set(k, tf);
            tf = TF_OVERFLOW;
          }
        }
        doc += value >>> 1;
        if (doc >= docCount || (k > first && value < 2)) {
          throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
        }
        docs[k] = doc;
        tfs[k] = tf;
      }
      if (position !== end) throw new IndexFormatError(`index postings of term ${r} have the wrong length`);
    }
    return new TfIdfIndex({ docCount, terms: termList, termStart, docs, tfs, tfOverflow, lengthClass, lengthFactor });
  }

  /** natural's idf of an already-normalised term (as `terms()` returns it); 0 for an unknown term. */
  idf(term: string): number {
    const rank = this.#rankOf(term);
    return rank < 0 ? 0 : naturalIdf(this.docCount, this.#df(rank));
  }

  /**
   * Indexed terms one typing slip away from `term` (a letter added, dropped, changed or two
   * swapped), sharing its first letter: "weapns" → "weapon". Only for terms of five or more
   * letters; binary search to the first letter's range keeps it cheap on a large vocabulary.
   */
  spellingNeighbours(term: string, distance: (a: string, b: string) => number): string[] {
    if (term.length < 5 || /\d/u.test(term)) return [];
    const list = this.#terms;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((list[middle] ?? '') < term[0]!) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < list.length && list[i]![0] === term[0]; i++) {
      const candidate = list[i]!;
      if (Math.abs(candidate.length - term.length) <= 1 && candidate !== term && distance(candidate, term) === 1) found.push(candidate);
    }
    return found;
  }

  /** Best-scoring sentences for a free-text query, best first; [] when no query term is indexed. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.min(this.docCount, Math.max(0, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)));
    if (limit === 0) return [];
    const queryTerms = this.#queryTerms(query);
    if (queryTerms.length === 0) return [];
    return this.#topHits(queryTerms, limit, options.filter);
  }

  /**
   * Document-at-a-time MaxScore (exact, not an approximation). Terms are ordered by upper bound;
   * once a lower bound of the k-th best score beats the bounds of the weakest terms together,
   * those are "non-essential": only sentences containing an essential term are visited, and the
   * others' postings are looked up for them by galloping search, unless the sentence's length
   * already rules it out. With one essential term left, its blocks whose maximum cannot make the
   * top are skipped. Sentences are visited in ascending id order, so a tie never displaces a kept
   * hit (ties: lower id first).
   */
  #topHits(queryTerms: QueryTerm[], limit: number, filter: SearchOptions['filter']): SearchHit[] {
    const docs = this.#docs;
    const tfs = this.#tfs;
    const lengthClass = this.#lengthClass;
    const lengthFactor = this.#lengthFactor;
    const count = queryTerms.length;
    // The hot loop reads flat typed arrays rather than the term objects.
    const position = Int32Array.from(queryTerms, (term) => term.start);
    const end = Int32Array.from(queryTerms, (term) => term.end);
    const weight = Float64Array.from(queryTerms, (term) => term.weight);
    const summationOrder = Int32Array.from(queryTerms, (term) => term.summationOrder);
    const maxTf = Float64Array.from(queryTerms, (term) => term.maxTf);
    const upperBound = Float64Array.from(queryTerms, (term) => term.upperBound);
    // restBelow[i]: the most terms 0 .. i − 1 can add to the current sentence, given its length.
    const restBelow = new Float64Array(count + 1);
    // boundBelow[i]: the most terms 0 .. i − 1 (the weakest) can add together.
    const boundBelow = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) boundBelow[i + 1] = boundBelow[i]! + queryTerms[i]!.upperBound;
    const contribution = new Float64Array(count);
    const top = new TopHits(limit);
    let full = false;
    let threshold = 0;
    // A bound this low (with slack) rules a sentence out: it cannot reach the k-th best score.
    // Starting from the seed's, it lets the commonest terms be non-essential from the outset.
    let boundLimit = this.#seedThreshold(queryTerms, limit, filter);
    let firstEssential = 0;
    while (firstEssential < count && boundBelow[firstEssential + 1]! * BOUND_SLACK <= boundLimit) firstEssential++;

    for (;;) {
      if (firstEssential === count - 1) {
        this.#skipBlocks(queryTerms[firstEssential]!, position, firstEssential, boundBelow[firstEssential]!, boundLimit, full ? threshold : -1);
      }

      let doc = NO_DOC;
      for (let i = firstEssential; i < count; i++) {
        const at = position[i]!;
        if (at < end[i]! && docs[at]! < doc) doc = docs[at]!;
      }
      if (doc === NO_DOC) break;

      const docLengthFactor = lengthFactor[lengthClass[doc]!]!;
      let partial = 0;
      for (let i = firstEssential; i < count; i++) {
        const at = position[i]!;
        if (at < end[i]! && docs[at] === doc) {
          // #tf(at), inlined by hand: this is the innermost loop of every query (measured ~10% slower as a call).
          let tf = tfs[at]!;
          if (tf === TF_OVERFLOW) tf = this.#tfOverflow.get(at) ?? tf;
          const value = weight[i]! * saturatedTf(tf, docLengthFactor);
          contribution[summationOrder[i]!] = value;
          partial += value;
          position[i] = at + 1;
        }
      }
      for (let i = 0; i < firstEssential; i++) {
        restBelow[i + 1] = restBelow[i]! + Math.min(upperBound[i]!, weight[i]! * saturatedTf(maxTf[i]!, docLengthFactor));
      }
      let pruned = false;
      for (let i = firstEssential - 1; i >= 0; i--) {
        if ((partial + restBelow[i + 1]!) * BOUND_SLACK <= boundLimit) {
          pruned = true;
          break;
        }
        const at = seek(docs, position[i]!, end[i]!, doc);
        position[i] = at;
        if (at < end[i]! && docs[at] === doc) {
          let tf = tfs[at]!;
          if (tf === TF_OVERFLOW) tf = this.#tfOverflow.get(at) ?? tf;
          const value = weight[i]! * saturatedTf(tf, docLengthFactor);
          contribution[summationOrder[i]!] = value;
          partial += value;
        }
      }
      if (!pruned) {
        // Summed in the documented order, so scores do not depend on the traversal.
        let score = 0;
        for (let k = 0; k < count; k++) score += contribution[k]!;
        if ((!full || score > threshold) && (filter === undefined || filter(doc))) {
          top.add(doc, score);
          full = top.full;
          if (full) {
            threshold = top.worstScore();
            boundLimit = Math.max(boundLimit, threshold);
            while (firstEssential < count && boundBelow[firstEssential + 1]! * BOUND_SLACK <= boundLimit) firstEssential++;
          }
        }
      }
      for (let k = 0; k < count; k++) contribution[k] = 0;
    }
    return top.best();
  }

  /**
   * A lower bound of the k-th best score, from fully scoring the first postings of the term with
   * the highest upper bound (usually the rarest): real sentences, so their k-th best score can
   * only be beaten or tied by the final top k. −1 when they are fewer than k.
   */
  #seedThreshold(queryTerms: readonly QueryTerm[], limit: number, filter: SearchOptions['filter']): number {
    const seed = queryTerms[queryTerms.length - 1]!;
    const seedEnd = Math.min(seed.end, seed.start + SEED_POSTINGS);
    if (seedEnd - seed.start < limit) return -1;
    const docs = this.#docs;
    const position = queryTerms.map((term) => term.start);
    const contribution = new Float64Array(queryTerms.length);
    const top = new TopHits(limit);
    for (let k = seed.start; k < seedEnd; k++) {
      const doc = docs[k]!;
      const docLengthFactor = this.#lengthFactor[this.#lengthClass[doc]!]!;
      for (let i = 0; i < queryTerms.length; i++) {
        const term = queryTerms[i]!;
        const at = seek(docs, position[i]!, term.end, doc);
        position[i] = at;
        contribution[term.summationOrder] = at < term.end && docs[at] === doc ? term.weight * saturatedTf(this.#tf(at), docLengthFactor) : 0;
      }
      let score = 0;
      for (const value of contribution) score += value;
      if ((!top.full || score > top.worstScore()) && (filter === undefined || filter(doc))) top.add(doc, score);
    }
    return top.full ? top.worstScore() : -1;
  }

  /**
   * Moves the last essential term past its blocks whose maximum cannot make the top: bounded by
   * `boundLimit` (with slack, `below` being what the other terms can add). Alone in the query,
   * its score is computed exactly like the bound, so no slack is needed, and a score that only
   * ties `keptWorst` (the k-th best kept so far; −1 before there are k) loses to the kept hit.
   */
  #skipBlocks(term: QueryTerm, position: Int32Array, index: number, below: number, boundLimit: number, keptWorst: number): void {
    let at = position[index]!;
    while (at < term.end) {
      const block = (at - term.start) >>> BLOCK_SHIFT;
      const bound = term.weight * term.blockMax[block]!;
      const hopeless = below === 0 ? bound <= keptWorst || bound < boundLimit : (bound + below) * BOUND_SLACK <= boundLimit;
      if (!hopeless) break;
      at = Math.min(term.end, term.start + ((block + 1) << BLOCK_SHIFT));
    }
    position[index] = at;
  }

  #queryTerms(query: string): QueryTerm[] {
    const counts = new Map<number, number>();
    for (const term of queryTerms(query)) {
      const rank = this.#rankOf(term);
      if (rank >= 0) counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const ranks = [...counts.keys()].sort((a, b) => this.#df(a) - this.#df(b) || a - b);
    const result = ranks.map((rank, summationOrder): QueryTerm => {
      const weight = (counts.get(rank) ?? 0) * naturalIdf(this.docCount, this.#df(rank));
      const { blockMax, maxTf } = this.#boundsOf(rank);
      let max = 0;
      for (const value of blockMax) if (value > max) max = value;
      const start = this.#termStart[rank]!;
      return { start, end: this.#termStart[rank + 1]!, weight, summationOrder, blockMax, maxTf, upperBound: weight * max };
    });
    return result.sort((a, b) => a.upperBound - b.upperBound || a.summationOrder - b.summationOrder);
  }

  #boundsOf(rank: number): TermBounds {
    const cached = this.#bounds[rank];
    if (cached !== undefined) return cached;
    const start = this.#termStart[rank]!;
    const end = this.#termStart[rank + 1]!;
    const blockMax = new Float64Array(Math.ceil((end - start) / BLOCK_SIZE));
    let maxTf = 1;
    for (let k = start; k < end; k++) {
      const tf = this.#tf(k);
      if (tf > maxTf) maxTf = tf;
      const impact = saturatedTf(tf, this.#lengthFactor[this.#lengthClass[this.#docs[k]!]!]!);
      const block = (k - start) >>> BLOCK_SHIFT;
      if (impact > blockMax[block]!) blockMax[block] = impact;
    }
    const bounds = { blockMax, maxTf };
    this.#bounds[rank] = bounds;
    return bounds;
  }

  #tf(position: number): number {
    const tf = this.#tfs[position]!;
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
function seek(docs: Int32Array, from: number, end: number, target: number): number {
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

/** The best `limit` hits seen so far (ties: lower id first), as a bounded min-heap. */
class TopHits {
  readonly #limit: number;
  // heap[0] is the worst kept hit: lowest score, then highest id.
  readonly #docs: number[] = [];
  readonly #scores: number[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  get full(): boolean {
    return this.#docs.length >= this.#limit;
  }

  worstScore(): number {
    return this.#scores[0] ?? 0;
  }

  /** Adds a hit; when full, it replaces the worst one (the caller checked that it beats it). */
  add(doc: number, score: number): void {
    if (!this.full) {
      this.#docs.push(doc);
      this.#scores.push(score);
      this.#siftUp(this.#docs.length - 1);
    } else {
      this.#docs[0] = doc;
      this.#scores[0] = score;
      this.#siftDown(0);
    }
  }

  best(): SearchHit[] {
    return this.#docs
      .map((doc, i) => ({ sentenceId: doc, score: this.#scores[i] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.sentenceId - b.sentenceId);
  }

  #worse(i: number, j: number): boolean {
    const a = this.#scores[i]!;
    const b = this.#scores[j]!;
    return a < b || (a === b && this.#docs[i]! > this.#docs[j]!);
  }

  #siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#worse(child, parent)) return;
      this.#swap(child, parent);
      child = parent;
    }
  }

  #siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.#docs.length && this.#worse(left, smallest)) smallest = left;
      if (right < this.#docs.length && this.#worse(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.#swap(parent, smallest);
      parent = smallest;
    }
  }

  #swap(i: number, j: number): void {
    const doc = this.#docs[i]!;
    const score = this.#scores[i]!;
    this.#docs[i] = this.#docs[j]!;
    this.#scores[i] = this.#scores[j]!;
    this.#docs[j] = doc;
    this.#scores[j] = score;
  }
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
  // A plain Uint8Array view: element reads on it are faster than on a Buffer in the decoding loops.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function decodeVarints(bytes: Uint8Array, count: number, what: string): Uint32Array {
  // Every varint takes at least one byte: checked before allocating room for `count` values.
  if (count > bytes.length) throw new IndexFormatError(`index ${what} is truncated`);
  const values = new Uint32Array(count);
  let position = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[position++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      if (shift > 28 || position >= bytes.length) throw new IndexFormatError(`index ${what} is truncated or holds a number too large`);
      byte = bytes[position++]!;
      value += (byte & 0x7f) * 2 ** shift;
    }
    if (value > 0xffffffff) throw new IndexFormatError(`index ${what} holds a number too large`);
    values[i] = value;
  }
  if (position !== bytes.length) throw new IndexFormatError(`index ${what} has trailing bytes`);
  return values;
}

/**
 * K1 · norm(d) only depends on the sentence's length, so it is stored once per distinct length:
 * sentence d's is lengthFactor[lengthClass[d]]. The class is the length itself when lengths fit
 * 16 bits (always, in practice), else a dense numbering of the distinct lengths.
 */
function lengthFactors(lengths: Uint32Array): { lengthClass: Uint16Array | Uint32Array; lengthFactor: Float64Array } {
  let totalLength = 0;
  let maxLength = 0;
  for (const length of lengths) {
    totalLength += length;
    if (length > maxLength) maxLength = length;
  }
  const averageLength = totalLength > 0 ? totalLength / lengths.length : 1;
  if (maxLength <= 0xffff) {
    const lengthFactor = new Float64Array(maxLength + 1);
    for (let length = 0; length <= maxLength; length++) lengthFactor[length] = TF_SATURATION * lengthNorm(length, averageLength);
    return { lengthClass: new Uint16Array(lengths), lengthFactor };
  }
  const classOfLength = new Map<number, number>();
  const lengthClass = new Uint32Array(lengths.length);
  lengths.forEach((length, d) => {
    let found = classOfLength.get(length);
    if (found === undefined) classOfLength.set(length, (found = classOfLength.size));
    lengthClass[d] = found;
  });
  const lengthFactor = new Float64Array(classOfLength.size);
  for (const [length, found] of classOfLength) lengthFactor[found] = TF_SATURATION * lengthNorm(length, averageLength);
  return { lengthClass, lengthFactor };
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
