// One bot process of the scaling benchmark (bench/bot-scaling.ts): the real bot (startBot,
// discord.js client, commands, renderer, memory store) on one shard of a bot whose Discord is
// the benchmark's, in another process. It measures nothing but its own CPU time, between the
// runner's `measure` and `stop` lines, so the bot's cost is told apart from the benchmark's.
// Usage: tsx bench/bot-process.ts <factBaseFile> <apiUrl> <shard> <shardCount>
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import Keyv from 'keyv';
import { Events } from 'discord.js';
import { startBot } from '../src/bot.js';
import { loadConfig } from '../src/config.js';
import { loadFactBase } from '../src/factbase/persist.js';
import { silentLogger } from '../src/logger.js';
import { ResilientStore } from '../src/store/resilient-store.js';
import { TEST_TOKEN } from '../tests/fake-discord/harness.js';
import { defaultQueries } from './bot.js';
import { MEASURING_LINE, READY_LINE, RESULT_PREFIX, type BotProcessMeasurement } from './protocol.js';

const [file, apiUrl, shard, shardCount] = process.argv.slice(2);
if (file === undefined || apiUrl === undefined || shard === undefined || shardCount === undefined) {
  console.error('usage: bot-process.ts <factBaseFile> <apiUrl> <shard> <shardCount>');
  process.exit(1);
}

const facts = await loadFactBase(file);
const bot = await startBot({
  config: loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: apiUrl, RATE_LIMIT_MAX: '1000000' }),
  facts,
  store: new ResilientStore(new Keyv()),
  logger: silentLogger,
  clientOverrides: { shards: [Number(shard)], shardCount: Number(shardCount), ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } },
});
if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);

const lines = createInterface({ input: process.stdin });
const nextLine = () => once(lines, 'line').then(([line]) => String(line));
process.stdout.write(`${READY_LINE} ${JSON.stringify(defaultQueries(facts))}\n`);
await nextLine();
const before = process.cpuUsage();
const mainBefore = mainThreadCpuMs();
process.stdout.write(`${MEASURING_LINE}\n`);
await nextLine();
const cpu = process.cpuUsage(before);
const mainAfter = mainThreadCpuMs();
const result: BotProcessMeasurement = {
  cpuMs: (cpu.user + cpu.system) / 1000,
  mainThreadCpuMs: mainBefore === undefined || mainAfter === undefined ? undefined : mainAfter - mainBefore,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
};
await bot.stop(2000);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`, () => process.exit(0));

/**
 * The main thread's CPU time alone (user + system, ms), from Linux's /proc (clock ticks of 10 ms):
 * what is left of the process's is V8's helper threads (parallel scavenges, concurrent marking)
 * and libuv's. Undefined where /proc is not there.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
