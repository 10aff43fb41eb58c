// The chart specs, asserted on small generated answers: what is plotted (one bar per figure,
// never summed or stacked), how it is labelled (source, date, status, units) and when there
// is nothing worth a chart (fewer than two points).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { AID_STATUSES } from '../src/factbase/schema.js';
import { aidAnswer, article, timelineAnswer, type Event, type Figure } from './helpers/chart-answers.js';
import { aidChartSpec } from '../src/render/chart-aid.js';
import { binOf, periodName, timeUnitFor } from '../src/render/chart-periods.js';
import { chartSpec } from '../src/render/chart-spec.js';
import { sourceLine } from '../src/render/chart-theme.js';
import { timelineChartSpec } from '../src/render/chart-timeline.js';

const wire = article('wire', '2024-03-14');
const ledger = article('ledger', '2024-07-12');
const undated = article('notes', null, null);

// ---- helpers over a spec -----------------------------------------------------------------

type Json = Record<string, unknown>;
const asJson = (value: unknown) => value as Json;

/** The views in the chart's column, caption last. */
function views(spec: unknown): Json[] {
  return asJson(spec)['vconcat'] as Json[];
}
function panelBars(panel: Json): Json[] {
  return (asJson(panel['data'])['values'] as Json[]) ?? [];
}
function layers(view: Json): Json[] {
  return view['layer'] as Json[];
}
function encoding(layer: Json): Json {
  return layer['encoding'] as Json;
}
function caption(spec: unknown): string[] {
  const last = views(spec).at(-1)!;
  return asJson(asJson(last['encoding'])['text'])['value'] as string[];
}
function shownRowLabel(row: string): string[] {
  return row.split('§')[1]!.split('\n');
}
/** Every key anywhere in the spec, for "never aggregated" checks. */
function allKeys(value: unknown, keys: string[] = []): string[] {
  if (Array.isArray(value)) for (const entry of value) allKeys(entry, keys);
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      keys.push(key);
      allKeys(entry, keys);
    }
  }
  return keys;
}

const compiles = (spec: unknown) => {
  const warnings: unknown[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (warnings.push(args), logger),
    warn: (...args: unknown[]) => (warnings.push(args), logger),
    info: () => logger,
    debug: () => logger,
  };
  compile(spec as Parameters<typeof compile>[0], { logger });
  return warnings;
};

// ---- /aid ---------------------------------------------------------------------------------

describe('GIVEN aid figures THEN the chart', () => {
  const figures: Figure[] = [
    { value: 50e9, donor: 'United States', status: 'provided', cumulative: true, date: '2024-03-14', article: wire, qualifier: 'approximately' },
    { value: 50e9, donor: 'United States', status: 'provided', cumulative: true, date: '2024-07-12', article: ledger },
    { value: 0.4e9, donor: 'United States', status: 'announced', cumulative: false, date: '2024-07-10', article: ledger },
    { value: 61.4e9, donor: 'United States', status: 'requested', cumulative: false, date: '2024-03-14', article: wire },
    { value: 2.5e9, donor: 'Canada', status: 'pledged', cumulative: false, date: '2024-03-12', article: wire },
    { value: 5e9, currency: 'EUR', donor: 'European Union', status: 'approved', cumulative: false, date: '2024-02', article: wire },
    { percent: 80, subject: 'the promised shells', donor: 'European allies', status: 'delivered', cumulative: true, article: undated },
  ];
  const spec = aidChartSpec(aidAnswer(figures))!;
  const [dollars, euros, shares] = views(spec);

  it('compiles with Vega-Lite without warnings', () => {
    expect(spec).not.toBeNull();
    expect(compiles(spec)).toEqual([]);
  });

  it('has one panel per currency and one for shares, each with its unit on the axis, then the caption', () => {
    expect(views(spec)).toHaveLength(4);
    const axisTitle = (panel: Json) => asJson(encoding(layers(panel)[0]!)['x'])['title'];
    expect(axisTitle(dollars!)).toBe('Amount (billions of US dollars)');
    expect(axisTitle(euros!)).toBe('Amount (billions of euros)');
    expect(axisTitle(shares!)).toBe('Share (percent)');
  });

  it('plots every figure as its own bar, in the panel unit, and never two on one row', () => {
    const bars = panelBars(dollars!);
    expect(bars.map((bar) => bar['value']).sort((a, b) => Number(a) - Number(b))).toEqual([0.4, 2.5, 50, 50, 61.4]);
    expect(new Set(bars.map((bar) => bar['row'])).size).toBe(bars.length);
    expect(panelBars(euros!).map((bar) => bar['value'])).toEqual([5]);
    expect(panelBars(shares!).map((bar) => bar['value'])).toEqual([80]);
  });

  it('never stacks or sums: the running total reported twice stays two bars of 50, not one of 100', () => {
    for (const panel of [dollars!, euros!, shares!]) {
      for (const layer of layers(panel)) expect(asJson(encoding(layer)['x'])['stack']).toBeNull();
    }
    expect(allKeys(spec)).not.toContain('aggregate');
    expect(allKeys(spec)).not.toContain('transform');
    const running = panelBars(dollars!).filter((bar) => bar['figure'] === 'running total');
    expect(running.map((bar) => bar['value'])).toEqual([50, 50]);
    expect(JSON.stringify(spec)).not.toContain('"value":100');
  });

  it('draws running totals unlike packages (pale and dashed) and says so in the subtitle', () => {
    const enc = encoding(layers(dollars!)[0]!);
    const opacity = asJson(asJson(enc['fillOpacity'])['scale']);
    const domain = opacity['domain'] as string[];
    const range = opacity['range'] as number[];
    expect(range[domain.indexOf('running total')]).toBeLessThan(0.5);
    expect(range[domain.indexOf('single figure')]).toBe(1);
    expect(JSON.stringify(asJson(spec)['title'])).toContain('running totals');
  });

  it('tells requested, approved and delivered apart by colour, the same colour for a status in every panel', () => {
    const scaleOf = (panel: Json) => asJson(asJson(encoding(layers(panel)[0]!)['color'])['scale']);
    const scale = scaleOf(dollars!);
    expect(scaleOf(shares!)).toEqual(scale);
    const domain = scale['domain'] as string[];
    const range = scale['range'] as string[];
    expect(domain).toEqual(['requested', 'pledged', 'announced', 'approved', 'provided', 'delivered']);
    expect(new Set(range).size).toBe(domain.length);
  });

  it('labels each bar with its figure and status, and its row with donor, date and source', () => {
    const bars = panelBars(dollars!);
    const requested = bars.find((bar) => bar['status'] === 'requested')!;
    expect(requested['label']).toBe('$61.4 billion · requested');
    expect(shownRowLabel(String(requested['row']))).toEqual(['United States · 2024-03-14', '[4] Paper wire']);
    const approx = bars.find((bar) => String(bar['label']).startsWith('approximately'))!;
    expect(approx['label']).toBe('approximately $50 billion · provided');
    const share = panelBars(shares!)[0]!;
    expect(share['label']).toBe('80% of the promised shells · delivered');
    expect(shownRowLabel(String(share['row']))).toEqual(['European allies · undated', '[7] Story notes']);
    expect(JSON.stringify(layers(dollars!)[1])).toContain('"text":{"field":"label"}');
  });

  it('groups rows by donor (most figures first), oldest first within a donor', () => {
    const shown = panelBars(dollars!).map((bar) => shownRowLabel(String(bar['row']))[0]);
    expect(shown).toEqual([
      'United States · 2024-03-14',
      'United States · 2024-03-14',
      'United States · 2024-07-10',
      'United States · 2024-07-12',
      'Canada · 2024-03-12',
    ]);
  });

  it('leaves room right of the longest bar for its label', () => {
    const x = asJson(encoding(layers(dollars!)[0]!)['x']);
    const domain = asJson(x['scale'])['domain'] as number[];
    expect(domain[1]).toBeGreaterThan(61.4 * 1.2);
  });

  it('has a title, and a caption with the number of articles and their date range', () => {
    expect(asJson(asJson(spec)['title'])['text']).toBe('Aid figures in the coverage');
    expect(caption(spec)[0]).toBe('Source: 3 articles published 2024-03-14 to 2024-07-12 (1 undated)');
  });

  it('is the same spec for the same answer', () => {
    expect(JSON.stringify(aidChartSpec(aidAnswer(figures)))).toBe(JSON.stringify(spec));
  });
});

describe('GIVEN too little to plot THEN no chart (the text answer stands alone)', () => {
  it('one figure', () => {
    expect(aidChartSpec(aidAnswer([{ value: 1e9, donor: 'A', status: 'pledged', cumulative: false, article: wire }]))).toBeNull();
  });
  it('items without figures (a hand-written answer)', () => {
    const answer = aidAnswer([]);
    answer.items = [{ text: 'A sentence.', citations: [1] }, { text: 'Another.', citations: [1] }];
    expect(aidChartSpec(answer)).toBeNull();
  });
  it('one event, or events all in one period', () => {
    expect(timelineChartSpec(timelineAnswer([{ start: '2024-01-05', precision: 'day', article: wire }]))).toBeNull();
    const sameDay = timelineAnswer([
      { start: '2024-01-05', precision: 'day', article: wire },
      { start: '2024-01-05', precision: 'day', article: ledger },
    ]);
    expect(timelineChartSpec(sameDay)).toBeNull();
  });
  it('an abstention, an error, or another command', () => {
    const answer = aidAnswer([
      { value: 1e9, donor: 'A', status: 'pledged', cumulative: false, article: wire },
      { value: 2e9, donor: 'B', status: 'pledged', cumulative: false, article: wire },
    ]);
    expect(chartSpec(answer)).not.toBeNull();
    expect(chartSpec({ ...answer, abstained: true })).toBeNull();
    expect(chartSpec({ ...answer, error: 'bad-input' })).toBeNull();
    expect(chartSpec({ ...answer, command: 'who' })).toBeNull();
  });
});

describe('GIVEN any aid figures THEN each is plotted once, as reported (property)', () => {
  const figureArb = fc.record({
    value: fc.integer({ min: 1, max: 500 }).map((n) => n * 1e8),
    currency: fc.constantFrom('USD', 'EUR'),
    donor: fc.constantFrom('United States', 'Canada', 'European Union', 'NATO Allies'),
    status: fc.constantFrom(...AID_STATUSES, null),
    cumulative: fc.boolean(),
    date: fc.constantFrom('2023-11-29', '2024-07', '2024', undefined),
  });
  it('values per currency are exactly the figures (in the panel unit), none added to another', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { minLength: 2, maxLength: 20 }), (generated) => {
        const figures = generated.map(({ date, ...rest }) => ({ ...rest, article: wire, ...(date === undefined ? {} : { date }) }));
        const spec = aidChartSpec(aidAnswer(figures));
        expect(spec).not.toBeNull();
        const panels = views(spec).slice(0, -1);
        const plotted = panels.flatMap((panel) => {
          const title = String(asJson(encoding(layers(panel)[0]!)['x'])['title']);
          const divisor = title.includes('billions') ? 1e9 : title.includes('millions') ? 1e6 : 1;
          return panelBars(panel).map((bar) => Math.round(Number(bar['value']) * divisor));
        });
        expect(plotted.sort((a, b) => a - b)).toEqual(figures.map((figure) => figure.value).sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });
});

// ---- /timeline ----------------------------------------------------------------------------

describe('timeline bins', () => {
  it.each([
    ['2024-07-01', '2024-07-20', 'day'],
    ['2024-07-01', '2024-08-15', 'day'],
    ['2024-07-01', '2024-10-01', 'week'],
    ['2023-01-01', '2024-12-31', 'month'],
    ['1997-01-01', '2025-01-01', 'year'],
  ] as const)('%s to %s is binned per %s', (first, last, unit) => {
    expect(timeUnitFor(first, last)).toBe(unit);
  });

  it('weeks start on Monday; months and years on their first day', () => {
    expect(binOf('2024-07-10', 'week')).toEqual({ start: '2024-07-08', end: '2024-07-15' });
    expect(binOf('2024-07-08', 'week')).toEqual({ start: '2024-07-08', end: '2024-07-15' });
    expect(binOf('2024-07-14', 'week')).toEqual({ start: '2024-07-08', end: '2024-07-15' });
    expect(binOf('2024-12-20', 'month')).toEqual({ start: '2024-12-01', end: '2025-01-01' });
    expect(binOf('2024-12-31', 'day')).toEqual({ start: '2024-12-31', end: '2025-01-01' });
    expect(periodName('2024-07-08', 'week')).toBe('8 Jul 2024');
    expect(periodName('2024-07-01', 'month')).toBe('Jul 2024');
  });
});

describe('GIVEN dated events THEN the timeline chart', () => {
  const events: Event[] = [
    { start: '2024-01-15', precision: 'day', article: wire },
    { start: '2024-01-20', precision: 'day', article: wire },
    { start: '2024-01-01', precision: 'month', article: ledger },
    { start: '2024-03-03', precision: 'day', article: ledger },
    { start: '2024-07-09', end: '2024-07-11', precision: 'day', article: ledger },
    { start: '2024-01-01', precision: 'year', article: undated },
  ];
  const spec = timelineChartSpec(timelineAnswer(events))!;
  const chart = views(spec)[0]!;
  const bins = panelBars(layers(chart)[0]!);

  it('compiles with Vega-Lite without warnings', () => {
    expect(compiles(spec)).toEqual([]);
  });

  it('counts events per month (a six-month span), split by how precisely they are dated', () => {
    expect(bins.map((bin) => [bin['period'], bin['precision'], bin['count'], bin['from'], bin['to']])).toEqual([
      ['Jan 2024', 'the day', 2, 0, 2],
      ['Jan 2024', 'the month', 1, 2, 3],
      ['Mar 2024', 'the day', 1, 0, 1],
      ['Jul 2024', 'the day', 1, 0, 1],
    ]);
    expect(asJson(spec)['title']).toMatchObject({ subtitle: 'Dated events per month' });
  });

  it('shows empty months as gaps on the axis, in order', () => {
    const x = asJson(encoding(layers(chart)[0]!)['x']);
    expect(asJson(x['scale'])['domain']).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024']);
    expect(x['title']).toBe('Month');
    expect(asJson(encoding(layers(chart)[0]!)['y'])['title']).toBe('Events');
  });

  it('labels each period with its total', () => {
    expect(panelBars(layers(chart)[1]!)).toEqual([
      { period: 'Jan 2024', total: 3 },
      { period: 'Mar 2024', total: 1 },
      { period: 'Jul 2024', total: 1 },
    ]);
  });

  it('leaves out, and says so, an event dated less precisely than the bin', () => {
    expect(caption(spec)).toEqual([
      'Source: 2 articles published 2024-03-14 to 2024-07-12',
      '5 dated events from 2024-01 to 2024-07, counted per month; near-duplicates count once.',
      'Not shown: 1 event dated less precisely than a month.',
    ]);
  });

  it('widens the bin when a finer one would leave a single period', () => {
    const coarse = timelineChartSpec(
      timelineAnswer([
        { start: '2024-01-01', precision: 'year', article: wire },
        { start: '2024-03-01', precision: 'month', article: wire },
        { start: '2025-01-01', precision: 'year', article: wire },
      ]),
    )!;
    expect(asJson(coarse)['title']).toMatchObject({ subtitle: 'Dated events per year' });
  });
});

describe('sourceLine', () => {
  it('counts distinct articles, once each, with the range of their dates', () => {
    const answer = timelineAnswer([
      { start: '2024-01-15', precision: 'day', article: wire },
      { start: '2024-01-16', precision: 'day', article: wire },
    ]);
    expect(sourceLine(answer, answer.items)).toBe('Source: 1 article published 2024-03-14');
  });
});
