// Inline coverage for extractor tests: articles given as paragraphs of sentences, in the
// shape the build hands to the extractors (sentence ids run across articles in order).
import { buildIndex } from '../../src/factbase/index-build.js';
import type { Article, FactBase, Sentence } from '../../src/factbase/schema.js';

export interface InlineArticle {
  id: string;
  /** Defaults to 2024-01-01; null for an undated article. */
  published?: string | null;
  paragraphs: string[][];
}

/** An article record with its metadata empty unless given: the shape fact bases and extractors take. */
export function articleRecord(id: string, fields: Partial<Article> = {}): Article {
  return { id, file: `${id}.txt`, title: null, publisher: null, published: null, url: null, author: null, contentHash: `hash-${id}`, warnings: [], ...fields };
}

export function coverage(articles: readonly InlineArticle[]): { sentences: Sentence[]; articlesById: Map<string, Article> } {
  const sentences: Sentence[] = [];
  const articlesById = new Map<string, Article>();
  for (const article of articles) {
    articlesById.set(article.id, articleRecord(article.id, { published: article.published === undefined ? '2024-01-01' : article.published }));
    article.paragraphs.forEach((paragraph, p) => {
      for (const text of paragraph) {
        sentences.push({ id: sentences.length, articleId: article.id, text, paragraph: p, group: sentences.length });
      }
    });
  }
  return { sentences, articlesById };
}

/** `base` with its sentences replaced by `texts` over two articles and no facts, for texts and sizes the fixtures lack. */
export function syntheticFactBase(base: FactBase, texts: readonly string[]): FactBase {
  const article = (id: string) => articleRecord(id, { contentHash: '0'.repeat(64) });
  return {
    ...base,
    articles: [article('first'), article('second')],
    sentences: texts.map((text, id) => ({
      id,
      articleId: id % 3 === 0 ? 'first' : 'second',
      text,
      paragraph: id % 7,
      group: id % 5 === 4 ? id - 4 : id,
    })),
    people: [],
    aid: [],
    events: [],
    quotes: [],
    index: buildIndex(texts),
  };
}
