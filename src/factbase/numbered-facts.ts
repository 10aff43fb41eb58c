// Facts numbered by their place in the coverage (aid figures, dated events) kept as the JSON the
// fact base stores, from the article they come from to the saved file. A fact's JSON starts with
// its two numbers, `{"id":…,"sentenceId":…`, the only part that depends on where its article
// falls in the coverage; the rest (its tail) is encoded once, in the worker that found the fact,
// and kept in the build cache. An add-one of the White House corpus decoded the 123k stored
// facts into objects, copied them renumbered, validated them again and encoded them again (~0.5 s
// of its main thread at load ~4, all of it surviving objects that young-generation collections
// copied); now it writes their numbers before their tails, and makes objects only when asked.
import type { z } from 'zod';
import { asciiJson } from './file-format.js';

/** An article's facts of one kind as JSON: each one's sentence id (in the article) and its JSON after the sentence id. */
export interface FactTails {
  sentenceIds: Int32Array;
  /** Where each fact's tail ends in `bytes`. */
  ends: Int32Array;
  /** The tails, ASCII. */
  bytes: Uint8Array;
}

/** The fields every numbered fact starts with, in this order (schema.ts). */
interface Numbered {
  id: number;
  sentenceId: number;
}

/** `facts` (ids and sentence ids of their article) validated by `schema` (which orders their keys) and encoded. */
export function tailsOf<T extends Numbered>(facts: readonly T[], schema: z.ZodType<T>): FactTails {
  const sentenceIds = new Int32Array(facts.length);
  const ends = new Int32Array(facts.length);
  const tails: string[] = [];
  let at = 0;
  facts.forEach((fact, i) => {
    const ordered = schema.parse(fact);
    const json = asciiJson(ordered);
    const head = headOf(ordered.id, ordered.sentenceId);
    if (!json.startsWith(head)) throw new Error(`a fact's JSON does not start with its id and sentence id: ${json.slice(0, 60)}`);
    const tail = json.slice(head.length);
    tails.push(tail);
    sentenceIds[i] = ordered.sentenceId;
    ends[i] = at += tail.length;
  });
  // A plain Uint8Array (not a Buffer, whose constructor cannot move it into shared memory, build-chunk.ts).
  const bytes = new Uint8Array(at);
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).write(tails.join(''), 'latin1');
  return { sentenceIds, ends, bytes };
}

const headOf = (id: number, sentenceId: number): string => `{"id":${id},"sentenceId":${sentenceId}`;

/** The JSON of no fact: where a tail must end. */
const CLOSE = '}'.charCodeAt(0);

/** Whether `tails` fit together: ends ascending within the bytes, each tail closing an object, sentence ids in `0..sentences - 1`. */
export function tailsFit({ sentenceIds, ends, bytes }: FactTails, sentences: number): boolean {
  if (sentenceIds.length !== ends.length) return false;
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (end <= from || end > bytes.length || bytes[end - 1] !== CLOSE || sentenceIds[i]! < 0 || sentenceIds[i]! >= sentences) return false;
    from = end;
  }
  return from === bytes.length;
}

/**
 * A fact-base section of numbered facts, as each article's tails and where its sentences start:
 * its JSON written from them, its objects made (by parsing that JSON) only when asked for.
 */
export class NumberedFacts<T> {
  readonly length: number;
  readonly #pieces: readonly { tails: FactTails; firstSentence: number }[];
  #json: Buffer | null = null;
  #made: T[] | null = null;
  /** Whether the objects were given out (`exposeAs`): they may have changed since. */
  #exposed = false;
  readonly #getter = (): T[] => {
    this.#exposed = true;
    return this.all();
  };

  constructor(pieces: readonly { tails: FactTails; firstSentence: number }[]) {
    this.#pieces = pieces;
    this.length = pieces.reduce((sum, { tails }) => sum + tails.ends.length, 0);
  }

  /** The section's JSON: the facts in order, numbered from 0, their sentence ids the coverage's. */
  json(): Buffer {
    if (this.#json !== null) return this.#json;
    let size = 2;
    for (const { tails } of this.#pieces) size += tails.bytes.length + tails.ends.length * (MAX_HEAD + 1);
    const out = Buffer.allocUnsafe(size);
    let o = 0;
    out[o++] = '['.charCodeAt(0);
    let id = 0;
    for (const { tails, firstSentence } of this.#pieces) {
      let from = 0;
      for (let i = 0; i < tails.ends.length; i++) {
        if (id > 0) out[o++] = ','.charCodeAt(0);
        o += out.write(headOf(id++, firstSentence + tails.sentenceIds[i]!), o, 'latin1');
        out.set(tails.bytes.subarray(from, tails.ends[i]), o);
        o += tails.ends[i]! - from;
        from = tails.ends[i]!;
      }
    }
    out[o++] = ']'.charCodeAt(0);
    return (this.#json = out.subarray(0, o));
  }

  /** The first sentence id a fact cites at or past `count`, if any. */
  citingFrom(count: number): number | undefined {
    for (const { tails, firstSentence } of this.#pieces) {
      for (const id of tails.sentenceIds) if (firstSentence + id >= count) return firstSentence + id;
    }
    return undefined;
  }

  all(): T[] {
    return (this.#made ??= JSON.parse(this.json().toString('latin1')) as T[]);
  }

  /** Makes `target[key]` these facts as objects, made when first read. */
  exposeAs<K extends string>(target: { [key in K]: T[] }, key: K): void {
    Object.defineProperty(target, key, {
      get: this.#getter,
      set: (value: T[]) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true }),
      enumerable: true,
      configurable: true,
    });
  }

  /** Whether `target[key]` is these facts, never given out as objects (nothing can have changed them). */
  keptIn(target: object, key: string): boolean {
    return !this.#exposed && Object.getOwnPropertyDescriptor(target, key)?.get === this.#getter;
  }
}

/** The longest `{"id":…,"sentenceId":…` (two integers of at most 16 digits). */
const MAX_HEAD = headOf(0, 0).length + 30;
