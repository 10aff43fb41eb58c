// The three search engines under comparison, each behind the same shape: a query in, sentence
// ids out, best first. natural's TfIdf and MiniSearch are used as a user would set them up.
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import type { TfIdfIndex } from '../src/knowledge/tfidf.js';

export interface Engine {
  name: string;
  search(query: string, limit: number): number[];
}

interface NaturalTfIdf {
  addDocument(document: string): void;
  tfidfs(query: string): number[];
}

const require = createRequire(import.meta.url);

export function ourEngine(index: TfIdfIndex): Engine {
  return { name: 'ours (inverted TF-IDF)', search: (query, limit) => index.search(query, { limit }).map((hit) => hit.sentenceId) };
}

/** natural's TfIdf: every query scores every document (`tfidfs`), then we take the top. */
export function naturalEngine(texts: readonly string[]): Engine {
  const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => NaturalTfIdf;
  const tfidf = new TfIdf();
  for (const text of texts) tfidf.addDocument(text);
  return {
    name: "natural TfIdf.tfidfs()",
    search(query, limit) {
      const scores = tfidf.tfidfs(query);
      const ids: number[] = [];
      scores.forEach((score, id) => {
        if (score > 0) ids.push(id);
      });
      return ids.sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, limit);
    },
  };
}

/** MiniSearch with its defaults (BM25+, OR of the query terms, no stemming). */
export function miniSearchEngine(texts: readonly string[]): Engine {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  // addAll with one array of objects would double the memory of a large corpus.
  texts.forEach((text, id) => index.add({ id, text }));
  return {
    name: 'MiniSearch',
    search: (query, limit) => index.search(query).slice(0, limit).map((result) => result.id as number),
  };
}
