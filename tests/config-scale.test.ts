// The scale-out settings: sharding, the health endpoint, shutdown, and the store they need.
import { describe, expect, it } from 'vitest';
import { loadConfig, SHARD_PLAN_VARIABLE } from '../src/config.js';
import { isManager, planShards } from '../src/sharding.js';

describe('sharding configuration', () => {
  it('GIVEN nothing set THEN one shard in one process, no health endpoint, a 10 s shutdown bound', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ shardCount: 1, shardsPerProcess: undefined, healthPort: undefined, shutdownTimeoutMs: 10_000, shardWorker: undefined });
    expect(isManager(config)).toBe(false);
  });

  it('GIVEN shards over several processes on SQLite THEN start-up stops naming KEYV_URL (the processes must share Redis)', () => {
    expect(() => loadConfig({ SHARD_COUNT: '4', SHARDS_PER_PROCESS: '2' })).toThrow(/KEYV_URL must be a redis:\/\/ URL when the shards run in more than one process/);
    const config = loadConfig({ SHARD_COUNT: '4', SHARDS_PER_PROCESS: '2', KEYV_URL: 'redis://cache:6379' });
    expect(isManager(config)).toBe(true);
    // All shards in one process: no manager, SQLite is fine.
    expect(isManager(loadConfig({ SHARD_COUNT: '4' }))).toBe(false);
  });

  it('GIVEN SHARD_COUNT that is neither auto nor a number THEN the error names it', () => {
    expect(() => loadConfig({ SHARD_COUNT: 'many' })).toThrow(/SHARD_COUNT/);
    expect(loadConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
  });

  it('GIVEN a worker started by the manager THEN it runs its own slice of the shards', () => {
    const env = { SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '3', [SHARD_PLAN_VARIABLE]: '5,2', KEYV_URL: 'redis://cache:6379' };
    expect(loadConfig(env).shardWorker).toEqual({ process: 2, shards: [4], total: 5 });
    expect(loadConfig({ ...env, SHARDS: '0' }).shardWorker).toEqual({ process: 0, shards: [0, 1], total: 5 });
  });

  it('GIVEN memory:// THEN it is accepted (nothing kept across restarts); other schemes are not', () => {
    expect(loadConfig({ KEYV_URL: 'memory://' }).keyvUrl).toBe('memory://');
    expect(() => loadConfig({ KEYV_URL: 'mongodb://db' })).toThrow(/KEYV_URL/);
  });
});

describe('planShards', () => {
  it('GIVEN more shards than identify slots THEN workers are spaced by their shards’ identify turns', () => {
    expect(planShards(4, 2, 1)).toEqual({ total: 4, perProcess: 2, processes: 2, spawnDelayMs: 11_000 });
    expect(planShards(5, 2, 1).processes).toBe(3);
  });

  it('GIVEN every shard its own identify bucket THEN the workers start together', () => {
    expect(planShards(4, 2, 16).spawnDelayMs).toBe(0);
  });
});
