// Counting dated events per period for the timeline chart: which period (day, week, month,
// year) suits a span, the period holding a date, its name on the axis, and the counts per
// period split by how precisely each event is dated. Pure string and UTC arithmetic: the
// counts never depend on the machine's time zone.
import { dayNumber, isoDayOf, type EventColumns } from '../chart-data.js';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;
export const PRECISION_LABEL = { day: 'the day', month: 'the month', year: 'the year' } as const;
export type Precision = (typeof PRECISION_LABEL)[keyof typeof PRECISION_LABEL];
export const PRECISIONS: readonly Precision[] = [PRECISION_LABEL.day, PRECISION_LABEL.month, PRECISION_LABEL.year];
export const UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];
export const UNIT_RANK: Readonly<Record<TimeUnit, number>> = { day: 0, week: 1, month: 2, year: 3 };
/** By EventColumns' precision (0 day, 1 month, 2 year): its UNIT_RANK, and its segment's label (also its place in a period's stack). */
const PRECISION_RANK: readonly number[] = [0, 2, 3];

/** One stacked segment of the timeline chart: events of one date precision in one period. */
export interface EventBin {
  /** The period: its first day and the first day of the next (ISO), and its name on the axis. */
  start: string;
  end: string;
  period: string;
  precision: Precision;
  count: number;
  /** Where the segment sits in its period's stack: from `from` events up to `to`. */
  from: number;
  to: number;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function msOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * The bin for a span of events: by day up to about six weeks, by week up to about half a
 * year, by month up to six years, else by year: enough bins to show a shape, few enough to
 * keep each bar wide at 800 px.
 */
export function timeUnitFor(firstIso: string, lastIso: string): TimeUnit {
  const days = (msOf(lastIso) - msOf(firstIso)) / DAY_MS;
  if (days <= 45) return 'day';
  if (days <= 183) return 'week';
  if (days <= 6 * 366) return 'month';
  return 'year';
}

/** The first day of the `unit` holding `iso`, and the first day of the next one (weeks start on Monday). */
export function binOf(iso: string, unit: TimeUnit): { start: string; end: string } {
  const [y = 0, m = 1] = iso.split('-').map(Number);
  if (unit === 'year') return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (unit === 'month') {
    const next = new Date(Date.UTC(y, m, 1));
    return { start: `${iso.slice(0, 7)}-01`, end: isoDay(next.getTime()) };
  }
  const day = msOf(iso);
  if (unit === 'day') return { start: iso, end: isoDay(day + DAY_MS) };
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return { start: isoDay(monday), end: isoDay(monday + 7 * DAY_MS) };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A period's name on the axis: "2024", "Jul 2024", "9 Jul 2024" (a week by its Monday). */
export function periodName(start: string, unit: TimeUnit): string {
  const [year = '', month = '1', day = '1'] = start.split('-');
  if (unit === 'year') return year;
  const monthName = MONTH_NAMES[Number(month) - 1] ?? month;
  return unit === 'month' ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Every period from the one holding `first` to the one holding `last`, empty ones too: gaps in time show as gaps. */
export function periodsBetween(first: string, last: string, unit: TimeUnit): string[] {
  const names: string[] = [];
  for (let start = binOf(first, unit).start; start <= last; start = binOf(start, unit).end) names.push(periodName(start, unit));
  return names;
}

/**
 * The period holding a day as a whole number, consecutive periods consecutive numbers, from
 * the day's count, year and month: counting 100,000 events builds no string and no Date.
 */
function periodNumberOf(day: number, year: number, month: number, unit: TimeUnit): number {
  if (unit === 'day') return day;
  // 1970-01-01 was a Thursday: shifted by three days, every week starts on a Monday.
  if (unit === 'week') return Math.floor((day + 3) / 7);
  return unit === 'month' ? year * 12 + month - 1 : year;
}

/** The number of the `unit` holding an ISO day (as eventBins numbers periods). */
export function periodNumber(iso: string, unit: TimeUnit): number {
  return periodNumberOf(dayNumber(iso), Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), unit);
}

/**
 * A stretch of time a chart counts in: the events dated at least as precisely as `unit`
 * whose `unit` period is numbered `first` to `last` (periodNumber). A chart narrowed to where
 * its events are is counted through stretches rather than by copying the events in them:
 * the copies (100,000 entries, per chart) cost more than the counting.
 */
export interface Stretch {
  readonly unit: TimeUnit;
  readonly first: number;
  readonly last: number;
}

/** Whether event `i` is in every stretch. */
export function inStretches(events: EventColumns, i: number, stretches: readonly Stretch[]): boolean {
  for (let k = 0; k < stretches.length; k += 1) {
    const { unit, first, last } = stretches[k]!;
    if (PRECISION_RANK[events.precision[i]!]! > UNIT_RANK[unit]) return false;
    const number = periodNumberOf(events.day[i]!, events.year[i]!, events.month[i]!, unit);
    if (number < first || number > last) return false;
  }
  return true;
}

/** Events per period of the stretches, split by how precisely each is dated; those vaguer than the bin are left out (and counted). */
export function eventBins(events: EventColumns, unit: TimeUnit, stretches: readonly Stretch[] = []): { bins: EventBin[]; placed: number; vaguer: number } {
  // Per period: a day in it (that names the period) and its counts by precision.
  const periods = new Map<number, { day: number; counts: [number, number, number] }>();
  let placed = 0;
  let vaguer = 0;
  for (let i = 0; i < events.length; i += 1) {
    if (!inStretches(events, i, stretches)) continue;
    const precision = events.precision[i]!;
    // "July 2024" cannot go into a week or a day: placing it at July 1 would invent a date.
    if (PRECISION_RANK[precision]! > UNIT_RANK[unit]) {
      vaguer += 1;
      continue;
    }
    placed += 1;
    const day = events.day[i]!;
    const number = periodNumberOf(day, events.year[i]!, events.month[i]!, unit);
    let period = periods.get(number);
    if (period === undefined) periods.set(number, (period = { day, counts: [0, 0, 0] }));
    period.counts[precision as 0 | 1 | 2] += 1;
  }
  // Distinct events add up: in each period the precisions sit on one another, the day-precise at the bottom.
  const bins: EventBin[] = [];
  for (const number of [...periods.keys()].sort((a, b) => a - b)) {
    const { day, counts } = periods.get(number)!;
    const bin = binOf(isoDayOf(day), unit);
    const period = periodName(bin.start, unit);
    let height = 0;
    counts.forEach((count, precision) => {
      if (count === 0) return;
      bins.push({ ...bin, period, precision: PRECISIONS[precision]!, count, from: height, to: height + count });
      height += count;
    });
  }
  return { bins, placed, vaguer };
}
