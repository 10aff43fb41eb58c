// Paged queries too long for a button's custom id, saved in the store.
import { digest, normaliseOptions } from './request-key.js';
import type { ResilientStore } from './resilient-store.js';

export interface PagedQuery {
  readonly command: string;
  readonly options: Record<string, string | number | boolean>;
}

/** Paged queries too long for a button's custom id, under a short content-derived key. */
export class PagingState {
  static readonly TTL_MS = 30 * 24 * 60 * 60 * 1000;
  readonly #store: ResilientStore;

  constructor(store: ResilientStore) {
    this.#store = store;
  }

  /** The key, or undefined when the store could not keep it. */
  async save(query: PagedQuery): Promise<string | undefined> {
    const key = digest(JSON.stringify([query.command, normaliseOptions(query.options)])).slice(0, 16);
    return (await this.#store.set(`page:${key}`, query, PagingState.TTL_MS)) ? key : undefined;
  }

  load(key: string): Promise<PagedQuery | undefined> {
    return this.#store.get<PagedQuery>(`page:${key}`);
  }
}
