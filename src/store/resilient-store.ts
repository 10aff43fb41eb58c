// Shared, persistent bot state on keyv (the answer cache and paging state, which outlive a
// restart). The store is an optimisation, never a dependency: every call is bounded by a
// short timeout, a burst beyond what it can take is shed rather than queued, and a failure
// degrades to "no cache". Opening one: open-store.ts.
import type Keyv from 'keyv';
import { silentLogger, type Logger } from '../logger.js';
import type { RedisCommander } from '../rate-limit.js';

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

