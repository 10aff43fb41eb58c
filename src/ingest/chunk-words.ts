// The words of the per-article work (build-chunk.ts) as the build's threads number them, and what
// the main thread needs of them, apart from that work: a build whose files are processed in
// workers does not load the extractors on its main thread (compromise, chrono and the rest took
// ~0.5 s of it at the start of a White House add-one).
import type { ChunkResult } from './build-chunk.js';
import { Vocabulary } from '../factbase/vocabulary.js';

/** The vocabularies the files of one chunk share. */
export interface ChunkVocabularies {
  words: Vocabulary;
  terms: Vocabulary;
  lowerCase: Vocabulary;
}

export const newVocabularies = (): ChunkVocabularies => ({ words: new Vocabulary(), terms: new Vocabulary(), lowerCase: new Vocabulary() });

export type VocabularyKind = keyof ChunkVocabularies;
/** Per vocabulary, the words a chunk added: the vocabulary's words from `from` on. */
export type AddedWords = Record<VocabularyKind, { from: number; words: string[] }>;
export const VOCABULARY_KINDS: readonly VocabularyKind[] = ['words', 'terms', 'lowerCase'];

/** Runs `run`, adding the time it took to `timings[step]`. */
export function timed<Step extends string, T>(timings: Record<Step, number>, step: Step, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[step] += performance.now() - start;
  return result;
}

/** Another thread's vocabularies, rebuilt from the words its chunks added. */
export class VocabularyMirrors {
  readonly #threads = new Map<number, Record<VocabularyKind, string[]>>();

  /**
   * Refers the words of `result` (detached, from `thread`) to that thread's vocabularies, after
   * adding its new words. Each thread's chunks must come in the order it processed them.
   */
  attach(result: ChunkResult, thread: number): void {
    let mirror = this.#threads.get(thread);
    if (mirror === undefined) {
      mirror = { words: [], terms: [], lowerCase: [] };
      this.#threads.set(thread, mirror);
    }
    for (const kind of VOCABULARY_KINDS) {
      const { from, words } = result.added[kind];
      const vocabulary = mirror[kind];
      if (vocabulary.length !== from) throw new Error(`a chunk of thread ${thread} came out of order (its ${kind} start at ${from}, not ${vocabulary.length})`);
      for (const word of words) vocabulary.push(word);
    }
    for (const work of result.files) {
      if ('skipped' in work) continue;
      work.words.vocabulary = mirror.words;
      work.terms.vocabulary = mirror.terms;
      work.people.lowerCaseWords.vocabulary = mirror.lowerCase;
    }
  }
}
