// What the text and embed renderers both need to know about an Answer's citations.
import type { Answer, AnswerItem, Citation, CitedArticle } from '../answer.js';

/** The citations the given items point at, in citation-number order. */
export function citationsUsedBy(answer: Answer, items: readonly AnswerItem[]): Citation[] {
  const used = new Set(items.flatMap((item) => item.citations));
  return answer.citations.filter((citation) => used.has(citation.n)).sort((a, b) => a.n - b.n);
}

/** "Publisher, “Title”" with whatever is known; the article id when nothing is. */
export function articleLabel(article: CitedArticle): string {
  const parts = [article.publisher, article.title === null ? null : `“${article.title}”`].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return parts.length > 0 ? parts.join(', ') : article.id;
}

/** The article URL when it is a real web link (only those become clickable). */
export function webUrl(article: CitedArticle): string | null {
  if (article.url === null) return null;
  try {
    const url = new URL(article.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function citationMarkers(item: AnswerItem): string {
  return item.citations.map((n) => `[${n}]`).join('');
}
