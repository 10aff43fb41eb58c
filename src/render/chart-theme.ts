// What every chart shares: the image's size and font, the light card it is drawn on, the
// Vega-Lite config (title, axes, legend), the caption under the plot and the "Source: n
// articles" line. The aid and timeline charts (chart-aid.ts, chart-timeline.ts) only decide
// what to plot.
import type { TopLevelSpec } from 'vega-lite';
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { sourceLineOf } from '../chart-data.js';

/** Width of the image in pixels: wide enough for labels, and what Discord shows without scaling much. */
export const CHART_WIDTH = 800;

/** The one family the renderer has (chart-image.ts loads it from a file), so layout and image agree. */
export const CHART_FONT = 'DejaVu Sans';

// An opaque light card: the same image has to read on Discord's dark and light themes, and a
// transparent one cannot (dark text vanishes on dark, light text on light). Text and grid
// colours keep at least 4.5:1 contrast on it.
export const THEME = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d8dee4',
} as const;

export const PADDING = 16;
export const LABEL_FONT_SIZE = 13;

const config = {
  font: CHART_FONT,
  background: THEME.background,
  padding: PADDING,
  view: { stroke: null },
  title: {
    color: THEME.text,
    subtitleColor: THEME.muted,
    fontSize: 18,
    subtitleFontSize: 13,
    anchor: 'start',
    offset: 12,
  },
  axis: {
    labelColor: THEME.text,
    titleColor: THEME.text,
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    titleFontWeight: 'normal',
    gridColor: THEME.grid,
    domainColor: THEME.muted,
    tickColor: THEME.muted,
  },
  legend: {
    labelColor: THEME.text,
    titleColor: THEME.text,
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    orient: 'top',
    direction: 'horizontal',
    columns: 3,
    labelLimit: 330,
  },
  text: { color: THEME.text, fontSize: LABEL_FONT_SIZE },
  concat: { spacing: 24 },
} as const;

/**
 * The caption under a chart: where its data come from, and how to read it. Views in a
 * column line up on their plot areas, so the caption starts `axisWidth` left of its own to
 * begin at the image's margin.
 */
export function captionView(lines: readonly string[], plotWidth: number, axisWidth: number) {
  return {
    width: plotWidth,
    height: lines.length * 16,
    data: { values: [{}] },
    mark: { type: 'text', align: 'left', baseline: 'top', x: -axisWidth, y: 0, fontSize: 12, color: THEME.muted, lineHeight: 16 },
    encoding: { text: { value: [...lines] } },
  } as const;
}

/** The whole chart: title and subtitle over a column of views, each with its own scales. */
export function topLevel(title: string, subtitle: string | readonly string[], views: readonly object[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: clipText(title, 80), subtitle },
    config,
    vconcat: views,
    resolve: { scale: { x: 'independent', y: 'independent' } },
  } as unknown as TopLevelSpec;
}

export function clipText(text: string, max: number): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

export function citationMap(answer: Answer): Map<number, Citation> {
  return new Map(answer.citations.map((citation) => [citation.n, citation]));
}

/** "Source: 3 articles published 2025-01-14 to 2025-06-30 (1 undated)": the articles behind the plotted items. */
export function sourceLine(answer: Answer, items: readonly AnswerItem[]): string {
  const citations = citationMap(answer);
  const articles = new Map<string, string | null>();
  for (const item of items) {
    for (const n of item.citations) {
      const article = citations.get(n)?.article;
      if (article !== undefined) articles.set(article.id, article.published);
    }
  }
  return sourceLineOf(articles.values());
}
