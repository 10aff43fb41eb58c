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
import { titleTermsOf } from './sentence-facts.js';

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

const titleIndexCache = new WeakMap<LoadedFactBase, ReadonlyMap<string, readonly string[]>>();

/** Title term → the articles whose titles hold it, built once per fact base. */
function titleIndex(facts: LoadedFactBase): ReadonlyMap<string, readonly string[]> {
  let index = titleIndexCache.get(facts);
  if (index !== undefined) return index;
  const built = new Map<string, string[]>();
  for (const { id } of facts.data.articles) for (const term of titleTermsOf(facts, id)) (built.get(term) ?? built.set(term, []).get(term)!).push(id);
  titleIndexCache.set(facts, (index = built));
  return index;
}

/** Whether some article's title holds the term ("norrvik" of "Remarks … | Norrvik"): the coverage mentions it, if no sentence does. */
export const inAnyTitle = (term: string, facts: LoadedFactBase): boolean => titleIndex(facts).has(term);

/** The question's concepts the article's title carries in one of their forms. */
export function titledConcepts(concepts: readonly Concept[], articleId: string, facts: LoadedFactBase): Concept[] {
  const title = titleTermsOf(facts, articleId);
  return concepts.filter((concept) => concept.fromContext && !concept.testOnly && [...concept.alternatives].some((alt) => title.has(alt)));
}

const carryingMemo = new WeakMap<Concept, ReadonlySet<string>>();

/** The articles whose titles carry the concept in one of its forms, read once per question's concept. */
function titlesCarrying(concept: Concept, facts: LoadedFactBase): ReadonlySet<string> {
  let found = carryingMemo.get(concept);
  if (found === undefined) {
    const index = titleIndex(facts);
    found = new Set([...concept.alternatives].flatMap((alt) => index.get(alt) ?? []));
    carryingMemo.set(concept, found);
  }
  return found;
}

/**
 * The articles whose titles (and dates, for a period the question names) carry the most of the
 * question, best first, of those whose titles set its scene (`titleSetsScene`): "the mayor at the
 * harbour fair in lindvik, june 2025 — what did she say about ferries" finds the remarks so
 * headed, whatever their sentences repeat of the question.
 */
export function sceneArticles(concepts: readonly Concept[], facts: LoadedFactBase): string[] {
  const searched = concepts.filter((concept) => concept.fromContext && !concept.testOnly && concept.weight > 0);
  const scores = new Map<string, number>();
  for (const concept of searched) for (const id of titlesCarrying(concept, facts)) scores.set(id, (scores.get(id) ?? 0) + concept.weight);
  const dated = concepts.filter((concept) => concept.period !== undefined);
  const scored = [...scores].map(([id, score]) => {
    const published = facts.article(id).published;
    return { id, score: score + (published === null ? 0 : dated.filter((concept) => concept.period!(published)).reduce((sum, concept) => sum + concept.weight, 0)) };
  });
  // A title carries no more of the question than its article scores: past the scene's share, none sets it.
  const least = RANKING.sceneWeightShare * weightOf(concepts);
  const best: string[] = [];
  for (const { id, score } of scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))) {
    if (best.length === RANKING.articleSources || score < least) break;
    if (titleSetsScene(titledConcepts(searched, id, facts), concepts, facts)) best.push(id);
  }
  return best;
}

/**
 * Whether a title sets the scene of the question: the concepts it carries (`titled`) weigh at least
 * `RANKING.sceneWeightShare` of the question's, and titles carrying all of them are few enough to
 * single out an article among many ("the varnholm flood declaration" among thousands), not words most titles
 * share (a coverage of one minister's trips, each headed by his name).
 */
export function titleSetsScene(titled: readonly Concept[], concepts: readonly Concept[], facts: LoadedFactBase): boolean {
  if (titled.length === 0 || weightOf(titled) < RANKING.sceneWeightShare * weightOf(concepts)) return false;
  // Among a few articles a title's word singles one out trivially; the scene is one among many.
  return titlesCarryingAll(titled, facts) <= RANKING.sceneTitleShare * facts.data.articles.length;
}

const weightOf = (concepts: readonly Concept[]): number => concepts.reduce((sum, concept) => sum + (concept.testOnly ? 0 : concept.weight), 0);

// Per question (its first titled concept stands for it), the count of titles carrying each set of its concepts.
const countMemo = new WeakMap<Concept, Map<string, number>>();

/** How many titles carry every one of the concepts: counted once per question and set, as each candidate sentence asks again. */
function titlesCarryingAll(titled: readonly Concept[], facts: LoadedFactBase): number {
  const memo = countMemo.get(titled[0]!) ?? new Map<string, number>();
  countMemo.set(titled[0]!, memo);
  const key = titled.map((concept) => concept.term).join('\u0000');
  let count = memo.get(key);
  if (count === undefined) {
    const [smallest, ...others] = titled.map((concept) => titlesCarrying(concept, facts)).sort((a, b) => a.size - b.size);
    count = 0;
    for (const id of smallest!) if (others.every((set) => set.has(id))) count++;
    memo.set(key, count);
  }
  return count;
}
