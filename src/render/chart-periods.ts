// Counting dated events per period for the timeline chart: which period (day, week, month,
// year) suits a span, the period holding a date, its name on the axis, and the counts per
// period split by how precisely each event is dated. Pure string and UTC arithmetic: the
// counts never depend on the machine's time zone.
import type { ChartEvent, DatePrecision } from './chart-data.js';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;
export const PRECISION_LABEL = { day: 'the day', month: 'the month', year: 'the year' } as const;
export type Precision = (typeof PRECISION_LABEL)[keyof typeof PRECISION_LABEL];
export const PRECISIONS: readonly Precision[] = [PRECISION_LABEL.day, PRECISION_LABEL.month, PRECISION_LABEL.year];
export const UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];
export const UNIT_RANK: Readonly<Record<TimeUnit, number>> = { day: 0, week: 1, month: 2, year: 3 };
const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, month: 2, year: 3 };
/** Where a precision's segment sits in its period's stack (PRECISIONS' order). */
const PRECISION_SLOT: Readonly<Record<DatePrecision, number>> = { day: 0, month: 1, year: 2 };

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

/** How many periods `periodsBetween` would name, without naming them (a span of centuries by day would be millions). */
export function periodCount(first: string, last: string, unit: TimeUnit): number {
  const [y1 = 0, m1 = 1] = first.split('-').map(Number);
  const [y2 = 0, m2 = 1] = last.split('-').map(Number);
  if (unit === 'year') return y2 - y1 + 1;
  if (unit === 'month') return (y2 - y1) * 12 + m2 - m1 + 1;
  const from = msOf(binOf(first, unit).start);
  return Math.floor((msOf(last) - from) / (unit === 'week' ? 7 * DAY_MS : DAY_MS)) + 1;
}

/** Events per period, split by how precisely each is dated; events vaguer than the bin are left out (and counted). */
export function eventBins(events: readonly ChartEvent[], unit: TimeUnit): { bins: EventBin[]; placed: ChartEvent[]; vaguer: number } {
  // A period's segments, by precision (day, month, year); many events share a date, so each
  // date is binned once. (A whole timeline is 100,000 events: no string is built per event.)
  const segmentsOf = new Map<string, (EventBin | undefined)[]>();
  const segmentsOfDate = new Map<string, { bin: { start: string; end: string }; segments: (EventBin | undefined)[] }>();
  const placed: ChartEvent[] = [];
  for (const event of events) {
    // "July 2024" cannot go into a week or a day: placing it at July 1 would invent a date.
    if (PRECISION_RANK[event.precision] > UNIT_RANK[unit]) continue;
    placed.push(event);
    let dated = segmentsOfDate.get(event.start);
    if (dated === undefined) {
      const bin = binOf(event.start, unit);
      let segments = segmentsOf.get(bin.start);
      if (segments === undefined) segmentsOf.set(bin.start, (segments = []));
      segmentsOfDate.set(event.start, (dated = { bin, segments }));
    }
    const slot = PRECISION_SLOT[event.precision];
    const current = dated.segments[slot];
    if (current === undefined) {
      const { bin } = dated;
      dated.segments[slot] = { ...bin, period: periodName(bin.start, unit), precision: PRECISION_LABEL[event.precision], count: 1, from: 0, to: 0 };
    } else current.count += 1;
  }
  // Distinct events add up: in each period the precisions sit on one another, the day-precise at the bottom.
  const bins: EventBin[] = [];
  for (const start of [...segmentsOf.keys()].sort((a, b) => a.localeCompare(b))) {
    let height = 0;
    for (const bin of segmentsOf.get(start)!) {
      if (bin === undefined) continue;
      bin.from = height;
      height += bin.count;
      bin.to = height;
      bins.push(bin);
    }
  }
  return { bins, placed, vaguer: events.length - placed.length };
}
