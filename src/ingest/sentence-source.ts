// The coverage's sentences as the whole-coverage steps read them (the people merge, quotes and the
// coverage memo): by id, a text or an article at a time. A build keeps them as columns
// (stitch-coverage.ts), not as 1.1M sentence objects on the White House corpus; the steps make an
// object only of the sentences they look at again. A plain array of sentences is read the same way.
import type { Sentence } from '../factbase/schema.js';

export interface SentenceSource {
  /** How many sentences: their ids are 0 to length - 1. */
  readonly length: number;
  /** Sentence `id` as an object. */
  sentence(id: number): Sentence;
  text(id: number): string;
  articleId(id: number): string;
  /** The first and last ids of the sentences of the article `articleId`, or undefined when it has none. */
  rangeOf(articleId: string): readonly [number, number] | undefined;
  /** Every sentence as an object, in id order. */
  all(): readonly Sentence[];
}

/** Sentences given as an array (sentence `id` at position `id`). */
class ArraySentences implements SentenceSource {
  #ranges: Map<string, [number, number]> | null = null;

  constructor(private readonly sentences: readonly Sentence[]) {}

  get length(): number {
    return this.sentences.length;
  }

  sentence(id: number): Sentence {
    return this.sentences[id]!;
  }

  text(id: number): string {
    return this.sentences[id]!.text;
  }

  articleId(id: number): string {
    return this.sentences[id]!.articleId;
  }

  rangeOf(articleId: string): readonly [number, number] | undefined {
    if (this.#ranges === null) {
      this.#ranges = new Map();
      for (const sentence of this.sentences) {
        const range = this.#ranges.get(sentence.articleId);
        if (range === undefined) this.#ranges.set(sentence.articleId, [sentence.id, sentence.id]);
        else range[1] = sentence.id;
      }
    }
    return this.#ranges.get(articleId);
  }

  all(): readonly Sentence[] {
    return this.sentences;
  }
}

/** `sentences` read by id. */
export const sentenceSource = (sentences: readonly Sentence[] | SentenceSource): SentenceSource =>
  Array.isArray(sentences) ? new ArraySentences(sentences as readonly Sentence[]) : (sentences as SentenceSource);
