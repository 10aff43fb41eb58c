// The last question of each conversation (a DM: the user; a guild mention: the channel and the
// user; the REPL: its session), so a follow-up ("and france") can be read against it. It is
// forgotten after a few minutes: a fragment typed much later is a question of its own. The bot
// keeps it in the shared store (SQLite, or Redis when several processes serve the shards, so a
// follow-up handled by another process still finds it); the REPL in its own memory.
import { Lru } from '../lru.js';
import type { Pending } from '../pipeline.js';
import type { RememberedQuestion } from '../query/follow-up.js';
import type { ResilientStore } from './resilient-store.js';

/** How long a question can be followed up, by default (FOLLOW_UP_TTL_SECONDS). */
export const FOLLOW_UP_TTL_SECONDS = 300;

export interface Conversations {
  /** The conversation's last question, unless it is older than the time to live. */
  recall(conversation: string): Pending<RememberedQuestion | undefined>;
  /** Remembers the last question, or forgets it (null: the last request was no question to follow up). */
  remember(conversation: string, question: RememberedQuestion | null): Pending<void>;
}

/** A conversation and where it is kept: what a surface hands the pipeline with each line. */
export interface ConversationRef {
  readonly conversations: Conversations;
  readonly id: string;
}

interface Kept {
  readonly question: RememberedQuestion | null;
  /** When it was asked (ms, the clock given): the time to live is counted from here. */
  readonly at: number;
}

export interface ConversationOptions {
  readonly ttlSeconds?: number;
  /** Clock (tests). */
  readonly now?: () => number;
}

/** Conversations in the shared store: every process serving the bot sees the same ones. */
export class StoredConversations implements Conversations {
  readonly #store: ResilientStore;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(store: ResilientStore, options: ConversationOptions = {}) {
    this.#store = store;
    this.#ttlMs = (options.ttlSeconds ?? FOLLOW_UP_TTL_SECONDS) * 1000;
    this.#now = options.now ?? Date.now;
  }

  async recall(conversation: string): Promise<RememberedQuestion | undefined> {
    // Skippable: when the store is swamped, a line is read as a question of its own rather than waiting.
    const kept = await this.#store.get<Kept>(`conversation:${conversation}`, { skippable: true });
    return fresh(kept, this.#now(), this.#ttlMs);
  }

  async remember(conversation: string, question: RememberedQuestion | null): Promise<void> {
    // The store's own expiry clears the row; `at` decides, so a test clock can move past it.
    await this.#store.set(`conversation:${conversation}`, { question, at: this.#now() } satisfies Kept, this.#ttlMs, { skippable: true });
  }
}

/** Conversations in this process's memory (the REPL): the most recent ones, answered synchronously. */
export class MemoryConversations implements Conversations {
  readonly #kept = new Lru<string, Kept>(1000);
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: ConversationOptions = {}) {
    this.#ttlMs = (options.ttlSeconds ?? FOLLOW_UP_TTL_SECONDS) * 1000;
    this.#now = options.now ?? Date.now;
  }

  recall(conversation: string): RememberedQuestion | undefined {
    return fresh(this.#kept.get(conversation), this.#now(), this.#ttlMs);
  }

  remember(conversation: string, question: RememberedQuestion | null): void {
    this.#kept.set(conversation, { question, at: this.#now() });
  }
}

function fresh(kept: Kept | undefined, now: number, ttlMs: number): RememberedQuestion | undefined {
  return kept === undefined || kept.question === null || now - kept.at >= ttlMs ? undefined : kept.question;
}
