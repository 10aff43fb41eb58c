// Candidates from inside the articles the question's best hits come from. A question that sets
// the scene and then asks a detail ("varnholm flood disaster declaration may 2025, federal
// coordinating officer") finds its article by the scene, in the sentences that repeat the most of
// it (the opening); the sentence with the detail ("… named Jon Doe as the Federal Coordinating
// Officer …") names none of the scene, and in a large coverage hundreds of other articles' like
// sentences outrank it in the index. Searched again within those articles, it is found; scored
// as every candidate is, its article's title counts as its context (coverage.ts).
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Concept } from './concept.js';
import { RANKING } from './ranking-options.js';
import { sceneArticles, titleSetsScene, titledConcepts } from './title-candidates.js';

const rangesCache = new WeakMap<LoadedFactBase, ReadonlyMap<string, readonly [number, number]>>();

/** Each article's sentences as an id range [first, end): a build keeps an article's sentences together. */
export function articleRanges(facts: LoadedFactBase): ReadonlyMap<string, readonly [number, number]> {
  let ranges = rangesCache.get(facts);
  if (ranges !== undefined) return ranges;
  const found = new Map<string, [number, number]>();
  const { sentences } = facts.data;
  for (let id = 0; id < sentences.length; id++) {
    const articleId = sentences.articleId(id);
    const range = found.get(articleId);
    if (range === undefined) found.set(articleId, [id, id + 1]);
    else range[1] = id + 1;
  }
  rangesCache.set(facts, (ranges = found));
  return ranges;
}

/**
 * Of the articles of the first hits (best first), the `RANKING.articleSources` first, those whose
 * titles carry words of the question that single them out, and the articles the titles and dates
 * of the coverage single out (`sceneArticles`): each's sentences that hold the most of the
 * question's words its title lacks (by weight), up to `RANKING.articleSentences` each.
 */
export function articleCandidates(hits: readonly number[], concepts: readonly Concept[], facts: LoadedFactBase): number[] {
  const searched = concepts.filter((concept) => !concept.testOnly && concept.weight > 0);
  if (searched.length < 2) return [];
  const articles: string[] = [];
  for (const id of hits) {
    const articleId = facts.sentence(id).articleId;
    if (!articles.includes(articleId)) articles.push(articleId);
    if (articles.length === RANKING.articleSources) break;
  }
  // Only an article its title's words of the question single out is the scene set (title-candidates.ts).
  const scenes = articles.filter((articleId) => titleSetsScene(titledConcepts(searched, articleId, facts), searched, facts));
  for (const articleId of sceneArticles(concepts, facts)) if (!scenes.includes(articleId)) scenes.push(articleId);
  const ranges = articleRanges(facts);
  return scenes.flatMap((articleId) => {
    const [from, to] = ranges.get(articleId)!;
    // The sentences holding the most of what the title does not say: the detail asked.
    const titled = new Set(titledConcepts(searched, articleId, facts));
    const held = new Map<number, number>();
    for (const concept of searched) {
      if (titled.has(concept)) continue;
      const ids = new Set([...concept.forms, ...concept.term.split(' ')].flatMap((term) => facts.index.sentencesWithin(term, from, to)));
      for (const id of ids) held.set(id, (held.get(id) ?? 0) + concept.weight);
    }
    return [...held].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RANKING.articleSentences).map(([id]) => id);
  });
}
