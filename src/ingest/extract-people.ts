// People named in the coverage: candidates found sentence by sentence (person-candidates.ts)
// are checked against their article, merged by surname (spelling variants included), given a
// canonical name, aliases and roles, and every sentence that mentions them is collected.
// What counts as a person, in order:
//   - a name with a title right before it or an apposition after it, or an honorific;
//   - a bare "First Last" whose article also names the surname on its own ("… Carney said");
//   - a lone surname with a title ("Chancellor Olsen"): it joins the one person of that surname
//     named in the same article or holding a like title, and stands alone only when no one named
//     in full has that surname and the article never writes it as a place ("in Lindvik").
import type { Article, Person, Sentence } from '../factbase/schema.js';
import { OrdinaryWords, countLowerCase, settle, type LowerCaseCounts } from './coverage-names.js';
import { clusterCandidates, countSurnames } from './people-clusters.js';
import { scanArticlePeople, type Candidate } from './people-scan.js';
import { byCodeUnit } from '../code-unit-order.js';
import { personOf, sentencesMentioning, withUniqueIds } from './person-records.js';
import { articleRuns } from './article-runs.js';
import { sentenceSource, type SentenceSource } from './sentence-source.js';

export function extractPeople(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): Person[] {
  const scans = [...articleRuns(sentences)].map((article) => scanArticlePeople(article));
  return mergePeople(
    scans.flatMap((scan) => scan.candidates),
    countLowerCase(scans.map((scan) => scan.lowerCaseWords)),
    sentenceSource(sentences),
    articlesById,
  );
}

/**
 * The people of the coverage from its articles' scans: their candidates in article order (with
 * sentence ids in `sentences`) and the counts of their lower-case words. `mentionsOf` finds the
 * sentences naming each person (the build passes one that reuses earlier builds' results).
 */
export function mergePeople(
  candidates: readonly Candidate[],
  lowerCase: LowerCaseCounts,
  sentences: SentenceSource,
  articlesById: ReadonlyMap<string, Article>,
  mentionsOf: (people: readonly Person[], sentences: SentenceSource) => number[][] = (people, all) => sentencesMentioning(people, all.all()),
): Person[] {
  const reportedOf = (sentenceId: number): string | null =>
    Number.isInteger(sentenceId) && sentenceId >= 0 && sentenceId < sentences.length ? (articlesById.get(sentences.articleId(sentenceId))?.published ?? null) : null;
  const ordinary = new OrdinaryWords(lowerCase);
  const clusters = clusterCandidates(settle(candidates, ordinary), sentences, ordinary);
  const surnameCounts = countSurnames(clusters);
  const people = withUniqueIds(clusters.map((cluster) => personOf(cluster, surnameCounts, reportedOf, ordinary)));
  const mentioned = mentionsOf(people, sentences);
  return people.map((person, i) => ({ ...person, sentenceIds: mentioned[i] ?? [] })).sort((a, b) => byCodeUnit(a.id, b.id));
}
