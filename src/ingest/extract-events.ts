// Dated events: every date a sentence states, resolved against its article's date, as one
// event per distinct date per sentence. Ids follow sentence order, so a rebuild is stable.
import type { Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { resolveDates, toDateRef, type ResolvedDate } from './dates.js';
import { findMoneyAmounts } from './money-amounts.js';

const PERCENT = /\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)/gi;

/** Spans of figures ("$2024 million", "83%"): a date inside one is a misreading. */
function figureSpans(text: string): [number, number][] {
  const money = findMoneyAmounts(text).map((a): [number, number] => [a.index, a.index + a.text.length]);
  const percents = [...text.matchAll(PERCENT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  return [...money, ...percents];
}

function insideFigure(date: ResolvedDate, spans: readonly [number, number][]): boolean {
  const end = date.index + date.text.length;
  return spans.some(([from, to]) => date.index >= from && end <= to);
}

/** One event per distinct date per sentence, ids sequential in sentence order. */
export function extractEvents(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const sentence of sentences) {
    const published = articlesById.get(sentence.articleId)?.published ?? null;
    const dates = resolveDates(sentence.text, published);
    if (dates.length === 0) continue;
    const spans = figureSpans(sentence.text);
    const seen = new Set<string>();
    for (const resolved of dates) {
      if (insideFigure(resolved, spans)) continue;
      const date = toDateRef(resolved);
      const key = `${date.start}|${date.end ?? ''}|${date.precision}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ id: events.length, sentenceId: sentence.id, date });
    }
  }
  return events;
}
