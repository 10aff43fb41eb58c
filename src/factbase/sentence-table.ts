// The sentences of a loaded fact base, kept as the file stores them (file-sentences.ts): typed
// columns read from the file, and the texts, left in the file until read, a Sentence object
// made on first access to it. Making a million objects and strings at load took most of the load
// time and its garbage collection, and most are never read.
import type { Sentence } from './schema.js';

/** In the entities column: a sentence saved without annotations (hand-made; readers annotate it). */
export const NOT_ANNOTATED = 0xff;

/** How a text is stored, by its value in the encoding column (file-sentences.ts says when each is used). */
export const TEXT_ENCODINGS = ['latin1', 'utf16le', 'utf8'] as const;

/** The columns of every sentence, sentence id i at position i. */
export interface SentenceColumns {
  /** Position of the sentence's article in the fact base's articles. */
  article: Uint32Array;
  paragraph: Uint32Array;
  group: Uint32Array;
  /** Where the sentence's text ends in the texts; it starts where the previous one ends. */
  textEnd: Uint32Array;
  /** The annotate.ts bit set, or NOT_ANNOTATED. */
  entities: Uint8Array;
  /** Each text's TEXT_ENCODINGS position. */
  encoding: Uint8Array;
  /** The texts, one after another. */
  texts: TextBytes;
}

/** Where the texts are: a Buffer, or a file's bytes read as they are asked for (open-file.ts). */
export interface TextBytes {
  readonly length: number;
  toString(encoding: BufferEncoding | undefined, start: number, end: number): string;
}

export class SentenceTable implements Iterable<Sentence> {
  readonly length: number;
  readonly #columns: SentenceColumns;
  readonly #articleIds: readonly string[];
  readonly #made = new Map<number, Sentence>();

  constructor(columns: SentenceColumns, articleIds: readonly string[]) {
    this.length = columns.group.length;
    this.#columns = columns;
    this.#articleIds = articleIds;
  }

  /** Sentence `id` (the same object on every call); undefined outside 0 … length − 1. */
  at(id: number): Sentence | undefined {
    if (!Number.isInteger(id) || id < 0 || id >= this.length) return undefined;
    const made = this.#made.get(id);
    if (made !== undefined) return made;
    const { paragraph, group, entities } = this.#columns;
    const base = { id, articleId: this.articleId(id), text: this.text(id), paragraph: paragraph[id]!, group: group[id]! };
    const kinds = entities[id]!;
    const sentence: Sentence = kinds === NOT_ANNOTATED ? base : { ...base, entities: kinds };
    this.#made.set(id, sentence);
    return sentence;
  }

  /** The entities column, for scans that need no text; undefined for a sentence saved without annotations. */
  entities(id: number): number | undefined {
    const kinds = this.#columns.entities[id];
    return kinds === NOT_ANNOTATED ? undefined : kinds;
  }

  /** The group column, for scans that need no text. */
  group(id: number): number {
    return this.#columns.group[id] ?? -1;
  }

  articleId(id: number): string {
    return this.#articleIds[this.#columns.article[id] ?? -1] ?? '';
  }

  text(id: number): string {
    const { textEnd, encoding, texts } = this.#columns;
    const start = id === 0 ? 0 : textEnd[id - 1]!;
    return texts.toString(TEXT_ENCODINGS[encoding[id]!], start, textEnd[id] ?? start);
  }

  *[Symbol.iterator](): Iterator<Sentence> {
    for (let id = 0; id < this.length; id++) yield this.at(id)!;
  }
}
