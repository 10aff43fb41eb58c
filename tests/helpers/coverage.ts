// Inline coverage for extractor tests: articles given as paragraphs of sentences, in the
// shape the build hands to the extractors (sentence ids run across articles in order).
import type { Article, Sentence } from '../../src/factbase/schema.js';

export interface InlineArticle {
  id: string;
  /** Defaults to 2024-01-01; null for an undated article. */
  published?: string | null;
  paragraphs: string[][];
}

export function coverage(articles: readonly InlineArticle[]): { sentences: Sentence[]; articlesById: Map<string, Article> } {
  const sentences: Sentence[] = [];
  const articlesById = new Map<string, Article>();
  for (const article of articles) {
    articlesById.set(article.id, {
      id: article.id,
      file: `${article.id}.txt`,
      title: null,
      publisher: null,
      published: article.published === undefined ? '2024-01-01' : article.published,
      url: null,
      author: null,
      contentHash: 'x',
      warnings: [],
    });
    article.paragraphs.forEach((paragraph, p) => {
      for (const text of paragraph) {
        sentences.push({ id: sentences.length, articleId: article.id, text, paragraph: p, group: sentences.length });
      }
    });
  }
  return { sentences, articlesById };
}
