// One measurement in a fresh process, so peak memory belongs to that step alone:
//   child.ts build <articlesDir> <outFile> [cache]   → build:facts (build + save); with
//                                                      `cache`, incremental (<outFile>.cache/)
//   child.ts load <factBaseFile>             → load + validate
// Prints one line "BENCH_RESULT <json>" on stdout.
import { stat } from 'node:fs/promises';
import { buildFactBase, cacheDirOf } from '../src/ingest/build.js';
import { loadFactBase, saveFactBase } from '../src/factbase/persist.js';
import { ranWithHugePages } from '../src/cli/huge-pages.js';
import { RESULT_PREFIX, type BuildMeasurement, type LoadMeasurement } from './protocol.js';

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function build(articlesDir: string, outFile: string, withCache: boolean): Promise<BuildMeasurement> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const { factBase, sentenceCount, prepared, skipped, timings, cache } = await buildFactBase(articlesDir, withCache ? { cacheDir: cacheDirOf(outFile) } : {});
  const saveStarted = performance.now();
  await saveFactBase(factBase, outFile, prepared);
  const finished = performance.now();
  return {
    wallMs: finished - started,
    saveMs: finished - saveStarted,
    timings,
    articles: factBase.articles.length,
    sentences: sentenceCount,
    skipped: skipped.length,
    bytesOnDisk: (await stat(outFile)).size,
    maxRssMb: maxRssMb(),
    cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuStart)),
    cache: cache === null ? null : { computed: cache.computed, reused: cache.reused },
  };
}

async function load(file: string): Promise<LoadMeasurement> {
  const started = performance.now();
  const facts = await loadFactBase(file);
  const loadMs = performance.now() - started;
  const memory = process.memoryUsage();
  // Keep the fact base reachable until memory has been read.
  if (facts.index.docCount < 0) throw new Error('unreachable');
  return { loadMs, rssMb: memory.rss / 1024 / 1024, heapUsedMb: memory.heapUsed / 1024 / 1024, maxRssMb: maxRssMb() };
}

const [mode, first, second, third] = process.argv.slice(2);
// A build runs as build:facts runs it: in a child with huge pages for its buffers (its line is the child's).
if (mode === 'build' && (await ranWithHugePages())) process.exit();
const result =
  mode === 'build' && first !== undefined && second !== undefined
    ? await build(first, second, third === 'cache')
    : mode === 'load' && first !== undefined
      ? await load(first)
      : null;
if (result === null) {
  console.error('usage: child.ts build <articlesDir> <outFile> [cache] | load <factBaseFile>');
  process.exit(1);
}
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`, () => process.exit(0));
