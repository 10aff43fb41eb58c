// Which stretch of time a timeline chart shows, and per what: the unit from the events' span
// (widened until at least two periods have events), and, when a few stray dates stretch that
// span over more periods than 800 px can show (a "1196" in a history paragraph, a misread
// "9903"), the stretch where the events are. Without that, one White House timeline drew
// 8,708 years, each bar thinner than a pixel, in seconds.
import { isoDayOf, type EventColumns } from '../chart-data.js';
import { UNITS, UNIT_RANK, eventBins, inStretches, periodNumber, timeUnitFor, type EventBin, type Stretch, type TimeUnit } from './chart-periods.js';

/**
 * Most periods one chart shows. Spans up to six years are shown by month at most (73
 * periods), so only spans of more than this many years are ever cut.
 */
export const MAX_PERIODS = 80;
/** A cut span keeps the shortest run of years holding at least this share of the events. */
export const CORE_SHARE = 0.95;

export interface EventLayout {
  unit: TimeUnit;
  /** Stacked segments, by period then precision. */
  bins: EventBin[];
  /** How many events `bins` count, and the refs of those events. */
  placed: number;
  refs: Int32Array;
  /** Left out as dated less precisely than the unit. */
  vaguer: number;
  /** First start and latest end of the events in the stretch shown. */
  first: string;
  last: string;
  /** When the span was cut: how many events fell outside the stretch shown, and the span of all of them. */
  cut?: { outside: number; first: string; last: string };
}

/** A layout while it is worked out: the stretches its events are counted in, and no refs yet. */
type Binned = Omit<EventLayout, 'refs' | 'cut'> & { stretches: readonly Stretch[] };

/** The layout of the events, or null when they fill fewer than two periods (nothing to chart). */
export function layoutEvents(events: EventColumns): EventLayout | null {
  const whole = binnedOver(events, []);
  if (whole === null || periodsShown(whole) <= MAX_PERIODS) return whole && laidOut(events, whole);
  // Where the events are, in whatever unit that stretch calls for; then, should that still be
  // too long, its busiest stretch.
  let shown = binnedOver(events, [stretchOf(whole, shortestHolding(whole, Math.ceil(CORE_SHARE * whole.placed)))]);
  if (shown === null) shown = whole;
  if (periodsShown(shown) > MAX_PERIODS) shown = binnedOver(events, [...shown.stretches, stretchOf(shown, busiestRun(shown))]);
  if (shown === null) return null;
  return { ...laidOut(events, shown), cut: { outside: events.length - shown.placed - shown.vaguer, first: whole.first, last: whole.last } };
}

/** The finished layout: with the refs of the events it counts. */
function laidOut(events: EventColumns, binned: Binned): EventLayout {
  const { stretches, ...layout } = binned;
  const counted = [...stretches, { unit: binned.unit, first: -Infinity, last: Infinity }];
  const refs = new Int32Array(binned.placed);
  for (let i = 0, n = 0; i < events.length; i += 1) if (inStretches(events, i, counted)) refs[n++] = events.ref[i]!;
  return { ...layout, refs };
}

function binnedOver(events: EventColumns, stretches: readonly Stretch[]): Binned | null {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let inside = 0;
  for (let i = 0; i < events.length; i += 1) {
    if (!inStretches(events, i, stretches)) continue;
    inside += 1;
    if (events.day[i]! < firstDay) firstDay = events.day[i]!;
    if (events.lastDay[i]! > lastDay) lastDay = events.lastDay[i]!;
  }
  if (inside < 2) return null;
  const first = isoDayOf(firstDay);
  const last = isoDayOf(lastDay);
  // Mostly coarse dates may leave too little at a fine bin: widen until two periods show.
  let unit = timeUnitFor(first, last);
  let binned = eventBins(events, unit, stretches);
  while (distinctPeriods(binned.bins) < 2 && unit !== 'year') {
    unit = UNITS[UNIT_RANK[unit] + 1]!;
    binned = eventBins(events, unit, stretches);
  }
  if (distinctPeriods(binned.bins) < 2) return null;
  return { unit, ...binned, first, last, stretches };
}

function distinctPeriods(bins: readonly EventBin[]): number {
  let periods = 0;
  bins.forEach((bin, i) => {
    if (i === 0 || bins[i - 1]!.start !== bin.start) periods += 1;
  });
  return periods;
}

/** Periods on the axis: from the first with events to the last, empty ones included. */
function periodsShown(layout: Binned): number {
  return periodNumber(layout.bins[layout.bins.length - 1]!.start, layout.unit) - periodNumber(layout.bins[0]!.start, layout.unit) + 1;
}

interface PeriodTotal {
  /** The period's number (periodNumber). */
  number: number;
  /** Periods after the first one with events. */
  index: number;
  total: number;
}

function periodTotals(layout: Binned): PeriodTotal[] {
  const base = periodNumber(layout.bins[0]!.start, layout.unit);
  const totals = new Map<string, PeriodTotal>();
  // A period's last segment is the top of its stack: its total.
  for (const bin of layout.bins) {
    const number = periodNumber(bin.start, layout.unit);
    totals.set(bin.start, { number, index: number - base, total: bin.to });
  }
  return [...totals.values()].sort((a, b) => a.index - b.index);
}

/** The shortest run of periods holding at least `wanted` events (the latest of equally short ones). */
function shortestHolding(layout: Binned, wanted: number): PeriodTotal[] {
  const periods = periodTotals(layout);
  let best = { from: 0, to: periods.length - 1 };
  let sum = 0;
  for (let right = 0, left = 0; right < periods.length; right += 1) {
    sum += periods[right]!.total;
    while (sum - periods[left]!.total >= wanted) sum -= periods[left++]!.total;
    const span = (run: { from: number; to: number }) => periods[run.to]!.index - periods[run.from]!.index;
    if (sum >= wanted && span({ from: left, to: right }) <= span(best)) best = { from: left, to: right };
  }
  return periods.slice(best.from, best.to + 1);
}

/** The run of at most MAX_PERIODS consecutive periods holding the most events (the latest of equally busy ones). */
function busiestRun(layout: Binned): PeriodTotal[] {
  const periods = periodTotals(layout);
  let best = { from: 0, to: 0, sum: -1 };
  let sum = 0;
  for (let right = 0, left = 0; right < periods.length; right += 1) {
    sum += periods[right]!.total;
    while (periods[right]!.index - periods[left]!.index >= MAX_PERIODS) sum -= periods[left++]!.total;
    if (sum >= best.sum) best = { from: left, to: right, sum };
  }
  return periods.slice(best.from, best.to + 1);
}

/** The stretch of these periods (a run of consecutive ones) in the layout's unit. */
function stretchOf(layout: Binned, periods: readonly PeriodTotal[]): Stretch {
  return { unit: layout.unit, first: periods[0]!.number, last: periods[periods.length - 1]!.number };
}
