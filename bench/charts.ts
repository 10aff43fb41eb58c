// Chart rendering time: `npx tsx bench/charts.ts [--factbase FILE] [--runs N]`, and the
// "Charts" section of `npm run bench` (bench/run.ts calls benchCharts). For a few /aid and
// /timeline requests, the whole path a `chart:true` reply takes when the chart is not drawn
// yet: runChart (validation, then the figures to plot or the events counted per period), the
// Vega-Lite spec, SVG and PNG; and the same request again from the chart cache, as a page
// button sends it. Wall and CPU time, median and max of N runs each, after one warm-up. Target:
// ≤ 300 ms a chart on the White House fact base (bench/README.md).
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { runChart } from '../src/commands/index.js';
import { loadFactBase, type LoadedFactBase } from '../src/factbase/persist.js';
import { ChartCache } from '../src/render/chart-cache.js';
import { chartPngFor } from '../src/render/chart-image.js';
import { median } from './stats.js';

/** The target per chart, drawn from scratch, on the White House fact base. */
export const CHART_TARGET_MS = 300;

export interface ChartRow {
  request: string;
  /** Figures or events the request has (what the chart is drawn from). */
  points: number;
  /** PNG size; null when there was nothing to plot. */
  kib: number | null;
  /** Wall time to draw it (an empty chart cache each run): median and max over the runs. */
  medianMs: number;
  maxMs: number;
  /** CPU time of the process for the same draws (all threads: the PNG is rasterised off the main thread), median and max: steadier than wall time on a busy machine, where wall time is mostly waiting for a core. */
  cpuMs: number;
  cpuMaxMs: number;
  /** The same request served from the chart cache (a page button): wall median. */
  cachedMs: number;
}

/** /aid, /aid for the donor with most figures, the whole /timeline, and /timeline from the busiest year. */
function chartRequests(facts: LoadedFactBase): [string, Record<string, string>][] {
  const tally = (keys: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const key of keys) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const topDonor = tally(facts.data.aid.map((fact) => fact.donor ?? ''));
  const busiestYear = tally(facts.data.events.map((event) => event.date.start.slice(0, 4)));
  return [
    ['aid', {}],
    ...(topDonor === undefined ? [] : ([['aid', { donor: topDonor }]] as [string, Record<string, string>][])),
    ['timeline', {}],
    ...(busiestYear === undefined ? [] : ([['timeline', { from: busiestYear }]] as [string, Record<string, string>][])),
  ];
}

function pointsOf(command: string, options: Record<string, string>, facts: LoadedFactBase): number {
  const data = runChart(command, options, facts).data();
  if (data.kind === 'events') return data.series.events.length;
  return data.totalItems ?? data.answer.items.length;
}

/** Times each request's chart, `runs` times after a warm-up, drawn anew each time; then once more from the cache. */
export async function benchCharts(facts: LoadedFactBase, runs: number): Promise<ChartRow[]> {
  const rows: ChartRow[] = [];
  for (const [command, options] of chartRequests(facts)) {
    // A fresh cache per run: every run draws.
    const draw = () => chartPngFor(runChart(command, { ...options, chart: true }, facts), new ChartCache());
    let png = await draw();
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      png = await draw();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const cache = new ChartCache();
    await chartPngFor(runChart(command, { ...options, chart: true }, facts), cache);
    const cachedTimes: number[] = [];
    for (let page = 2; page < 2 + runs; page += 1) {
      const started = performance.now();
      await chartPngFor(runChart(command, { ...options, chart: true, page }, facts), cache);
      cachedTimes.push(performance.now() - started);
    }
    if (cache.drawn !== 1) throw new Error(`the chart cache drew /${command} ${cache.drawn} times`);
    rows.push({
      request: `/${command} ${Object.entries(options).map(([k, v]) => `${k}:${v}`).join(' ')}`.trim(),
      points: pointsOf(command, options, facts),
      kib: png === null ? null : png.length / 1024,
      medianMs: median(times),
      maxMs: Math.max(...times),
      cpuMs: median(cpuTimes),
      cpuMaxMs: Math.max(...cpuTimes),
      cachedMs: median(cachedTimes),
    });
  }
  return rows;
}

const fixed = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The rows as a Markdown table, with the target. */
export function chartTable(rows: readonly ChartRow[]): string[] {
  return [
    '| Request | Points | PNG KiB | Drawn: wall median ms | wall max ms | CPU median ms | CPU max ms | From the cache (page button): wall median ms | Target |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.request} | ${row.points} | ${row.kib === null ? 'no chart' : row.kib.toFixed(0)} | ${fixed(row.medianMs)} | ${fixed(row.maxMs)} | ${fixed(row.cpuMs)} | ${fixed(row.cpuMaxMs)} | ${fixed(row.cachedMs)} | ≤ ${CHART_TARGET_MS} ms drawn |`,
    ),
  ];
}

async function main(): Promise<void> {
  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(`--${name}`);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const file = option('factbase') ?? 'data/factbase.json';
  const runs = Number(option('runs') ?? 7);
  const facts = await loadFactBase(file);
  console.log(`Charts on ${file} (${facts.data.sentences.length} sentences), ${runs} runs each after a warm-up\n`);
  const loadBefore = os.loadavg()[0]!;
  const rows = await benchCharts(facts, runs);
  console.log(chartTable(rows).join('\n'));
  console.log(
    `\nPer chart drawn, median over requests: wall ${fixed(median(rows.map((row) => row.medianMs)))} ms, CPU ${fixed(median(rows.map((row) => row.cpuMs)))} ms; from the cache ${fixed(median(rows.map((row) => row.cachedMs)))} ms. Load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after.`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
