// The one place that reads the environment: `.env` (dotenv) under the real environment,
// validated with zod into a frozen, typed Config. Errors name the variable and never echo
// a secret's value, so a start-up failure can be pasted into a bug report safely.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { resolveFactBase, type FactBaseLocation } from './factbase/location.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';
import { FOLLOW_UP_TTL_SECONDS } from './store/conversations.js';

export interface Config {
  /** Bot token; required to start the bot and to deploy commands. */
  readonly discordToken: string | undefined;
  /** Application id; required to deploy commands. */
  readonly discordClientId: string | undefined;
  /** Deploy to this guild only (instant, for development); global when absent. */
  readonly discordGuildId: string | undefined;
  /** REST base URL (e.g. a shared rate-limit proxy, or the fake Discord in tests); Discord's own when absent. */
  readonly discordApiUrl: string | undefined;
  /** The fact base the bot answers from: FACTBASE_PATH, else the checkout's default (location.ts decides). */
  readonly factbase: FactBaseLocation;
  /** Follow the fact-base file and reload it when it changes (SIGHUP reloads it either way). */
  readonly factbaseWatch: boolean;
  /** How long the file must be quiet after a change before it is reloaded (ms). */
  readonly factbaseReloadDebounceMs: number;
  /** `sqlite://path` (default, a file under data/), `redis://host:port`, or `memory://` (nothing kept across restarts). */
  readonly keyvUrl: string;
  readonly rateLimitMax: number;
  readonly rateLimitWindowSeconds: number;
  readonly cacheTtlSeconds: number;
  /** How long a DM's or a mention's last question can be followed up ("and france"). */
  readonly followUpTtlSeconds: number;
  readonly logLevel: LogLevel;
  /** Gateway shards in all: a number, or `auto` for Discord's recommendation (GET /gateway/bot). */
  readonly shardCount: number | 'auto';
  /** Shards one process runs; fewer than `shardCount` makes `npm start` a manager of several processes. Undefined: all in one. */
  readonly shardsPerProcess: number | undefined;
  /** Port of the HTTP health and metrics endpoint (/healthz, /metrics); off when undefined. */
  readonly healthPort: number | undefined;
  /** Address the health endpoint listens on. */
  readonly healthHost: string;
  /** How long shutdown waits for in-flight replies before disconnecting anyway (ms). */
  readonly shutdownTimeoutMs: number;
  /** Set in a process the sharding manager started: which gateway shards it runs. */
  readonly shardWorker: ShardWorker | undefined;
}

export interface ShardWorker {
  /** This process's index among the manager's processes. */
  readonly process: number;
  /** The gateway shard ids it connects. */
  readonly shards: readonly number[];
  /** Gateway shards across all processes. */
  readonly total: number;
}

/**
 * How the sharding manager tells a worker process its share: `total,perProcess`. discord.js's
 * ShardingManager counts processes (its SHARDS and SHARD_COUNT variables in the child), and
 * each process here runs `perProcess` gateway shards through one client.
 */
export const SHARD_PLAN_VARIABLE = 'COVERAGE_BOT_SHARD_PLAN';

/** Variables a caller can insist on: the bot needs the token, deploy also needs the client id. */
export type RequirableVariable = 'DISCORD_TOKEN' | 'DISCORD_CLIENT_ID';

/** Values a user could leak by pasting an error message: never echoed. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['DISCORD_TOKEN', 'KEYV_URL']);

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem} (see .env.example)`);
    this.name = 'ConfigError';
  }
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const positiveInt = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .positive('must be a positive number');

// A bot token is three dot-separated parts; the checks catch the usual copy-paste slips
// ("Bot " prefix, stray spaces, the client secret instead of the token) without a format
// so strict that a future token shape would lock the bot out.
const token = z
  .string()
  .refine((t) => !/^bot\s/i.test(t), 'must be the bare token, without a "Bot " prefix')
  .refine((t) => !/\s/.test(t), 'must not contain spaces (copy it again from the Bot page)')
  .refine((t) => t.split('.').length >= 3, 'does not look like a bot token (expected three dot-separated parts)');

const EnvSchema = z.object({
  DISCORD_TOKEN: token.optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
    .optional(),
  FACTBASE_PATH: z.string().optional(),
  FACTBASE_WATCH: z.enum(['true', 'false'], 'must be true or false').default('true'),
  FACTBASE_RELOAD_DEBOUNCE_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(1000),
  KEYV_URL: z
    .string()
    .regex(/^(?:(?:sqlite|rediss?):\/\/.+|memory:\/\/)$/, 'must start with sqlite:// or redis://, or be memory://')
    .default('sqlite://data/cache.sqlite'),
  RATE_LIMIT_MAX: positiveInt.default(5),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(15),
  CACHE_TTL_SECONDS: positiveInt.default(3600),
  FOLLOW_UP_TTL_SECONDS: positiveInt.default(FOLLOW_UP_TTL_SECONDS),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).default('info'),
  SHARD_COUNT: z
    .union([z.literal('auto'), positiveInt], { error: 'must be "auto" or a positive whole number' })
    .default(1),
  SHARDS_PER_PROCESS: positiveInt.optional(),
  HEALTH_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65_535, 'must be a port number (1–65535)').optional(),
  HEALTH_HOST: z.string().default('127.0.0.1'),
  SHUTDOWN_TIMEOUT_SECONDS: positiveInt.default(10),
  SHARDING_MANAGER: z.string().optional(),
  SHARDS: z.coerce.number().int().min(0).optional(),
  [SHARD_PLAN_VARIABLE]: z.string().regex(/^\d+,\d+$/).optional(),
});

/** `.env` in the working directory (if any) under the real environment, which wins, as dotenv does. */
export function readEnvironment(
  processEnv: NodeJS.ProcessEnv = process.env,
  dotenvFile = '.env',
): Record<string, string | undefined> {
  const fromFile = existsSync(dotenvFile) ? parseDotenv(readFileSync(dotenvFile)) : {};
  return { ...fromFile, ...processEnv };
}

export interface LoadConfigOptions {
  readonly require?: readonly RequirableVariable[];
}

export function loadConfig(
  env: Record<string, string | undefined> = readEnvironment(),
  options: LoadConfigOptions = {},
): Config {
  // `VAR=` in a .env template means "not set", not "set to nothing".
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((name) => {
      const value = env[name]?.trim();
      return [name, value === '' ? undefined : value];
    }),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, describeIssue(variable, issue?.message));
  }
  const e = parsed.data;
  for (const name of options.require ?? []) {
    if (e[name] === undefined) throw new ConfigError(name, 'is required but not set');
  }
  const processes = typeof e.SHARD_COUNT === 'number' && e.SHARDS_PER_PROCESS !== undefined ? Math.ceil(e.SHARD_COUNT / e.SHARDS_PER_PROCESS) : 1;
  if ((processes > 1 || (e.SHARD_COUNT === 'auto' && e.SHARDS_PER_PROCESS !== undefined)) && !/^rediss?:/.test(e.KEYV_URL)) {
    throw new ConfigError(
      'KEYV_URL',
      'must be a redis:// URL when the shards run in more than one process (SHARDS_PER_PROCESS set): the processes share rate limits, cache and paging there',
    );
  }
  return Object.freeze({
    discordToken: e.DISCORD_TOKEN,
    discordClientId: e.DISCORD_CLIENT_ID,
    discordGuildId: e.DISCORD_GUILD_ID,
    discordApiUrl: e.DISCORD_API_URL,
    factbase: resolveFactBase({ configured: e.FACTBASE_PATH }),
    factbaseWatch: e.FACTBASE_WATCH === 'true',
    factbaseReloadDebounceMs: e.FACTBASE_RELOAD_DEBOUNCE_MS,
    keyvUrl: e.KEYV_URL,
    rateLimitMax: e.RATE_LIMIT_MAX,
    rateLimitWindowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    cacheTtlSeconds: e.CACHE_TTL_SECONDS,
    followUpTtlSeconds: e.FOLLOW_UP_TTL_SECONDS,
    logLevel: e.LOG_LEVEL,
    shardCount: e.SHARD_COUNT,
    shardsPerProcess: e.SHARDS_PER_PROCESS,
    healthPort: e.HEALTH_PORT,
    healthHost: e.HEALTH_HOST,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    shardWorker: shardWorkerOf(e.SHARDING_MANAGER, e.SHARDS, e[SHARD_PLAN_VARIABLE]),
  });
}

function shardWorkerOf(manager: string | undefined, index: number | undefined, plan: string | undefined): ShardWorker | undefined {
  if (manager !== 'true' || index === undefined || plan === undefined) return undefined;
  const [total = 1, perProcess = 1] = plan.split(',').map(Number);
  const first = index * perProcess;
  const shards = Array.from({ length: Math.max(0, Math.min(perProcess, total - first)) }, (_, i) => first + i);
  return { process: index, shards, total };
}

/**
 * FACTBASE_PATH alone, for the CLIs: they need no token, and a slip in a variable only the bot
 * reads is not theirs to report.
 */
export function configuredFactBasePath(env: Record<string, string | undefined> = readEnvironment()): string | undefined {
  const value = env['FACTBASE_PATH']?.trim();
  return value === '' ? undefined : value;
}

function describeIssue(variable: string, message: string | undefined): string {
  // zod's own messages can quote the received value; for secrets keep only our wording.
  if (message === undefined || (SECRET_VARIABLES.has(variable) && message.startsWith('Invalid'))) {
    return 'is malformed';
  }
  return message;
}
