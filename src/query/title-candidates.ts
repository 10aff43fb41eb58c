// Candidates found by headline. A statement headed "Statement by Tor Berg on the Flooding in
// Varnholm" answers "what did berg say about the varnholm flooding" in sentences that name neither
// ("The terrible floods across the valley this morning…"), so the index, which reads sentences, never
// proposes them. The articles whose titles carry most of the question's concepts offer their
// opening sentences; their titles then count as context when they are scored.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept } from './concept.js';
import { RANKING } from './ranking-options.js';
import { articleRanges } from './article-candidates.js';

interface Headline {
  terms: ReadonlySet<string>;
  firstSentence: number;
  published: string;
}

const headlineCache = new WeakMap<LoadedFactBase, readonly Headline[]>();

/** Each titled article's title terms and its first sentence, read once per fact base. */
function headlines(facts: LoadedFactBase): readonly Headline[] {
  let known = headlineCache.get(facts);
  if (known !== undefined) return known;
  const ranges = articleRanges(facts);
  known = facts.data.articles.flatMap((article) => {
    const firstSentence = ranges.get(article.id)?.[0];
    if (article.title === null || firstSentence === undefined) return [];
    return [{ terms: new Set(terms(article.title)), firstSentence, published: article.published ?? '' }];
  });
  headlineCache.set(facts, known);
  return known;
}

/** The question's concepts as a title can carry them: by its own words (an alias is too loose a match for a headline alone). */
interface Wanted {
  weight: number;
  words: readonly string[];
  forms: readonly string[];
}

/** Share (0–1) of the concepts' weight a title carries. */
function titleCoverage(wanted: readonly Wanted[], total: number, title: ReadonlySet<string>): number {
  let found = 0;
  for (const { weight, words, forms } of wanted) {
    if (words.every((word) => title.has(word)) || forms.some((form) => title.has(form))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** The opening sentences of the articles whose titles carry nearly all of the question, newest first. */
export function titleCandidates(concepts: readonly Concept[], facts: LoadedFactBase): number[] {
  if (concepts.length < 2) return [];
  // Read once per question, not once per headline (a large coverage has tens of thousands).
  const wanted = concepts.map((concept) => ({ weight: concept.weight, words: concept.term.split(' '), forms: [...concept.forms] }));
  const total = wanted.reduce((sum, { weight }) => sum + weight, 0);
  const matched = headlines(facts)
    .filter((headline) => titleCoverage(wanted, total, headline.terms) >= RANKING.titleCoverage)
    .sort((a, b) => b.published.localeCompare(a.published) || a.firstSentence - b.firstSentence)
    .slice(0, RANKING.titleArticles);
  const ids: number[] = [];
  for (const { firstSentence } of matched) {
    const articleId = facts.sentence(firstSentence).articleId;
    for (let id = firstSentence; id < firstSentence + RANKING.titleSentences && id < facts.data.sentences.length; id++) {
      if (facts.sentence(id).articleId !== articleId) break;
      ids.push(id);
    }
  }
  return ids;
}
