// The scoring loop of the sentence search (index-search.ts): document-at-a-time MaxScore with
// block-max pruning over the decoded postings (index-decode.ts). Exact: the top k it returns are
// the top k of scoring every sentence, ties broken by the lower sentence id.
import { saturatedTf } from './bm25.js';
import { TF_OVERFLOW, type IndexParts } from './index-decode.js';
import { TopHits, type SearchHit } from './top-hits.js';

/** Only sentences for which this returns true are returned. */
export type HitFilter = ((sentenceId: number) => boolean) | undefined;

/** A query term with what the search needs to schedule and score it. */
export interface QueryTerm {
  /** Postings are positions start .. end − 1 of the index's docs/tfs. */
  start: number;
  end: number;
  /** Query count × idf. */
  weight: number;
  /** Position in the order scores are summed in (rarest first). */
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
// Postings are grouped in blocks of 2^BLOCK_SHIFT for block-max pruning.
export const BLOCK_SHIFT = 7;
export const BLOCK_SIZE = 1 << BLOCK_SHIFT;
// Above every sentence id (ids are below 2^31: they index typed arrays).
const NO_DOC = 0x7fffffff;
// How many postings of the strongest query term are scored up front to seed the threshold.
const SEED_POSTINGS = 1024;

/** The tf of posting `position`. */
export function tfAt(parts: IndexParts, position: number): number {
  const tf = parts.tfs[position]!;
  return tf === TF_OVERFLOW ? (parts.tfOverflow.get(position) ?? tf) : tf;
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
export function topHits(parts: IndexParts, queryTerms: QueryTerm[], limit: number, filter: HitFilter): SearchHit[] {
  const docs = parts.docs;
  const tfs = parts.tfs;
  const lengthClass = parts.lengthClass;
  const lengthFactor = parts.lengthFactor;
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
  let boundLimit = seedThreshold(parts, queryTerms, limit, filter);
  let firstEssential = 0;
  while (firstEssential < count && boundBelow[firstEssential + 1]! * BOUND_SLACK <= boundLimit) firstEssential++;

  for (;;) {
    if (firstEssential === count - 1) {
      skipBlocks(queryTerms[firstEssential]!, position, firstEssential, boundBelow[firstEssential]!, boundLimit, full ? threshold : -1);
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
        // tfAt(parts, at), inlined by hand: this is the innermost loop of every query (measured ~10% slower as a call).
        let tf = tfs[at]!;
        if (tf === TF_OVERFLOW) tf = parts.tfOverflow.get(at) ?? tf;
        const value = weight[i]! * saturatedTf(tf, docLengthFactor);
        contribution[summationOrder[i]!] = value;
        partial += value;
        position[i] = at + 1;
      }
    }
    // What the non-essential terms can add whatever the sentence's length: when even that cannot
    // lift it to the top (half the sentences visited, on long questions), the bounds for its
    // length are not worked out. The same sentences are pruned as by the first check below.
    let pruned = firstEssential > 0 && (partial + boundBelow[firstEssential]!) * BOUND_SLACK <= boundLimit;
    if (!pruned) {
      for (let i = 0; i < firstEssential; i++) {
        restBelow[i + 1] = restBelow[i]! + Math.min(upperBound[i]!, weight[i]! * saturatedTf(maxTf[i]!, docLengthFactor));
      }
    }
    for (let i = firstEssential - 1; i >= 0 && !pruned; i--) {
      if ((partial + restBelow[i + 1]!) * BOUND_SLACK <= boundLimit) {
        pruned = true;
        break;
      }
      const at = seek(docs, position[i]!, end[i]!, doc);
      position[i] = at;
      if (at < end[i]! && docs[at] === doc) {
        let tf = tfs[at]!;
        if (tf === TF_OVERFLOW) tf = parts.tfOverflow.get(at) ?? tf;
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
function seedThreshold(parts: IndexParts, queryTerms: readonly QueryTerm[], limit: number, filter: HitFilter): number {
  const seed = queryTerms[queryTerms.length - 1]!;
  const seedEnd = Math.min(seed.end, seed.start + SEED_POSTINGS);
  if (seedEnd - seed.start < limit) return -1;
  const docs = parts.docs;
  const position = queryTerms.map((term) => term.start);
  const contribution = new Float64Array(queryTerms.length);
  const top = new TopHits(limit);
  for (let k = seed.start; k < seedEnd; k++) {
    const doc = docs[k]!;
    const docLengthFactor = parts.lengthFactor[parts.lengthClass[doc]!]!;
    for (let i = 0; i < queryTerms.length; i++) {
      const term = queryTerms[i]!;
      const at = seek(docs, position[i]!, term.end, doc);
      position[i] = at;
      contribution[term.summationOrder] = at < term.end && docs[at] === doc ? term.weight * saturatedTf(tfAt(parts, at), docLengthFactor) : 0;
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
function skipBlocks(term: QueryTerm, position: Int32Array, index: number, below: number, boundLimit: number, keptWorst: number): void {
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
