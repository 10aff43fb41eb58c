// Columns of unsigned integers packed as LEB128 varints: the one codec of the fact-base file (its
// sentence columns, base64 in their JSON lines) and of the sentence index (raw bytes after its
// line). Validating and parsing millions of JSON numbers is slow; one packed column is not.

/** Makes the caller's error for a malformed column ("is not valid base64", "is too short"…). */
export type ColumnProblem = (why: string) => Error;

export class VarintWriter {
  #bytes: Uint8Array<ArrayBuffer>;
  length = 0;

  constructor(initialCapacity = 64) {
    this.#bytes = new Uint8Array(initialCapacity);
  }

  write(value: number): void {
    if (this.length + 10 > this.#bytes.length) {
      const next = new Uint8Array(this.#bytes.length * 2 + 10);
      next.set(this.#bytes.subarray(0, this.length));
      this.#bytes = next;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes[this.length++] = rest;
  }

  /** The bytes written so far (a view: valid until the next write). */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.#bytes.subarray(0, this.length);
  }

  toBase64(): string {
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, this.length).toString('base64');
  }
}

export function packVarints(values: Iterable<number>): string {
  const writer = new VarintWriter();
  for (const value of values) writer.write(value);
  return writer.toBase64();
}

/** `count` varints (null: as many as there are), each below 2^32, filling the whole base64 text. */
export function unpackVarints(text: string, count: number | null, problem: ColumnProblem): Uint32Array {
  return decodeVarints(base64Bytes(text, problem), count, problem);
}

/** Decodes base64, rejecting text with characters outside the alphabet (Buffer skips them). */
export function base64Bytes(text: string, problem: ColumnProblem): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0 || bytes.length !== (text.length / 4) * 3 - padding) throw problem('is not valid base64');
  // A plain Uint8Array view: element reads on it are faster than on a Buffer in the decoding loops.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** How many varints `bytes` holds: a loop, as TypedArray reduce with a callback per byte was most of the build cache's decoding time. */
function countVarints(bytes: Uint8Array): number {
  let ends = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) ends++;
  return ends;
}

/** `count` varints (null: as many as there are) filling all of `bytes`. */
export function decodeVarints(bytes: Uint8Array, count: number | null, problem: ColumnProblem): Uint32Array {
  // Every varint ends with a byte below 0x80, so their number is the number of such bytes; and
  // every varint takes at least one byte, checked before allocating room for `count` values.
  const total = count ?? countVarints(bytes);
  if (total > bytes.length) throw problem('is too short');
  const values = new Uint32Array(total);
  const length = bytes.length;
  let position = 0;
  for (let i = 0; i < total; i++) {
    if (position >= length) throw problem('is too short');
    let byte = bytes[position++]!;
    // Most values take one byte; longer ones are built with integer shifts up to 28 bits rather
    // than by multiplying by powers of two (2-3x faster on 20M values).
    if (byte < 0x80) {
      values[i] = byte;
      continue;
    }
    let value = byte & 0x7f;
    let shift = 7;
    do {
      if (position >= length) throw problem('is too short');
      if (shift > 28) throw problem('holds a number too large');
      byte = bytes[position++]!;
      value = shift < 28 ? value | ((byte & 0x7f) << shift) : value + (byte & 0x7f) * 2 ** 28;
      shift += 7;
    } while (byte & 0x80);
    if (value > 0xffffffff) throw problem('holds a number too large');
    values[i] = value;
  }
  if (position !== bytes.length) throw problem('has trailing bytes');
  return values;
}
