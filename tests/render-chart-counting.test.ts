// The charts drawn from what the commands hand over (runChart): /timeline counts its events
// per period straight from the fact base, /aid reads only its first figures. On a small
// generated coverage, both must draw exactly the chart of the whole answer, which is every
// page of the text answer put together: same periods, same counts per period and precision,
// same source line, same bars and citation numbers.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerItem, Citation } from '../src/answer.js';
import { runChart, runCommand } from '../src/commands/index.js';
import type { RawOptions } from '../src/raw-options.js';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import { chartEvent, packEvents, type ChartEvent } from '../src/chart-data.js';
import { binOf, eventBins } from '../src/render/chart-periods.js';
import { MAX_PERIODS } from '../src/render/chart-span.js';
import { chartSpec, chartSpecOf } from '../src/render/chart-spec.js';
import { eventsChartSpec } from '../src/render/chart-timeline.js';
import { builtCoverage } from './helpers/built-coverage.js';
import { datedCoverage } from './helpers/dated-coverage.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage(datedCoverage({ perOutlet: 8, strayDate: true }));
}, 60_000);

/**
 * Every page of a command's text answer as one answer: items in order, citations numbered
 * by first use across all pages, as one answer of everything would number them.
 */
function wholeAnswer(command: string, options: RawOptions): Answer {
  const first = runCommand(command, { ...options, page: 1 }, facts);
  if (first.abstained || first.error !== undefined) return first;
  const items: AnswerItem[] = [];
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  for (let page = 1; page <= (first.page?.total ?? 1); page += 1) {
    const answer = page === 1 ? first : runCommand(command, { ...options, page }, facts);
    const cited = new Map(answer.citations.map((citation) => [citation.n, citation]));
    for (const item of answer.items) {
      const numbers = item.citations.map((n) => {
        const citation = cited.get(n)!;
        const key = `${citation.article.id}\u0000${citation.sentence}`;
        let number = numberOf.get(key);
        if (number === undefined) {
          number = citations.length + 1;
          numberOf.set(key, number);
          citations.push({ ...citation, n: number });
        }
        return number;
      });
      items.push({ ...item, citations: numbers });
    }
  }
  const { page: _page, ...rest } = first;
  return { ...rest, items, citations };
}

const drawnFromFacts = (command: string, options: RawOptions) => chartSpecOf(runChart(command, { ...options, chart: true }, facts).data());

type Json = Record<string, unknown>;
const asJson = (value: unknown) => value as Json;
const views = (spec: unknown) => asJson(spec)['vconcat'] as Json[];
const bins = (spec: unknown) => ((views(spec)[0]!['layer'] as Json[])[0]!['data'] as Json)['values'] as Json[];
const caption = (spec: unknown) => ((views(spec).at(-1)!['encoding'] as Json)['text'] as Json)['value'] as string[];
const domain = (spec: unknown) => ((((views(spec)[0]!['layer'] as Json[])[0]!['encoding'] as Json)['x'] as Json)['scale'] as Json)['domain'] as string[];

describe('GIVEN a timeline request THEN its chart counts per period from the fact base what the whole answer holds', () => {
  it('the coverage is big enough to page, to cite near-duplicates and to stray', () => {
    const answer = wholeAnswer('timeline', {});
    expect(answer.items.length).toBeGreaterThan(100);
    expect(answer.items.some((item) => item.citations.length > 1)).toBe(true);
    expect(answer.items.some((item) => String(item['start']).startsWith('1901'))).toBe(true);
  });

  it.each([
    ['the whole timeline (one event a century before the rest)', {}],
    ['from a year', { from: '2022' }],
    ['up to a month', { to: '2023-06' }],
    ['between two dates', { from: '2023-02', to: '2024-03' }],
    ['about a topic', { topic: 'ferry strike' }],
    ['about a topic, in a window', { topic: 'water plant inspectors', from: '2023' }],
  ] as const)('%s: the same chart as the whole answer’s', (_, options) => {
    const whole = wholeAnswer('timeline', options);
    expect(whole.abstained).toBe(false);
    const spec = drawnFromFacts('timeline', options);
    expect(spec).not.toBeNull();
    expect(JSON.stringify(spec)).toBe(JSON.stringify(chartSpec(whole)));
  });

  it('counts each period and precision as the whole answer’s items do', () => {
    const whole = wholeAnswer('timeline', { from: '2022' });
    const spec = drawnFromFacts('timeline', { from: '2022' });
    expect(asJson(spec)['title']).toMatchObject({ subtitle: 'Dated events per month' });
    const expected = new Map<string, number>();
    for (const item of whole.items) {
      if (item['precision'] === 'year') continue;
      const key = `${binOf(String(item['start']), 'month').start} the ${String(item['precision'])}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(bins(spec).map((bin) => [`${String(bin['start'])} ${String(bin['precision'])}`, bin['count']]));
    expect(counted).toEqual(expected);
    const yearOnly = whole.items.filter((item) => item['precision'] === 'year').length;
    expect(caption(spec)).toContain(`Not shown: ${yearOnly} events dated less precisely than a month.`);
  });

  it('shows where the events are when one stray date would stretch the axis over a century, and says what it left out', () => {
    const spec = drawnFromFacts('timeline', {});
    expect(domain(spec).length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(domain(spec)[0]).toMatch(/2022$/u);
    expect(caption(spec).at(-1)).toMatch(/^Not shown: 1 event dated outside 2022-\d\d–2024-\d\d, where most are \(all run from 1901-01 to 2024-\d\d\)\.$/u);
  });

  it('gives no chart, only the text answer, when the request has no events', () => {
    expect(drawnFromFacts('timeline', { topic: 'volcano eruption' })).toBeNull();
    expect(drawnFromFacts('timeline', { from: '2030' })).toBeNull();
  });
});

describe('GIVEN an aid request THEN its chart, drawn from its first figures only, is the whole answer’s', () => {
  it.each([
    ['every figure (more than a chart shows)', {}],
    ['one donor', { donor: 'Canada' }],
    ['a donor by its short name', { donor: 'eu' }],
    ['a window', { from: '2024' }],
    ['a kind', { kind: 'military' }],
  ] as const)('%s', (_, options) => {
    const whole = wholeAnswer('aid', options);
    expect(whole.abstained).toBe(false);
    const data = runChart('aid', { ...options, chart: true }, facts).data();
    expect(data.kind === 'answer' && data.answer.items.length).toBeLessThanOrEqual(Math.max(24, whole.items.length));
    expect(JSON.stringify(chartSpecOf(data))).toBe(JSON.stringify(chartSpec(whole)));
  });

  it('makes items only up to the last figure the chart draws', () => {
    const whole = wholeAnswer('aid', {});
    expect(whole.items.length).toBeGreaterThan(24);
    const data = runChart('aid', { chart: true }, facts).data();
    expect(data.kind).toBe('answer');
    if (data.kind !== 'answer') return;
    expect(data.answer.items).toHaveLength(24);
    expect(data.totalItems).toBe(whole.items.length);
    expect(caption(chartSpecOf(data))).toContain('The first 24 figures are shown.');
  });
});

describe('GIVEN events far apart THEN the span shown is where they are', () => {
  const series = (events: (ChartEvent | null)[]) => ({
    title: 'Timeline',
    events: packEvents(events),
    sourceLine: (refs: ArrayLike<number>) => `Source: ${refs.length} refs`,
  });
  const day = (i: number) => `202${1 + Math.floor(i / 100)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

  it('two stray dates out of hundreds: the years where the rest are, by month, the strays counted', () => {
    const events = [chartEvent('1196-01-01', null, 'year', -1), chartEvent('9903-01-26', null, 'day', -2)];
    for (let i = 0; i < 300; i += 1) events.push(chartEvent(day(i), null, 'day', i));
    const spec = eventsChartSpec(series(events));
    expect(asJson(spec)['title']).toMatchObject({ subtitle: 'Dated events per month' });
    expect(domain(spec)[0]).toBe('Jan 2021');
    expect(caption(spec)).toContain('Not shown: 2 events dated outside 2021-01–2023-12, where most are (all run from 1196-01 to 9903-01).');
    expect(caption(spec)[0]).toBe('Source: 300 refs');
  });

  it('events spread evenly over centuries: the busiest stretch of at most MAX_PERIODS years', () => {
    const events: (ChartEvent | null)[] = [];
    for (let year = 1700; year < 2000; year += 1) events.push(chartEvent(`${year}-06-01`, null, 'year', year), chartEvent(`${year}-07-01`, null, 'year', -year));
    events.push(chartEvent('1990-03-03', null, 'year', 0));
    const spec = eventsChartSpec(series(events));
    expect(domain(spec).length).toBeLessThanOrEqual(MAX_PERIODS);
    expect(domain(spec).at(-1)).toBe('1999');
    expect(caption(spec).at(-1)).toMatch(/^Not shown: \d+ events dated outside \d{4}–1999, where most are \(all run from 1700 to 1999\)\.$/u);
  });

  it('a span that fits is drawn whole, as before', () => {
    const events = [chartEvent('1997-05-01', null, 'year', 0), chartEvent('2024-07-09', '2024-07-11', 'day', 1), chartEvent('2025-01-20', null, 'day', 2)];
    const spec = eventsChartSpec(series(events));
    expect(domain(spec)).toHaveLength(29);
    expect(caption(spec).join(' ')).not.toContain('outside');
  });
});

describe('GIVEN dated events THEN each is counted in the period holding its day', () => {
  // Periods are numbered by arithmetic on day counts (chart-periods.ts); binOf names them from the date itself.
  const DAY_MS = 86_400_000;
  // Days close together (so that neighbouring days, weeks and months meet), anywhere in years 1000–9998.
  const isoDays = fc
    .tuple(fc.integer({ min: Date.UTC(1000, 0, 1) / DAY_MS, max: Date.UTC(9998, 0, 1) / DAY_MS }), fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 40 }))
    .map(([base, offsets]) => offsets.map((offset) => new Date((base + offset) * DAY_MS).toISOString().slice(0, 10)));

  it('per day, week, month and year, the counts are those of binOf', () => {
    fc.assert(
      fc.property(isoDays, fc.constantFrom(...(['day', 'week', 'month', 'year'] as const)), (days, unit) => {
        const expected = new Map<string, number>();
        for (const day of days) expected.set(binOf(day, unit).start, (expected.get(binOf(day, unit).start) ?? 0) + 1);
        const { bins, placed } = eventBins(packEvents(days.map((day, i) => chartEvent(day, null, 'day', i))), unit);
        expect(placed).toBe(days.length);
        expect(new Map(bins.map((bin) => [bin.start, bin.count]))).toEqual(expected);
      }),
    );
  });

  it('a day that does not exist is no event', () => {
    expect(chartEvent('2023-02-29', null, 'day', 0)).toBeNull();
    expect(chartEvent('2024-13-01', null, 'month', 0)).toBeNull();
    expect(chartEvent('2024-06-31', null, 'day', 0)).toBeNull();
    expect(chartEvent('2024-07-01', '2024-07-32', 'day', 0)).toBeNull();
    expect(chartEvent('2024-02-29', null, 'day', 0)).not.toBeNull();
    expect(chartEvent('2000-02-29', null, 'day', 0)).not.toBeNull();
  });
});

describe('GIVEN per-period totals THEN each can be read on its bar', () => {
  const totalsLayer = (spec: unknown) => (views(spec)[0]!['layer'] as Json[])[1]!;
  const yDomain = (spec: unknown) => ((((views(spec)[0]!['layer'] as Json[])[0]!['encoding'] as Json)['y'] as Json)['scale'] as Json)['domain'] as number[];
  /** `perMonth` day-dated events in each of `months` months from January 2020. */
  const monthly = (months: number, perMonth: number) => {
    const events: (ChartEvent | null)[] = [];
    for (let m = 0; m < months; m += 1) {
      const month = `${2020 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`;
      for (let i = 0; i < perMonth; i += 1) events.push(chartEvent(`${month}-${String(1 + (i % 28)).padStart(2, '0')}`, null, 'day', m * perMonth + i));
    }
    return eventsChartSpec({ title: 'Timeline', events: packEvents(events), sourceLine: () => 'Source' });
  };

  it('a few wide bars: totals lie flat above them', () => {
    const spec = monthly(3, 12);
    expect(totalsLayer(spec)['mark']).not.toHaveProperty('angle');
  });

  it('totals wider than their bars (25 months of 1000): upright, with room for them above the tallest bar', () => {
    const spec = monthly(25, 1000);
    expect(domain(spec)).toHaveLength(25);
    expect(totalsLayer(spec)['mark']).toMatchObject({ angle: 270, align: 'left' });
    // "1000" upright is ~31 px tall (DejaVu digits, 12 px); the plot is 260 px high.
    const [, top] = yDomain(spec);
    expect((1000 / top!) * 260 + 31 + 3).toBeLessThanOrEqual(260);
  });
});
