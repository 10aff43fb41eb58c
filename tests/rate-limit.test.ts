// The per-user limit: a sliding window, counted in one atomic step, in memory for one process
// and in Redis (one Lua script) for several.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { MemoryRateLimiter, RedisRateLimiter, type RedisCommander } from '../src/rate-limit.js';
import { openStore } from '../src/store/open-store.js';
import type { ResilientStore } from '../src/store/resilient-store.js';
import { hasRedis, startRedis, type RedisServer } from './helpers/redis.js';

describe('MemoryRateLimiter', () => {
  it('GIVEN max 2 per 10 s THEN the third request is refused with the seconds until the oldest leaves the window, and allowed once it has', () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter({ max: 2, windowSeconds: 10, now: () => now });
    expect(limiter.hit('u1')).toEqual({ allowed: true });
    now += 1000;
    expect(limiter.hit('u1')).toEqual({ allowed: true });
    now += 2500;
    expect(limiter.hit('u1')).toEqual({ allowed: false, retryAfterSeconds: 7 });
    expect(limiter.hit('u2')).toEqual({ allowed: true });
    now += 6500;
    // The first request left the window; the second (at +1 s) has not.
    expect(limiter.hit('u1')).toEqual({ allowed: true });
    expect(limiter.hit('u1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('GIVEN a burst across a window edge THEN no more than max pass in any window (a fixed window would let 2×max through)', () => {
    let now = 9_999;
    const limiter = new MemoryRateLimiter({ max: 5, windowSeconds: 10, now: () => now });
    const before = Array.from({ length: 5 }, () => limiter.hit('u').allowed).filter(Boolean).length;
    now = 10_001;
    const after = Array.from({ length: 5 }, () => limiter.hit('u').allowed).filter(Boolean).length;
    expect(before + after).toBe(5);
  });

  it('GIVEN 20 simultaneous requests from one user and max 5 THEN exactly 5 are allowed', async () => {
    const limiter = new MemoryRateLimiter({ max: 5, windowSeconds: 15 });
    const verdicts = await Promise.all(Array.from({ length: 20 }, async () => limiter.hit('u')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it('GIVEN users who stopped asking THEN they are forgotten after a window', () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ max: 1, windowSeconds: 1, now: () => now });
    for (let i = 0; i < 100; i += 1) limiter.hit(`u${i}`);
    now = 5000;
    limiter.hit('later');
    expect(limiter.size).toBe(1);
  });
});

describe('RedisRateLimiter when Redis fails', () => {
  it('GIVEN Redis rejecting every call THEN the limit still holds, per process, and the outage is logged once', async () => {
    const lines: string[] = [];
    const down: RedisCommander = { sendCommand: () => Promise.reject(new Error('ECONNREFUSED')) };
    const limiter = new RedisRateLimiter(down, { max: 2, windowSeconds: 60, logger: createLogger({ write: (l) => lines.push(l) }) });
    const verdicts = [];
    for (let i = 0; i < 5; i += 1) verdicts.push(await limiter.hit('u'));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, false, false]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('limiting per process');
  });

  it('GIVEN Redis that never answers THEN a call gives up after its timeout and the memory log answers', async () => {
    const hanging: RedisCommander = { sendCommand: () => new Promise(() => {}) };
    const limiter = new RedisRateLimiter(hanging, { max: 1, windowSeconds: 60, timeoutMs: 30 });
    expect(await limiter.hit('u')).toEqual({ allowed: true });
    expect((await limiter.hit('u')).allowed).toBe(false);
  });
});

describe.skipIf(!hasRedis)('RedisRateLimiter on a real Redis (redis-server on PATH; skipped without it)', () => {
  let redis: RedisServer;
  const stores: ResilientStore[] = [];
  const open = async () => {
    const store = await openStore(redis.url, { timeoutMs: 1000 });
    stores.push(store);
    return new RedisRateLimiter(store.redis!, { max: 5, windowSeconds: 15, timeoutMs: 1000, keyPrefix: `test:${Math.random()}:` });
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    redis?.stop();
  });

  it('GIVEN 20 simultaneous requests from one user through two connections (two processes) THEN exactly 5 are allowed', async () => {
    const [a, b] = [await openStore(redis.url, { timeoutMs: 1000 }), await openStore(redis.url, { timeoutMs: 1000 })];
    stores.push(a, b);
    const keyPrefix = `burst:${Date.now()}:`;
    const one = new RedisRateLimiter(a.redis!, { max: 5, windowSeconds: 15, timeoutMs: 1000, keyPrefix });
    const two = new RedisRateLimiter(b.redis!, { max: 5, windowSeconds: 15, timeoutMs: 1000, keyPrefix });
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).hit('u')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    const refused = verdicts.find((v) => !v.allowed);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 15 });
  });

  it('GIVEN three bursts of 20 from one user THEN 5, 0 and 0 are allowed within the window', async () => {
    const limiter = await open();
    const allowed: number[] = [];
    for (let burst = 0; burst < 3; burst += 1) {
      const verdicts = await Promise.all(Array.from({ length: 20 }, () => limiter.hit('v')));
      allowed.push(verdicts.filter((v) => v.allowed).length);
    }
    expect(allowed).toEqual([5, 0, 0]);
  });

  it('GIVEN the window passing THEN the user is allowed again (the list expires with the window)', async () => {
    let now = 1_000_000;
    const store = await openStore(redis.url, { timeoutMs: 1000 });
    stores.push(store);
    const limiter = new RedisRateLimiter(store.redis!, { max: 1, windowSeconds: 10, now: () => now, keyPrefix: `clock:${Date.now()}:` });
    expect(await limiter.hit('w')).toEqual({ allowed: true });
    now += 4000;
    expect(await limiter.hit('w')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 6000;
    expect(await limiter.hit('w')).toEqual({ allowed: true });
  });
});

if (!hasRedis) {
  describe('Redis', () => {
    it.skip('needs redis-server on PATH (apt-get install redis-server) — the Redis rate-limit tests did not run', () => {});
  });
}
