// Shared, persistent bot state on keyv: a per-user rate limit, an answer cache and paging
// state that outlive a restart. SQLite (a file under data/) by default, Redis when several
// processes share state. The store is an optimisation, never a dependency: every call is
// bounded by a short timeout and a failure degrades to "no cache, no rate limit".
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type KeyvSqlite from '@keyv/sqlite';
import type { Answer } from './answer.js';
import { Lru } from './lru.js';
import type { RawOptions } from './commands/types.js';
import { describeError, silentLogger, type Logger } from './discord/logger.js';

export interface StoreOptions {
  /** Upper bound for one store call; past it the call counts as failed. */
  readonly timeoutMs?: number;
  /** After a failure, calls skip the store for this long instead of each waiting out a timeout. */
  readonly retryAfterMs?: number;
  readonly logger?: Logger;
  /** Periodic housekeeping on the store (e.g. deleting expired rows), through the same guard as every call. */
  readonly sweep?: { readonly everyMs: number; readonly run: () => Promise<unknown> };
}

const DEFAULT_TIMEOUT_MS = 250;
const DEFAULT_RETRY_AFTER_MS = 5000;

/** A keyv wrapper whose calls never throw and never hang. */
export class ResilientStore {
  readonly #keyv: Keyv;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #logger: Logger;
  #healthy = true;
  /** While unhealthy, the time before which calls do not touch the store. */
  #skipUntil = 0;
  readonly #sweepTimer: NodeJS.Timeout | undefined;

  constructor(keyv: Keyv, options: StoreOptions = {}) {
    this.#keyv = keyv;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    this.#logger = options.logger ?? silentLogger;
    // Connection errors arrive as events, outside any call; without a listener they would
    // crash the process.
    keyv.on('error', (error: unknown) => this.#failed(error));
    const sweep = options.sweep;
    if (sweep !== undefined) {
      this.#sweepTimer = setInterval(() => void this.run(sweep.run), sweep.everyMs);
      this.#sweepTimer.unref();
    }
  }

  /** False after a failed call, until the next successful one. */
  get healthy(): boolean {
    return this.#healthy;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.#attempt(() => this.#keyv.get<T>(key), undefined);
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<boolean> {
    return this.#attempt(async () => (await this.#keyv.set(key, value, ttlMs)) !== false, false);
  }

  /** Any other call on the underlying store, with the same timeout and outage handling; false if it failed. */
  async run(call: () => Promise<unknown>): Promise<boolean> {
    return this.#attempt(async () => (await call(), true), false);
  }

  async close(): Promise<void> {
    clearInterval(this.#sweepTimer);
    this.#skipUntil = 0;
    await this.#attempt(() => this.#keyv.disconnect(), undefined);
  }

  async #attempt<T, F>(call: () => Promise<T>, fallback: F): Promise<T | F> {
    if (!this.#healthy && Date.now() < this.#skipUntil) return fallback;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`store call timed out after ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    try {
      const value = await Promise.race([call(), timeout]);
      if (!this.#healthy) {
        this.#healthy = true;
        this.#logger.info('store recovered: cache and rate limit active again');
      }
      return value;
    } catch (error) {
      this.#failed(error);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  #failed(error: unknown): void {
    this.#skipUntil = Date.now() + this.#retryAfterMs;
    // One line per outage, not one per call: an outage can last thousands of calls.
    if (!this.#healthy) return;
    this.#healthy = false;
    this.#logger.warn('store unavailable: answering without cache and rate limit', { error: describeError(error) });
  }
}

/** Opens `sqlite://path` or `redis://…` and checks it once, so an outage is logged at start. */
export async function openStore(url: string, options: StoreOptions = {}): Promise<ResilientStore> {
  // Adapters load on demand: the Redis client alone adds about half a second to start-up.
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const store = new ResilientStore(keyvOn(new KeyvRedis(url, { throwOnErrors: true })), options);
    await store.get('probe');
    return store;
  }
  const sqlite = await openSqlite(url);
  const store = new ResilientStore(keyvOn(sqlite), {
    ...options,
    // SQLite has no native expiry: keyv drops expired values on read but leaves their rows.
    sweep: { everyMs: SQLITE_SWEEP_MS, run: () => deleteExpiredRows(sqlite) },
  });
  // Rate-limit counters and cached answers need no fsync per write; WAL with synchronous=NORMAL
  // keeps them crash-safe at a fraction of the cost (measured: ~50 → several hundred replies/s).
  await store.run(() => sqlite.query('PRAGMA journal_mode=WAL'));
  await store.run(() => sqlite.query('PRAGMA synchronous=NORMAL'));
  await store.get('probe');
  return store;
}

const SQLITE_SWEEP_MS = 60 * 60 * 1000;

/** Deletes rows whose keyv envelope (`{"value":…,"expires":ms}`) has expired. */
export async function deleteExpiredRows(sqlite: KeyvSqlite, now = Date.now()): Promise<void> {
  await sqlite.query(`DELETE FROM ${sqlite.opts.table} WHERE json_extract(value, '$.expires') < ?`, now);
}

function keyvOn(adapter: KeyvStoreAdapter): Keyv {
  return new Keyv({ store: adapter, namespace: 'coverage-bot', throwOnErrors: true });
}

async function openSqlite(url: string): Promise<KeyvSqlite> {
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  const file = url.replace(/^sqlite:\/\//, '');
  // SQLite creates the file but not its folder. If the folder cannot be made, opening fails
  // and the store degrades like any other outage.
  if (file !== ':memory:') {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch {
      // reported by the probe in openStore
    }
  }
  return new KeyvSqlite({ uri: url, busyTimeout: 1000 });
}

/** `redis://user:password@host:6379/0` → `redis://host:6379/0`: safe to log. */
export function describeStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return url.split(':')[0] ?? 'store';
  }
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimitOptions {
  readonly max: number;
  readonly windowSeconds: number;
  /** Injectable clock for tests. */
  readonly now?: () => number;
}

/**
 * A fixed window per user: at most `max` requests in each `windowSeconds` slice. Counting
 * is a read then a write, so two processes sharing Redis can let a burst exceed `max` by a
 * little; for a courtesy limit that is acceptable and keeps the store API to get/set.
 */
export class RateLimiter {
  readonly #store: ResilientStore;
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(store: ResilientStore, options: RateLimitOptions) {
    this.#store = store;
    this.#max = options.max;
    this.#windowMs = options.windowSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  async hit(userId: string): Promise<RateLimitVerdict> {
    const now = this.#now();
    const windowStart = Math.floor(now / this.#windowMs) * this.#windowMs;
    const windowEnd = windowStart + this.#windowMs;
    // One key per user (not per window), so a store without native TTLs holds one row per user.
    const key = `rate:${userId}`;
    const stored = await this.#store.get<{ start: number; count: number }>(key);
    const count = stored?.start === windowStart ? stored.count + 1 : 1;
    if (count > this.#max) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
    }
    await this.#store.set(key, { start: windowStart, count }, windowEnd - now);
    return { allowed: true };
  }
}

/** Trimmed, whitespace-collapsed, empty values dropped, keys sorted: one spelling per request. */
export function normaliseOptions(options: RawOptions): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const key of Object.keys(options).sort()) {
    const value = options[key];
    if (value === undefined) continue;
    const clean = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;
    if (clean !== '') out[key] = clean;
  }
  return out;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** Answers kept in process memory per cache: the popular requests, without a store round trip or a JSON parse. */
const REMEMBERED_ANSWERS = 1000;

/**
 * Answers keyed by fact-base version, command and normalised options: a rebuilt fact base
 * never serves stale answers. Recent answers are also kept in memory in front of the store.
 */
export class AnswerCache {
  readonly #store: ResilientStore;
  readonly #version: string;
  readonly #ttlMs: number;
  readonly #recent: Lru<string, Answer>;

  constructor(store: ResilientStore, options: { version: string; ttlSeconds: number; remembered?: number }) {
    this.#store = store;
    this.#version = options.version;
    this.#ttlMs = options.ttlSeconds * 1000;
    this.#recent = new Lru(options.remembered ?? REMEMBERED_ANSWERS);
  }

  #key(command: string, options: RawOptions): string {
    return `answer:${this.#version}:${command}:${digest(JSON.stringify(normaliseOptions(options)))}`;
  }

  async get(command: string, options: RawOptions): Promise<Answer | undefined> {
    const key = this.#key(command, options);
    const recent = this.#recent.get(key);
    if (recent !== undefined) return recent;
    const stored = await this.#store.get<Answer>(key);
    if (stored !== undefined) this.#recent.set(key, stored);
    return stored;
  }

  /**
   * Remembers the answer in memory and, unless `persist` is false, in the store. Answers
   * cheaper to recompute than a store write are better kept out of it.
   */
  async set(command: string, options: RawOptions, answer: Answer, persist = true): Promise<void> {
    const key = this.#key(command, options);
    this.#recent.set(key, answer);
    if (persist) await this.#store.set(key, answer, this.#ttlMs);
  }
}

export interface PagedQuery {
  readonly command: string;
  readonly options: Record<string, string | number | boolean>;
}

/** Paged queries too long for a button's custom id, under a short content-derived key. */
export class PagingState {
  static readonly TTL_MS = 30 * 24 * 60 * 60 * 1000;
  readonly #store: ResilientStore;

  constructor(store: ResilientStore) {
    this.#store = store;
  }

  /** The key, or undefined when the store could not keep it. */
  async save(query: PagedQuery): Promise<string | undefined> {
    const key = digest(JSON.stringify([query.command, normaliseOptions(query.options)])).slice(0, 16);
    return (await this.#store.set(`page:${key}`, query, PagingState.TTL_MS)) ? key : undefined;
  }

  load(key: string): Promise<PagedQuery | undefined> {
    return this.#store.get<PagedQuery>(`page:${key}`);
  }
}
