// Graceful shutdown: stop taking new work, let in-flight replies finish (bounded), then
// disconnect from Discord and close the store.

/** Tracks handler promises so shutdown can wait for them. */
export class InFlight {
  readonly #running = new Set<Promise<unknown>>();
  #accepting = true;

  get accepting(): boolean {
    return this.#accepting;
  }

  get size(): number {
    return this.#running.size;
  }

  /** Runs `work` unless shutting down; the returned promise never rejects. */
  run(work: () => Promise<unknown>): Promise<void> {
    if (!this.#accepting) return Promise.resolve();
    return this.finish(work);
  }

  /** Runs `work` even while shutting down (a short refusal): drain waits for it too. */
  finish(work: () => Promise<unknown>): Promise<void> {
    const running = work().then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(running);
    void running.finally(() => this.#running.delete(running));
    return running;
  }

  /**
   * Stops accepting; resolves true once nothing is running, false at the deadline. Work that
   * starts while draining (the note to an interaction that arrived after the signal) is waited
   * for too: waiting only for what ran at the signal let the process exit with those notes
   * still in discord.js's REST queue.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    this.#accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.#running.size > 0) {
        const done = Promise.allSettled([...this.#running]).then(() => true as const);
        if (!(await Promise.race([done, deadline]))) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
