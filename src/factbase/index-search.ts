// Inverted TF-IDF index over sentences (document i = sentence id i). A query touches only the
// postings of its own terms, unlike natural's TfIdf.tfidfs(), which scores every document.
// Scores follow bm25.ts; block-max pruning skips sentences that cannot enter the top k, and
// ties are broken by the lower sentence id, so results are deterministic.
import { lengthFactors, naturalIdf, saturatedTf } from './bm25.js';
import { IndexFormatError, compareStrings, type SerializedIndex } from './index-format.js';
import { queryTerms } from './terms.js';
import { TopHits } from './top-hits.js';
import { decodeVarints, type ColumnProblem } from './varint-codec.js';

export const DEFAULT_SEARCH_LIMIT = 10;

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

    const lengths = decodeVarints(serialized.lengths, docCount, indexProblem('lengths'));
    const { lengthClass, lengthFactor } = lengthFactors(lengths);

    const directory = decodeVarints(serialized.directory, termList.length * 2, indexProblem('directory'));
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
    const bytes = serialized.postings;
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

  /** The first `limit` sentences (by id) that hold an already-normalised term. */
  sentencesWith(term: string, limit: number): number[] {
    const rank = this.#rankOf(term);
    if (rank < 0) return [];
    const start = this.#termStart[rank] ?? 0;
    const end = Math.min(this.#termStart[rank + 1] ?? 0, start + limit);
    return [...this.#docs.subarray(start, end)];
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

function indexProblem(what: string): ColumnProblem {
  return (why) => new IndexFormatError(`index ${what} ${why}`);
}
