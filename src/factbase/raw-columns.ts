// Typed-array columns as raw little-endian bytes in the fact-base file. The writer starts every
// payload at a multiple of 4 bytes and puts its 4-byte columns first, so the reader makes each
// column a view of the file's bytes: no decoding and no copy, which matters because every fresh
// megabyte costs milliseconds of page faults on the virtual machines bots run on.
import { endianness } from 'node:os';
import { FileFormatProblem } from './file-problem.js';

type Column = Uint8Array | Uint32Array | Int32Array;
type ColumnType<T extends Column> = { new (buffer: ArrayBuffer, byteOffset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number };

/** The bytes of `column` as the file stores them (a view, not a copy). */
export function columnBytes(column: Column): Buffer {
  if (endianness() !== 'LE') throw new Error('the fact-base file is written on little-endian machines only');
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength);
}

/** Reads columns one after another from a payload. */
export class ColumnReader {
  #at = 0;
  constructor(
    private readonly payload: Buffer,
    private readonly what: string,
  ) {
    if (endianness() !== 'LE') throw new FileFormatProblem('cannot be read on a big-endian machine');
  }

  /** The next `count` values: a view of the payload when aligned (as written), else a copy. */
  column<T extends Column>(type: ColumnType<T>, count: number): T {
    const bytes = this.bytes(count * type.BYTES_PER_ELEMENT);
    const { buffer, byteOffset } = bytes;
    if (byteOffset % type.BYTES_PER_ELEMENT === 0) return new type(buffer as ArrayBuffer, byteOffset, count);
    const copy = new type(count);
    new Uint8Array(copy.buffer).set(bytes);
    return copy;
  }

  /** The next `size` bytes, as a view of the payload. */
  bytes(size: number): Buffer {
    const end = this.#at + size;
    if (end > this.payload.length) throw new FileFormatProblem(`is corrupt (its ${this.what} record is too short for its columns)`);
    const bytes = this.payload.subarray(this.#at, end);
    this.#at = end;
    return bytes;
  }

  /** Throws unless every byte of the payload was read. */
  end(): void {
    if (this.#at !== this.payload.length) throw new FileFormatProblem(`is corrupt (its ${this.what} record is longer than its columns)`);
  }
}
