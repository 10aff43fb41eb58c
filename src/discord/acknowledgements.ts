// How many interaction acknowledgements are on their way: interactions.ts defers first when
// many are, and answers what it deferred once none is.

// Discord waits 15 minutes for a deferred answer, but the asker should not wait on others' acknowledgements longer than this.
const SETTLE_AT_MOST_MS = 2_000;

/** Acknowledgements sent and not yet confirmed by Discord: the depth of the burst being answered. */
export class Acknowledgements {
  #inFlight = 0;

  /** @param deferBeyond defer first once this many acknowledgements are in flight (0: defer every interaction). */
  constructor(readonly deferBeyond = 8) {}

  #idle: (() => void)[] = [];

  get busy(): boolean {
    return this.#inFlight >= this.deferBeyond;
  }

  get pending(): number {
    return this.#inFlight;
  }

  async send<T>(ack: () => Promise<T>): Promise<T> {
    this.#inFlight += 1;
    try {
      return await ack();
    } finally {
      this.#inFlight -= 1;
      if (this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  /**
   * Resolves once no acknowledgement is on its way, or after `atMostMs`. A burst's deferred
   * answers wait for it, so every acknowledgement goes out before the answers compete with them
   * for the process and the connection to Discord; the bound keeps a steady stream of new
   * interactions (or a shutdown) from holding deferred answers back for ever.
   */
  settled(atMostMs = SETTLE_AT_MOST_MS): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, atMostMs);
      this.#idle.push(done);
    });
  }
}
