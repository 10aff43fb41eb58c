// Answers keyed by fact-base version and request, in process memory in front of the store.
import type { Answer } from '../answer.js';
import type { RawOptions } from '../commands/types.js';
import { Lru } from '../lru.js';
import { digest, normaliseOptions } from './request-key.js';
import type { ResilientStore } from './resilient-store.js';

/** Answers kept in process memory per cache: the popular requests, without a store round trip or a JSON parse. */
const REMEMBERED_ANSWERS = 1000;

/**
 * Answers keyed by fact-base version, command and normalised options: a rebuilt fact base
 * never serves stale answers. Recent answers are also kept in memory in front of the store.
 */
export class AnswerCache {
  readonly #store: ResilientStore;
  readonly #version: string;
  readonly #ttlMs: number;
  readonly #recent: Lru<string, Answer>;

  constructor(store: ResilientStore, options: { version: string; ttlSeconds: number; remembered?: number }) {
    this.#store = store;
    this.#version = options.version;
    this.#ttlMs = options.ttlSeconds * 1000;
    this.#recent = new Lru(options.remembered ?? REMEMBERED_ANSWERS);
  }

  #key(command: string, options: RawOptions): string {
    return `answer:${this.#version}:${command}:${digest(JSON.stringify(normaliseOptions(options)))}`;
  }

  /** The answer from process memory, without touching the store. */
  peek(command: string, options: RawOptions): Answer | undefined {
    return this.#recent.get(this.#key(command, options));
  }

  async get(command: string, options: RawOptions): Promise<Answer | undefined> {
    const key = this.#key(command, options);
    const recent = this.#recent.get(key);
    if (recent !== undefined) return recent;
    const stored = await this.#store.get<Answer>(key, { skippable: true });
    if (stored !== undefined) this.#recent.set(key, stored);
    return stored;
  }

  /**
   * Remembers the answer in memory and, unless `persist` is false, in the store. Answers
   * cheaper to recompute than a store write are better kept out of it.
   */
  async set(command: string, options: RawOptions, answer: Answer, persist = true): Promise<void> {
    const key = this.#key(command, options);
    this.#recent.set(key, answer);
    if (persist) await this.#store.set(key, answer, this.#ttlMs, { skippable: true });
  }
}

