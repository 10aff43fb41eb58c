// Drawn charts kept in process memory, so turning the page of a `chart:true` answer (which
// sends the same chart again with the next page) does not draw it again: drawing costs 100–
// 200 ms of this process's time, looking it up nothing. Keyed by what runChart names a chart
// by, the fact-base version first: after a live reload swaps the fact base, every request
// has a new key and is drawn from the new one; the old entries are never read again and age
// out. A chart being drawn is shared too: presses in quick succession wait for one drawing.
import { Lru } from '../lru.js';

/** Charts remembered: a few pages' worth of the most recent requests (PNGs of 30–200 KB each, so at most a few MB). */
export const CHART_CACHE_SIZE = 32;

interface Entry {
  readonly drawing: Promise<Buffer | null>;
  failed: boolean;
}

export class ChartCache {
  readonly #entries: Lru<string, Entry>;
  #drawn = 0;

  constructor(capacity = CHART_CACHE_SIZE) {
    this.#entries = new Lru(capacity);
  }

  /** How many charts this cache had to draw (its misses). */
  get drawn(): number {
    return this.#drawn;
  }

  /**
   * The chart remembered under `key`, or `draw()`'s, remembered (null too: "nothing to plot"
   * is as stable as a picture). Without a key it is drawn and not kept. A drawing that failed
   * is not served again: the next request draws anew.
   */
  png(key: string | undefined, draw: () => Promise<Buffer | null>): Promise<Buffer | null> {
    if (key === undefined) return this.#draw(draw);
    const remembered = this.#entries.get(key);
    if (remembered !== undefined && !remembered.failed) return remembered.drawing;
    const entry: Entry = { drawing: this.#draw(draw), failed: false };
    entry.drawing.catch(() => {
      entry.failed = true;
    });
    this.#entries.set(key, entry);
    return entry.drawing;
  }

  #draw(draw: () => Promise<Buffer | null>): Promise<Buffer | null> {
    this.#drawn += 1;
    // Called inside a promise so that a synchronous throw is a rejection like any other.
    return Promise.resolve().then(draw);
  }
}

/** The cache every surface of this process shares (the bot's replies and page buttons, the REPL). */
export const charts = new ChartCache();
