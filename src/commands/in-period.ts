// A period a request is bounded by (`from`/`to`, or a question's "last week"): which sentences
// belong to it, and what to say when the coverage has nothing from it. A sentence belongs when
// the date it states falls in the period or its article was published in it: "what did Reyes
// say in March 2024" asks for words reported then as much as for words about then. A stated
// date less precise than the period ("2024" for last week) does not place a sentence in it.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { DatedEvent } from '../factbase/schema.js';
import type { Period } from '../query/periods.js';
import { PRECISION_RANK, datedWithin, spanOf, withinBounds } from './options.js';
import { derived } from './views.js';

/** A request's bounds; either may be open. */
export interface Bounds {
  from?: Period | undefined;
  to?: Period | undefined;
}

export const isBounded = (bounds: Bounds): boolean => bounds.from !== undefined || bounds.to !== undefined;

/**
 * Each sentence's most precise date of its own, so an answer never scans all events; a date it
 * states of another event ("before the handover in March") is not the sentence's.
 */
export function statedDates(facts: LoadedFactBase): ReadonlyMap<number, DatedEvent> {
  return derived(facts, 'statedDates', ({ data }) => mostPrecise(data.events.filter((event) => event.aside !== true)));
}

/** Each sentence's most precise date of another event, the answer to "when" about that event ("when does the administration leave office"). */
export function asideDates(facts: LoadedFactBase): ReadonlyMap<number, DatedEvent> {
  return derived(facts, 'asideDates', ({ data }) => mostPrecise(data.events.filter((event) => event.aside === true)));
}

function mostPrecise(events: readonly DatedEvent[]): Map<number, DatedEvent> {
  const best = new Map<number, DatedEvent>();
  for (const event of events) {
    const known = best.get(event.sentenceId);
    if (known === undefined || PRECISION_RANK[event.date.precision] < PRECISION_RANK[known.date.precision]) best.set(event.sentenceId, event);
  }
  return best;
}

/** Publication day of each article, by id (null: undated). */
function publishedById(facts: LoadedFactBase): ReadonlyMap<string, string | null> {
  return derived(facts, 'publishedById', ({ data }) => new Map(data.articles.map((article) => [article.id, article.published])));
}

/** True when the sentence states a date in the bounds (at their precision) or its article was published in them. */
export function inPeriod(facts: LoadedFactBase, sentenceId: number, { from, to }: Bounds): boolean {
  const stated = statedDates(facts).get(sentenceId);
  if (stated !== undefined) {
    const { first, last } = spanOf(stated.date);
    if (datedWithin(first, last, from, to)) return true;
  }
  const published = publishedById(facts).get(facts.sentence(sentenceId).articleId);
  return published != null && withinBounds(published, published, from, to);
}

/** True when an article was published in the bounds or an event is dated in them. */
export function hasAnyIn(facts: LoadedFactBase, bounds: Bounds): boolean {
  const { from, to } = bounds;
  if (facts.data.articles.some((article) => article.published !== null && withinBounds(article.published, article.published, from, to))) return true;
  return facts.data.events.some((event) => {
    const { first, last } = spanOf(event.date);
    return datedWithin(first, last, from, to);
  });
}

/** "2026-11-23 – 2026-11-29", "since 2024-03", "before 2024-07-09": the bounds as given. */
export function periodLabel({ from, to }: Bounds): string {
  if (from !== undefined && to !== undefined) return from.text === to.text ? from.text : `${from.text} – ${to.text}`;
  return from !== undefined ? `since ${from.text}` : `before ${to?.text ?? ''}`;
}

/** The earliest and latest publication days of the coverage's dated articles. */
function publicationSpan(facts: LoadedFactBase): { earliest: string; latest: string } | undefined {
  return derived(facts, 'publicationSpan', ({ data }) => {
    const days = data.articles.flatMap((article) => (article.published === null ? [] : [article.published])).sort();
    return days.length === 0 ? undefined : { earliest: days[0]!, latest: days.at(-1)! };
  });
}

/**
 * Where the bounds lie against the coverage's publication span, when wholly outside it: " its
 * latest article is from 2025-06-30" (the bounds are later), " its earliest article is from …"
 * (earlier); "" when they overlap it or nothing is dated.
 */
export function outsideCoverage(facts: LoadedFactBase, { from, to }: Bounds): string {
  const span = publicationSpan(facts);
  if (span === undefined) return '';
  if (afterCoverage(facts, { from })) return `its latest article is from ${span.latest}`;
  if (to !== undefined && to.last < span.earliest) return `its earliest article is from ${span.earliest}`;
  return '';
}

/** Whether the bounds begin after the coverage's latest article. */
export function afterCoverage(facts: LoadedFactBase, { from }: Bounds): boolean {
  const span = publicationSpan(facts);
  return span !== undefined && from !== undefined && from.first > span.latest;
}

/** "The coverage has nothing from 2026-12-01: its latest article is from 2025-06-30." */
export function nothingFrom(facts: LoadedFactBase, bounds: Bounds, what = 'nothing'): string {
  const outside = outsideCoverage(facts, bounds);
  const when = bounds.from !== undefined && bounds.to !== undefined ? `from ${periodLabel(bounds)}` : periodLabel(bounds);
  return `The coverage has ${what} ${when}${outside === '' ? '' : `: ${outside}`}.`;
}
