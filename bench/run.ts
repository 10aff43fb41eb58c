// `npm run bench -- [--corpus PATH] [--queries N] [--runs R] [--build-runs B] [--subset S]`
// `npm run bench -- --factbase FILE [...]`: loads and queries an existing fact base (no build,
// no quality or bot rows), prints that part only and leaves bench/RESULTS.md alone.
// Builds and loads the fact base of PATH in child processes (so peak memory is that step's own):
// a full build (cold cache), a rebuild with nothing changed and the incremental build after adding
// one article; then times the TF-IDF search against natural's TfIdf, MiniSearch and FlexSearch
// (both with our terms), scores them on the evaluation set, runs the bot benchmark, times the
// charts (bench/charts.ts), prints one report and writes it to bench/RESULTS.md.
import { execFile } from 'node:child_process';
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { askRanker, evaluateRanking, loadEvalQuestions, type EvalReport } from '../src/cli/evaluation.js';
import { naturalEngine, ourEngine, type Engine } from '../src/eval/engines.js';
import { buildFactBase, cacheDirOf, listArticleFiles } from '../src/ingest/build.js';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../src/factbase/persist.js';
import { buildIndex } from '../src/factbase/index-build.js';
import { TfIdfIndex } from '../src/factbase/index-search.js';
import { benchCharts, chartTable, type ChartRow } from './charts.js';
import { benchScaling, type ScalingResult } from './bot-scaling.js';
import { prepareCorpus, type Corpus } from './corpus.js';
import { flexSearchPeer, miniSearchPeer } from './peers.js';
import { RESULT_PREFIX, type BuildMeasurement, type LoadMeasurement } from './protocol.js';
import { generateQueries } from './queries.js';
import { median, medianSummary, summarise, type LatencySummary } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK_DIR = path.join(ROOT, 'bench', '.work');
const BUNDLED_ARTICLES = path.join(ROOT, 'data', 'articles');
const RESULTS_FILE = path.join(ROOT, 'bench', 'RESULTS.md');
const RESULTS_LIMIT = 10;
/** The article the add-one measurement adds: one of the bundled coverage, new to any other corpus. */
const ADDED_ARTICLE = path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt');

interface Options {
  corpus: string;
  /** An existing fact-base file: measure load and queries only. */
  factBase: string | null;
  queries: number;
  runs: number;
  /** Builds and loads are the slow part on a big corpus: they can be repeated fewer times. */
  buildRuns: number;
  /** natural's TfIdf is run on the first `subset` sentences only (it scans them all per query). */
  subset: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { corpus: BUNDLED_ARTICLES, factBase: null, queries: 200, runs: 3, buildRuns: 0, subset: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = (): number => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${flag} needs a positive whole number`);
      i++;
      return parsed;
    };
    if (flag === '--corpus' && value !== undefined) {
      options.corpus = value;
      i++;
    } else if (flag === '--factbase' && value !== undefined) {
      options.factBase = value;
      i++;
    } else if (flag === '--queries') options.queries = number();
    else if (flag === '--runs') options.runs = number();
    else if (flag === '--build-runs') options.buildRuns = number();
    else if (flag === '--subset') options.subset = number();
    else throw new Error(`unknown or incomplete argument ${flag}\nusage: npm run bench -- [--corpus PATH | --factbase FILE] [--queries N] [--runs R] [--build-runs B] [--subset S]`);
  }
  if (options.buildRuns === 0) options.buildRuns = options.runs;
  return options;
}

async function inChild<T>(args: readonly string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'child.ts'), ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
  if (line === undefined) throw new Error(`child ${args[0]} printed no result:\n${stdout}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

/** Latency of every query, one engine, one pass. */
function timeQueries(engine: Engine, queries: readonly string[]): number[] {
  return queries.map((query) => {
    const started = performance.now();
    engine.search(query, RESULTS_LIMIT);
    return performance.now() - started;
  });
}

function measureEngine(engine: Engine, queries: readonly string[], runs: number): LatencySummary {
  timeQueries(engine, queries); // warm-up: JIT and lazily built state
  return medianSummary(Array.from({ length: runs }, () => summarise(timeQueries(engine, queries))));
}

/** The event loop during a burst of queries, one per turn: the longest it was held up. */
async function eventLoopDuringBurst(engine: Engine, queries: readonly string[]): Promise<{ worstQueryMs: number; maxDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let worstQueryMs = 0;
  for (const query of queries) {
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    engine.search(query, RESULTS_LIMIT);
    worstQueryMs = Math.max(worstQueryMs, performance.now() - started);
  }
  histogram.disable();
  return { worstQueryMs, maxDelayMs: histogram.max / 1e6 };
}

interface QueryRow {
  engine: string;
  sentences: number;
  latency: LatencySummary;
  /** This engine's p50 / ours on the same sentences. */
  ratio: number | null;
}

async function benchQueries(facts: LoadedFactBase, options: Options, queries: readonly string[]): Promise<{ rows: QueryRow[]; eventLoop: { worstQueryMs: number; maxDelayMs: number } }> {
  const texts = Array.from({ length: facts.data.sentences.length }, (_, id) => facts.data.sentences.text(id));
  const subsetTexts = texts.slice(0, options.subset);
  const ours = ourEngine(facts.index);
  const oursFull = measureEngine(ours, queries, options.runs);
  const rows: QueryRow[] = [{ engine: ours.name, sentences: texts.length, latency: oursFull, ratio: 1 }];

  for (const makePeer of [miniSearchPeer, flexSearchPeer]) {
    const peer = makePeer(texts);
    const latency = measureEngine(peer, queries, options.runs);
    rows.push({ engine: peer.name, sentences: texts.length, latency, ratio: latency.p50 / oursFull.p50 });
  }

  if (subsetTexts.length < texts.length) {
    const oursSubset = measureEngine(ourEngine(TfIdfIndex.fromSerialized(buildIndex(subsetTexts))), queries, options.runs);
    rows.push({ engine: `${ours.name}, subset`, sentences: subsetTexts.length, latency: oursSubset, ratio: 1 });
    const natural = measureEngine(naturalEngine(subsetTexts), queries, options.runs);
    rows.push({ engine: 'natural TfIdf.tfidfs(), subset', sentences: subsetTexts.length, latency: natural, ratio: natural.p50 / oursSubset.p50 });
  } else {
    const natural = measureEngine(naturalEngine(texts), queries, options.runs);
    rows.push({ engine: 'natural TfIdf.tfidfs()', sentences: texts.length, latency: natural, ratio: natural.p50 / oursFull.p50 });
  }
  const eventLoop = await eventLoopDuringBurst(ours, queries);
  return { rows, eventLoop };
}

/** hit@1/hit@3/MRR of each engine on the evaluation set, which is about the bundled coverage. */
async function benchQuality(): Promise<{ engine: string; report: EvalReport }[] | string> {
  let questions;
  try {
    questions = await loadEvalQuestions();
  } catch (error) {
    return `not available (${error instanceof Error ? error.message : String(error)})`;
  }
  const file = path.join(WORK_DIR, 'bundled-factbase.json');
  await saveFactBase((await buildFactBase(BUNDLED_ARTICLES)).factBase, file);
  const facts = await loadFactBase(file);
  const texts = Array.from({ length: facts.data.sentences.length }, (_, id) => facts.data.sentences.text(id));
  const engines = [ourEngine(facts.index), naturalEngine(texts), miniSearchPeer(texts), flexSearchPeer(texts)];
  const results = engines.map((engine) => ({
    engine: engine.name,
    report: evaluateRanking(questions, (question) => engine.search(question, RESULTS_LIMIT).map((id) => texts[id]!)),
  }));
  results.push({ engine: 'the bot’s /ask (ranking + abstention)', report: evaluateRanking(questions, askRanker(facts)) });
  return results;
}

interface BotRow {
  perSecond: number;
  p50: number;
  p99: number;
}

/** 1 bot process, then 2 at once, one shard each (bench/bot-scaling.ts), each with its own copy of the fact base. */
async function benchScalingRow(factBaseFile: string): Promise<ScalingResult | string> {
  try {
    return await benchScaling(factBaseFile, 2);
  } catch (error) {
    return `not available (bench/bot-scaling.ts: ${error instanceof Error ? error.message : String(error)})`;
  }
}

async function benchBotRow(facts: LoadedFactBase): Promise<BotRow | string> {
  let module: { benchBot?: (options: { facts: LoadedFactBase }) => Promise<BotRow> };
  try {
    module = (await import('./bot.js')) as typeof module;
  } catch (error) {
    return `not available (bench/bot.ts: ${error instanceof Error ? error.message : String(error)})`;
  }
  if (module.benchBot === undefined) return 'not available (bench/bot.ts exports no benchBot)';
  return module.benchBot({ facts });
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3));
const mb = (value: number): string => `${value.toFixed(0)} MB`;

function report(parts: {
  options: Options;
  corpus: Corpus;
  builds: BuildMeasurement[];
  incremental: IncrementalMeasurements;
  loads: LoadMeasurement[];
  queries: Awaited<ReturnType<typeof benchQueries>>;
  quality: Awaited<ReturnType<typeof benchQuality>>;
  bot: BotRow | string;
  scaling: ScalingResult | string;
  charts: ChartRow[];
}): string {
  const { options, corpus, builds, incremental, loads, queries, quality, bot, scaling, charts } = parts;
  const build = {
    wallMs: median(builds.map((b) => b.wallMs)),
    saveMs: median(builds.map((b) => b.saveMs)),
    maxRssMb: median(builds.map((b) => b.maxRssMb)),
    bytes: builds[0]?.bytesOnDisk ?? 0,
    articles: builds[0]?.articles ?? 0,
    sentences: builds[0]?.sentences ?? 0,
    skipped: builds[0]?.skipped ?? 0,
  };
  const steps = Object.keys(builds[0]?.timings ?? {}).map((step) => [step, median(builds.map((b) => b.timings[step] ?? 0))] as const);
  const corpusName = path.isAbsolute(options.corpus) ? path.relative(ROOT, options.corpus) : options.corpus;
  const lines = [
    '# Benchmark results',
    '',
    `Command: \`npm run bench -- --corpus ${corpusName} --queries ${options.queries} --runs ${options.runs} --build-runs ${options.buildRuns} --subset ${options.subset}\``,
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, Node ${process.version}, ${os.platform()} ${os.arch()}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    `Corpus: ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB → ${build.articles} articles (${build.skipped} skipped), ${build.sentences} sentences. Date: ${new Date().toISOString().slice(0, 10)}. Medians of ${options.buildRuns} build/load runs and ${options.runs} query passes (after a warm-up pass).`,
    '',
    '## Build and load (child processes)',
    '',
    '| Measure | Value | Target (full WH corpus) |',
    '|---|---|---|',
    `| build:facts, full (cold cache; build + save) | ${ms(build.wallMs)} ms (CPU ${ms(median(builds.map((b) => b.cpuMs)))} ms) | ≤ 45,000 ms |`,
    `| articles/s | ${(build.articles / (build.wallMs / 1000)).toFixed(0)} | |`,
    `| build peak RSS | ${mb(build.maxRssMb)} | ≤ 2,048 MB |`,
    ...(['unchanged', 'addOne'] as const).map((kind) => {
      const runs = incremental[kind];
      const label = kind === 'addOne' ? 'build:facts, one article added (incremental)' : 'build:facts, nothing changed (incremental)';
      // A run that processed more than it should (the builder's version changed meanwhile) is shown, not hidden.
      const processed = runs.map((b) => b.cache?.computed ?? 0).join(', ');
      return `| ${label} | ${ms(median(runs.map((b) => b.wallMs)))} ms (CPU ${ms(median(runs.map((b) => b.cpuMs)))} ms, peak RSS ${mb(median(runs.map((b) => b.maxRssMb)))}; files processed per run: ${processed}) | ${kind === 'addOne' ? '≤ 5,000 ms' : ''} |`;
    }),
    `| fact base on disk | ${(build.bytes / 1024 / 1024).toFixed(1)} MB | |`,
    `| load + validate | ${ms(median(loads.map((l) => l.loadMs)))} ms | ≤ 1,000 ms |`,
    `| RSS after load | ${mb(median(loads.map((l) => l.rssMb)))} (heap ${mb(median(loads.map((l) => l.heapUsedMb)))}) | ≤ 1,024 MB |`,
    '',
    'Time per build step (ms):',
    '',
    `| ${[...steps.map(([step]) => step), 'save'].join(' | ')} |`,
    `|${'---|'.repeat(steps.length + 1)}`,
    `| ${[...steps.map(([, value]) => ms(value)), ms(build.saveMs)].join(' | ')} |`,
    `| ${[...steps.map(([step]) => ms(median(incremental.addOne.map((b) => b.timings[step] ?? 0)))), ms(median(incremental.addOne.map((b) => b.saveMs)))].join(' | ')} |`,
    '',
    'First row: the full build; second: adding one article. Steps are summed over worker threads, so in a parallel build they add up to more than the wall time.',
    '',
    ...queryTable(options, queries),
    '',
    '## Quality on the evaluation set (tests/eval/questions.json, bundled coverage)',
    '',
    ...(typeof quality === 'string'
      ? [`Quality: ${quality}.`]
      : [
          '| Engine | hit@1 | hit@3 | MRR |',
          '|---|---|---|---|',
          ...quality.map(({ engine, report: r }) => `| ${engine} | ${r.hitAt1.toFixed(2)} | ${r.hitAt3.toFixed(2)} | ${r.mrr.toFixed(2)} |`),
          '',
          `${quality[0]?.report.answerable ?? 0} answerable questions; the raw engines never abstain, so they are scored on those only.`,
        ]),
    '',
    '## Bot (bench/bot.ts against the fake Discord, fact base from the corpus)',
    '',
    ...(typeof bot === 'string'
      ? [`Bot: ${bot}.`]
      : ['| replies/s | p50 | p99 | Target |', '|---|---|---|---|', `| ${bot.perSecond} | ${ms(bot.p50)} ms | ${ms(bot.p99)} ms | ≥ 1,000/s, p99 ≤ 50 ms |`]),
    '',
    ...(typeof scaling === 'string'
      ? [`Processes: ${scaling}.`]
      : [
          '| bot processes, one shard each (bench/bot-scaling.ts, memory store) | replies/s | p50 | p99 | bot CPU/reply (main threads) | harness CPU/reply | replies per busiest bot CPU-second | Target |',
          '|---|---|---|---|---|---|---|---|',
          ...[scaling.one, scaling.many].map(
            (row) =>
              `| ${row.processes} | ${row.perSecond}${row === scaling.many ? ` (${scaling.speedup.toFixed(2)}×)` : ''} | ${ms(row.p50)} ms | ${ms(row.p99)} ms | ${ms(row.cpuMsPerReply)} ms (${ms(row.mainThreadCpuMsPerReply)} ms) | ${ms(row.harnessCpuMsPerReply)} ms | ${row.perBotCpuSecond}${row === scaling.many ? ` (${scaling.cpuSpeedup.toFixed(2)}×)` : ''} | ${row === scaling.many ? '≥ 1.7× one' : ''} |`,
          ),
        ]),
    '',
    ...chartSection(charts, options.runs),
    '',
  ];
  return lines.join('\n');
}

function queryTable(options: Options, queries: Awaited<ReturnType<typeof benchQueries>>): string[] {
  return [
    `## Query latency (${options.queries} generated queries, top ${RESULTS_LIMIT}, ms)`,
    '',
    '| Engine | Sentences | p50 | p95 | p99 | max | p50 ÷ ours (same sentences) |',
    '|---|---|---|---|---|---|---|',
    ...queries.rows.map(
      (row) =>
        `| ${row.engine} | ${row.sentences} | ${ms(row.latency.p50)} | ${ms(row.latency.p95)} | ${ms(row.latency.p99)} | ${ms(row.latency.max)} | ${row.ratio === null ? '' : `${row.ratio.toFixed(1)}×`} |`,
    ),
    '',
    `Targets: p50 ≤ 1 ms, p99 ≤ 10 ms, ≥ 50× faster than natural, no slower than MiniSearch or FlexSearch. Both run over our terms (same stop words and stemming); FlexSearch with \`suggest\` (an OR of the terms, as ours), ranking by term position rather than TF-IDF. Event loop during a burst of the same queries (one per turn): worst single query ${ms(queries.eventLoop.worstQueryMs)} ms, worst event-loop delay ${ms(queries.eventLoop.maxDelayMs)} ms.`,
  ];
}

/** `chart:true` replies: the chart drawn from scratch, and again from the chart cache (bench/charts.ts). */
function chartSection(charts: readonly ChartRow[], runs: number): string[] {
  return [
    '## Charts (bench/charts.ts, fact base from the corpus)',
    '',
    ...chartTable(charts),
    '',
    `Drawn: runChart (the figures to plot, or the events counted per period) → Vega-Lite spec → SVG → PNG, ${runs} runs after a warm-up, each with an empty chart cache. From the cache: the same request with another \`page\`, as a page button sends it.`,
  ];
}

interface IncrementalMeasurements {
  unchanged: BuildMeasurement[];
  addOne: BuildMeasurement[];
}

/**
 * The incremental build after a full one: a rebuild with nothing changed, then one with an article
 * added, `runs` times. The article is added to a mirror of the corpus (hard links, under
 * bench/.work), never to the corpus folder itself; the mirror has the same file names, so the
 * full build's cache serves it, and the unchanged rebuild drops the added article's entry again.
 */
async function benchIncremental(corpusDir: string, factBaseFile: string, runs: number, log: (line: string) => void): Promise<IncrementalMeasurements> {
  const mirror = path.join(WORK_DIR, 'incremental-corpus');
  await rm(mirror, { recursive: true, force: true });
  for (const file of await listArticleFiles(corpusDir)) {
    await mkdir(path.dirname(path.join(mirror, file)), { recursive: true });
    await link(path.join(corpusDir, file), path.join(mirror, file));
  }
  const added = `bench-added-${path.basename(ADDED_ARTICLE)}`;
  if ((await readdir(mirror)).includes(added)) throw new Error(`the corpus already has a file named ${added}`);
  const measured: IncrementalMeasurements = { unchanged: [], addOne: [] };
  for (let run = 1; run <= runs; run++) {
    measured.unchanged.push(await inChild<BuildMeasurement>(['build', corpusDir, factBaseFile, 'cache']));
    log(`rebuild, nothing changed ${run}/${runs}: ${measured.unchanged.at(-1)!.wallMs.toFixed(0)} ms`);
    await copyFile(ADDED_ARTICLE, path.join(mirror, added));
    // Built into the same file, so it uses the full build's cache (<factBaseFile>.cache).
    measured.addOne.push(await inChild<BuildMeasurement>(['build', mirror, factBaseFile, 'cache']));
    log(`add one article ${run}/${runs}: ${measured.addOne.at(-1)!.wallMs.toFixed(0)} ms (${JSON.stringify(measured.addOne.at(-1)!.cache)})`);
    await rm(path.join(mirror, added));
  }
  // Leave the fact base of the corpus itself for the load and query measurements.
  await inChild<BuildMeasurement>(['build', corpusDir, factBaseFile, 'cache']);
  await rm(mirror, { recursive: true, force: true });
  return measured;
}

/** `--factbase FILE`: load (in child processes) and query an existing fact base. */
async function benchFactBase(options: Options, file: string, log: (line: string) => void): Promise<void> {
  const loads: LoadMeasurement[] = [];
  for (let run = 1; run <= options.buildRuns; run++) {
    loads.push(await inChild<LoadMeasurement>(['load', file]));
    log(`load ${run}/${options.buildRuns}: ${loads.at(-1)!.loadMs.toFixed(0)} ms`);
  }
  const facts = await loadFactBase(file);
  const queries = await benchQueries(facts, options, generateQueries(facts.data, options.queries));
  log('charts');
  const charts = await benchCharts(facts, options.runs);
  console.log(
    [
      `Fact base ${path.basename(file)}: ${facts.data.sentences.length} sentences. Load + validate ${ms(median(loads.map((l) => l.loadMs)))} ms, RSS after load ${mb(median(loads.map((l) => l.rssMb)))} (medians of ${loads.length}).`,
      '',
      ...queryTable(options, queries),
      '',
      ...chartSection(charts, options.runs),
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await mkdir(WORK_DIR, { recursive: true });
  const log = (line: string): void => console.error(`[bench] ${line}`);
  if (options.factBase !== null) {
    await benchFactBase(options, options.factBase, log);
    return;
  }

  const corpus = await prepareCorpus(options.corpus, WORK_DIR);
  log(`corpus ${corpus.dir}: ${corpus.files} files`);
  const factBaseFile = path.join(WORK_DIR, 'bench-factbase.json');
  const builds: BuildMeasurement[] = [];
  for (let run = 1; run <= options.buildRuns; run++) {
    // A full build as on a fresh clone: no cache yet (it writes one).
    await rm(cacheDirOf(factBaseFile), { recursive: true, force: true });
    builds.push(await inChild<BuildMeasurement>(['build', corpus.dir, factBaseFile, 'cache']));
    log(`full build ${run}/${options.buildRuns}: ${builds.at(-1)!.wallMs.toFixed(0)} ms`);
  }
  const incremental = await benchIncremental(corpus.dir, factBaseFile, options.buildRuns, log);
  const loads: LoadMeasurement[] = [];
  for (let run = 1; run <= options.buildRuns; run++) {
    loads.push(await inChild<LoadMeasurement>(['load', factBaseFile]));
    log(`load ${run}/${options.buildRuns}: ${loads.at(-1)!.loadMs.toFixed(0)} ms`);
  }

  const facts = await loadFactBase(factBaseFile);
  const queryList = generateQueries(facts.data, options.queries);
  log(`queries, e.g. ${JSON.stringify(queryList.slice(0, 3))}`);
  const queries = await benchQueries(facts, options, queryList);
  log('quality');
  const quality = await benchQuality();
  log('bot');
  const bot = await benchBotRow(facts);
  log('bot, 1 and 2 processes');
  const scaling = await benchScalingRow(factBaseFile);
  log('charts');
  const charts = await benchCharts(facts, options.runs);

  const text = report({ options, corpus, builds, incremental, loads, queries, quality, bot, scaling, charts });
  await writeFile(RESULTS_FILE, text);
  console.log(text);
}

await main();
