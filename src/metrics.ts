// What an operator graphs, in Prometheus's format through prom-client (the maintained
// Prometheus client for Node): replies by command and surface, reply latency, cache hits,
// rate-limited requests, errors, deferred acknowledgements and shed store calls. One
// registry per bot process; the sharding manager merges its workers' registries.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly replies = new Counter({
    name: 'coverage_bot_replies_total',
    help: 'Answers sent, by command and surface (slash, button, message, cli)',
    labelNames: ['command', 'surface'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'coverage_bot_reply_seconds',
    help: 'From receiving a request to its answer being sent',
    labelNames: ['surface'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly cacheHits = new Counter({
    name: 'coverage_bot_cache_hits_total',
    help: 'Answers served from the cache, by layer (memory, store)',
    labelNames: ['layer'] as const,
    registers: [this.registry],
  });
  readonly cacheMisses = new Counter({ name: 'coverage_bot_cache_misses_total', help: 'Answers computed', registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'coverage_bot_rate_limited_total', help: 'Requests refused by the per-user rate limit', registers: [this.registry] });
  readonly errors = new Counter({
    name: 'coverage_bot_errors_total',
    help: 'Requests that failed, by kind (slash, button, message, autocomplete, command)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly deferred = new Counter({
    name: 'coverage_bot_deferred_total',
    help: 'Interactions acknowledged first (deferred) and answered after, by reason (busy, slow)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly storeShed = new Gauge({ name: 'coverage_bot_store_shed', help: 'Cache calls skipped because the store was busy', registers: [this.registry] });
  readonly shardsReady = new Gauge({ name: 'coverage_bot_shards_ready', help: 'Gateway shards connected in this process', registers: [this.registry] });
}
