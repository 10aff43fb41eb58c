import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer.js';
import { createLogger } from '../src/discord/logger.js';
import KeyvSqlite from '@keyv/sqlite';
import { AnswerCache, deleteExpiredRows, describeStoreUrl, normaliseOptions, openStore, PagingState, RateLimiter, ResilientStore } from '../src/store.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'store-test-'));
}

/** A keyv whose every call rejects (a store that is down) or never settles (a store that hangs). */
function brokenKeyv(mode: 'reject' | 'hang'): Keyv {
  const fail = () => (mode === 'reject' ? Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')) : new Promise(() => {}));
  const store = new Map();
  return new Keyv({
    store: Object.assign(store, { get: fail, set: fail, delete: fail, clear: fail, has: fail }),
    throwOnErrors: true,
  });
}

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }) };
}

const answer: Answer = { version: 1, command: 'who', query: '/who name:x', title: 'x', abstained: false, items: [], citations: [] };

describe('ResilientStore on SQLite', () => {
  it('GIVEN values set THEN they survive closing and reopening the file (a restart)', async () => {
    const url = `sqlite://${join(tempDir(), 'nested', 'cache.sqlite')}`;
    const first = await openStore(url);
    expect(await first.set('k', { a: 1 })).toBe(true);
    await first.close();
    const second = await openStore(url);
    expect(await second.get('k')).toEqual({ a: 1 });
    expect(second.healthy).toBe(true);
    await second.close();
  });

  it('GIVEN a TTL THEN the value is gone after it', async () => {
    const store = await openStore(`sqlite://${join(tempDir(), 'cache.sqlite')}`);
    await store.set('short', 1, 5);
    await store.set('long', 2, 60_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toBe(2);
    await store.close();
  });

  it('GIVEN expired rows THEN the sweep deletes them and keeps live ones', async () => {
    const sqlite = new KeyvSqlite(`sqlite://${join(tempDir(), 'cache.sqlite')}`);
    const keyv = new Keyv({ store: sqlite, namespace: 'coverage-bot' });
    await keyv.set('expired', 1, 1);
    await keyv.set('live', 2, 60_000);
    await keyv.set('forever', 3);
    await deleteExpiredRows(sqlite, Date.now() + 10);
    const rows = (await sqlite.query('SELECT key FROM keyv ORDER BY key')) as { key: string }[];
    expect(rows.map((r) => r.key)).toEqual(['coverage-bot:forever', 'coverage-bot:live']);
    await keyv.disconnect();
  });

  it('GIVEN a sweep THEN it runs on its interval until the store closes', async () => {
    let runs = 0;
    const store = new ResilientStore(new Keyv(), { sweep: { everyMs: 10, run: async () => (runs += 1) } });
    await new Promise((r) => setTimeout(r, 60));
    await store.close();
    const atClose = runs;
    expect(atClose).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(atClose);
  });

  it('GIVEN a file that cannot be created THEN opening degrades (unhealthy, one warning) instead of throwing', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { lines, logger } = recordingLogger();
    const store = await openStore(`sqlite://${join(blocker, 'cache.sqlite')}`, { logger });
    expect(store.healthy).toBe(false);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.set('k', 1)).toBe(false);
    expect(lines.filter((l) => l.includes('store unavailable'))).toHaveLength(1);
  });
});

describe('ResilientStore during an outage', () => {
  it('GIVEN a store whose calls reject THEN get is undefined, set is false, and the outage is logged once', async () => {
    const { lines, logger } = recordingLogger();
    const store = new ResilientStore(brokenKeyv('reject'), { logger });
    expect(await store.get('a')).toBeUndefined();
    expect(await store.set('a', 1)).toBe(false);
    expect(await store.get('b')).toBeUndefined();
    expect(store.healthy).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/warn store unavailable.*ECONNREFUSED/);
  });

  it('GIVEN a store whose calls hang THEN a call gives up after the timeout, and later calls skip the store until the retry time', async () => {
    const store = new ResilientStore(brokenKeyv('hang'), { timeoutMs: 200, retryAfterMs: 60_000 });
    let started = Date.now();
    expect(await store.get('a')).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    started = Date.now();
    expect(await store.set('a', 1)).toBe(false);
    expect(await store.get('a')).toBeUndefined();
    // Well under one timeout: the store was not even asked.
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('GIVEN a hanging store with no pause between retries THEN every call waits out its own timeout', async () => {
    const store = new ResilientStore(brokenKeyv('hang'), { timeoutMs: 30, retryAfterMs: 0 });
    const started = Date.now();
    await store.get('a');
    await store.get('b');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('GIVEN an outage that ends THEN the store reports recovery and works again', async () => {
    const { lines, logger } = recordingLogger();
    let down = true;
    const map = new Map<string, unknown>();
    const flaky = Object.assign(new Map(), {
      get: async (k: string) => (down ? Promise.reject(new Error('down')) : map.get(k)),
      set: async (k: string, v: unknown) => (down ? Promise.reject(new Error('down')) : (map.set(k, v), true)),
    });
    const store = new ResilientStore(new Keyv({ store: flaky, throwOnErrors: true }), { logger, retryAfterMs: 0 });
    expect(await store.set('k', 1)).toBe(false);
    down = false;
    expect(await store.set('k', 2)).toBe(true);
    expect(await store.get('k')).toBe(2);
    expect(store.healthy).toBe(true);
    expect(lines.map((l) => l.split(' ').slice(1, 4).join(' '))).toEqual(['warn store unavailable:', 'info store recovered:']);
  });
});

describe('RateLimiter', () => {
  it('GIVEN many windows THEN a user has one counter, not one per window', async () => {
    const keys: string[] = [];
    const map = new Map<string, unknown>();
    const recording = Object.assign(new Map(), {
      get: async (k: string) => map.get(k),
      set: async (k: string, v: unknown) => (keys.push(k), map.set(k, v), true),
    });
    let now = 0;
    const limiter = new RateLimiter(new ResilientStore(new Keyv({ store: recording })), { max: 5, windowSeconds: 1, now: () => now });
    for (let i = 0; i < 5; i += 1, now += 1000) await limiter.hit('u1');
    expect(new Set(keys).size).toBe(1);
  });

  it('GIVEN max 2 per 10 s THEN the third request in a window is refused with the seconds left, and the next window allows again', async () => {
    let now = 1_000_000; // at a window boundary
    const limiter = new RateLimiter(new ResilientStore(new Keyv()), { max: 2, windowSeconds: 10, now: () => now });
    expect(await limiter.hit('u1')).toEqual({ allowed: true });
    now += 1000;
    expect(await limiter.hit('u1')).toEqual({ allowed: true });
    now += 2500;
    expect(await limiter.hit('u1')).toEqual({ allowed: false, retryAfterSeconds: 7 });
    expect(await limiter.hit('u2')).toEqual({ allowed: true });
    now += 6500;
    expect(await limiter.hit('u1')).toEqual({ allowed: true });
  });

  it('GIVEN the store is down THEN nobody is limited', async () => {
    const limiter = new RateLimiter(new ResilientStore(brokenKeyv('reject')), { max: 1, windowSeconds: 60 });
    for (let i = 0; i < 5; i += 1) expect(await limiter.hit('u1')).toEqual({ allowed: true });
  });
});

describe('AnswerCache', () => {
  it('GIVEN an answer kept without persisting THEN this cache serves it from memory and the store never sees it', async () => {
    const store = new ResilientStore(new Keyv());
    const cache = new AnswerCache(store, { version: 'v1', ttlSeconds: 60 });
    await cache.set('help', {}, answer, false);
    expect(await cache.get('help', {})).toEqual(answer);
    expect(await new AnswerCache(store, { version: 'v1', ttlSeconds: 60 }).get('help', {})).toBeUndefined();
  });

  it('GIVEN an answer another process persisted THEN a fresh cache finds it in the store', async () => {
    const store = new ResilientStore(new Keyv());
    await new AnswerCache(store, { version: 'v1', ttlSeconds: 60 }).set('who', { name: 'x' }, answer);
    expect(await new AnswerCache(store, { version: 'v1', ttlSeconds: 60 }).get('who', { name: 'x' })).toEqual(answer);
  });

  it('GIVEN the same request spelt differently THEN it is one cache entry', async () => {
    const cache = new AnswerCache(new ResilientStore(new Keyv()), { version: 'v1', ttlSeconds: 60 });
    await cache.set('who', { name: '  Antony   Blinken ', extra: undefined }, answer);
    expect(await cache.get('who', { name: 'Antony Blinken' })).toEqual(answer);
    expect(await cache.get('who', { name: 'Blinken' })).toBeUndefined();
    expect(await cache.get('quote', { name: 'Antony Blinken' })).toBeUndefined();
  });

  it('GIVEN a rebuilt fact base (new version) THEN old answers are not served', async () => {
    const store = new ResilientStore(new Keyv());
    await new AnswerCache(store, { version: 'v1', ttlSeconds: 60 }).set('who', { name: 'x' }, answer);
    expect(await new AnswerCache(store, { version: 'v2', ttlSeconds: 60 }).get('who', { name: 'x' })).toBeUndefined();
  });

  it('normalises options: trims, collapses spaces, drops empties and sorts keys', () => {
    expect(JSON.stringify(normaliseOptions({ to: ' 2024 ', from: '', topic: 'a   b', page: 2, x: undefined }))).toBe(
      '{"page":2,"to":"2024","topic":"a b"}',
    );
  });
});

describe('PagingState', () => {
  it('GIVEN a saved query THEN the same query gets the same short key and loads back', async () => {
    const paging = new PagingState(new ResilientStore(new Keyv()));
    const query = { command: 'timeline', options: { topic: 'x'.repeat(200) } };
    const key = await paging.save(query);
    expect(key).toMatch(/^[\w-]{16}$/);
    expect(await paging.save(query)).toBe(key);
    expect(await paging.load(key!)).toEqual(query);
  });

  it('GIVEN the store is down THEN saving reports no key', async () => {
    expect(await new PagingState(new ResilientStore(brokenKeyv('reject'))).save({ command: 'timeline', options: {} })).toBeUndefined();
  });
});

describe('describeStoreUrl', () => {
  it('drops credentials so the URL can be logged', () => {
    expect(describeStoreUrl('redis://user:hunter2@cache:6379/0')).toBe('redis://cache:6379/0');
    expect(describeStoreUrl('sqlite://data/cache.sqlite')).not.toContain('@');
  });
});

const redisServer = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(!redisServer)('ResilientStore on a real Redis (redis-server on PATH; skipped without it)', () => {
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
    await new Promise<void>((resolve, reject) => {
      redis.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
      redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  });

  afterAll(() => {
    redis?.kill();
  });

  it('GIVEN redis:// THEN values, TTLs and the rate limiter work across two connections (two processes)', async () => {
    const a = await openStore(`redis://127.0.0.1:${port}`, { timeoutMs: 1000 });
    const b = await openStore(`redis://127.0.0.1:${port}`, { timeoutMs: 1000 });
    expect(await a.set('shared', { n: 1 })).toBe(true);
    expect(await b.get('shared')).toEqual({ n: 1 });
    const now = () => 5_000_000;
    expect(await new RateLimiter(a, { max: 1, windowSeconds: 60, now }).hit('u')).toEqual({ allowed: true });
    expect(await new RateLimiter(b, { max: 1, windowSeconds: 60, now }).hit('u')).toMatchObject({ allowed: false });
    expect(a.healthy && b.healthy).toBe(true);
    await a.close();
    await b.close();
  });

  it('GIVEN nothing listening at the Redis URL THEN calls degrade within the timeout', async () => {
    const store = await openStore(`redis://127.0.0.1:${await freePort()}`, { timeoutMs: 100 });
    const started = Date.now();
    expect(await store.get('x')).toBeUndefined();
    expect(store.healthy).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    await store.close();
  });
});

if (!redisServer) {
  describe('Redis', () => {
    it.skip('needs redis-server on PATH (apt-get install redis-server) — the Redis store test did not run', () => {});
  });
}
