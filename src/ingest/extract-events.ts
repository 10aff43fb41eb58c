// Dated events: every date a sentence states, resolved against its article's date, as one
// event per distinct date per sentence, marked when it dates another event than the one the
// sentence reports (aside-dates.ts). Ids follow sentence order, so a rebuild is stable.
import type { Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { datesAnotherEvent, insideSpans, isRelativeDate, quotedSpans } from './aside-dates.js';
import type { Span } from './annotate.js';
import { reportsPast } from './date-tense.js';
import { resolveDates, toDateRef } from './dates.js';
import { findMoneyAmounts } from './money-amounts.js';

const PERCENT = /\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)/gi;

/** Spans of figures ("$2024 million", "74%"): a date inside one is a misreading. */
function figureSpans(text: string): Span[] {
  const money = findMoneyAmounts(text).map((a): Span => [a.index, a.index + a.text.length]);
  const percents = [...text.matchAll(PERCENT)].map((m): Span => [m.index, m.index + m[0].length]);
  return [...money, ...percents];
}

/**
 * One event per distinct date per sentence, ids sequential in sentence order; `aside` when the
 * date belongs to an event a relator names or is relative to when quoted words were said (a
 * date stated both ways is the sentence's own).
 */
export function extractEvents(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): DatedEvent[] {
  const events: DatedEvent[] = [];
  const quoted = quotedSpans(sentences);
  sentences.forEach((sentence, n) => {
    const published = articlesById.get(sentence.articleId)?.published ?? null;
    const dates = resolveDates(sentence.text, published);
    if (dates.length === 0) return;
    const figures = figureSpans(sentence.text);
    const own = new Map<string, DatedEvent>();
    for (const resolved of dates) {
      const { index, text } = resolved;
      if (insideSpans(index, text.length, figures)) continue;
      const aside =
        datesAnotherEvent(sentence.text, index, text.length, () => reportsPast(sentence.text, quoted[n]!)) || (isRelativeDate(text) && insideSpans(index, text.length, quoted[n]!));
      const date = toDateRef(resolved);
      const key = `${date.start}|${date.end ?? ''}|${date.precision}`;
      const known = own.get(key);
      if (known !== undefined) {
        if (!aside) delete known.aside;
        continue;
      }
      const event: DatedEvent = { id: events.length, sentenceId: sentence.id, date };
      if (aside) event.aside = true;
      own.set(key, event);
      events.push(event);
    }
  });
  return events;
}
