// What the text and embed renderers both need to know about an Answer's citations.
import type { Answer, AnswerItem, Citation, CitedArticle } from '../answer.js';

/** The citations the given items point at, in citation-number order. */
export function citationsUsedBy(answer: Answer, items: readonly AnswerItem[]): Citation[] {
  const used = new Set(items.flatMap((item) => item.citations));
  return answer.citations.filter((citation) => used.has(citation.n)).sort((a, b) => a.n - b.n);
}

/** One source line: an article and every citation number the shown items use from it. */
export interface SourceGroup {
  article: CitedArticle;
  numbers: number[];
}

/**
 * The sources of the given items, one per article (in order of its first citation number). In
 * /sources each item is an article (its title and date), so the articles every citing item
 * already names by title are left out there: that list never prints a title or date twice.
 * Elsewhere an item that quotes a headline still needs its source's publisher and date.
 */
export function sourceGroups(answer: Answer, items: readonly AnswerItem[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const citation of citationsUsedBy(answer, items)) {
    const group = groups.get(citation.article.id);
    if (group === undefined) groups.set(citation.article.id, { article: citation.article, numbers: [citation.n] });
    else group.numbers.push(citation.n);
  }
  if (answer.command !== 'sources') return [...groups.values()];
  const sentences = new Map(answer.citations.map((citation) => [citation.n, citation.sentence]));
  return [...groups.values()].filter(({ article, numbers }) => {
    const title = article.title?.trim() ?? '';
    // Only when what is cited is the title itself, and every item citing it names it.
    if (title === '' || numbers.some((n) => sentences.get(n)?.trim() !== title)) return true;
    const citing = items.filter((item) => item.citations.some((n) => numbers.includes(n)));
    return !citing.every((item) => item.text.includes(title));
  });
}

/** "[1–3, 5]": ascending citation numbers, runs shortened. */
export function numberList(numbers: readonly number[]): string {
  const parts: string[] = [];
  const sorted = [...numbers].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 1) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i += 1;
    const end = sorted[i]!;
    parts.push(end === start ? `${start}` : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`);
  }
  return `[${parts.join(', ')}]`;
}

/**
 * The cited sentence to show under an item that is not itself that sentence (a structured
 * fact such as "$315 million · military"), or null: an item that is the sentence word for
 * word, or a sentence that is only its article's title (already on the source line).
 */
export function quotedEvidence(item: AnswerItem, citations: ReadonlyMap<number, Citation>): Citation | null {
  const cited = item.citations.map((n) => citations.get(n)).filter((citation): citation is Citation => citation !== undefined);
  if (cited.some((citation) => citation.sentence === item.text)) return null;
  return cited.find((citation) => citation.sentence !== citation.article.title) ?? null;
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
