// Joins the per-file works of the build (build-chunk.ts) into the coverage's lists, in file order:
// sentence ids, event and aid ids and people candidates' sentence ids renumbered across files, and
// the lower-case word counts the people merge needs. Everything kept is a copy, so that the works
// themselves (~300 MB on the White House corpus) can be let go before the whole-coverage steps.
import type { ArticleFacts, FileWork } from './build-chunk.js';
import { keyOf } from './build-cache.js';
import type { ArticleSpan } from './coverage-memo.js';
import type { LowerCaseCounts } from './coverage-names.js';
import type { Candidate } from './people-scan.js';
import type { AidFact, Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { Vocabulary } from '../factbase/vocabulary.js';

export interface StitchedCoverage {
  articles: Article[];
  sentences: Sentence[];
  events: DatedEvent[];
  aid: AidFact[];
  candidates: Candidate[];
  /** In how many articles each word is written in lower case. */
  lowerCase: LowerCaseCounts;
  /** Where each article's sentences are, by its build-cache key (for the coverage memo). */
  spans: ArticleSpan[];
  /** "file: problem" lines of the articles' warnings. */
  warnings: string[];
}

/** The coverage of `used` (the works that give an article, in file order). */
export function stitchCoverage(used: readonly Extract<FileWork, ArticleFacts>[]): StitchedCoverage {
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const events: DatedEvent[] = [];
  const aid: AidFact[] = [];
  const candidates: Candidate[] = [];
  const spans: ArticleSpan[] = [];
  const warnings: string[] = [];
  // In how many articles each word is written in lower case, counted by id.
  const lowerCase = new Vocabulary();
  let lowerCaseCounts = new Int32Array(1 << 16);
  for (const work of used) {
    const { article } = work;
    const offset = sentences.length;
    articles.push(article);
    spans.push({ key: keyOf(work), first: offset, count: work.texts.length });
    for (const warning of article.warnings) warnings.push(`${article.file}: ${warning}`);
    work.texts.forEach((text, k) => {
      // `group` is provisional here; the near-duplicate step sets it.
      sentences.push({ id: offset + k, articleId: article.id, text, paragraph: work.paragraphs[k]!, group: offset + k, entities: work.entities[k] ?? 0 });
    });
    for (const event of work.events) events.push({ ...event, id: events.length, sentenceId: event.sentenceId + offset });
    for (const fact of work.aid) aid.push({ ...fact, id: aid.length, sentenceId: fact.sentenceId + offset });
    for (const candidate of work.people.candidates) candidates.push({ ...candidate, sentenceId: candidate.sentenceId + offset });
    const { vocabulary, ids: wordIds } = work.people.lowerCaseWords;
    const toGlobal = lowerCase.mapping(vocabulary);
    if (lowerCase.words.length > lowerCaseCounts.length) {
      const grown = new Int32Array(Math.max(lowerCase.words.length, lowerCaseCounts.length * 2));
      grown.set(lowerCaseCounts);
      lowerCaseCounts = grown;
    }
    for (const id of wordIds) lowerCaseCounts[toGlobal[id]!]!++;
  }
  // Words of no article here (the cache's vocabulary keeps those of removed ones) are left out.
  const counts = new Map<string, number>();
  lowerCase.words.forEach((word, id) => {
    if (lowerCaseCounts[id]! > 0) counts.set(word, lowerCaseCounts[id]!);
  });
  return { articles, sentences, events, aid, candidates, lowerCase: { articles: articles.length, counts }, spans, warnings };
}
