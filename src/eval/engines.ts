// Search engines the bot is compared with, each behind the same shape: a query in, document
// ids out, best first. Shared by the bench (latency and quality at scale) and `npm run eval
// -- --trecqa` (answer-sentence retrieval on an outside benchmark).
//
// Each engine takes an optional `analyse`: text → terms. Without it, natural's TfIdf and
// MiniSearch run with their own defaults (what a user gets out of the box, as the bench times
// them). With it (the eval passes the project's `terms()`), every engine sees the same stop
// words and stemming as ours, so a comparison measures ranking, not tokenising.
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import type { TfIdfIndex } from '../factbase/index-search.js';

export interface Engine {
  name: string;
  search(query: string, limit: number): number[];
}

/** Text → index terms, in order, with repeats. */
export type Analyser = (text: string) => string[];

export interface EngineOptions {
  analyse?: Analyser;
}

interface NaturalTfIdf {
  addDocument(document: string | string[]): void;
  tfidfs(query: string | string[]): number[];
}

const require = createRequire(import.meta.url);

/** Ids with a positive score, best first, ties by lower id (deterministic). */
function topIds(scores: ArrayLike<number>, limit: number): number[] {
  const ids: number[] = [];
  for (let id = 0; id < scores.length; id += 1) if ((scores[id] ?? 0) > 0) ids.push(id);
  return ids.sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, limit);
}

export function ourEngine(index: TfIdfIndex): Engine {
  return { name: 'ours (inverted TF-IDF)', search: (query, limit) => index.search(query, { limit }).map((hit) => hit.sentenceId) };
}

/**
 * natural's TfIdf: every query scores every document (`tfidfs`), then we take the top. Given
 * term arrays (with `analyse`), natural skips its own tokenizer and stop-word list.
 */
export function naturalEngine(texts: readonly string[], options: EngineOptions = {}): Engine {
  const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => NaturalTfIdf;
  const tfidf = new TfIdf();
  const { analyse } = options;
  for (const text of texts) tfidf.addDocument(analyse === undefined ? text : analyse(text));
  return {
    name: 'natural TfIdf.tfidfs()',
    search: (query, limit) => topIds(tfidf.tfidfs(analyse === undefined ? query : analyse(query)), limit),
  };
}

/** MiniSearch: BM25+, OR of the query terms; with `analyse` as its tokenizer (terms are used as they come). */
export function miniSearchEngine(texts: readonly string[], options: EngineOptions = {}): Engine {
  const { analyse } = options;
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    ...(analyse === undefined ? {} : { tokenize: (text: string) => analyse(text), processTerm: (term: string) => term }),
  });
  // addAll with one array of objects would double the memory of a large corpus.
  texts.forEach((text, id) => index.add({ id, text }));
  return {
    name: 'MiniSearch',
    search: (query, limit) => index.search(query).slice(0, limit).map((result) => result.id as number),
  };
}

/** Okapi BM25's usual constants. */
export const BM25_DEFAULTS = { k1: 1.2, b: 0.75 } as const;

/**
 * Textbook Okapi BM25 over the documents' terms (whitespace-split lowercase words unless
 * `analyse` is given), scanning the postings of the query's distinct terms:
 *   score(d) = Σ_t idf(t) · tf(t,d) · (k1 + 1) / (tf(t,d) + k1 · (1 − b + b · |d| / avgdl))
 *   idf(t)   = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))   — the non-negative form (Lucene's)
 */
export function bm25Engine(texts: readonly string[], options: EngineOptions & { k1?: number; b?: number } = {}): Engine {
  const analyse = options.analyse ?? ((text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean));
  const k1 = options.k1 ?? BM25_DEFAULTS.k1;
  const b = options.b ?? BM25_DEFAULTS.b;
  const postings = new Map<string, { id: number; tf: number }[]>();
  const lengths = new Float64Array(texts.length);
  texts.forEach((text, id) => {
    const counts = new Map<string, number>();
    const words = analyse(text);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    lengths[id] = words.length;
    for (const [word, tf] of counts) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [{ id, tf }]);
      else list.push({ id, tf });
    }
  });
  const total = texts.length;
  const averageLength = total === 0 ? 1 : lengths.reduce((sum, length) => sum + length, 0) / total || 1;
  return {
    name: `BM25 (k1 ${k1}, b ${b})`,
    search(query, limit) {
      const scores = new Float64Array(total);
      for (const word of new Set(analyse(query))) {
        const list = postings.get(word);
        if (list === undefined) continue;
        const idf = Math.log(1 + (total - list.length + 0.5) / (list.length + 0.5));
        for (const { id, tf } of list) {
          scores[id]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[id]!) / averageLength));
        }
      }
      return topIds(scores, limit);
    },
  };
}
