import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer.js';
import { createLogger } from '../src/logger.js';
import { AnswerCache } from '../src/store/answer-cache.js';
import { deleteExpiredRows, describeStoreUrl, loadSqliteAdapter, openStore } from '../src/store/open-store.js';
import { PagingState } from '../src/store/paging-state.js';
import { normaliseOptions } from '../src/store/request-key.js';
import { ResilientStore } from '../src/store/resilient-store.js';
import { freePort, hasRedis, startRedis, type RedisServer } from './helpers/redis.js';
import { useTempDirs } from './helpers/temp-dirs.js';

const tempDir = useTempDirs('store-test-');

/** A keyv whose every call rejects (a store that is down) or never settles (a store that hangs). */
/** A Keyv whose every call fails or never settles; `asked.calls` counts the calls that reached it. */
function brokenKeyv(mode: 'reject' | 'hang', asked = { calls: 0 }): Keyv {
  const fail = () => {
    asked.calls++;
    return mode === 'reject' ? Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')) : new Promise(() => {});
  };
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

// The SQLite driver is an optional dependency (`npm run install:sqlite`): without it this suite says so and skips.
const hasSqlite = await loadSqliteAdapter().then(
  () => true,
  () => false,
);

describe.skipIf(!hasSqlite)('ResilientStore on SQLite (optional @keyv/sqlite installed; skipped without it)', () => {
  it('GIVEN values set THEN they survive closing and reopening the file (a restart)', async () => {
    const url = `sqlite://${join(await tempDir(), 'nested', 'cache.sqlite')}`;
    const first = await openStore(url);
    expect(await first.set('k', { a: 1 })).toBe(true);
    await first.close();
    const second = await openStore(url);
    expect(await second.get('k')).toEqual({ a: 1 });
    expect(second.healthy).toBe(true);
    await second.close();
  });

  it('GIVEN a TTL THEN the value is gone after it', async () => {
    const store = await openStore(`sqlite://${join(await tempDir(), 'cache.sqlite')}`);
    await store.set('short', 1, 5);
    await store.set('long', 2, 60_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toBe(2);
    await store.close();
  });

  it('GIVEN expired rows THEN the sweep deletes them and keeps live ones', async () => {
    const KeyvSqlite = await loadSqliteAdapter();
    const sqlite = new KeyvSqlite({ uri: `sqlite://${join(await tempDir(), 'cache.sqlite')}` });
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
    const blocker = join(await tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { lines, logger } = recordingLogger();
    const store = await openStore(`sqlite://${join(blocker, 'cache.sqlite')}`, { logger });
    expect(store.healthy).toBe(false);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.set('k', 1)).toBe(false);
    expect(lines.filter((l) => l.includes('store unavailable'))).toHaveLength(1);
  });
});

describe('ResilientStore under a burst', () => {
  it('GIVEN more skippable calls than the store may have waiting THEN the extra ones are skipped at once, and the store stays in use', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const slow = Object.assign(new Map(), { get: async () => (asked++, await gate, undefined) });
    const store = new ResilientStore(new Keyv({ store: slow, throwOnErrors: true }), { maxPending: 2, timeoutMs: 5000 });
    const calls = Array.from({ length: 10 }, (_, i) => store.get(`k${i}`, { skippable: true }));
    // A call that must not be dropped (paging state) still waits its turn.
    const kept = store.get('page', { skippable: false });
    expect(store.shed).toBe(8);
    release();
    await Promise.all([...calls, kept]);
    expect(asked).toBe(3);
    expect(store.healthy).toBe(true);
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
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      msg: expect.stringMatching(/^store unavailable/),
      error: { message: expect.stringContaining('ECONNREFUSED'), stack: expect.stringContaining('store.test.ts') },
    });
  });

  it('GIVEN a store whose calls hang THEN a call gives up after the timeout, and later calls skip the store until the retry time', async () => {
    const asked = { calls: 0 };
    const store = new ResilientStore(brokenKeyv('hang', asked), { timeoutMs: 200, retryAfterMs: 60_000 });
    const started = Date.now();
    expect(await store.get('a')).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    const callsAfterTimeout = asked.calls;
    expect(await store.set('a', 1)).toBe(false);
    expect(await store.get('a')).toBeUndefined();
    // Until the retry time the store is not even asked.
    expect(asked.calls).toBe(callsAfterTimeout);
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
    expect(lines.map((l) => JSON.parse(l) as { level: string; msg: string }).map((r) => `${r.level} ${r.msg.split(':')[0]}`)).toEqual([
      'warn store unavailable',
      'info store recovered',
    ]);
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

describe.skipIf(!hasRedis)('ResilientStore on a real Redis (redis-server on PATH; skipped without it)', () => {
  let redis: RedisServer;

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(() => {
    redis?.stop();
  });

  it('GIVEN redis:// THEN values and TTLs are shared across two connections (two processes), and the raw connection is exposed for the rate limit', async () => {
    const a = await openStore(redis.url, { timeoutMs: 1000 });
    const b = await openStore(redis.url, { timeoutMs: 1000 });
    expect(await a.set('shared', { n: 1 })).toBe(true);
    expect(await b.get('shared')).toEqual({ n: 1 });
    expect(await a.redis?.sendCommand(['PING'])).toBe('PONG');
    expect(a.healthy && b.healthy).toBe(true);
    await a.close();
    await b.close();
  });

  it('GIVEN nothing listening at the Redis URL THEN calls degrade within the timeout', async () => {
    const store = await openStore(`redis://127.0.0.1:${await freePort()}`, { timeoutMs: 100 });
    // A call that waited on the connection would hang past the test's own timeout.
    expect(await store.get('x')).toBeUndefined();
    expect(store.healthy).toBe(false);
    await store.close();
  });
});

if (!hasSqlite) {
  describe('SQLite', () => {
    it.skip('needs the optional @keyv/sqlite (npm run install:sqlite) — the SQLite store tests did not run', () => {});
  });
}

if (!hasRedis) {
  describe('Redis', () => {
    it.skip('needs redis-server on PATH (apt-get install redis-server) — the Redis store test did not run', () => {});
  });
}
