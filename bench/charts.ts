// Chart rendering time: `npx tsx bench/charts.ts [--factbase FILE] [--runs N]`. For a few
// /aid and /timeline requests, the whole path a `chart:true` reply takes: the unpaged answer
// (runChart), the Vega-Lite spec, SVG and PNG. Prints ms per chart (median and max of N runs
// each, after one warm-up) as a Markdown table. Target: ≤ 300 ms a chart on the White House
// fact base (bench/README.md).
import { runChart } from '../src/commands/index.js';
import { loadFactBase } from '../src/factbase/persist.js';
import { chartPng } from '../src/render/chart-image.js';
import { chartSpec } from '../src/render/chart-spec.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const file = option('factbase') ?? 'data/factbase.json';
const runs = Number(option('runs') ?? 7);
const facts = await loadFactBase(file);
const topDonor = [...facts.data.aid.reduce((counts, fact) => counts.set(fact.donor ?? '', (counts.get(fact.donor ?? '') ?? 0) + 1), new Map<string, number>())]
  .filter(([donor]) => donor !== '')
  .sort((a, b) => b[1] - a[1])[0]?.[0];
const latestYear = facts.data.events.reduce((max, event) => (event.date.start > max ? event.date.start : max), '0000').slice(0, 4);
const requests: [string, Record<string, string>][] = [
  ['aid', {}],
  ...(topDonor === undefined ? [] : ([['aid', { donor: topDonor }]] as [string, Record<string, string>][])),
  ['timeline', {}],
  ['timeline', { from: latestYear }],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
console.log(`Charts on ${file} (${facts.data.sentences.length} sentences), ${runs} runs each after a warm-up\n`);
console.log('| request | points | PNG KiB | median ms | max ms |');
console.log('|---|---|---|---|---|');
const medians: number[] = [];
for (const [command, options] of requests) {
  const once = async () => {
    const answer = runChart(command, options, facts);
    const spec = chartSpec(answer);
    return { png: spec === null ? null : await chartPng(spec), points: answer.items.length };
  };
  await once();
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof once>> | undefined;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = await once();
    times.push(performance.now() - started);
  }
  const request = `/${command} ${Object.entries(options).map(([k, v]) => `${k}:${v}`).join(' ')}`.trim();
  const size = last?.png ? (last.png.length / 1024).toFixed(0) : 'no chart';
  console.log(`| ${request} | ${last?.points ?? 0} | ${size} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
  medians.push(median(times));
}
console.log(`\nms per chart (median over requests): ${median(medians).toFixed(1)}`);
