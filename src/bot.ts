// `npm start`: load the configuration and the fact base once, open the store, connect to
// Discord and answer until SIGINT/SIGTERM. `startBot` is the same wiring without the
// process concerns, for tests and the benchmark.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Events, type Client, type ClientOptions } from 'discord.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Answering } from './discord/answering.js';
import { createClient } from './discord/client.js';
import { handleInteraction } from './discord/interactions.js';
import { createLogger, describeError, type Logger } from './discord/logger.js';
import { handleMessage } from './discord/messages.js';
import { InFlight } from './discord/shutdown.js';
import { FactBaseError, loadFactBase, REBUILD_COMMAND, type LoadedFactBase } from './factbase/persist.js';
import { currentCoverageHash } from './ingest/build.js';
import { routerContextOf } from './router.js';
import { AnswerCache, describeStoreUrl, openStore, PagingState, RateLimiter, type ResilientStore } from './store.js';

export interface BotOptions {
  readonly config: Config;
  readonly facts: LoadedFactBase;
  readonly store: ResilientStore;
  readonly logger: Logger;
  /** Defer an interaction whose answer is not ready this long after it arrived (default 1000). */
  readonly deferAfterMs?: number;
  /** Clock for the rate limiter (tests). */
  readonly now?: () => number;
  /** Client overrides (tests, benchmark): identify throttler, intents. */
  readonly clientOverrides?: Partial<ClientOptions>;
}

export interface RunningBot {
  readonly client: Client;
  /** Stops taking work, waits for in-flight replies (bounded), disconnects, closes the store. */
  stop(drainTimeoutMs?: number): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, facts, store, logger } = options;
  const paging = new PagingState(store);
  const rateLimiter = new RateLimiter(store, {
    max: config.rateLimitMax,
    windowSeconds: config.rateLimitWindowSeconds,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const answering = new Answering({ facts, paging, logger, cache: new AnswerCache(store, { version: facts.version, ttlSeconds: config.cacheTtlSeconds }) });
  const inFlight = new InFlight();
  const client = createClient({ apiUrl: config.discordApiUrl, ...(options.clientOverrides ? { overrides: options.clientOverrides } : {}) });

  const interactionDeps = { facts, answering, rateLimiter, paging, logger, deferAfterMs: options.deferAfterMs ?? 1000 };
  const messageDeps = { routerContext: routerContextOf(facts), answering, rateLimiter, logger };
  client.on(Events.InteractionCreate, (interaction) => void inFlight.run(() => handleInteraction(interaction, interactionDeps)));
  client.on(Events.MessageCreate, (message) => void inFlight.run(() => handleMessage(message, messageDeps)));
  client.once(Events.ClientReady, (ready) => logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size }));
  client.on(Events.Error, (error) => logger.error('discord client error', { error: describeError(error) }));
  client.on(Events.ShardDisconnect, (event) => logger.warn('gateway disconnected', { code: event.code }));
  client.on(Events.ShardResume, () => logger.info('gateway resumed'));

  try {
    await client.login(config.discordToken);
  } catch (error) {
    // A failed login can leave REST and socket handles open.
    await client.destroy();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    client,
    stop(drainTimeoutMs = 5000) {
      stopping ??= (async () => {
        const drained = await inFlight.drain(drainTimeoutMs);
        if (!drained) logger.warn('shutdown: in-flight replies still running at the deadline', { pending: inFlight.size });
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
export async function prepare(env?: Record<string, string | undefined>, write?: (line: string) => void): Promise<Prepared> {
  let config: Config;
  try {
    config = loadConfig(env, { require: ['DISCORD_TOKEN'] });
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken, config.keyvUrl], ...(write ? { write } : {}) });
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
  let prepared: Prepared;
  try {
    prepared = await prepare();
  } catch (error) {
    process.stderr.write(`${error instanceof StartupError ? error.message : `Could not start: ${describeError(error)}`}\n`);
    process.exit(1);
  }
  const { config, logger, facts } = prepared;
  // Last resort: a stray rejection is logged on one line rather than killing the bot mid-reply.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: describeError(reason) }));

  const store = await openStore(config.keyvUrl, { logger });
  logger.info('store opened', { url: describeStoreUrl(config.keyvUrl), healthy: store.healthy });

  let bot: RunningBot;
  try {
    bot = await startBot({ config, facts, store, logger });
  } catch (error) {
    logger.error('could not connect to Discord', { error: describeError(error) });
    await store.close();
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info('shutting down', { signal });
      void bot.stop().then(() => process.exit(0));
    });
  }
}

/** The bundled layout keeps articles beside the fact base (data/articles, data/factbase.json): check staleness against them when present. */
function defaultArticlesDir(factbasePath: string): string | undefined {
  const dir = join(dirname(factbasePath), 'articles');
  return existsSync(dir) ? dir : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
