// What a chart is drawn from, as the commands hand it over: an answer whose figures are the
// bars (/aid: only its first figures, and how many items the whole answer has), or the dated
// events to count per period (/timeline: every event of the request, as packed day numbers,
// without building each one's sentence and citations). Beside the Answer model, like it a
// contract between the commands and the renderers, so the commands import no renderer.
import type { Answer, AnswerItem } from './answer.js';

export type DatePrecision = 'day' | 'month' | 'year';

/** One dated event to count: its first day, its last (the start again for a single day), how precisely it is dated. */
export interface ChartEvent {
  readonly start: string;
  readonly last: string;
  readonly precision: DatePrecision;
  /** The caller's handle on the event (an item's index, a sentence id), handed back to `sourceLine`. */
  readonly ref: number;
}

/**
 * Dated events as columns, one entry per event (packEvents), packed once per fact base by
 * the command. A whole timeline is 100,000 events counted per period for every chart: read
 * as packed numbers, with no per-chart copy (chart-span.ts narrows by stretches), that takes
 * a few ms; as 100,000 objects spread over a large heap, and copied per step, it took ~90.
 */
export interface EventColumns {
  readonly length: number;
  /** The caller's handle on each event (ChartEvent.ref). */
  readonly ref: Int32Array;
  /** First and last day, as days since 1970-01-01 (UTC). */
  readonly day: Int32Array;
  readonly lastDay: Int32Array;
  /** The first day's year and month (1–12). */
  readonly year: Int32Array;
  readonly month: Uint8Array;
  /** How precisely it is dated: PRECISION_OF's index (0 day, 1 month, 2 year). */
  readonly precision: Uint8Array;
}

const PRECISION_OF: readonly DatePrecision[] = ['day', 'month', 'year'];

export interface EventSeries {
  readonly title: string;
  /** Each event once (near-duplicates already merged), in any order. */
  readonly events: EventColumns;
  /** "Source: n articles published …" for the events the chart counts, by their refs. */
  sourceLine(refs: ArrayLike<number>): string;
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
 * The event a chart counts, or null when its dates are not ISO days (or days that exist) or
 * its precision is unknown (it is then left out). An end that is not text is no end.
 */
export function chartEvent(start: unknown, end: unknown, precision: unknown, ref: number): ChartEvent | null {
  if (typeof start !== 'string' || !ISO_DAY.test(start) || !dayExists(start)) return null;
  const last = typeof end === 'string' ? end : null;
  if (last !== null && !(ISO_DAY.test(last) && dayExists(last))) return null;
  if (precision !== 'day' && precision !== 'month' && precision !== 'year') return null;
  return { start, last: last ?? start, precision, ref };
}

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether the ISO-shaped day exists (no 31 February, no month 13). */
function dayExists(iso: string): boolean {
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

/**
 * Days from 1970-01-01 to an existing ISO day, by arithmetic (H. Hinnant's days_from_civil,
 * proleptic Gregorian as Date uses): 100,000 events are packed per fact base, and parsing each
 * as a Date cost a noticeable part of that.
 */
export function dayNumber(iso: string): number {
  const month = Number(iso.slice(5, 7));
  const year = Number(iso.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(iso.slice(8, 10)) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The ISO day `day` days after 1970-01-01. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The events as columns, in their order; null ones left out. */
export function packEvents(events: readonly (ChartEvent | null)[]): EventColumns {
  const kept = events.filter((event): event is ChartEvent => event !== null);
  const columns = emptyColumns(kept.length);
  kept.forEach((event, i) => {
    columns.ref[i] = event.ref;
    columns.day[i] = dayNumber(event.start);
    columns.lastDay[i] = dayNumber(event.last);
    columns.year[i] = Number(event.start.slice(0, 4));
    columns.month[i] = Number(event.start.slice(5, 7));
    columns.precision[i] = PRECISION_OF.indexOf(event.precision);
  });
  return columns;
}

/** The events at these indices of `columns`, in that order. */
export function pickEvents(columns: EventColumns, indices: ArrayLike<number>): EventColumns {
  const picked = emptyColumns(indices.length);
  for (let i = 0; i < indices.length; i += 1) {
    const at = indices[i]!;
    picked.ref[i] = columns.ref[at]!;
    picked.day[i] = columns.day[at]!;
    picked.lastDay[i] = columns.lastDay[at]!;
    picked.year[i] = columns.year[at]!;
    picked.month[i] = columns.month[at]!;
    picked.precision[i] = columns.precision[at]!;
  }
  return picked;
}

function emptyColumns(length: number) {
  return {
    length,
    ref: new Int32Array(length),
    day: new Int32Array(length),
    lastDay: new Int32Array(length),
    year: new Int32Array(length),
    month: new Uint8Array(length),
    precision: new Uint8Array(length),
  };
}

/** Most figures one /aid chart shows (rows); more would not be legible at 800 px. */
export const MAX_AID_ROWS = 24;

/** An aid item's amount when it has a positive one, read without trusting the item's shape. */
export function plottedAmount(item: AnswerItem): { value: number; currency: string; text: string } | null {
  const raw = item['amount'];
  if (raw === null || typeof raw !== 'object') return null;
  const { value, currency, text } = raw as { value?: unknown; currency?: unknown; text?: unknown };
  if (typeof value !== 'number' || value <= 0) return null;
  return { value, currency: typeof currency === 'string' ? currency : '', text: typeof text === 'string' ? text : '' };
}

/** True when the /aid chart draws this item as a bar: it has an amount or a share. */
export function isPlottedFigure(item: AnswerItem): boolean {
  return plottedAmount(item) !== null || typeof item['percent'] === 'number';
}

/** "Source: 3 articles published 2025-01-14 to 2025-06-30 (1 undated)", given each distinct article's publication date (null: undated). */
export function sourceLineOf(published: Iterable<string | null>): string {
  let articles = 0;
  let dated = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const date of published) {
    articles += 1;
    if (date === null) continue;
    dated += 1;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  const undated = articles - dated;
  const range = first === undefined || last === undefined ? '' : first === last ? ` published ${first}` : ` published ${first} to ${last}`;
  const note = undated === 0 || dated === 0 ? '' : ` (${undated} undated)`;
  return `Source: ${articles} article${articles === 1 ? '' : 's'}${range}${note}`;
}
