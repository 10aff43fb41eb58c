// Answer (or a command's chart data) → Vega-Lite chart spec, for the answers people would
// rather see than read: /aid figures (chart-aid.ts) and /timeline events (chart-timeline.ts),
// drawn in one theme (chart-theme.ts). Pure (no I/O, no clock): same data, same spec, so the
// rendered image is the same bytes too (chart-image.ts). Null when there are fewer than two
// things to plot; the caller then gives the text answer alone.
import type { TopLevelSpec } from 'vega-lite';
import type { Answer } from '../answer.js';
import { aidChartSpec } from './chart-aid.js';
import type { ChartData } from '../chart-data.js';
import { eventsChartSpec, timelineChartSpec } from './chart-timeline.js';

/** The chart for an answer, or null when the answer has nothing (or only one thing) to plot. */
export function chartSpec(answer: Answer, totalItems = answer.items.length): TopLevelSpec | null {
  if (answer.abstained || answer.error !== undefined) return null;
  if (answer.command === 'aid') return aidChartSpec(answer, totalItems);
  if (answer.command === 'timeline') return timelineChartSpec(answer);
  return null;
}

/** The chart for what a command's `chart` handed over. */
export function chartSpecOf(data: ChartData): TopLevelSpec | null {
  return data.kind === 'events' ? eventsChartSpec(data.series) : chartSpec(data.answer, data.totalItems);
}
