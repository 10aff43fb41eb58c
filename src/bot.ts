// `npm start` (`node dist/bot.js`): load the configuration and the fact base, open the store,
// connect to Discord and answer until SIGINT/SIGTERM, following rebuilds of the fact base (a
// watch on its file, and SIGHUP) through factbase/live.ts. With SHARDS_PER_PROCESS below
// the shard count it becomes the sharding manager instead (src/sharding.ts), which starts
// this same file once per worker process. `startBot` is the wiring without the process
// concerns, for tests and the benchmark.
import { pathToFileURL } from 'node:url';
import { Events, Status, type Client, type ClientOptions, type Interaction, type Message } from 'discord.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Answering } from './discord/answering.js';
import { createClient } from './discord/client.js';
import { Acknowledgements } from './discord/acknowledgements.js';
import { handleInteraction, refuseWhileStopping, type InteractionDeps } from './discord/interactions.js';
import { handleMessage, refuseMessageWhileStopping, type MessageDeps } from './discord/messages.js';
import { InFlight } from './discord/shutdown.js';
import { prepareCommands } from './commands/index.js';
import { ensureFactBase, loadFailureText } from './factbase/lifecycle.js';
import { incrementalBuilder } from './ingest/update-factbase.js';
import { describeReload, LiveFactBase, type ReloadOutcome } from './factbase/live.js';
import type { LoadedFactBase } from './factbase/persist.js';
import { startHealthServer, type HealthReport, type HealthSource } from './health.js';
import { createLogger, describeError, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { Pipeline } from './pipeline.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limit.js';
import { isManager, runManager, serveWorkerReports } from './sharding.js';
import { AnswerCache } from './store/answer-cache.js';
import { describeStoreUrl, openStore } from './store/open-store.js';
import { StoredConversations } from './store/conversations.js';
import { PagingState } from './store/paging-state.js';
import type { ResilientStore } from './store/resilient-store.js';

export interface BotOptions {
  readonly config: Config;
  /** A fixed fact base, or a live one whose rebuilds are swapped in while the bot runs. */
  readonly facts: LoadedFactBase | LiveFactBase;
  readonly store: ResilientStore;
  readonly logger: Logger;
  /** Defer first once this many acknowledgements are in flight (default 8; 0 defers every interaction). */
  readonly deferBeyond?: number;
  /** Clock for the rate limiter and the follow-ups' time to live (tests). */
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
  const { config, store, logger } = options;
  const metrics = options.metrics ?? new Metrics();
  const paging = new PagingState(store);
  const limiter = rateLimiterFor(config, store, logger, options.now);
  const conversations = new StoredConversations(store, { ttlSeconds: config.followUpTtlSeconds, ...(options.now === undefined ? {} : { now: options.now }) });
  const acks = new Acknowledgements(options.deferBeyond);
  const initial = options.facts instanceof LiveFactBase ? options.facts.current() : options.facts;
  const serving = options.facts instanceof LiveFactBase ? options.facts.current.bind(options.facts) : () => initial;
  // What answers from one fact base: its pipeline (with an answer cache keyed by its version) and
  // renderer. A request takes the set serving when it arrives and keeps it to the end, so answers
  // in flight during a reload finish on the old fact base and the next ones use the new one. The
  // rate limiter, paging state, conversations and acknowledgements are the bot's, whatever the fact base.
  const perFactBase = new WeakMap<LoadedFactBase, { readonly interactionDeps: InteractionDeps; readonly messageDeps: MessageDeps }>();
  const depsFor = (facts: LoadedFactBase) => {
    let deps = perFactBase.get(facts);
    if (deps === undefined) {
      // A reloaded fact base was warmed by the live reload before the swap.
      const pipeline = new Pipeline({ facts, limiter, logger, metrics, warm: facts === initial, cache: new AnswerCache(store, { version: facts.version, ttlSeconds: config.cacheTtlSeconds }) });
      const answering = new Answering({ facts, paging, logger });
      deps = { interactionDeps: { facts, pipeline, answering, paging, logger, metrics, acks }, messageDeps: { pipeline, answering, conversations, logger, metrics } };
      perFactBase.set(facts, deps);
    }
    return deps;
  };
  depsFor(initial);
  const inFlight = new InFlight();
  const client = createClient({
    apiUrl: config.discordApiUrl,
    overrides: { ...shardOptions(config), ...options.clientOverrides },
  });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    // Shutting down: a short note rather than silence (for messages too), and the stop waits for it.
    if (!inFlight.accepting) return void inFlight.finish(() => refuseWhileStopping(interaction));
    const { interactionDeps } = depsFor(serving());
    void inFlight.run(() => handleInteraction(interaction, interactionDeps));
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (!inFlight.accepting) return void inFlight.finish(() => refuseMessageWhileStopping(message));
    const { messageDeps } = depsFor(serving());
    void inFlight.run(() => handleMessage(message, messageDeps));
  });
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
      factBase: factBaseSummary(serving()),
      store: { kind: config.keyvUrl.split(':')[0] ?? 'store', reachable: store.healthy },
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

function factBaseSummary(facts: LoadedFactBase) {
  return { version: facts.version, articles: facts.data.articles.length, sentences: facts.data.sentences.length };
}

/**
 * The fact base the bot starts from, following its file: FACTBASE_PATH (or data/factbase.json),
 * refused when missing, damaged or stale (the same words as every CLI), then watched unless
 * FACTBASE_WATCH=false. `reloadOnSignal` is what SIGHUP calls.
 */
export async function openLiveFactBase(config: Config, logger: Logger): Promise<LiveFactBase> {
  const location = config.factbase;
  const initial = await ensureFactBase(location, { ifStale: 'refuse', builder: incrementalBuilder });
  const live = new LiveFactBase({ file: location.file, initial, debounceMs: config.factbaseReloadDebounceMs, prepare: prepareCommands });
  live.on('reload', (outcome) => {
    const { level, message } = describeReload(outcome, location.file);
    logger[level](message, outcome.status === 'swapped' ? factBaseSummary(live.current()) : {});
  });
  live.on('watch-error', (error) => logger.warn('fact base watch stopped: reload with SIGHUP', { file: location.file, error }));
  if (config.factbaseWatch) live.watch();
  return live;
}

/** The SIGHUP handler: reload the fact base now. */
export function reloadOnSignal(live: LiveFactBase): () => Promise<ReloadOutcome> {
  return () => live.reload('SIGHUP');
}

/** Why the bot cannot start, as the one line the terminal shows (never a secret). */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface Prepared {
  readonly config: Config;
  readonly logger: Logger;
  readonly facts: LiveFactBase;
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
  let facts: LiveFactBase;
  try {
    facts = await openLiveFactBase(config, logger);
  } catch (error) {
    throw new StartupError(loadFailureText(error, config.factbase));
  }
  logger.info('fact base loaded', { ...factBaseSummary(facts.current()), file: facts.file, from: config.factbase.from, watching: config.factbaseWatch });
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
    // The same signal often arrives twice (Ctrl-C reaches npm and the bot; npm forwards it
    // again): later ones must not cut the graceful stop short.
    if (stopping) return void early.info('already shutting down', { signal: reason });
    stopping = true;
    early.info('shutting down', { signal: reason });
    void (stop?.() ?? Promise.resolve()).then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown(signal));
  // A worker whose manager is gone (killed, crashed) must not run on unsupervised.
  if (config.shardWorker !== undefined) process.once('disconnect', () => shutdown('manager gone'));

  const { logger, facts } = await prepare(undefined, undefined, bindings).catch(fail);
  // SIGHUP: swap in a rebuilt fact base now (the watch does it by itself unless FACTBASE_WATCH=false).
  process.on('SIGHUP', () => void reloadOnSignal(facts)());
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
    await facts.close();
    await bot.stop();
    await health?.close();
  };
  if (stopping) await stop().then(() => process.exit(0));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
