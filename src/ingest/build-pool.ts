// A small pool of worker threads for the build: each runs build-worker.ts and takes one task at
// a time.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadFiles } from './article-input.js';
import type { ChunkResult } from './build-chunk.js';
import type { WordSetIds } from './meaning-words.js';
import type { SerializedIndex } from '../factbase/index-format.js';
import type { EncodedTerms } from '../factbase/index-terms.js';

export type PoolRequest =
  /**
   * `withKeys`: with what `npm run add` compares articles with (only a build with a cache keeps
   * them); `read`: the files' bytes, read already (the worker reads those not read).
   */
  | { kind: 'chunk'; articlesDir: string; files: string[]; withKeys: boolean; read?: ReadFiles }
  // The sets to group or index, in pieces (each article's: views of the workers' chunks or of the
  // build cache's segments, in shared memory) that the worker reads as if they were joined.
  | { kind: 'group'; pieces: WordSetIds[] }
  | { kind: 'index'; pieces: EncodedTerms[] };
export type PoolTask = PoolRequest & { id: number };
/** A request made when a worker takes it, and the buffers that move with it (unusable here after). */
export type MadeRequest = () => { request: PoolRequest; transfer: ArrayBuffer[] };

export type PoolResult =
  /** `result`'s words are detached from the vocabularies of `thread` (build-chunk.ts, VocabularyMirrors), its typed arrays in shared memory. */
  | { id: number; kind: 'chunk'; result: ChunkResult; thread: number }
  | { id: number; kind: 'groups'; groups: Int32Array; ms: number }
  | { id: number; kind: 'index'; index: SerializedIndex; ms: number };
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

/**
 * Tasks a worker holds at once: while the main thread takes in one reply (a chunk's results are
 * copied into its heap), the worker is already on its next task instead of waiting for it.
 */
const TASKS_PER_WORKER = 2;

export class BuildPool {
  private readonly workers: Worker[] = [];
  private readonly queue: { id: number; make: MadeRequest; pending: Pending }[] = [];
  /** Per worker, its tasks in the order sent (a worker runs them in order, one at a time). */
  private readonly running = new Map<Worker, Pending[]>();
  private nextId = 0;
  /** Set by `finish`: no task will come after the ones sent. */
  private finishing = false;
  #live = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      worker.on('message', (reply: PoolReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', () => this.#live--);
      this.#live++;
      this.workers.push(worker);
      this.running.set(worker, []);
    }
  }

  /** Workers not yet stopped. */
  get liveWorkers(): number {
    return this.#live;
  }

  /**
   * Runs `request` on the next free worker. Given as a function, it is made only when a worker
   * takes it: a chunk's files are read then, not all of the folder's as soon as it is queued.
   */
  run(request: PoolRequest | MadeRequest): Promise<PoolResult> {
    if (this.finishing) return Promise.reject(new Error('the build pool takes no task after finish()'));
    const make = typeof request === 'function' ? request : () => ({ request, transfer: [] });
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, make, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  /**
   * No task will come after the ones sent: each worker stops once its own are done. Its heap and
   * typed arrays (~250 MB after the White House near-duplicate grouping) are given back while the
   * main thread still works, instead of at `close`.
   */
  finish(): void {
    this.finishing = true;
    for (const worker of this.workers) this.stopIfDone(worker);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    // Fill every worker's first slot before any second one.
    for (let slot = 1; slot <= TASKS_PER_WORKER; slot++) {
      for (const worker of this.workers) {
        const running = this.running.get(worker)!;
        if (running.length >= slot || this.queue.length === 0) continue;
        const { id, make, pending } = this.queue.shift()!;
        running.push(pending);
        try {
          const { request, transfer } = make();
          worker.postMessage({ ...request, id }, transfer);
        } catch (error) {
          running.pop();
          pending.reject(error);
        }
      }
    }
  }

  private settle(worker: Worker, reply: PoolReply): void {
    const pending = this.running.get(worker)?.shift();
    if (reply.kind === 'error') pending?.reject(reply.error);
    else pending?.resolve(reply);
    this.dispatch();
    this.stopIfDone(worker);
  }

  private stopIfDone(worker: Worker): void {
    if (this.finishing && this.queue.length === 0 && this.running.get(worker)!.length === 0) void worker.terminate();
  }

  private fail(worker: Worker, error: unknown): void {
    for (const pending of this.running.get(worker)?.splice(0) ?? []) pending.reject(error);
    for (const { pending } of this.queue.splice(0)) pending.reject(error);
  }
}
