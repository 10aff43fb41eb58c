// Orders and lookups the commands need on every request, computed once per loaded fact base
// (on first use, so a session that never asks /timeline never sorts its events). Without
// them every request re-sorted or re-scanned the whole coverage: at 1M sentences and 100k
// events that is hundreds of milliseconds a reply.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person, Quote } from '../factbase/schema.js';

const views = new WeakMap<LoadedFactBase, Map<string, unknown>>();

/** A value derived from the fact base alone, computed on first use and kept as long as the fact base is. */
export function derived<T>(facts: LoadedFactBase, name: string, compute: (facts: LoadedFactBase) => T): T {
  let cache = views.get(facts);
  if (cache === undefined) {
    cache = new Map();
    views.set(facts, cache);
  }
  if (cache.has(name)) return cache.get(name) as T;
  const value = compute(facts);
  cache.set(name, value);
  return value;
}

/** People, most mentioned first (ties by name). */
export function peopleByMentions(facts: LoadedFactBase): readonly Person[] {
  return derived(facts, 'peopleByMentions', ({ data }) =>
    [...data.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length || a.name.localeCompare(b.name)),
  );
}

/** Every quote by each known speaker, in coverage order. */
export function quotesBySpeaker(facts: LoadedFactBase): ReadonlyMap<string, readonly Quote[]> {
  return derived(facts, 'quotesBySpeaker', ({ data }) => {
    const bySpeaker = new Map<string, Quote[]>();
    for (const quote of data.quotes) {
      if (quote.speakerId === null) continue;
      const list = bySpeaker.get(quote.speakerId);
      if (list === undefined) bySpeaker.set(quote.speakerId, [quote]);
      else list.push(quote);
    }
    return bySpeaker;
  });
}

export interface ArticleSentences {
  /** The article's first sentence id. */
  first: number;
  count: number;
}

/** Each article's first sentence and sentence count (articles without sentences are absent). */
export function sentencesByArticle(facts: LoadedFactBase): ReadonlyMap<string, ArticleSentences> {
  return derived(facts, 'sentencesByArticle', ({ data }) => {
    const byArticle = new Map<string, ArticleSentences>();
    const { sentences } = data;
    for (let id = 0; id < sentences.length; id++) {
      const articleId = sentences.articleId(id);
      const entry = byArticle.get(articleId);
      if (entry === undefined) byArticle.set(articleId, { first: id, count: 1 });
      else entry.count += 1;
    }
    return byArticle;
  });
}
