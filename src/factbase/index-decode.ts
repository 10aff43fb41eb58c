// Decodes the stored index (index-format.ts) into the flat arrays the search (index-search.ts)
// scores from, checking that it hangs together: the zod schema checks only its shape. A term's
// postings are decoded when a query first needs them (`ensure`): loading a fact base then costs
// no pass over ten million postings, and memory only for the terms asked about.
import { lengthFactors } from './bm25.js';
import { IndexFormatError, type SerializedIndex } from './index-format.js';
import { byCodeUnit } from '../code-unit-order.js';
import { decodeVarints, type ColumnProblem } from './varint-codec.js';

/** tf is kept in a byte; the rare larger counts live in a side table. */
export const TF_OVERFLOW = 255;

export interface IndexParts {
  docCount: number;
  terms: readonly string[];
  /** Postings of term r are positions termStart[r] .. termStart[r + 1] − 1 of docs/tfs. */
  termStart: Uint32Array;
  /** Hold a term's postings once `ensure` has been called for it. */
  docs: Int32Array;
  tfs: Uint8Array;
  tfOverflow: ReadonlyMap<number, number>;
  /** K1 · norm(d) of sentence d is lengthFactor[lengthClass[d]] (bm25.ts). */
  lengthClass: Uint16Array | Uint32Array;
  lengthFactor: Float64Array;
  /** Decodes term `rank`'s postings into docs/tfs, the first time. Throws IndexFormatError when they are damaged. */
  ensure(rank: number): void;
}

/** Decodes every term's postings now. Throws IndexFormatError when the index is damaged. */
export function decodeIndex(serialized: SerializedIndex): IndexParts {
  const parts = lazyIndex(serialized);
  for (let rank = 0; rank < parts.terms.length; rank++) parts.ensure(rank);
  return parts;
}

/**
 * The index with its directory and lengths decoded and checked, its postings decoded term by term
 * as `ensure` is called. Throws IndexFormatError when what it decodes now is damaged.
 */
export function lazyIndex(serialized: SerializedIndex): IndexParts {
  const { docCount, terms } = serialized;
  for (let i = 1; i < terms.length; i++) {
    if (byCodeUnit(terms[i - 1] ?? '', terms[i] ?? '') >= 0) throw new IndexFormatError(`index terms are not sorted and unique (at ${i})`);
  }
  const lengths = decodeVarints(serialized.lengths, docCount, indexProblem('lengths'));
  const { lengthClass, lengthFactor } = lengthFactors(lengths);

  const directory = decodeVarints(serialized.directory, terms.length * 2, indexProblem('directory'));
  const termStart = new Uint32Array(terms.length + 1);
  const byteStart = new Float64Array(terms.length + 1);
  for (let r = 0; r < terms.length; r++) {
    const df = directory[2 * r] ?? 0;
    if (df < 1 || df > docCount) throw new IndexFormatError(`index term ${r} has df ${df}`);
    termStart[r + 1] = (termStart[r] ?? 0) + df;
    byteStart[r + 1] = byteStart[r]! + (directory[2 * r + 1] ?? 0);
  }
  const bytes = serialized.postings;
  if (byteStart[terms.length] !== bytes.length) throw new IndexFormatError('index postings do not match its directory');

  // Untouched pages of these arrays cost nothing: a term's are written when it is decoded.
  const postingCount = termStart[terms.length] ?? 0;
  const docs = new Int32Array(postingCount);
  const tfs = new Uint8Array(postingCount);
  const tfOverflow = new Map<number, number>();
  const decoded = new Uint8Array(terms.length);
  const ensure = (rank: number): void => {
    if (decoded[rank] === 1) return;
    decodeTerm(rank, bytes, byteStart, termStart, docCount, docs, tfs, tfOverflow);
    decoded[rank] = 1;
  };
  return { docCount, terms, termStart, docs, tfs, tfOverflow, lengthClass, lengthFactor, ensure };
}

/** Decodes the postings of term `r` into docs/tfs (format in index-format.ts). */
function decodeTerm(r: number, bytes: Uint8Array, byteStart: Float64Array, termStart: Uint32Array, docCount: number, docs: Int32Array, tfs: Uint8Array, tfOverflow: Map<number, number>): void {
  // The hot loop of a first query: varints decoded inline, bit operations (all values < 2^31). A
  // read past the end gives undefined, i.e. 0, and is caught by the length check.
  let position = byteStart[r]!;
  const end = byteStart[r + 1]!;
  const first = termStart[r]!;
  const last = termStart[r + 1]!;
  let doc = 0;
  for (let k = first; k < last; k++) {
    let byte = bytes[position++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
      byte = bytes[position++]!;
      value |= (byte & 0x7f) << shift;
    }
    let tf = 1;
    if (value & 1) {
      byte = bytes[position++]!;
      tf = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        if (shift > 28) throw new IndexFormatError(`index postings of term ${r} hold a number too large`);
        byte = bytes[position++]!;
        tf |= (byte & 0x7f) << shift;
      }
      if (tf < 2) throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
      if (tf >= TF_OVERFLOW) {
        tfOverflow.set(k, tf);
        tf = TF_OVERFLOW;
      }
    }
    doc += value >>> 1;
    if (doc >= docCount || (k > first && value < 2)) {
      throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
    }
    docs[k] = doc;
    tfs[k] = tf;
  }
  if (position !== end) throw new IndexFormatError(`index postings of term ${r} have the wrong length`);
}

function indexProblem(what: string): ColumnProblem {
  return (why) => new IndexFormatError(`index ${what} ${why}`);
}
