// `npm start` with SHARD_COUNT=4 SHARDS_PER_PROCESS=2: a manager process and two worker
// processes (the real bot, from source), against the fake Discord's gateway (which hands out
// 4 shards, checks IDENTIFY's shard field and routes each guild's events to its shard) and a
// real redis-server shared by both workers. Skipped, with the reason, without redis-server.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFactBase } from '../src/factbase/persist.js';
import { buildFactBase } from '../src/ingest/build.js';
import { ARTICLES_DIR } from './fake-discord/facts.js';
import { useSuiteTempDirs } from './helpers/temp-dirs.js';
import { TEST_TOKEN } from './fake-discord/harness.js';
import { makeUser, messageCreate, slashCommand, type Where } from './fake-discord/payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord/server.js';
import { freePort, hasRedis, startRedis, type RedisServer } from './helpers/redis.js';

const SHARDS = 4;
const DISCORD_EPOCH = 1_420_070_400_000n;

/** A guild id whose events Discord routes to `shard` ((id >> 22) % count). */
function guildOnShard(shard: number, salt: number): string {
  const ms = BigInt(Date.now()) - DISCORD_EPOCH;
  const onShard = ms - (ms % BigInt(SHARDS)) + BigInt(shard);
  return ((onShard << 22n) | BigInt(1000 + salt)).toString();
}

describe.skipIf(!hasRedis)('sharded bot: 2 processes × 2 shards on one Redis (redis-server on PATH; skipped without it)', { timeout: 120_000 }, () => {
  let redis: RedisServer;
  let fake: FakeDiscord;
  let manager: ChildProcess;
  let stderr = '';
  let healthPort: number;
  let factbase: string;
  let articles: string;
  const where: Where[] = [];

  const exited = () => new Promise<number | null>((done) => (manager.exitCode !== null ? done(manager.exitCode) : manager.once('exit', (code) => done(code))));

  const tempDir = useSuiteTempDirs('bot-sharding-');
  beforeAll(async () => {
    redis = await startRedis();
    const guilds = Array.from({ length: SHARDS }, (_, shard) => ({ id: guildOnShard(shard, shard), channelIds: [`${BigInt(guildOnShard(shard, shard)) + 7n}`] }));
    fake = await FakeDiscord.start({ token: TEST_TOKEN, guilds, shards: SHARDS, maxConcurrency: 16 });
    for (const guild of guilds) where.push({ guildId: guild.id, channelId: guild.channelIds[0]! });
    const dir = await tempDir();
    factbase = join(dir, 'factbase.json');
    articles = join(dir, 'articles');
    await cp(ARTICLES_DIR, articles, { recursive: true });
    await saveFactBase((await buildFactBase(articles)).factBase, factbase);
    healthPort = await freePort();
    manager = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), resolve('src/bot.ts')], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'] ?? '',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        FACTBASE_PATH: factbase,
        FACTBASE_WATCH: 'false',
        KEYV_URL: redis.url,
        RATE_LIMIT_MAX: '5',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        SHARD_COUNT: String(SHARDS),
        SHARDS_PER_PROCESS: '2',
        HEALTH_PORT: String(healthPort),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    manager.stdout?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The health endpoint starts once the workers are connected: wait for it, not for them.
    await waitFor(() => stderr.includes('health endpoint listening'), 90_000, () => stderr);
  }, 120_000);

  afterAll(async () => {
    if (manager?.exitCode === null) {
      manager.kill('SIGKILL');
      await exited();
    }
    await fake?.close();
    redis?.stop();
  }, 30_000);

  /** A request that shows the user something for an interaction (not a bare defer, nor removing the "thinking…" placeholder). */
  const shows = (r: RecordedRequest) => r.method !== 'DELETE' && !(r.path.endsWith('/callback') && r.body?.type === 5);
  const answersTo = (token: string) => fake.requests.filter((r) => r.interactionToken === token && shows(r));

  async function slash(name: string, user: ReturnType<typeof makeUser>, at: Where): Promise<RecordedRequest> {
    const built = slashCommand(fake.applicationId, name, {}, user, at);
    fake.dispatch('INTERACTION_CREATE', built.payload);
    return fake.waitForRequest((r) => r.interactionToken === built.token && shows(r), 15_000);
  }

  it('GIVEN SHARD_COUNT=4 and SHARDS_PER_PROCESS=2 THEN each shard identified once with [id, 4], from two worker processes', async () => {
    const shards = fake.sessions.map((s) => s.shard[0]).sort();
    expect(shards).toEqual([0, 1, 2, 3]);
    expect(fake.sessions.every((s) => s.shard[1] === SHARDS)).toBe(true);
    const health = (await (await fetch(`http://127.0.0.1:${healthPort}/healthz`)).json()) as { ok: boolean; processes: { pid: number; shards: { id: number }[] }[] };
    expect(health.ok).toBe(true);
    expect(health.processes.map((p) => p.shards.map((s) => s.id))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(new Set(health.processes.map((p) => p.pid)).size).toBe(2);
  });

  it('GIVEN a slash command in a guild of every shard and a DM THEN each is answered exactly once', async () => {
    const user = makeUser('everywhere');
    for (const at of where) {
      const reply = await slash('help', user, at);
      expect(answersTo(reply.interactionToken!)).toHaveLength(1);
    }
    const dm = { channelId: `${BigInt(user.id) + 1n}` };
    const message = messageCreate(user, '/sources', dm);
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === message['id'], 15_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.filter((r) => r.body?.message_reference?.message_id === message['id'])).toHaveLength(1);
  });

  it('GIVEN one user sends 20 simultaneous commands spread over both processes THEN exactly RATE_LIMIT_MAX=5 are answered, the rest refused', async () => {
    const user = makeUser('burst');
    const built = Array.from({ length: 20 }, (_, i) => slashCommand(fake.applicationId, 'help', {}, user, where[i % SHARDS]!));
    const replies = built.map((b) => fake.waitForRequest((r) => r.interactionToken === b.token && shows(r), 20_000));
    for (const b of built) fake.dispatch('INTERACTION_CREATE', b.payload);
    const got = await Promise.all(replies);
    const answered = got.filter((r) => (r.body?.data?.embeds ?? r.body?.embeds ?? []).length > 0);
    const refused = got.filter((r) => /asking quickly/.test(r.body?.data?.content ?? r.body?.content ?? ''));
    expect(answered).toHaveLength(5);
    expect(refused).toHaveLength(15);
    // Refusals are for the asker only: ephemeral, whether sent as the reply or after a deferral.
    expect(refused.every((r) => ((r.body?.data?.flags ?? r.body?.flags) & 64) === 64)).toBe(true);
  });

  it('GIVEN /metrics THEN it is Prometheus text merged from both workers', async () => {
    const text = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(text).toMatch(/# TYPE coverage_bot_replies_total counter/);
    expect(text).toMatch(/coverage_bot_rate_limited_total \d+/);
    expect(Number(/coverage_bot_rate_limited_total (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(15);
  });

  it('GIVEN a worker killed THEN the other keeps answering, and the manager restarts the dead one, which answers again', async () => {
    const health = (await (await fetch(`http://127.0.0.1:${healthPort}/healthz`)).json()) as { processes: { pid: number }[] };
    const victim = health.processes[1]!.pid;
    const identifiesBefore = fake.gatewayReceived.filter((p) => p.op === 2).length;
    process.kill(victim, 'SIGKILL');
    // Shards 0 and 1 (the other process) answer throughout.
    expect(answersTo((await slash('help', makeUser('during'), where[0]!)).interactionToken!)).toHaveLength(1);
    await waitFor(() => fake.gatewayReceived.filter((p) => p.op === 2).length >= identifiesBefore + 2, 60_000, () => stderr);
    await waitFor(() => stderr.includes('worker connected') && stderr.split('worker connected').length > 3, 60_000, () => stderr);
    expect(stderr).toMatch(/worker exited; restarting it/);
    expect(answersTo((await slash('help', makeUser('after'), where[3]!)).interactionToken!)).toHaveLength(1);
  });

  it('GIVEN a rebuilt fact base and SIGHUP to the manager THEN every worker reloads it and answers from it', async () => {
    type Health = { processes: { factBase: { version: string } | null }[] };
    const versions = async () => ((await (await fetch(`http://127.0.0.1:${healthPort}/healthz`)).json()) as Health).processes.map((p) => p.factBase?.version);
    const [old] = await versions();
    await writeFile(join(articles, 'harbour-bridge.md'), '---\ntitle: Harbour bridge reopens\npublisher: Test Gazette\npublished: 2024-03-04\n---\nThe Kestrelmoor harbour bridge reopened on Monday, the port authority said.\n');
    await saveFactBase((await buildFactBase(articles)).factBase, factbase);
    // FACTBASE_WATCH=false: only the signal makes the workers reload.
    manager.kill('SIGHUP');
    await waitFor(() => stderr.split('fact base reloaded (SIGHUP)').length === 3, 30_000, () => stderr);
    const now = await versions();
    expect(now).toHaveLength(2);
    expect(new Set(now).size).toBe(1);
    expect(now[0]).not.toBe(old);
    expect(manager.exitCode).toBeNull();
    for (const at of [where[0]!, where[3]!]) {
      const reply = await slash('help', makeUser(`reloaded-${at.guildId}`), at);
      expect(JSON.stringify(reply.body)).toContain(`fact base ${now[0]}`);
    }
  });

  it('GIVEN SIGTERM to the manager THEN every worker stops and the manager exits 0', async () => {
    manager.kill('SIGTERM');
    expect(await exited()).toBe(0);
    expect(stderr).toMatch(/every worker stopped/);
  });
});

if (!hasRedis) {
  describe('sharding', () => {
    it.skip('needs redis-server on PATH (apt-get install redis-server) — the sharded bot test did not run', () => {});
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number, context: () => string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in time; log so far:\n${context().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
