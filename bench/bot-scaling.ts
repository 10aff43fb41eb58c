// Does the bot scale across processes? The bot benchmark (bench/bot.ts: the real bot and its
// own fake Discord in one process) in 1 process, then in N processes at once, each a child
// (bench/child.ts bot) holding its own copy of the fact base. The children warm up, wait until
// every one is ready, then measure together; their replies are summed over the span from the
// first one's start to the last one's end.
// Standalone: `tsx bench/bot-scaling.ts --factbase FILE [--processes N] [--interactions I]`
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchBotResult } from './bot.js';
import { flag } from './bot.js';
import { READY_LINE, RESULT_PREFIX } from './protocol.js';
import { median } from './stats.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');

export interface ProcessesResult {
  readonly processes: number;
  /** Every process's replies over the span all of them were measuring. */
  readonly perSecond: number;
  /** The worst process's p50 and p99, ms. */
  readonly p50: number;
  readonly p99: number;
  /** CPU time per reply, ms, the processes' median: does a reply cost more when processes share the machine? Steadier than replies/s on a busy one. */
  readonly cpuMsPerReply: number;
}

export interface ScalingResult {
  readonly one: ProcessesResult;
  readonly many: ProcessesResult;
  /** many.perSecond / one.perSecond. */
  readonly speedup: number;
}

/** `processes` bot benchmarks at once, started together after their warm-ups. */
export async function benchProcesses(factBaseFile: string, processes: number, interactions: number): Promise<ProcessesResult> {
  const children = Array.from({ length: processes }, () =>
    spawn(process.execPath, ['--import', 'tsx', CHILD, 'bot', factBaseFile, String(interactions)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const results = children.map((child) => {
    const lines = createInterface({ input: child.stdout });
    // A child that dies (say, a fact base it cannot load) fails the measurement instead of hanging it.
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`bench child exited with ${code} before its result`))));
    const ready = Promise.race([new Promise<void>((resolve) => lines.on('line', (line) => line === READY_LINE && resolve())), exited]);
    const line = new Promise<BenchBotResult>((resolve) =>
      lines.on('line', (text) => text.startsWith(RESULT_PREFIX) && resolve(JSON.parse(text.slice(RESULT_PREFIX.length)) as BenchBotResult)),
    );
    return { ready, result: Promise.race([line, exited]) };
  });
  try {
    await Promise.all(results.map((r) => r.ready));
  } catch (error) {
    for (const child of children) child.kill();
    throw error;
  }
  for (const child of children) child.stdin.end('go\n');
  const measured = await Promise.all(results.map((r) => r.result));
  const span = (Math.max(...measured.map((m) => m.endedAt)) - Math.min(...measured.map((m) => m.startedAt))) / 1000;
  return {
    processes,
    perSecond: Math.round(measured.reduce((sum, m) => sum + m.replies, 0) / span),
    p50: Math.max(...measured.map((m) => m.p50)),
    p99: Math.max(...measured.map((m) => m.p99)),
    cpuMsPerReply: median(measured.map((m) => m.cpuMsPerReply)),
  };
}

/** One process, then `processes` at once, in this one run. */
export async function benchScaling(factBaseFile: string, processes = 2, interactions = 2000): Promise<ScalingResult> {
  const one = await benchProcesses(factBaseFile, 1, interactions);
  const many = await benchProcesses(factBaseFile, processes, interactions);
  return { one, many, speedup: Number((many.perSecond / one.perSecond).toFixed(2)) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = flag(args, 'factbase');
  if (file === undefined) throw new Error('usage: tsx bench/bot-scaling.ts --factbase FILE [--processes N] [--interactions I]');
  const { one, many, speedup } = await benchScaling(file, Number(flag(args, 'processes') ?? 2), Number(flag(args, 'interactions') ?? 2000));
  for (const row of [one, many]) console.log(`${row.processes} process(es): ${row.perSecond} replies/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.cpuMsPerReply} ms CPU/reply`);
  console.log(`speed-up ${speedup}×`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
