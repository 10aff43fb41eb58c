// A small pool of worker threads for the build: each runs build-worker.ts and takes one task at
// a time.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChunkResult } from './build-chunk.js';
import type { EncodedWordSets } from './meaning-words.js';

export type PoolRequest = { kind: 'chunk'; articlesDir: string; files: string[] } | { kind: 'group'; chunks: EncodedWordSets[] };
export type PoolTask = PoolRequest & { id: number };

export type PoolResult = { id: number; kind: 'chunk'; result: ChunkResult } | { id: number; kind: 'groups'; groups: Int32Array; ms: number };
export type PoolReply = PoolResult | { id: number; kind: 'error'; error: unknown };

type Pending = { resolve: (reply: PoolResult) => void; reject: (error: unknown) => void };

export const defaultWorkerCount = (): number => availableParallelism();

/**
 * A worker running build-worker. From source, Node 20 ignores loader flags in a worker's
 * execArgv, so a small bootstrap registers tsx's loader in the worker and then imports the .ts
 * entry; compiled, the .js entry starts directly.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./build-worker.js', import.meta.url));
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class BuildPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { task: PoolTask; transfer: ArrayBuffer[]; pending: Pending }[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      worker.on('message', (reply: PoolReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Runs `task` on the next free worker. `transfer` buffers move to it (unusable here after). */
  run(task: PoolRequest, transfer: ArrayBuffer[] = []): Promise<PoolResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { ...task, id: this.nextId++ }, transfer, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { task, transfer, pending } = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage(task, transfer);
    }
  }

  private settle(worker: Worker, reply: PoolReply): void {
    const pending = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if (reply.kind === 'error') pending?.reject(reply.error);
    else pending?.resolve(reply);
    this.dispatch();
  }

  private fail(worker: Worker, error: unknown): void {
    this.running.get(worker)?.reject(error);
    this.running.delete(worker);
    for (const { pending } of this.queue.splice(0)) pending.reject(error);
  }
}
