// The fact base a long-running process answers from, replaced while it runs. A rebuild (or
// `npm run add`) writes a new file; this notices it (a watch on the file's folder, debounced, or
// an explicit `reload()` such as the bot's SIGHUP handler), loads and validates the new file
// beside the old one, and swaps it in with one assignment. A request reads `current()` once and
// keeps that object to the end, so answers in flight finish on the old fact base and the next
// request sees the new one. A file that cannot be loaded (corrupt, half-written by a copy, the
// wrong version) is rejected and the old fact base keeps serving.
//
// The folder is watched, not the file: the build replaces the file by renaming a temp file over
// it, which gives it a new inode that a watch on the old one would never report.
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { loadFactBase, type LoadedFactBase } from './persist.js';

/** Wait this long after the last change before loading: a copy or an editor writes in bursts. */
export const DEFAULT_RELOAD_DEBOUNCE_MS = 1000;

export interface LiveFactBaseOptions {
  /** The file to follow (the one `initial` was loaded from). */
  readonly file: string;
  readonly initial: LoadedFactBase;
  readonly debounceMs?: number;
  /** Loads and validates a candidate (default: loadFactBase); throws to reject it. */
  readonly load?: (file: string) => Promise<LoadedFactBase>;
  /**
   * Work to do on a new fact base before it serves (warming the commands' per-fact-base tables),
   * so the first request after the swap does not pay for it. Throws (or rejects) to reject it.
   * Long work should yield between steps: requests keep being answered from the old one meanwhile.
   */
  readonly prepare?: (facts: LoadedFactBase) => void | Promise<void>;
}

export type ReloadOutcome =
  | { readonly status: 'swapped'; readonly previous: string; readonly version: string; readonly generation: number; readonly ms: number; readonly reason: string }
  /** The file holds the fact base already serving (same bytes): nothing to swap. */
  | { readonly status: 'unchanged'; readonly version: string; readonly reason: string }
  | { readonly status: 'rejected'; readonly problem: string; readonly version: string; readonly reason: string };

interface LiveEvents {
  /** Every finished reload, whatever its outcome. */
  reload: [ReloadOutcome];
  /** The folder watch failed and stopped (a reload on request still works). */
  'watch-error': [Error];
}

export class LiveFactBase extends EventEmitter<LiveEvents> {
  readonly file: string;
  readonly #debounceMs: number;
  readonly #load: (file: string) => Promise<LoadedFactBase>;
  readonly #prepare: (facts: LoadedFactBase) => void | Promise<void>;
  #current: LoadedFactBase;
  #generation = 0;
  /** The reload running now, and at most one more waiting behind it. */
  #running: Promise<ReloadOutcome> | undefined;
  #queued: Promise<ReloadOutcome> | undefined;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: LiveFactBaseOptions) {
    super();
    this.file = path.resolve(options.file);
    this.#current = options.initial;
    this.#debounceMs = options.debounceMs ?? DEFAULT_RELOAD_DEBOUNCE_MS;
    this.#load = options.load ?? loadFactBase;
    this.#prepare = options.prepare ?? (() => undefined);
  }

  /** The fact base serving now. Read it once per request and keep it for that request. */
  current(): LoadedFactBase {
    return this.#current;
  }

  /** How many times a new fact base was swapped in (0: still the one it started with). */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Loads the file and swaps it in if it is valid and differs from the one serving. Never
   * throws. Calls while a reload runs share one follow-up reload, so a burst of requests costs
   * at most two loads and the last one always sees the newest file.
   */
  reload(reason = 'requested'): Promise<ReloadOutcome> {
    if (this.#running === undefined) return this.#start(reason);
    this.#queued ??= this.#running.then(() => {
      this.#queued = undefined;
      return this.#start(reason);
    });
    return this.#queued;
  }

  #start(reason: string): Promise<ReloadOutcome> {
    const running = this.#attempt(reason).then((outcome) => {
      this.#running = undefined;
      this.emit('reload', outcome);
      return outcome;
    });
    this.#running = running;
    return running;
  }

  async #attempt(reason: string): Promise<ReloadOutcome> {
    const started = performance.now();
    const serving = this.#current.version;
    let next: LoadedFactBase;
    try {
      next = await this.#load(this.file);
      if (next.version === serving) return { status: 'unchanged', version: serving, reason };
      await this.#prepare(next);
    } catch (error) {
      const problem = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
      return { status: 'rejected', problem, version: serving, reason };
    }
    // The swap itself: requests that already hold the old object finish on it.
    this.#current = next;
    this.#generation += 1;
    const ms = Math.round(performance.now() - started);
    return { status: 'swapped', previous: serving, version: next.version, generation: this.#generation, ms, reason };
  }

  /**
   * Follows the file: a change to it starts a reload once the folder has been quiet for the
   * debounce time. Other files in the folder (the build's temp files, its cache) are ignored.
   */
  watch(): void {
    if (this.#watcher !== undefined || this.#closed) return;
    const name = path.basename(this.file);
    const watcher = watch(path.dirname(this.file), { persistent: false }, (_event, changed) => {
      // Some platforms omit the name; then any change in the folder may be ours.
      if (changed !== null && changed !== name) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.reload('file changed'), this.#debounceMs);
    });
    watcher.on('error', (error) => {
      this.#stopWatching();
      this.emit('watch-error', error);
    });
    this.#watcher = watcher;
  }

  /** Stops watching; a reload already running finishes. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopWatching();
    await this.#queued;
    await this.#running;
  }

  #stopWatching(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watcher?.close();
    this.#watcher = undefined;
  }
}

/** One log line for a reload: what a person running the bot needs to know, and nothing more. */
export function describeReload(outcome: ReloadOutcome, file: string): { level: 'info' | 'warn'; message: string } {
  switch (outcome.status) {
    case 'swapped':
      return { level: 'info', message: `fact base reloaded (${outcome.reason}): ${file} is now version ${outcome.version}, was ${outcome.previous}, in ${outcome.ms} ms` };
    case 'unchanged':
      return { level: 'info', message: `fact base unchanged (${outcome.reason}): ${file} is still version ${outcome.version}` };
    case 'rejected':
      return { level: 'warn', message: `fact base reload rejected (${outcome.reason}), still serving version ${outcome.version}: ${outcome.problem}` };
  }
}
