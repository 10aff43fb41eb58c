// How many slash-command replies one bot process sustains: the real bot (discord.js client,
// commands, renderer, keyv store) and the fake Discord in one process, N interactions
// dispatched with K in flight, latency measured from dispatch to the reply reaching the fake.
// Standalone: `tsx bench/bot.ts [--interactions N] [--in-flight K] [--store sqlite|memory] [--runs R] [--factbase FILE]`
// (default fact base: the bundled coverage, built fresh).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Keyv from 'keyv';
import { startBot } from '../src/bot.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { loadFactBase, type LoadedFactBase } from '../src/factbase/persist.js';
import { loadSqliteAdapter, openStore } from '../src/store/open-store.js';
import { ResilientStore } from '../src/store/resilient-store.js';
import { testFactBase } from '../tests/fake-discord/facts.js';
import { TEST_TOKEN } from '../tests/fake-discord/harness.js';
import { nextSnowflake } from '../tests/fake-discord/ids.js';
import { makeUser, slashCommand, type OptionValues } from '../tests/fake-discord/payloads.js';
import { FakeDiscord } from '../tests/fake-discord/server.js';

export interface BenchBotOptions {
  /** Interactions measured (after the warm-up). Default 2000. */
  readonly interactions?: number;
  /** Interactions outstanding at once. Default 16. */
  readonly inFlight?: number;
  /** Unmeasured interactions first (JIT, caches). Default 200. */
  readonly warmup?: number;
  /** `sqlite` (the production default, a temp file) or `memory`. Default sqlite. */
  readonly store?: 'sqlite' | 'memory';
  readonly facts?: LoadedFactBase;
  /** The requests to rotate through; default: a mix drawn from the fact base. */
  readonly queries?: readonly (readonly [string, OptionValues])[];
  /** Called after the warm-up, before the measured interactions (several processes start measuring together). */
  readonly beforeMeasuring?: () => Promise<void>;
}

export interface BenchBotResult {
  /** Replies per second over the measured interactions. */
  readonly perSecond: number;
  /** Dispatch → reply at the fake, milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** Process CPU time (user + system) per measured reply, ms: steadier than wall time on a busy machine. */
  readonly cpuMsPerReply: number;
  readonly replies: number;
  readonly interactions: number;
  readonly inFlight: number;
  readonly store: 'sqlite' | 'memory';
  /** The measured interactions' first dispatch and last reply, ms since the epoch (to combine processes). */
  readonly startedAt: number;
  readonly endedAt: number;
}

/** A mix of every kind of request, built from what the fact base holds. */
export function defaultQueries(facts: LoadedFactBase): [string, OptionValues][] {
  const people = [...facts.data.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length).slice(0, 4);
  const donors = [...new Set(facts.data.aid.map((a) => a.donor).filter((d): d is string => d !== null))].slice(0, 2);
  return [
    ...people.map((p): [string, OptionValues] => ['who', { name: p.name }]),
    ...people.slice(0, 2).map((p): [string, OptionValues] => ['quote', { person: p.name }]),
    ...donors.map((d): [string, OptionValues] => ['aid', { donor: d }]),
    ['timeline', {}],
    ['timeline', { page: 2 }],
    ['ask', { question: 'How much military aid was pledged?' }],
    ['ask', { question: 'What did the allies promise to deliver?' }],
    ['sources', {}],
    ['help', {}],
  ];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function benchBot(options: BenchBotOptions = {}): Promise<BenchBotResult> {
  const interactions = options.interactions ?? 2000;
  const inFlight = options.inFlight ?? 16;
  const warmup = options.warmup ?? 200;
  // SQLite is the bot's default store, but its driver is optional (`npm run install:sqlite`).
  const sqliteInstalled = await loadSqliteAdapter().then(
    () => true,
    () => false,
  );
  const storeKind = options.store ?? (sqliteInstalled ? 'sqlite' : 'memory');
  const facts = options.facts ?? (await testFactBase());
  const queries = options.queries ?? defaultQueries(facts);

  const fake = await FakeDiscord.start({ token: TEST_TOKEN, keepHistory: false, guilds: [{ id: nextSnowflake(), channelIds: [nextSnowflake()] }] });
  const where = { guildId: fake.guilds[0]!.id, channelId: fake.guilds[0]!.channelIds[0]! };
  const dir = await mkdtemp(join(tmpdir(), 'bench-bot-'));
  const store = storeKind === 'sqlite' ? await openStore(`sqlite://${join(dir, 'cache.sqlite')}`) : new ResilientStore(new Keyv());
  const bot = await startBot({
    config: loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, RATE_LIMIT_MAX: '1000000' }),
    facts,
    store,
    logger: silentLogger,
    clientOverrides: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } },
  });

  const users = Array.from({ length: 50 }, (_, i) => makeUser(`bench-${i}`));
  const pending = new Map<string, (at: number) => void>();
  const unsubscribe = fake.onRequest((r) => {
    if (r.interactionToken === undefined || r.body?.type === 5) return;
    pending.get(r.interactionToken)?.(performance.now());
  });

  const one = (i: number): Promise<number> => {
    const [name, opts] = queries[i % queries.length]!;
    const built = slashCommand(fake.applicationId, name, opts, users[i % users.length]!, where);
    return new Promise<number>((resolve) => {
      const sent = performance.now();
      pending.set(built.token, (at) => {
        pending.delete(built.token);
        resolve(at - sent);
      });
      fake.dispatch('INTERACTION_CREATE', built.payload);
    });
  };

  const run = async (count: number, offset: number): Promise<number[]> => {
    const latencies: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        latencies.push(await one(offset + i));
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
    return latencies;
  };

  try {
    await run(warmup, 0);
    await options.beforeMeasuring?.();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const latencies = await run(interactions, warmup);
    const cpu = process.cpuUsage(cpuBefore);
    const ended = performance.now();
    const seconds = (ended - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      perSecond: Math.round(latencies.length / seconds),
      p50: Number(percentile(latencies, 50).toFixed(2)),
      p99: Number(percentile(latencies, 99).toFixed(2)),
      cpuMsPerReply: Number(((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(3)),
      replies: latencies.length,
      interactions,
      inFlight,
      store: storeKind,
      startedAt: performance.timeOrigin + started,
      endedAt: performance.timeOrigin + ended,
    };
  } finally {
    unsubscribe();
    await bot.stop(2000);
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The value after `--name` on the command line. */
export function flag(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(flag(args, 'runs') ?? 3);
  const store = flag(args, 'store') === 'memory' ? 'memory' : 'sqlite';
  const factBaseFile = flag(args, 'factbase');
  // Loaded once for every run: a large fact base takes seconds to load.
  const facts = factBaseFile === undefined ? await testFactBase() : await loadFactBase(factBaseFile);
  const options: BenchBotOptions = {
    facts,
    interactions: Number(flag(args, 'interactions') ?? 2000),
    inFlight: Number(flag(args, 'in-flight') ?? 16),
    store,
  };
  const results: BenchBotResult[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await benchBot(options);
    results.push(result);
    console.log(`run ${i + 1}: ${result.perSecond} replies/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuMsPerReply} ms CPU/reply (${result.replies} replies, ${result.inFlight} in flight, ${result.store})`);
  }
  const median = (pick: (r: BenchBotResult) => number) => [...results.map(pick)].sort((a, b) => a - b)[Math.floor(results.length / 2)];
  console.log(`median of ${runs}: ${median((r) => r.perSecond)} replies/s, p50 ${median((r) => r.p50)} ms, p99 ${median((r) => r.p99)} ms, ${median((r) => r.cpuMsPerReply)} ms CPU/reply`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
