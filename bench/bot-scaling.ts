// Does the bot scale across processes? One bot with N shards, each shard in its own process
// (bench/bot-process.ts: the real bot with its own copy of the fact base), as SHARDS_PER_PROCESS
// runs it; 1 process, then N. This process is Discord and the users: the tests' fake gateway
// (each shard gets the interactions of its own guild), the lean REST responder
// (bench/lean-rest.ts) and the load generator (K interactions in flight per process, built
// before the clock starts). It measures replies/s and dispatch → answer latency, and CPU time
// apart: each bot process's own, and this process's, so a machine too small to run the bots
// and their load together shows as such rather than as a bot that does not scale.
// Standalone: `tsx bench/bot-scaling.ts --factbase FILE [--processes N] [--interactions I] [--profile DIR]`
// (--profile: each bot process writes a V8 CPU profile into DIR, node's --cpu-prof).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flag } from './bot.js';
import { LeanRest } from './lean-rest.js';
import { MEASURING_LINE, READY_LINE, RESULT_PREFIX, type BotProcessMeasurement } from './protocol.js';
import { percentile } from './stats.js';
import { TEST_TOKEN } from '../tests/fake-discord/harness.js';
import { nextSnowflake } from '../tests/fake-discord/ids.js';
import { makeUser, slashCommand, type OptionValues } from '../tests/fake-discord/payloads.js';
import { FakeDiscord } from '../tests/fake-discord/server.js';

const BOT_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bot-process.ts');
const IN_FLIGHT = 16;
const WARMUP = 200;

export interface ProcessesResult {
  readonly processes: number;
  /** Every process's replies over the measured span. */
  readonly perSecond: number;
  /** Dispatch → answer at the fake, every process's interactions together, ms. */
  readonly p50: number;
  readonly p99: number;
  /** The bot processes' CPU time (summed) per reply, ms. */
  readonly cpuMsPerReply: number;
  /** The bot processes' main threads alone (summed) per reply, ms (Linux; NaN elsewhere): the rest of cpuMsPerReply is V8's and libuv's helper threads. */
  readonly mainThreadCpuMsPerReply: number;
  /** This process's CPU time per reply (load generator, fake gateway, lean REST), ms. */
  readonly harnessCpuMsPerReply: number;
  /** Replies per second of the busiest bot process's CPU time: what the processes sustain given a core each. */
  readonly perBotCpuSecond: number;
}

export interface ScalingResult {
  readonly one: ProcessesResult;
  readonly many: ProcessesResult;
  /** many.perSecond / one.perSecond. */
  readonly speedup: number;
  /** many.perBotCpuSecond / one.perBotCpuSecond: the speed-up were the bots not sharing cores with each other, the harness and the machine. */
  readonly cpuSpeedup: number;
}

/** An interaction ready to send: its token (to recognise the answer) and its payload as JSON. */
interface Prepared {
  readonly token: string;
  readonly json: string;
  readonly guildId: string;
}

interface BotProcess {
  readonly child: ChildProcess;
  readonly lines: Interface;
  /** Rejects when the process exits before it is asked to. */
  readonly exited: Promise<never>;
}

function startProcess(factBaseFile: string, apiUrl: string, shard: number, shards: number, profileDir: string | undefined): BotProcess {
  const profile = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', BOT_PROCESS, factBaseFile, apiUrl, String(shard), String(shards)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`bot process ${shard} exited with ${code}`))));
  // Raced against its lines while measuring; afterwards the exit is expected, not an error.
  exited.catch(() => undefined);
  return { child, lines: createInterface({ input: child.stdout! }), exited };
}

/** The next line of a bot process that starts with `prefix` (what follows it), or its early exit. */
function lineOf(bot: BotProcess, prefix: string): Promise<string> {
  const line = new Promise<string>((resolve) => {
    const onLine = (text: string) => {
      if (!text.startsWith(prefix)) return;
      bot.lines.off('line', onLine);
      resolve(text.slice(prefix.length).trim());
    };
    bot.lines.on('line', onLine);
  });
  return Promise.race([line, bot.exited]);
}

/** Guilds until one falls on each shard (Discord routes a guild to (id >> 22) % shards). */
function guildPerShard(shards: number): { id: string; channelIds: string[] }[] {
  const byShard = new Map<number, { id: string; channelIds: string[] }>();
  while (byShard.size < shards) {
    const id = nextSnowflake();
    byShard.set(Number((BigInt(id) >> 22n) % BigInt(shards)), { id, channelIds: [nextSnowflake()] });
  }
  return [...byShard.entries()].sort(([a], [b]) => a - b).map(([, guild]) => guild);
}

/** `processes` bot processes, one shard each, measured together. */
export async function benchProcesses(factBaseFile: string, processes: number, interactions: number, profileDir?: string): Promise<ProcessesResult> {
  const guilds = guildPerShard(processes);
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, shards: processes, guilds, keepHistory: false });
  const answered = new Map<string, () => void>();
  const rest = await LeanRest.start({ gatewayUrl: fake.gatewayUrl, shards: processes, onAnswer: (token) => answered.get(token)?.() });
  const bots = guilds.map((_, shard) => startProcess(factBaseFile, rest.apiUrl, shard, processes, profileDir));
  try {
    const queries = JSON.parse((await Promise.all(bots.map((bot) => lineOf(bot, READY_LINE))))[0]!) as [string, OptionValues][];
    const users = Array.from({ length: 50 }, (_, i) => makeUser(`bench-${i}`));
    // Every payload is built before the clock starts: the users' side should cost the bots as little as possible.
    const build = (count: number, guild: (typeof guilds)[number]): Prepared[] =>
      Array.from({ length: count }, (_, i) => {
        const [name, options] = queries[i % queries.length]!;
        const { token, payload } = slashCommand(fake.applicationId, name, options, users[i % users.length]!, { guildId: guild.id, channelId: guild.channelIds[0]! });
        return { token, json: JSON.stringify(payload), guildId: guild.id };
      });
    const send = async (prepared: readonly Prepared[]): Promise<number[]> => {
      const latencies: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < prepared.length) {
          const { token, json, guildId } = prepared[next++]!;
          const sent = performance.now();
          await new Promise<void>((resolve) => {
            answered.set(token, resolve);
            fake.dispatchInteraction(json, guildId);
          });
          answered.delete(token);
          latencies.push(performance.now() - sent);
        }
      };
      await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, prepared.length) }, worker));
      return latencies;
    };
    const warmups = guilds.map((guild) => build(WARMUP, guild));
    const measured = guilds.map((guild) => build(interactions, guild));
    await Promise.all(warmups.map(send));

    const measuring = bots.map((bot) => lineOf(bot, MEASURING_LINE));
    for (const bot of bots) bot.child.stdin!.write('measure\n');
    await Promise.all(measuring);
    const harnessBefore = process.cpuUsage();
    const started = performance.now();
    const latencies = (await Promise.all(measured.map(send))).flat();
    const seconds = (performance.now() - started) / 1000;
    const harness = process.cpuUsage(harnessBefore);
    const results = bots.map((bot) => lineOf(bot, RESULT_PREFIX));
    for (const bot of bots) bot.child.stdin!.end('stop\n');
    const measurements = (await Promise.all(results)).map((json) => JSON.parse(json) as BotProcessMeasurement);
    const cpu = measurements.map((m) => m.cpuMs);
    const mainThreads = measurements.reduce((sum, m) => sum + (m.mainThreadCpuMs ?? NaN), 0);
    // They exit by themselves (writing their profiles, with --profile).
    await Promise.all(bots.map((bot) => bot.exited.catch(() => undefined)));
    if (rest.unexpected > 0) throw new Error(`the bots made ${rest.unexpected} requests the lean REST does not serve`);

    latencies.sort((a, b) => a - b);
    const replies = latencies.length;
    const round = (value: number, digits: number) => Number(value.toFixed(digits));
    return {
      processes,
      perSecond: Math.round(replies / seconds),
      p50: round(percentile(latencies, 50), 2),
      p99: round(percentile(latencies, 99), 2),
      cpuMsPerReply: round(cpu.reduce((sum, ms) => sum + ms, 0) / replies, 3),
      mainThreadCpuMsPerReply: round(mainThreads / replies, 3),
      harnessCpuMsPerReply: round((harness.user + harness.system) / 1000 / replies, 3),
      perBotCpuSecond: Math.round(replies / (Math.max(...cpu) / 1000)),
    };
  } finally {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill();
    await Promise.all(bots.map((bot) => (bot.child.exitCode === null ? once(bot.child, 'exit') : undefined)));
    await rest.close();
    await fake.close();
  }
}

/** One process, then `processes` at once, in this one run. */
export async function benchScaling(factBaseFile: string, processes = 2, interactions = 2000, profileDir?: string): Promise<ScalingResult> {
  const one = await benchProcesses(factBaseFile, 1, interactions, profileDir);
  const many = await benchProcesses(factBaseFile, processes, interactions, profileDir);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  return { one, many, speedup: ratio(many.perSecond, one.perSecond), cpuSpeedup: ratio(many.perBotCpuSecond, one.perBotCpuSecond) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = flag(args, 'factbase');
  if (file === undefined) throw new Error('usage: tsx bench/bot-scaling.ts --factbase FILE [--processes N] [--interactions I] [--profile DIR]');
  const { one, many, speedup, cpuSpeedup } = await benchScaling(file, Number(flag(args, 'processes') ?? 2), Number(flag(args, 'interactions') ?? 2000), flag(args, 'profile'));
  for (const row of [one, many]) {
    console.log(
      `${row.processes} process(es): ${row.perSecond} replies/s, p50 ${row.p50} ms, p99 ${row.p99} ms; CPU a reply: bots ${row.cpuMsPerReply} ms (main threads ${row.mainThreadCpuMsPerReply}), harness ${row.harnessCpuMsPerReply} ms; ${row.perBotCpuSecond} replies per second of the busiest bot's CPU`,
    );
  }
  console.log(`speed-up ${speedup}× (replies/s), ${cpuSpeedup}× (replies per bot CPU second)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
