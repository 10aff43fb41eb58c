// The /timeline chart: dated events per day, week or month (by year for long spans), stacked
// by how precisely the text dates them, with every period of the span on the axis (empty
// ones too: gaps in time show as gaps). The only sum in any chart is here: distinct events
// (near-duplicates merged by the command) counted per period. Which span and unit:
// chart-span.ts; counting per period: chart-periods.ts.
import type { TopLevelSpec } from 'vega-lite';
import type { Answer } from '../answer.js';
import { chartEvent, packEvents, type ChartEvent, type EventSeries } from '../chart-data.js';
import { PRECISIONS, periodsBetween, type EventBin, type Precision, type TimeUnit } from './chart-periods.js';
import { layoutEvents } from './chart-span.js';
import { CHART_WIDTH, PADDING, THEME, captionView, sourceLine, topLevel } from './chart-theme.js';
import { count } from '../counted.js';

/** Room for the count axis left of the bars. */
const COUNT_AXIS_WIDTH = 44;
const PRECISION_COLOURS: Readonly<Record<Precision, string>> = { 'the day': '#0072B2', 'the month': '#56B4E9', 'the year': '#E69F00' };

const UNIT_AXIS: Readonly<Record<TimeUnit, { title: string; noun: string; digits: number }>> = {
  day: { title: 'Day', noun: 'day', digits: 10 },
  week: { title: 'Week (starting Monday)', noun: 'week', digits: 10 },
  month: { title: 'Month', noun: 'month', digits: 7 },
  year: { title: 'Year', noun: 'year', digits: 4 },
};

/** The whole timeline of an answer (every item, not one page) as a chart; null with fewer than two periods to show. */
export function timelineChartSpec(answer: Answer): TopLevelSpec | null {
  const events: ChartEvent[] = [];
  answer.items.forEach((item, i) => {
    const event = chartEvent(item['start'], item['end'], item['precision'], i);
    if (event !== null) events.push(event);
  });
  return eventsChartSpec({ title: answer.title, events: packEvents(events), sourceLine: (refs) => sourceLine(answer, Array.from(refs, (i) => answer.items[i]!)) });
}

/** Events per period of their span (chart-span.ts): a bar per period stacked by date precision, its total on top. */
export function eventsChartSpec(series: EventSeries): TopLevelSpec | null {
  const layout = layoutEvents(series.events);
  if (layout === null) return null;
  const { bins, placed, refs, vaguer, unit, cut } = layout;
  const totals = new Map<string, { period: string; total: number }>();
  for (const bin of bins) totals.set(bin.start, { period: bin.period, total: bin.to });
  const axis = UNIT_AXIS[unit];
  const shown = (date: string) => date.slice(0, axis.digits);
  const caption = [
    series.sourceLine(refs),
    `${count(placed, 'dated event')} from ${shown(layout.first)} to ${shown(layout.last)}, counted per ${axis.noun}; near-duplicates count once.`,
    ...(vaguer > 0 ? [`Not shown: ${count(vaguer, 'event')} dated less precisely than a ${axis.noun}.`] : []),
    ...(cut !== undefined && cut.outside > 0
      ? [`Not shown: ${count(cut.outside, 'event')} dated outside ${shown(bins[0]!.start)}–${shown(bins[bins.length - 1]!.start)}, where most are (all run from ${shown(cut.first)} to ${shown(cut.last)}).`]
      : []),
  ];
  const periods = periodsBetween(bins[0]!.start, bins[bins.length - 1]!.start, unit);
  return topLevel(series.title, `Dated events per ${axis.noun}`, [
    countsView(bins, [...totals.values()], periods, axis.title),
    captionView(caption, plotWidth, COUNT_AXIS_WIDTH),
  ]);
}

const plotWidth = CHART_WIDTH - 2 * PADDING - COUNT_AXIS_WIDTH;
const PLOT_HEIGHT = 260;
const TOTAL_FONT_SIZE = 12;
// DejaVu Sans digits are all 0.636 em wide (tabular), so a total's width follows from its digits.
const DIGIT_WIDTH = 0.636 * TOTAL_FONT_SIZE;

/** The bars: one stack per period, its total above it. */
function countsView(bins: readonly EventBin[], totals: readonly { period: string; total: number }[], periods: readonly string[], axisTitle: string) {
  const precisions = PRECISIONS.filter((label) => bins.some((bin) => bin.precision === label));
  const maxTotal = Math.max(...totals.map((total) => total.total));
  // A total wider than its bar would run into its neighbours' ("19551" over "19505" at 25
  // years): then every total stands upright on its bar, with room left above the tallest.
  const labelWidth = String(maxTotal).length * DIGIT_WIDTH;
  const upright = labelWidth > (plotWidth / periods.length) * 0.9;
  const headroom = upright ? PLOT_HEIGHT / (PLOT_HEIGHT - labelWidth - 8) - 1 : 0.12;
  // Periods are named here rather than by Vega's time scale: the names do not depend on the
  // machine's time zone, and each sits under its own bar.
  const x = {
    field: 'period',
    type: 'ordinal',
    title: axisTitle,
    sort: null,
    scale: { domain: periods, paddingInner: 0.1, paddingOuter: 0.05 },
    axis: { labelOverlap: 'parity', grid: false, labelAngle: 0, ticks: false },
  } as const;
  const y = {
    field: 'to',
    type: 'quantitative',
    title: 'Events',
    scale: { domain: [0, maxTotal + Math.max(1, Math.ceil(maxTotal * headroom))], nice: false },
    axis: { format: 'd', tickMinStep: 1, grid: true, minExtent: COUNT_AXIS_WIDTH, maxExtent: COUNT_AXIS_WIDTH },
  } as const;
  return {
    width: plotWidth,
    height: PLOT_HEIGHT,
    layer: [
      {
        data: { values: bins },
        mark: { type: 'bar', stroke: THEME.background, strokeWidth: 1 },
        encoding: {
          x,
          y,
          y2: { field: 'from' },
          color: {
            field: 'precision',
            type: 'nominal',
            title: 'Dated to',
            scale: { domain: precisions, range: precisions.map((label) => PRECISION_COLOURS[label]) },
          },
        },
      },
      {
        data: { values: totals },
        mark: upright
          ? { type: 'text', angle: 270, align: 'left', baseline: 'middle', dx: 3, fontSize: TOTAL_FONT_SIZE }
          : { type: 'text', baseline: 'bottom', dy: -3, fontSize: TOTAL_FONT_SIZE },
        encoding: {
          x,
          y: { field: 'total', type: 'quantitative' },
          text: { field: 'total', type: 'quantitative' },
        },
      },
    ],
  } as const;
}
