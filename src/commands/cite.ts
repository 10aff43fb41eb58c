// Citation numbering for one answer. Commands say `cite(sentenceId)` and get the numbers
// to put on an item; the book numbers sentences once, in order of first use, and brings
// along the sentence's near-duplicates from other articles so every source that carries
// the fact is visible without repeating the fact itself.
import type { Citation } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';

/**
 * Other articles cited beside a sentence at most. Boilerplate ("The President will deliver
 * remarks.") repeats across thousands of briefings; a few sources show a fact is widely
 * carried, thousands would bury the answer and cost a source line each.
 */
export const MAX_OTHER_SOURCES = 5;

export class CitationBook {
  readonly #facts: LoadedFactBase;
  readonly #numbers = new Map<number, number>();
  readonly #citations: Citation[] = [];

  constructor(facts: LoadedFactBase) {
    this.#facts = facts;
  }

  /**
   * Numbers for the sentence and, for each other article that carries a near-duplicate of
   * it (up to MAX_OTHER_SOURCES, earliest first), that article's first copy. The cited
   * sentence's number comes first.
   */
  cite(sentenceId: number): number[] {
    return citedSentences(this.#facts, sentenceId).map((id) => this.#number(id));
  }

  /** The number of this sentence alone, without its near-duplicates (for lines about one article). */
  citeOne(sentenceId: number): number {
    return this.#number(sentenceId);
  }

  /** Numbers for several sentences (a quote spanning sentences), each with its group, without repeats. */
  citeAll(sentenceIds: readonly number[]): number[] {
    return [...new Set(sentenceIds.flatMap((id) => this.cite(id)))];
  }

  /** The citations handed out so far, by number. */
  get citations(): Citation[] {
    return [...this.#citations];
  }

  #number(sentenceId: number): number {
    const known = this.#numbers.get(sentenceId);
    if (known !== undefined) return known;
    const sentence = this.#facts.sentence(sentenceId);
    const article = this.#facts.article(sentence.articleId);
    const n = this.#citations.length + 1;
    this.#numbers.set(sentenceId, n);
    this.#citations.push({
      n,
      sentence: sentence.text,
      article: {
        id: article.id,
        title: article.title,
        publisher: article.publisher,
        published: article.published,
        url: article.url,
      },
    });
    return n;
  }
}

/**
 * The sentences `cite` numbers for a sentence: the sentence itself, then, for each other
 * article that carries a near-duplicate of it (up to MAX_OTHER_SOURCES, earliest first), that
 * article's first copy. (A chart that only counts the articles behind many events reads this
 * without numbering anything.)
 */
export function citedSentences(facts: LoadedFactBase, sentenceId: number): number[] {
  const ids = [sentenceId];
  const articles = new Set([facts.sentence(sentenceId).articleId]);
  for (const member of facts.groupOf(sentenceId)) {
    if (articles.size > MAX_OTHER_SOURCES) break;
    if (articles.has(member.articleId)) continue;
    articles.add(member.articleId);
    ids.push(member.id);
  }
  return ids;
}

/** The near-duplicate group key of a sentence: items sharing it show one fact. */
export function groupKey(facts: LoadedFactBase, sentenceId: number): number {
  return facts.sentence(sentenceId).group;
}
