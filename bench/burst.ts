// Bursts against the real bot, started as its own process (`node --import tsx src/bot.ts`, as
// `npm run dev`), and the fake Discord in this process (as Discord is elsewhere in production:
// the fake's own work does not compete with the bot's event loop):
// - N slash commands dispatched at once: how many are acknowledged (a reply or a deferral)
//   within Discord's 3 s, the ack latency, and when the last answer lands;
// - the same with the interaction callback route answering 429 for a while;
// - one user's simultaneous requests against RATE_LIMIT_MAX: how many are allowed.
// `tsx bench/burst.ts [--factbase FILE] [--burst N] [--runs R] [--rate-429-seconds S] [--profile DIR] [--burst-only]`
// (--profile: the bot process writes a V8 CPU profile of each run into DIR when it exits;
// --burst-only: without the 429 and limiter rows)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../src/factbase/persist.js';
import { buildFactBase } from '../src/ingest/build.js';
import { ARTICLES_DIR } from '../tests/fake-discord/facts.js';
import { TEST_TOKEN } from '../tests/fake-discord/harness.js';
import { nextSnowflake } from '../tests/fake-discord/ids.js';
import { makeUser, slashCommand, type OptionValues } from '../tests/fake-discord/payloads.js';
import { FakeDiscord } from '../tests/fake-discord/server.js';
import { defaultQueries, flag } from './bot.js';
import { median, percentile } from './stats.js';

const WINDOW_MS = 3000;

export interface BurstResult {
  readonly interactions: number;
  /** Acknowledged (reply or defer) within 3 s of dispatch. */
  readonly ackedInWindow: number;
  readonly ackP50: number;
  readonly ackP99: number;
  /** Of the acknowledgements, how many were deferrals. */
  readonly deferred: number;
  /** Every interaction shown its answer (reply or edit of the deferral). */
  readonly answered: number;
  /** Dispatch → last answer, ms. */
  readonly lastAnswerMs: number;
  /** CPU time (user + system) the bot process spent from dispatch to the last acknowledgement and to the last answer, ms (Linux; NaN elsewhere). */
  readonly botCpuToLastAckMs: number;
  readonly botCpuMs: number;
}

/** A process's CPU time so far, ms, from /proc (NaN where there is none). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks (100 Hz).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export interface BurstOptions {
  readonly facts: LoadedFactBase;
  /** The same fact base as a file, for the bot process. */
  readonly factbaseFile: string;
  readonly burst: number;
  /** The callback route answers 429 (Retry-After) for this long first. */
  readonly rateLimitedSeconds?: number;
  readonly rateLimitMax?: number;
  /** All requests from one user (for the limiter); else spread over 50 users. */
  readonly oneUser?: boolean;
  readonly queries?: readonly (readonly [string, OptionValues])[];
  /** Folder for the bot process's CPU profile. */
  readonly profileDir?: string | undefined;
}

export async function burst(options: BurstOptions): Promise<BurstResult & { readonly allowed: number }> {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, guilds: [{ id: nextSnowflake(), channelIds: [nextSnowflake()] }] });
  const where = { guildId: fake.guilds[0]!.id, channelId: fake.guilds[0]!.channelIds[0]! };
  const profile = options.profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.profileDir];
  const bot = spawn(process.execPath, [...profile, '--import', import.meta.resolve('tsx'), resolve('src/bot.ts')], {
    env: {
      PATH: process.env['PATH'] ?? '',
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      FACTBASE_PATH: options.factbaseFile,
      FACTBASE_WATCH: 'false',
      // memory:// keeps the store out of the measurement; BENCH_KEYV_URL to measure another.
      KEYV_URL: process.env['BENCH_KEYV_URL'] ?? 'memory://',
      RATE_LIMIT_MAX: String(options.rateLimitMax ?? 1_000_000),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  bot.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise((done) => bot.once('exit', done));
  while (!fake.sessions.some((s) => s.socket !== undefined) || fake.guilds.length === 0) {
    if (bot.exitCode !== null) throw new Error(`bot exited: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // Ready once its guilds arrived; a moment for the client to settle.
  await new Promise((r) => setTimeout(r, 500));
  try {
    const queries = options.queries ?? defaultQueries(options.facts);
    // One user per request unless testing the limiter: no request is refused by it.
    const users = Array.from({ length: options.oneUser ? 1 : options.burst }, (_, i) => makeUser(`burst-${i}`));
    const built = Array.from({ length: options.burst }, (_, i) => {
      const [name, opts] = queries[i % queries.length]!;
      return slashCommand(fake.applicationId, name, opts, users[i % users.length]!, where);
    });
    const sentAt = new Map<string, number>();
    const ackAt = new Map<string, { at: number; deferred: boolean }>();
    const answer = new Map<string, { at: number; body: any }>();
    let settle = () => {};
    let cpuAtLastAck = Number.NaN;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const unsubscribe = fake.onRequest((r) => {
      const token = r.interactionToken;
      if (token === undefined || !sentAt.has(token)) return;
      const at = performance.now();
      if (r.path.endsWith('/callback') && !ackAt.has(token)) {
        ackAt.set(token, { at, deferred: r.body?.type === 5 });
        if (ackAt.size === built.length) cpuAtLastAck = cpuMsOf(bot.pid);
      }
      const shows = r.method !== 'DELETE' && !(r.path.endsWith('/callback') && r.body?.type === 5);
      if (shows && !answer.has(token)) {
        answer.set(token, { at, body: r.body });
        if (answer.size === built.length) settle();
      }
    });
    if (options.rateLimitedSeconds !== undefined) {
      fake.inject({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: options.rateLimitedSeconds, times: 1 });
    }
    const cpuBefore = cpuMsOf(bot.pid);
    for (const b of built) {
      sentAt.set(b.token, performance.now());
      fake.dispatch('INTERACTION_CREATE', b.payload);
    }
    const first = Math.min(...sentAt.values());
    await Promise.race([done, new Promise((r) => setTimeout(r, 60_000))]);
    const botCpuMs = cpuMsOf(bot.pid) - cpuBefore;
    unsubscribe();
    const acks = built.map((b) => (ackAt.get(b.token)?.at ?? Number.POSITIVE_INFINITY) - sentAt.get(b.token)!).sort((a, b) => a - b);
    const allowed = [...answer.values()].filter((a) => (a.body?.data?.embeds ?? a.body?.embeds ?? []).length > 0).length;
    return {
      interactions: built.length,
      ackedInWindow: acks.filter((ms) => ms <= WINDOW_MS).length,
      ackP50: Math.round(percentile(acks, 50)),
      ackP99: Math.round(percentile(acks, 99)),
      deferred: [...ackAt.values()].filter((a) => a.deferred).length,
      answered: answer.size,
      lastAnswerMs: Math.round(Math.max(...[...answer.values()].map((a) => a.at)) - first),
      botCpuToLastAckMs: cpuAtLastAck - cpuBefore,
      botCpuMs,
      allowed,
    };
  } finally {
    bot.kill('SIGTERM');
    await exited;
    await fake.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(flag(args, 'runs') ?? 3);
  const size = Number(flag(args, 'burst') ?? 1000);
  let file = flag(args, 'factbase');
  if (file === undefined) {
    file = join(await mkdtemp(join(tmpdir(), 'bench-burst-')), 'factbase.json');
    await saveFactBase((await buildFactBase(ARTICLES_DIR)).factBase, file);
  }
  const facts = await loadFactBase(file);
  const rows: string[] = [];
  const report = (label: string, results: BurstResult[]) => {
    const m = (pick: (r: BurstResult) => number) => median(results.map(pick));
    const line = `${label}: acked within 3 s ${results.map((r) => r.ackedInWindow).join(', ')} of ${results[0]?.interactions} (median ${m((r) => r.ackedInWindow)}), ack p50 ${m((r) => r.ackP50)} ms, p99 ${m((r) => r.ackP99)} ms, deferred ${m((r) => r.deferred)}, answered ${m((r) => r.answered)}, last answer ${m((r) => r.lastAnswerMs)} ms, bot CPU to the last ack ${m((r) => r.botCpuToLastAckMs)} ms, to the last answer ${m((r) => r.botCpuMs)} ms`;
    console.log(line);
    rows.push(line);
  };
  const plain: BurstResult[] = [];
  const profileDir = flag(args, 'profile');
  for (let i = 0; i < runs; i += 1) plain.push(await burst({ facts, factbaseFile: file, burst: size, profileDir }));
  report(`${size} simultaneous slash commands`, plain);
  if (args.includes('--burst-only')) return;
  const limited: BurstResult[] = [];
  const seconds = Number(flag(args, 'rate-429-seconds') ?? 4);
  for (let i = 0; i < runs; i += 1) limited.push(await burst({ facts, factbaseFile: file, burst: 300, rateLimitedSeconds: seconds }));
  report(`300 simultaneous, the first callback answered 429 (Retry-After ${seconds} s)`, limited);
  const allowed: number[] = [];
  for (let i = 0; i < runs; i += 1) allowed.push((await burst({ facts, factbaseFile: file!, burst: 20, oneUser: true, rateLimitMax: 5, queries: [['help', {}]] })).allowed);
  console.log(`one user, 20 simultaneous, RATE_LIMIT_MAX=5: allowed ${allowed.join(', ')}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
