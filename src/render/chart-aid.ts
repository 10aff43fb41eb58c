// The /aid chart: one horizontal bar per aid figure (chart-aid-panels.ts reads them from the
// answer), each labelled with its date and source ("[3] Wire Service"); colour is the status
// (requested, approved, delivered…), hollow bars are running totals. Money and percentages,
// and different currencies, get separate panels with their own units. Nothing is stacked or
// summed: each bar starts at zero.
import type { TopLevelSpec } from 'vega-lite';
import type { Answer } from '../answer.js';
import { MAX_AID_ROWS } from '../chart-data.js';
import {
  MAX_LABEL_SHARE,
  PLOT_WIDTH,
  ROW_LABEL_EXPR,
  ROW_LABEL_WIDTH,
  ROW_STEP,
  RUNNING,
  SINGLE,
  STATUS_COLOURS,
  STATUS_ORDER,
  aidPanels,
  type Panel,
} from './chart-aid-panels.js';
import { THEME, captionView, sourceLine, topLevel } from './chart-theme.js';
import { count } from '../counted.js';

function presentInOrder<T extends string>(order: readonly T[], present: Iterable<string>): T[] {
  const seen = new Set(present);
  return order.filter((value) => seen.has(value));
}

function aidPanelView(panel: Panel, statuses: readonly string[], figures: readonly string[]) {
  const statusScale = { domain: statuses, range: statuses.map((status) => STATUS_COLOURS[status as keyof typeof STATUS_COLOURS]) };
  const y = {
    field: 'row',
    type: 'nominal',
    sort: null,
    title: null,
    axis: {
      labelExpr: ROW_LABEL_EXPR,
      labelLimit: ROW_LABEL_WIDTH - 8,
      labelFontSize: 12,
      ticks: false,
      domain: false,
      labelPadding: 8,
      // A fixed width for the labels, so every panel's bars start at the same x.
      minExtent: ROW_LABEL_WIDTH,
      maxExtent: ROW_LABEL_WIDTH,
    },
  } as const;
  // `stack: null`: each figure stands alone from zero; nothing is piled on anything else.
  const x = {
    field: 'value',
    type: 'quantitative',
    stack: null,
    title: panel.axisTitle,
    scale: { domain: [0, panel.domainMax], nice: false, zero: true },
    axis: { format: ',.4~r', tickCount: 5, grid: true, ...(panel.ticks ? { values: panel.ticks } : {}) },
  } as const;
  return {
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: panel.bars },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.62 }, strokeWidth: 2, cornerRadiusEnd: 2 },
        encoding: {
          y,
          x,
          color: { field: 'status', type: 'nominal', title: 'Status', scale: statusScale },
          // Outlined in the status colour too: a hollow running total still shows its status.
          stroke: { field: 'status', type: 'nominal', title: 'Status', scale: statusScale },
          // Running totals are pale and dashed: visibly not the same kind of figure as a package.
          fillOpacity: { field: 'figure', type: 'ordinal', legend: null, scale: { domain: figures, range: figures.map((figure) => (figure === RUNNING ? 0.22 : 1)) } },
          strokeDash: {
            field: 'figure',
            type: 'ordinal',
            title: 'Figure',
            scale: { domain: figures, range: figures.map((figure) => (figure === RUNNING ? [5, 3] : [1, 0])) },
            // Said in the subtitle instead: a legend beside the status one would not fit 800 px.
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, limit: Math.round(PLOT_WIDTH * MAX_LABEL_SHARE), color: THEME.text },
        encoding: { y, x, text: { field: 'label' } },
      },
    ],
  } as const;
}

/**
 * The /aid chart of `answer`'s figures, or null with fewer than two. Reads the items in order
 * up to the MAX_AID_ROWS-th figure, so an answer holding only the first figures draws the
 * same chart as the whole one when `totalItems` says how many items the whole answer has.
 */
export function aidChartSpec(answer: Answer, totalItems = answer.items.length): TopLevelSpec | null {
  const { panels, plotted } = aidPanels(answer);
  const bars = panels.flatMap((panel) => panel.bars);
  if (bars.length < 2) return null;
  const statuses = presentInOrder(STATUS_ORDER, bars.map((bar) => bar.status));
  const figures = presentInOrder([SINGLE, RUNNING], bars.map((bar) => bar.figure));
  const dropped = totalItems - plotted.length;
  const caption = [
    sourceLine(answer, plotted),
    'Each figure as its source reports it: none is added to another or stacked.',
    ...(dropped > 0 && plotted.length === MAX_AID_ROWS ? [`The first ${MAX_AID_ROWS} figures are shown.`] : []),
  ];
  const subtitle = [
    `${count(bars.length, 'figure')} by donor and date; the colour is the status.`,
    ...(figures.includes(RUNNING) ? ['Pale dashed bars are running totals: they include earlier packages.'] : []),
  ];
  return topLevel(answer.title, subtitle, [
    ...panels.map((panel) => aidPanelView(panel, statuses, figures)),
    captionView(caption, PLOT_WIDTH, ROW_LABEL_WIDTH),
  ]);
}
