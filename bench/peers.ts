// The embedded search libraries the bench compares our index with, set up as a competent user
// would: the same stop words and stemming as ours (`terms()`), so the comparison measures the
// index, not the tokenising (a MiniSearch left on its defaults walks the postings of "what" and
// "did"). MiniSearch and natural come from src/eval/engines.ts (shared with the eval);
// FlexSearch, the fastest embedded peer, lives here because only the bench uses it.
import { Index } from 'flexsearch';
import { miniSearchEngine, type Engine } from '../src/eval/engines.js';
import { terms } from '../src/factbase/terms.js';

/** MiniSearch (BM25+, OR of the terms) over our terms. */
export function miniSearchPeer(texts: readonly string[]): Engine {
  const engine = miniSearchEngine(texts, { analyse: terms });
  return { ...engine, name: 'MiniSearch (our terms)' };
}

/**
 * FlexSearch's Index over our terms ("strict": whole terms, as ours), with `suggest` so that a
 * sentence matching some of the query's terms is still found (ours and MiniSearch rank an OR of
 * the terms; FlexSearch's default is an AND, which returns nothing for most questions).
 */
export function flexSearchPeer(texts: readonly string[]): Engine {
  const index = new Index({ tokenize: 'strict', encode: terms });
  texts.forEach((text, id) => index.add(id, text));
  return {
    name: 'FlexSearch (our terms)',
    search: (query, limit) => index.search(query, { limit, suggest: true }) as number[],
  };
}
