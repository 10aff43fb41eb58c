// Answers keyed by fact-base version and request, in process memory in front of the store.
import type { Answer } from '../answer.js';
import type { RawOptions } from '../raw-options.js';
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

  /** The request in one spelling: the key in memory (the fact base is this cache's own). */
  #request(command: string, options: RawOptions): string {
    return `${command}:${JSON.stringify(normaliseOptions(options))}`;
  }

  /** The key in the shared store, where every fact base's answers meet: a digest, so long questions make short keys. */
  #stored(request: string): string {
    return `answer:${this.#version}:${digest(request)}`;
  }

  /** The answer from process memory, without touching the store. */
  peek(command: string, options: RawOptions): Answer | undefined {
    return this.#recent.get(this.#request(command, options));
  }

  async get(command: string, options: RawOptions): Promise<Answer | undefined> {
    const request = this.#request(command, options);
    const recent = this.#recent.get(request);
    if (recent !== undefined) return recent;
    const stored = await this.#store.get<Answer>(this.#stored(request), { skippable: true });
    if (stored !== undefined) this.#recent.set(request, stored);
    return stored;
  }

  /**
   * Remembers the answer in memory and, unless `persist` is false, in the store. Answers
   * cheaper to recompute than a store write are better kept out of it.
   */
  async set(command: string, options: RawOptions, answer: Answer, persist = true): Promise<void> {
    const request = this.#request(command, options);
    this.#recent.set(request, answer);
    if (persist) await this.#store.set(this.#stored(request), answer, this.#ttlMs, { skippable: true });
  }
}
