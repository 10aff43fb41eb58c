// Several bot processes, each running some of the gateway shards, on one shared Redis.
//
// discord.js's ShardingManager starts, watches and restarts the processes; here one of its
// "shards" is one worker process, which connects SHARDS_PER_PROCESS gateway shards through a
// single client (discord.js's WebSocketManager runs several shards in one process). That is
// what clustering libraries such as discord-hybrid-sharding add on top of the manager, had
// without another dependency: the point is memory, since every process holds the whole fact
// base (~0.6 GB on a large coverage), so a process per gateway shard would multiply it.
//
// The manager process holds no fact base and no gateway connection: it fetches the shard
// count (SHARD_COUNT=auto), spaces the workers' logins as Discord's identify limit requires,
// restarts a worker that dies, forwards SIGTERM/SIGINT (and SIGHUP, a fact-base reload) and waits for every worker to finish
// its in-flight replies, and serves /healthz and /metrics for all of them.
import { fileURLToPath } from 'node:url';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { REST, ShardingManager, type Shard } from 'discord.js';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { SHARD_PLAN_VARIABLE, type Config } from './config.js';
import { startHealthServer, type HealthReport, type HealthServer } from './health.js';
import type { Logger } from './logger.js';

/** True when `npm start` should start worker processes rather than be the bot itself. */
export function isManager(config: Config): boolean {
  if (config.shardWorker !== undefined || config.shardsPerProcess === undefined) return false;
  return config.shardCount === 'auto' || config.shardsPerProcess < config.shardCount;
}

export interface ShardPlan {
  /** Gateway shards in all. */
  readonly total: number;
  readonly perProcess: number;
  readonly processes: number;
  /** Between starting two workers: a new worker identifies at once, and Discord allows `max_concurrency` identifies per 5 s. */
  readonly spawnDelayMs: number;
}

const IDENTIFY_INTERVAL_MS = 5500;

export function planShards(total: number, perProcess: number, maxConcurrency: number): ShardPlan {
  const per = Math.min(perProcess, total);
  // Every shard in a bucket of its own: all may identify at once. Otherwise each worker's
  // shards take ceil(per / maxConcurrency) identify slots, and the next worker waits for them.
  const spawnDelayMs = total <= maxConcurrency ? 0 : Math.ceil(per / maxConcurrency) * IDENTIFY_INTERVAL_MS;
  return { total, perProcess: per, processes: Math.ceil(total / per), spawnDelayMs };
}

async function gatewayBot(config: Config): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }).setToken(config.discordToken ?? '');
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/** What a worker answers to the manager's report request. */
interface WorkerReport {
  readonly coverageBot: 'report';
  readonly id: number;
  readonly health: HealthReport;
  readonly metrics: MetricsJson;
}

export interface RunningManager {
  readonly manager: ShardingManager;
  readonly plan: ShardPlan;
  readonly health: HealthServer | undefined;
  stop(): Promise<void>;
}

/** Starts the workers (this same entry file, `entryUrl`) and supervises them until a signal. */
export async function runManager(config: Config, logger: Logger, entryUrl: string, signals = true): Promise<RunningManager> {
  const gateway = await gatewayBot(config);
  const total = config.shardCount === 'auto' ? gateway.shards : config.shardCount;
  const plan = planShards(total, config.shardsPerProcess ?? total, gateway.session_start_limit.max_concurrency);
  const fromSource = entryUrl.endsWith('.ts');
  const manager = new ShardingManager(fileURLToPath(entryUrl), {
    totalShards: plan.processes,
    mode: 'process',
    respawn: true,
    ...(config.discordToken === undefined ? {} : { token: config.discordToken }),
    // From source (development), the workers run through tsx like the manager (its loader by
    // absolute URL: the working directory need not be this project); compiled, plain node.
    execArgv: fromSource ? ['--import', import.meta.resolve('tsx')] : [],
  });
  manager.on('shardCreate', (shard: Shard) => {
    // Each worker learns its share of the gateway shards (see config.ts's shardWorker).
    (shard.env as Record<string, string>)[SHARD_PLAN_VARIABLE] = `${plan.total},${plan.perProcess}`;
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (manager.respawn) logger.warn('worker exited; restarting it', { process: shard.id, code });
    });
    shard.on('ready', () => logger.info('worker connected', { process: shard.id }));
  });
  logger.info('starting workers', { ...plan });
  await manager.spawn({ amount: plan.processes, delay: plan.spawnDelayMs, timeout: 120_000 });
  logger.info('all workers connected', { processes: plan.processes });

  const health =
    config.healthPort === undefined
      ? undefined
      : await startHealthServer(
          {
            report: async () => summarise(await collectReports(manager)),
            metrics: async () => {
              const registry = AggregatorRegistry.aggregate((await collectReports(manager)).map((r) => r.metrics));
              return { contentType: registry.contentType, text: await registry.metrics() };
            },
          },
          config.healthPort,
          config.healthHost,
        );
  if (health !== undefined) logger.info('health endpoint listening', { url: `http://${config.healthHost}:${health.port}/healthz` });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      manager.respawn = false;
      // Each worker stops taking work, finishes its in-flight replies, then exits.
      const exits = [...manager.shards.values()].map((shard) => workerExit(shard, config.shutdownTimeoutMs + 5000));
      for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
      await Promise.all(exits);
      await health?.close();
      logger.info('every worker stopped');
    })());
  if (signals) {
    // SIGHUP means "reload the fact base now": each worker does it as on its own SIGHUP.
    // Without this handler the signal would kill the manager and, with it, every worker.
    process.on('SIGHUP', () => {
      logger.info('reloading the fact base in every worker', { signal: 'SIGHUP' });
      for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // `on`, not `once`: a signal sent to the process group arrives twice (npm forwards it).
      process.on(signal, () => {
        logger.info('shutting down', { signal });
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { manager, plan, health, stop };
}

/** Resolves when the worker's process has exited; kills it at the deadline. */
function workerExit(shard: Shard, deadlineMs: number): Promise<void> {
  const child = shard.process;
  if (child === null || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let nextReport = 0;

async function collectReports(manager: ShardingManager): Promise<(WorkerReport & { process: number; pid: number | null })[]> {
  const asks = [...manager.shards.values()].map(
    (shard) =>
      new Promise<WorkerReport & { process: number; pid: number | null }>((resolve) => {
        const id = (nextReport += 1);
        const down: WorkerReport = { coverageBot: 'report', id, health: { ok: false, shards: [], factBase: null, store: null }, metrics: [] };
        const timer = setTimeout(() => finish(down), 2000);
        const listener = (message: unknown) => {
          if ((message as Partial<WorkerReport> | null)?.coverageBot === 'report' && (message as WorkerReport).id === id) finish(message as WorkerReport);
        };
        const finish = (report: WorkerReport) => {
          clearTimeout(timer);
          shard.off('message', listener);
          resolve({ ...report, process: shard.id, pid: shard.process?.pid ?? null });
        };
        shard.on('message', listener);
        shard.send({ coverageBot: 'report?', id }).catch(() => finish(down));
      }),
  );
  return Promise.all(asks);
}

function summarise(reports: readonly (WorkerReport & { process: number; pid: number | null })[]): HealthReport {
  const processes = reports.map((r) => ({ ...r.health, process: r.process, pid: r.pid }));
  return {
    ok: processes.length > 0 && processes.every((p) => p.ok),
    shards: processes.flatMap((p) => p.shards),
    factBase: processes.find((p) => p.factBase !== null)?.factBase ?? null,
    store: processes.find((p) => p.store !== null)?.store ?? null,
    processes,
  };
}

/** In a worker: answers the manager's report requests with this process's health and metrics. */
export function serveWorkerReports(bot: { health(): HealthReport; readonly metrics: { readonly registry: { getMetricsAsJSON(): Promise<MetricsJson> } } }): void {
  process.on('message', (message: unknown) => {
    const ask = message as { coverageBot?: string; id?: number } | null;
    if (ask?.coverageBot !== 'report?' || typeof ask.id !== 'number') return;
    void bot.metrics.registry.getMetricsAsJSON().then((metrics) => {
      const report: WorkerReport = { coverageBot: 'report', id: ask.id!, health: bot.health(), metrics };
      process.send?.(report);
    });
  });
}
