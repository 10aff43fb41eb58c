// Inverted TF-IDF index over sentences (document i = sentence id i). A query touches only the
// postings of its own terms, unlike natural's TfIdf.tfidfs(), which scores every document.
// Scores follow bm25.ts; block-max pruning skips sentences that cannot enter the top k, and
// ties are broken by the lower sentence id, so results are deterministic.
import { naturalIdf, saturatedTf } from './bm25.js';
import { decodeIndex, type IndexParts } from './index-decode.js';
import type { SerializedIndex } from './index-format.js';
import { BLOCK_SHIFT, BLOCK_SIZE, tfAt, topHits, type QueryTerm } from './max-score.js';
import { queryTerms } from './terms.js';
import type { SearchHit } from './top-hits.js';

export const DEFAULT_SEARCH_LIMIT = 10;

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

export class TfIdfIndex {
  readonly docCount: number;
  readonly #parts: IndexParts;
  /** Per term, computed on its first query (a load-time pass over every posting costs more). */
  readonly #bounds: (TermBounds | undefined)[];

  private constructor(parts: IndexParts) {
    this.docCount = parts.docCount;
    this.#parts = parts;
    this.#bounds = new Array<TermBounds | undefined>(parts.terms.length);
  }

  /** The index a file holds; throws IndexFormatError when it does not hang together (index-decode.ts). */
  static fromSerialized(serialized: SerializedIndex): TfIdfIndex {
    return new TfIdfIndex(decodeIndex(serialized));
  }

  /** The index of already checked parts (as the fact-base file gives them, file-index.ts). */
  static fromParts(parts: IndexParts): TfIdfIndex {
    return new TfIdfIndex(parts);
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
    this.#parts.ensure(rank);
    const start = this.#parts.termStart[rank] ?? 0;
    const end = Math.min(this.#parts.termStart[rank + 1] ?? 0, start + limit);
    return [...this.#parts.docs.subarray(start, end)];
  }

  /** The sentences with ids in [from, to) that hold an already-normalised term, ascending: binary search into its postings. */
  sentencesWithin(term: string, from: number, to: number): number[] {
    const rank = this.#rankOf(term);
    if (rank < 0) return [];
    this.#parts.ensure(rank);
    const { docs } = this.#parts;
    const end = this.#parts.termStart[rank + 1]!;
    let low = this.#parts.termStart[rank]!;
    for (let high = end; low < high; ) {
      const middle = (low + high) >>> 1;
      if (docs[middle]! < from) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let k = low; k < end && docs[k]! < to; k++) found.push(docs[k]!);
    return found;
  }

  /** Indexed terms that start with `prefix` (itself included), in order: binary search to the first. */
  termsStartingWith(prefix: string): string[] {
    const list = this.#parts.terms;
    const found: string[] = [];
    for (let i = this.#firstFrom(prefix); i < list.length && list[i]!.startsWith(prefix); i++) found.push(list[i]!);
    return found;
  }

  /**
   * Indexed terms up to `slips` typing slips away from `term` (a letter added, dropped, changed or
   * two swapped; `distance` counts them), sharing its first letter: "weapns" → "weapon". Only for
   * terms of five or more letters; binary search to the first letter's range keeps it cheap on a
   * large vocabulary.
   */
  spellingNeighbours(term: string, distance: (a: string, b: string) => number, slips = 1): string[] {
    if (term.length < 5 || /\d/u.test(term)) return [];
    const list = this.#parts.terms;
    const found: string[] = [];
    for (let i = this.#firstFrom(term[0]!); i < list.length && list[i]![0] === term[0]; i++) {
      const candidate = list[i]!;
      if (Math.abs(candidate.length - term.length) > slips || candidate === term) continue;
      if (distance(candidate, term) <= slips) found.push(candidate);
    }
    return found;
  }

  /** Best-scoring sentences for a free-text query, best first; [] when no query term is indexed. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.min(this.docCount, Math.max(0, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)));
    if (limit === 0) return [];
    const queryTerms = this.#queryTerms(query);
    if (queryTerms.length === 0) return [];
    return topHits(this.#parts, queryTerms, limit, options.filter);
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
      const start = this.#parts.termStart[rank]!;
      return { start, end: this.#parts.termStart[rank + 1]!, weight, summationOrder, blockMax, maxTf, upperBound: weight * max };
    });
    return result.sort((a, b) => a.upperBound - b.upperBound || a.summationOrder - b.summationOrder);
  }

  #boundsOf(rank: number): TermBounds {
    const cached = this.#bounds[rank];
    if (cached !== undefined) return cached;
    this.#parts.ensure(rank);
    const start = this.#parts.termStart[rank]!;
    const end = this.#parts.termStart[rank + 1]!;
    const blockMax = new Float64Array(Math.ceil((end - start) / BLOCK_SIZE));
    const { docs, lengthClass, lengthFactor } = this.#parts;
    let maxTf = 1;
    for (let k = start; k < end; k++) {
      const tf = tfAt(this.#parts, k);
      if (tf > maxTf) maxTf = tf;
      const impact = saturatedTf(tf, lengthFactor[lengthClass[docs[k]!]!]!);
      const block = (k - start) >>> BLOCK_SHIFT;
      if (impact > blockMax[block]!) blockMax[block] = impact;
    }
    const bounds = { blockMax, maxTf };
    this.#bounds[rank] = bounds;
    return bounds;
  }

  /** The position of the first indexed term at or after `key` in sorted order. */
  #firstFrom(key: string): number {
    const list = this.#parts.terms;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((list[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #df(rank: number): number {
    return (this.#parts.termStart[rank + 1] ?? 0) - (this.#parts.termStart[rank] ?? 0);
  }

  #rankOf(term: string): number {
    const list = this.#parts.terms;
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
