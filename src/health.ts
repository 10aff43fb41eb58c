// The optional operations endpoint (HEALTH_PORT): `GET /healthz` (200 when every gateway
// shard is connected, else 503, with the details as JSON) and `GET /metrics` (Prometheus
// text format). Served by the bot, or by the sharding manager for all its processes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ShardHealth {
  readonly id: number;
  /** discord.js's shard status by name: ready, connecting, reconnecting, idle, … */
  readonly status: string;
  /** Gateway heartbeat round trip, ms (-1 before the first). */
  readonly pingMs: number;
}

export interface HealthReport {
  readonly ok: boolean;
  readonly shards: readonly ShardHealth[];
  readonly factBase: { readonly version: string; readonly articles: number; readonly sentences: number } | null;
  readonly store: { readonly kind: string; readonly reachable: boolean } | null;
  /** Set by the sharding manager: one report per worker process. */
  readonly processes?: readonly (HealthReport & { readonly process: number; readonly pid: number | null })[];
}

export interface HealthSource {
  report(): Promise<HealthReport>;
  metrics(): Promise<{ readonly contentType: string; readonly text: string }>;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startHealthServer(source: HealthSource, port: number, host: string): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const answer = async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      if (path === '/healthz') {
        const report = await source.report();
        res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
        return void res.end(`${JSON.stringify(report)}\n`);
      }
      if (path === '/metrics') {
        const { contentType, text } = await source.metrics();
        res.writeHead(200, { 'content-type': contentType });
        return void res.end(text);
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    };
    answer().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`health endpoint failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  // Never keeps the process alive on its own: shutdown ends with the bot.
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
