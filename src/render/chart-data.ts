// What a chart is drawn from, as the commands hand it over: an answer whose figures are the
// bars (/aid: only its first figures, and how many items the whole answer has), or the dated
// events to count per period (/timeline: every event of the request, as dates only, without
// building each one's sentence and citations).
import type { Answer } from '../answer.js';

export type DatePrecision = 'day' | 'month' | 'year';

/** One dated event to count: its first day, its last (the start again for a single day), how precisely it is dated. */
export interface ChartEvent {
  readonly start: string;
  readonly last: string;
  readonly precision: DatePrecision;
  /** The caller's handle on the event (an item's index, a sentence id), handed back to `sourceLine`. */
  readonly ref: number;
}

export interface EventSeries {
  readonly title: string;
  /** Each event once (near-duplicates already merged), in any order. */
  readonly events: readonly ChartEvent[];
  /** "Source: n articles published …" for the events the chart counts, by their refs. */
  sourceLine(refs: readonly number[]): string;
}

export type ChartData =
  /** An answer drawn as it is (chartSpec): every item, or the first ones when `totalItems` says how many the whole answer has. */
  | { readonly kind: 'answer'; readonly answer: Answer; readonly totalItems?: number }
  | { readonly kind: 'events'; readonly series: EventSeries };

/** A chart asked for: what names it (the cache key) and, only when it has to be drawn, what it is drawn from. */
export interface ChartRequest {
  /** Fact-base version, command and the options that shape the chart; undefined: never cached (an invalid request). */
  readonly key: string | undefined;
  data(): ChartData;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The event a chart counts, or null when its dates are not ISO days or its precision is
 * unknown (it is then left out). An end that is not text is no end.
 */
export function chartEvent(start: unknown, end: unknown, precision: unknown, ref: number): ChartEvent | null {
  if (typeof start !== 'string' || !ISO_DAY.test(start)) return null;
  const last = typeof end === 'string' ? end : null;
  if (last !== null && !ISO_DAY.test(last)) return null;
  if (precision !== 'day' && precision !== 'month' && precision !== 'year') return null;
  return { start, last: last ?? start, precision, ref };
}
