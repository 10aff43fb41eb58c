// Which stretch of time a timeline chart shows, and per what: the unit from the events' span
// (widened until at least two periods have events), and, when a few stray dates stretch that
// span over more periods than 800 px can show (a "1196" in a history paragraph, a misread
// "9903"), the stretch where the events are. Without that, one White House timeline drew
// 8,708 years, each bar thinner than a pixel, in seconds.
import type { ChartEvent } from './chart-data.js';
import { UNITS, UNIT_RANK, binOf, eventBins, periodCount, timeUnitFor, type EventBin, type TimeUnit } from './chart-periods.js';

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
  /** The events counted in `bins`. */
  placed: ChartEvent[];
  /** Left out as dated less precisely than the unit. */
  vaguer: number;
  /** First start and latest end of the events in the stretch shown. */
  first: string;
  last: string;
  /** When the span was cut: how many events fell outside the stretch shown, and the span of all of them. */
  cut?: { outside: number; first: string; last: string };
}

/** The layout of the events, or null when they fill fewer than two periods (nothing to chart). */
export function layoutEvents(events: readonly ChartEvent[]): EventLayout | null {
  const whole = binnedOver(events);
  if (whole === null || periodsShown(whole) <= MAX_PERIODS) return whole;
  const cut = (layout: EventLayout | null): EventLayout | null =>
    layout === null ? null : { ...layout, cut: { outside: events.length - layout.placed.length - layout.vaguer, first: whole.first, last: whole.last } };
  // Where the events are, in whatever unit that stretch calls for; then, should that still be
  // too long, its busiest stretch.
  let shown = binnedOver(inPeriods(whole, shortestHolding(whole, Math.ceil(CORE_SHARE * whole.placed.length))));
  if (shown === null) shown = whole;
  if (periodsShown(shown) > MAX_PERIODS) shown = binnedOver(inPeriods(shown, busiestRun(shown)));
  return cut(shown);
}

function binnedOver(events: readonly ChartEvent[]): EventLayout | null {
  if (events.length < 2) return null;
  let first = events[0]!.start;
  let last = events[0]!.last;
  for (const event of events) {
    if (event.start < first) first = event.start;
    if (event.last > last) last = event.last;
  }
  // Mostly coarse dates may leave too little at a fine bin: widen until two periods show.
  let unit = timeUnitFor(first, last);
  let binned = eventBins(events, unit);
  while (distinctPeriods(binned.bins) < 2 && unit !== 'year') {
    unit = UNITS[UNIT_RANK[unit] + 1]!;
    binned = eventBins(events, unit);
  }
  if (distinctPeriods(binned.bins) < 2) return null;
  return { unit, ...binned, first, last };
}

function distinctPeriods(bins: readonly EventBin[]): number {
  let periods = 0;
  bins.forEach((bin, i) => {
    if (i === 0 || bins[i - 1]!.start !== bin.start) periods += 1;
  });
  return periods;
}

/** Periods on the axis: from the first with events to the last, empty ones included. */
function periodsShown(layout: EventLayout): number {
  return periodCount(layout.bins[0]!.start, layout.bins[layout.bins.length - 1]!.start, layout.unit);
}

interface PeriodTotal {
  start: string;
  /** Periods after the first one with events. */
  index: number;
  total: number;
}

function periodTotals(layout: EventLayout): PeriodTotal[] {
  const base = layout.bins[0]!.start;
  const totals = new Map<string, PeriodTotal>();
  // A period's last segment is the top of its stack: its total.
  for (const bin of layout.bins) totals.set(bin.start, { start: bin.start, index: periodCount(base, bin.start, layout.unit) - 1, total: bin.to });
  return [...totals.values()].sort((a, b) => a.index - b.index);
}

/** The shortest run of periods holding at least `wanted` events (the latest of equally short ones). */
function shortestHolding(layout: EventLayout, wanted: number): PeriodTotal[] {
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
function busiestRun(layout: EventLayout): PeriodTotal[] {
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

/** The layout's counted events that fall in these periods. */
function inPeriods(layout: EventLayout, periods: readonly PeriodTotal[]): ChartEvent[] {
  const kept = new Set(periods.map((period) => period.start));
  const periodOf = new Map<string, string>();
  return layout.placed.filter((event) => {
    let start = periodOf.get(event.start);
    if (start === undefined) periodOf.set(event.start, (start = binOf(event.start, layout.unit).start));
    return kept.has(start);
  });
}
