// `npm start` (`node dist/bot.js`): load the configuration and the fact base once, open the
// store, connect to Discord and answer until SIGINT/SIGTERM. With SHARDS_PER_PROCESS below
// the shard count it becomes the sharding manager instead (src/sharding.ts), which starts
// this same file once per worker process. `startBot` is the wiring without the process
// concerns, for tests and the benchmark.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Events, Status, type Client, type ClientOptions, type Interaction, type Message } from 'discord.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Answering } from './discord/answering.js';
import { createClient } from './discord/client.js';
import { Acknowledgements, handleInteraction, refuseWhileStopping } from './discord/interactions.js';
import { handleMessage } from './discord/messages.js';
import { InFlight } from './discord/shutdown.js';
import { FactBaseError, loadFactBase, REBUILD_COMMAND, type LoadedFactBase } from './factbase/persist.js';
import { startHealthServer, type HealthReport, type HealthSource } from './health.js';
import { currentCoverageHash } from './ingest/build.js';
import { createLogger, describeError, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { Pipeline } from './pipeline.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limit.js';
import { isManager, runManager, serveWorkerReports } from './sharding.js';
import { AnswerCache, describeStoreUrl, openStore, PagingState, type ResilientStore } from './store.js';

export interface BotOptions {
  readonly config: Config;
  readonly facts: LoadedFactBase;
  readonly store: ResilientStore;
  readonly logger: Logger;
  /** Defer first once this many acknowledgements are in flight (default 8; 0 defers every interaction). */
  readonly deferBeyond?: number;
  /** Clock for the rate limiter (tests). */
  readonly now?: () => number;
  /** Client overrides (tests, benchmark): identify throttler, intents. */
  readonly clientOverrides?: Partial<ClientOptions>;
  readonly metrics?: Metrics;
}

export interface RunningBot {
  readonly client: Client;
  readonly metrics: Metrics;
  /** Shards, fact base and store, as /healthz shows them. */
  health(): HealthReport;
  /** Stops taking work, waits for in-flight replies (bounded), disconnects, closes the store. */
  stop(drainTimeoutMs?: number): Promise<void>;
}

/** The per-user limit: in Redis when the store is Redis (shared by every process), else in this process's memory. */
export function rateLimiterFor(config: Config, store: ResilientStore, logger: Logger, now?: () => number): RateLimiter {
  const options = { max: config.rateLimitMax, windowSeconds: config.rateLimitWindowSeconds, ...(now === undefined ? {} : { now }) };
  return store.redis === undefined ? new MemoryRateLimiter(options) : new RedisRateLimiter(store.redis, { ...options, logger });
}

/** Which gateway shards this process connects: the manager's share for a worker, else SHARD_COUNT. */
function shardOptions(config: Config): Partial<ClientOptions> {
  if (config.shardWorker !== undefined) return { shards: [...config.shardWorker.shards], shardCount: config.shardWorker.total };
  if (config.shardCount === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: config.shardCount }, (_, i) => i), shardCount: config.shardCount };
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, facts, store, logger } = options;
  const metrics = options.metrics ?? new Metrics();
  const paging = new PagingState(store);
  const pipeline = new Pipeline({
    facts,
    limiter: rateLimiterFor(config, store, logger, options.now),
    cache: new AnswerCache(store, { version: facts.version, ttlSeconds: config.cacheTtlSeconds }),
    logger,
    metrics,
    warm: true,
  });
  const answering = new Answering({ facts, paging, logger });
  const inFlight = new InFlight();
  const client = createClient({
    apiUrl: config.discordApiUrl,
    overrides: { ...shardOptions(config), ...options.clientOverrides },
  });

  const interactionDeps = { facts, pipeline, answering, paging, logger, metrics, acks: new Acknowledgements(options.deferBeyond) };
  const messageDeps = { pipeline, answering, logger, metrics };
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!inFlight.accepting) return void refuseWhileStopping(interaction);
    void inFlight.run(() => handleInteraction(interaction, interactionDeps));
  });
  client.on(Events.MessageCreate, (message: Message) => void inFlight.run(() => handleMessage(message, messageDeps)));
  client.once(Events.ClientReady, (ready) => logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: [...ready.ws.shards.keys()] }));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardResume, (shard) => logger.info('gateway resumed', { shard }));

  try {
    await client.login(config.discordToken);
  } catch (error) {
    // A failed login can leave REST and socket handles open.
    await client.destroy();
    throw error;
  }

  const health = (): HealthReport => {
    const shards = [...client.ws.shards.values()].map((shard) => ({ id: shard.id, status: Status[shard.status]?.toLowerCase() ?? String(shard.status), pingMs: shard.ping }));
    metrics.shardsReady.set(shards.filter((s) => s.status === 'ready').length);
    metrics.storeShed.set(store.shed);
    return {
      ok: shards.length > 0 && shards.every((s) => s.status === 'ready'),
      shards,
      factBase: { version: facts.version, articles: facts.data.articles.length, sentences: facts.data.sentences.length },
      store: { kind: store.redis === undefined ? 'sqlite' : 'redis', reachable: store.healthy },
    };
  };

  let stopping: Promise<void> | undefined;
  return {
    client,
    metrics,
    health,
    stop(drainTimeoutMs = config.shutdownTimeoutMs) {
      stopping ??= (async () => {
        const pending = inFlight.size;
        const drained = await inFlight.drain(drainTimeoutMs);
        if (!drained) logger.warn('shutdown: in-flight replies still running at the deadline', { pending: inFlight.size });
        else logger.info('shutdown: every request received was answered', { answered: pending });
        await client.destroy();
        await store.close();
      })();
      return stopping;
    },
  };
}

/** The fact base, or a FactBaseError saying why it cannot be used and how to rebuild it. */
export async function loadCurrentFactBase(file: string, articlesDir: string | undefined): Promise<LoadedFactBase> {
  const facts = await loadFactBase(file);
  if (articlesDir !== undefined && facts.data.coverageHash !== (await currentCoverageHash(articlesDir))) {
    throw new FactBaseError(file, `is stale: the articles in ${articlesDir} changed since it was built`);
  }
  return facts;
}

/** Why the bot cannot start, as the one line the terminal shows (never a secret). */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface Prepared {
  readonly config: Config;
  readonly logger: Logger;
  readonly facts: LoadedFactBase;
}

/** Everything `npm start` checks before touching the network: configuration and fact base. */
export async function prepare(
  env?: Record<string, string | undefined>,
  write?: (line: string) => void,
  bindings?: Readonly<Record<string, unknown>>,
): Promise<Prepared> {
  let config: Config;
  try {
    config = loadConfig(env, { require: ['DISCORD_TOKEN'] });
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.discordToken, config.keyvUrl],
    ...(write ? { write } : {}),
    ...(bindings ? { bindings } : {}),
  });
  let facts: LoadedFactBase;
  try {
    facts = await loadCurrentFactBase(config.factbasePath, defaultArticlesDir(config.factbasePath));
  } catch (error) {
    if (error instanceof FactBaseError) throw new StartupError(error.message);
    throw new StartupError(`Could not load the fact base: ${describeError(error)}. Rebuild it with: ${REBUILD_COMMAND}`);
  }
  logger.info('fact base loaded', { version: facts.version, articles: facts.data.articles.length, sentences: facts.data.sentences.length });
  return { config, logger, facts };
}

async function main(): Promise<void> {
  const fail = (error: unknown): never => {
    process.stderr.write(`${error instanceof StartupError ? error.message : `Could not start: ${describeError(error)}`}\n`);
    process.exit(1);
  };
  let config: Config;
  try {
    config = loadConfig(undefined, { require: ['DISCORD_TOKEN'] });
  } catch (error) {
    return fail(error instanceof ConfigError ? new StartupError(error.message) : error);
  }
  // Several processes: this one only starts and watches them (no fact base, no gateway).
  if (isManager(config)) {
    const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken, config.keyvUrl], bindings: { role: 'manager' } });
    await runManager(config, logger, import.meta.url).catch((error: unknown) => {
      logger.error('sharding manager could not start', { error });
      process.exit(1);
    });
    return;
  }

  // Signals are handled from the start: one that arrives while connecting still ends in a clean stop.
  let stop: (() => Promise<void>) | undefined;
  let stopping = false;
  const bindings = config.shardWorker === undefined ? {} : { process: config.shardWorker.process, shards: config.shardWorker.shards };
  const early = createLogger({ level: config.logLevel, secrets: [config.discordToken, config.keyvUrl], bindings });
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    early.info('shutting down', { signal: reason });
    void (stop?.() ?? Promise.resolve()).then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutdown(signal));
  // A worker whose manager is gone (killed, crashed) must not run on unsupervised.
  if (config.shardWorker !== undefined) process.once('disconnect', () => shutdown('manager gone'));

  const { logger, facts } = await prepare(undefined, undefined, bindings).catch(fail);
  // Last resort: a stray rejection is logged rather than killing the bot mid-reply.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));

  const store = await openStore(config.keyvUrl, { logger }).catch(fail);
  logger.info('store opened', { url: describeStoreUrl(config.keyvUrl), healthy: store.healthy });
  if (stopping) return void (await store.close());

  let bot: RunningBot;
  try {
    bot = await startBot({ config, facts, store, logger });
  } catch (error) {
    logger.error('could not connect to Discord', { error });
    await store.close();
    process.exit(1);
  }
  const source: HealthSource = {
    report: async () => bot.health(),
    metrics: async () => ({ contentType: bot.metrics.registry.contentType, text: await bot.metrics.registry.metrics() }),
  };
  const health = config.healthPort === undefined || config.shardWorker !== undefined ? undefined : await startHealthServer(source, config.healthPort, config.healthHost);
  if (health !== undefined) logger.info('health endpoint listening', { url: `http://${config.healthHost}:${health.port}/healthz` });
  if (config.shardWorker !== undefined) serveWorkerReports(bot);
  stop = async () => {
    await bot.stop();
    await health?.close();
  };
  if (stopping) await stop().then(() => process.exit(0));
}

/** The bundled layout keeps articles beside the fact base (data/articles, data/factbase.json): check staleness against them when present. */
function defaultArticlesDir(factbasePath: string): string | undefined {
  const dir = join(dirname(factbasePath), 'articles');
  return existsSync(dir) ? dir : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
