// The per-user rate limit: at most `max` requests in any `windowSeconds` (a sliding window:
// no burst of 2×max across a window edge). Counting is one atomic step:
// - one process: a log of the user's last `max` request times in process memory; JavaScript
//   runs one handler at a time, so check-and-count cannot interleave, and the verdict is
//   synchronous (no store round trip before a reply);
// - several processes: the same log in a Redis list, checked and appended by one Lua script,
//   which Redis runs atomically, so a burst spread over processes is limited exactly.
// If Redis fails or is slow, the process falls back to its own memory log (a per-process
// limit, logged once) rather than letting everyone through.
import { createHash } from 'node:crypto';
import { silentLogger, type Logger } from './logger.js';

export type RateLimitVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface RateLimitOptions {
  readonly max: number;
  readonly windowSeconds: number;
  /** Injectable clock for tests. */
  readonly now?: () => number;
}

export interface RateLimiter {
  /** Counts one request of `userId`; synchronous when the log is in process memory. */
  hit(userId: string): RateLimitVerdict | Promise<RateLimitVerdict>;
}

const ALLOWED: RateLimitVerdict = { allowed: true };

function refused(oldest: number, windowMs: number, now: number): RateLimitVerdict {
  // Processes' clocks differ by a few ms and concurrent calls reach Redis in any order, so the
  // oldest entry may be stamped after `now`: the wait is never longer than the window itself.
  const waitMs = Math.min(windowMs, oldest + windowMs - now);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** The sliding log in this process's memory. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  /** Per user, the times of their last (at most `max`) allowed requests, oldest first. */
  readonly #logs = new Map<string, number[]>();
  #sweptAt = 0;

  constructor(options: RateLimitOptions) {
    this.#max = options.max;
    this.#windowMs = options.windowSeconds * 1000;
    this.#now = options.now ?? Date.now;
  }

  hit(userId: string): RateLimitVerdict {
    const now = this.#now();
    this.#sweep(now);
    let log = this.#logs.get(userId);
    if (log === undefined) this.#logs.set(userId, (log = []));
    while (log.length > 0 && log[0]! <= now - this.#windowMs) log.shift();
    if (log.length >= this.#max) return refused(log[0]!, this.#windowMs, now);
    log.push(now);
    return ALLOWED;
  }

  /** Users seen in the last window; the rest are forgotten once per window. */
  get size(): number {
    return this.#logs.size;
  }

  #sweep(now: number): void {
    if (now - this.#sweptAt < this.#windowMs) return;
    this.#sweptAt = now;
    for (const [user, log] of this.#logs) {
      if (log.length === 0 || log[log.length - 1]! <= now - this.#windowMs) this.#logs.delete(user);
    }
  }
}

/** What the Redis limiter needs of a client: one raw command. (@keyv/redis's node-redis client has it.) */
export interface RedisCommander {
  sendCommand(args: string[]): Promise<unknown>;
}

// KEYS[1] the user's list; ARGV now, window (ms), max. Returns 0 when allowed, else the oldest
// request time still in the window (the caller derives the wait). The list never holds more
// than `max` entries and expires with the window, so an idle user costs nothing.
const SLIDING_LOG_SCRIPT = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local max = tonumber(ARGV[3])
while true do
  local oldest = redis.call('LINDEX', key, 0)
  if not oldest or tonumber(oldest) > now - window then break end
  redis.call('LPOP', key)
end
if redis.call('LLEN', key) < max then
  redis.call('RPUSH', key, ARGV[1])
  redis.call('PEXPIRE', key, window)
  return 0
end
return tonumber(redis.call('LINDEX', key, 0))
`;
const SCRIPT_SHA = createHash('sha1').update(SLIDING_LOG_SCRIPT).digest('hex');

export interface RedisRateLimitOptions extends RateLimitOptions {
  /** A Redis call slower than this is treated as failed (the memory log answers). */
  readonly timeoutMs?: number;
  /** After a failure, skip Redis for this long. */
  readonly retryAfterMs?: number;
  readonly logger?: Logger;
  readonly keyPrefix?: string;
}

/** The sliding log in Redis, shared by every process; the memory log stands in while Redis is down. */
export class RedisRateLimiter implements RateLimiter {
  readonly #redis: RedisCommander;
  readonly #options: RedisRateLimitOptions;
  readonly #now: () => number;
  readonly #fallback: MemoryRateLimiter;
  readonly #logger: Logger;
  #skipUntil = 0;
  #degraded = false;

  constructor(redis: RedisCommander, options: RedisRateLimitOptions) {
    this.#redis = redis;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#fallback = new MemoryRateLimiter(options);
    this.#logger = options.logger ?? silentLogger;
  }

  async hit(userId: string): Promise<RateLimitVerdict> {
    const now = this.#now();
    if (now < this.#skipUntil) return this.#fallback.hit(userId);
    const windowMs = this.#options.windowSeconds * 1000;
    const key = `${this.#options.keyPrefix ?? 'coverage-bot:rate:'}${userId}`;
    const args = [key, String(now), String(windowMs), String(this.#options.max)];
    let timer: NodeJS.Timeout | undefined;
    try {
      const call = this.#redis
        .sendCommand(['EVALSHA', SCRIPT_SHA, '1', ...args])
        .catch((error: unknown) => {
          // The first call on a server (or after a restart of it) loads the script.
          if (!String(error).includes('NOSCRIPT')) throw error;
          return this.#redis.sendCommand(['EVAL', SLIDING_LOG_SCRIPT, '1', ...args]);
        });
      const timeoutMs = this.#options.timeoutMs ?? 250;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`rate limit call timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      const oldest = Number(await Promise.race([call, timeout]));
      if (this.#degraded) {
        this.#degraded = false;
        this.#logger.info('rate limit: Redis answering again; limits are shared across processes');
      }
      return oldest === 0 ? ALLOWED : refused(oldest, windowMs, now);
    } catch (error) {
      this.#skipUntil = now + (this.#options.retryAfterMs ?? 5000);
      if (!this.#degraded) {
        this.#degraded = true;
        this.#logger.warn('rate limit: Redis unavailable, limiting per process until it answers', { error });
      }
      return this.#fallback.hit(userId);
    } finally {
      clearTimeout(timer);
    }
  }
}
