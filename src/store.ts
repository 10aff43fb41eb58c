// Shared, persistent bot state on keyv: an answer cache and paging state that outlive a
// restart (the rate limit lives in rate-limit.ts). SQLite (a file under data/) by default,
// Redis when several processes share state. The store is an optimisation, never a
// dependency: every call is bounded by a short timeout, a burst beyond what it can take is
// shed rather than queued, and a failure degrades to "no cache".
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Answer } from './answer.js';
import { Lru } from './lru.js';
import type { RawOptions } from './commands/types.js';
import { silentLogger, type Logger } from './logger.js';
import type { RedisCommander } from './rate-limit.js';

export interface StoreOptions {
  /** Upper bound for one store call; past it the call counts as failed. */
  readonly timeoutMs?: number;
  /** After a failure, calls skip the store for this long instead of each waiting out a timeout. */
  readonly retryAfterMs?: number;
  readonly logger?: Logger;
  /** Periodic housekeeping on the store (e.g. deleting expired rows), through the same guard as every call. */
  readonly sweep?: { readonly everyMs: number; readonly run: () => Promise<unknown> };
  /**
   * Calls allowed to wait on the store at once. Past it, calls that may be skipped (cache
   * reads and writes) are: a cache miss costs a recomputation, while a queue of hundreds of
   * calls would push every call past its timeout and take the store out for everyone.
   */
  readonly maxPending?: number;
  /** The Redis connection under the store, for the atomic rate limit. */
  readonly redis?: RedisCommander;
}

/** Per call: whether it may be skipped when the store is busy. */
export interface CallOptions {
  readonly skippable?: boolean;
}

const DEFAULT_TIMEOUT_MS = 250;
const DEFAULT_RETRY_AFTER_MS = 5000;
const DEFAULT_MAX_PENDING = 64;

/** A keyv wrapper whose calls never throw and never hang. */
export class ResilientStore {
  readonly #keyv: Keyv;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #logger: Logger;
  #healthy = true;
  /** While unhealthy, the time before which calls do not touch the store. */
  #skipUntil = 0;
  #pending = 0;
  readonly #maxPending: number;
  /** Calls skipped because the store was busy (not failures: the store stays in use). */
  shed = 0;
  readonly redis: RedisCommander | undefined;
  readonly #sweepTimer: NodeJS.Timeout | undefined;

  constructor(keyv: Keyv, options: StoreOptions = {}) {
    this.#keyv = keyv;
    this.redis = options.redis;
    this.#maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
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

  async get<T>(key: string, options: CallOptions = {}): Promise<T | undefined> {
    return this.#attempt(() => this.#keyv.get<T>(key), undefined, options);
  }

  async set(key: string, value: unknown, ttlMs?: number, options: CallOptions = {}): Promise<boolean> {
    return this.#attempt(async () => (await this.#keyv.set(key, value, ttlMs)) !== false, false, options);
  }

  /** Calls waiting on the store now. */
  get pending(): number {
    return this.#pending;
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

  async #attempt<T, F>(call: () => Promise<T>, fallback: F, options: CallOptions = {}): Promise<T | F> {
    if (!this.#healthy && Date.now() < this.#skipUntil) return fallback;
    if (options.skippable === true && this.#pending >= this.#maxPending) {
      this.shed += 1;
      return fallback;
    }
    this.#pending += 1;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`store call timed out after ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    try {
      const value = await Promise.race([call(), timeout]);
      if (!this.#healthy) {
        this.#healthy = true;
        this.#logger.info('store recovered: cache active again');
      }
      return value;
    } catch (error) {
      this.#failed(error);
      return fallback;
    } finally {
      this.#pending -= 1;
      clearTimeout(timer);
    }
  }

  #failed(error: unknown): void {
    this.#skipUntil = Date.now() + this.#retryAfterMs;
    // One line per outage, not one per call: an outage can last thousands of calls.
    if (!this.#healthy) return;
    this.#healthy = false;
    this.#logger.warn('store unavailable: answering without cache and rate limit', { error: error });
  }
}

/** Opens `sqlite://path`, `redis://…` or `memory://` and checks it once, so an outage is logged at start. */
export async function openStore(url: string, options: StoreOptions = {}): Promise<ResilientStore> {
  // Adapters load on demand: the Redis client alone adds about half a second to start-up.
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const adapter = new KeyvRedis(url, { throwOnErrors: true });
    // getClient() connects on first use, as keyv's own calls do.
    const redis: RedisCommander = { sendCommand: async (args) => ((await adapter.getClient()) as unknown as RedisCommander).sendCommand(args) };
    const store = new ResilientStore(keyvOn(adapter), { ...options, redis });
    await store.get('probe');
    return store;
  }
  // In this process only, gone at exit: for trying the bot without the SQLite driver, and for tests.
  if (url === 'memory://') return new ResilientStore(new Keyv({ namespace: 'coverage-bot', throwOnErrors: true }), options);
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
export async function deleteExpiredRows(sqlite: SqliteAdapter, now = Date.now()): Promise<void> {
  await sqlite.query(`DELETE FROM ${sqlite.opts.table ?? 'keyv'} WHERE json_extract(value, '$.expires') < ?`, now);
}

function keyvOn(adapter: KeyvStoreAdapter): Keyv {
  return new Keyv({ store: adapter, namespace: 'coverage-bot', throwOnErrors: true });
}

/** What the store uses of @keyv/sqlite's adapter (typed here: the package is optional, so its types may be absent). */
export interface SqliteAdapter extends KeyvStoreAdapter {
  readonly opts: { readonly table?: string | undefined };
  query(sql: string, ...args: unknown[]): Promise<unknown>;
}

/** The SQLite store's driver is an optional dependency: the REPL and the CLI never need it. */
export class StoreDriverMissing extends Error {
  override name = 'StoreDriverMissing';
}

// A specifier in a variable: TypeScript does not resolve it, so type-checking needs no optional package.
const SQLITE_ADAPTER = '@keyv/sqlite';
const SQLITE_DRIVER = 'sqlite3';

/** @keyv/sqlite's adapter class, or StoreDriverMissing saying how to install it. */
export async function loadSqliteAdapter(url = 'sqlite://…'): Promise<new (options: { uri: string; busyTimeout?: number }) => SqliteAdapter> {
  try {
    const { default: KeyvSqlite } = (await import(SQLITE_ADAPTER)) as { default: new (options: { uri: string; busyTimeout?: number }) => SqliteAdapter };
    // The adapter loads the native driver only when it opens a database: check it now.
    await import(SQLITE_DRIVER);
    return KeyvSqlite;
  } catch (error) {
    throw new StoreDriverMissing(
      `The SQLite store (KEYV_URL=${url}) needs the optional package @keyv/sqlite (and its native driver sqlite3), which is not installed or did not build ` +
        `(${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Install it with \`npm run install:sqlite\` ` +
        '(compiling sqlite3 needs python3, make and a C++ compiler when no prebuilt binary is available), or set KEYV_URL=redis://…',
      { cause: error },
    );
  }
}

async function openSqlite(url: string): Promise<SqliteAdapter> {
  const KeyvSqlite = await loadSqliteAdapter(url);
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

  /** The answer from process memory, without touching the store. */
  peek(command: string, options: RawOptions): Answer | undefined {
    return this.#recent.get(this.#key(command, options));
  }

  async get(command: string, options: RawOptions): Promise<Answer | undefined> {
    const key = this.#key(command, options);
    const recent = this.#recent.get(key);
    if (recent !== undefined) return recent;
    const stored = await this.#store.get<Answer>(key, { skippable: true });
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
    if (persist) await this.#store.set(key, answer, this.#ttlMs, { skippable: true });
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
