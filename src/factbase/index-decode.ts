// Decodes the stored index (index-format.ts) into the flat arrays the search (index-search.ts)
// scores from, checking that it hangs together: the zod schema checks only its shape.
import { lengthFactors } from './bm25.js';
import { IndexFormatError, compareStrings, type SerializedIndex } from './index-format.js';
import { decodeVarints, type ColumnProblem } from './varint-codec.js';

/** tf is kept in a byte; the rare larger counts live in a side table. */
export const TF_OVERFLOW = 255;

export interface IndexParts {
  docCount: number;
  terms: readonly string[];
  /** Postings of term r are positions termStart[r] .. termStart[r + 1] − 1 of docs/tfs. */
  termStart: Uint32Array;
  docs: Int32Array;
  tfs: Uint8Array;
  tfOverflow: ReadonlyMap<number, number>;
  /** K1 · norm(d) of sentence d is lengthFactor[lengthClass[d]] (bm25.ts). */
  lengthClass: Uint16Array | Uint32Array;
  lengthFactor: Float64Array;
}

/** Decodes the postings into flat arrays. Throws IndexFormatError when the index is damaged. */
export function decodeIndex(serialized: SerializedIndex): IndexParts {
  const { docCount, terms: termList } = serialized;
  for (let i = 1; i < termList.length; i++) {
    if (compareStrings(termList[i - 1] ?? '', termList[i] ?? '') >= 0) {
      throw new IndexFormatError(`index terms are not sorted and unique (at ${i})`);
    }
  }

  const lengths = decodeVarints(serialized.lengths, docCount, indexProblem('lengths'));
  const { lengthClass, lengthFactor } = lengthFactors(lengths);

  const directory = decodeVarints(serialized.directory, termList.length * 2, indexProblem('directory'));
  const termStart = new Uint32Array(termList.length + 1);
  const byteEnd = new Float64Array(termList.length);
  let byteTotal = 0;
  for (let r = 0; r < termList.length; r++) {
    const df = directory[2 * r] ?? 0;
    if (df < 1 || df > docCount) throw new IndexFormatError(`index term ${r} has df ${df}`);
    termStart[r + 1] = (termStart[r] ?? 0) + df;
    byteTotal += directory[2 * r + 1] ?? 0;
    byteEnd[r] = byteTotal;
  }
  const bytes = serialized.postings;
  if (byteTotal !== bytes.length) throw new IndexFormatError('index postings do not match its directory');

  const postingCount = termStart[termList.length] ?? 0;
  const docs = new Int32Array(postingCount);
  const tfs = new Uint8Array(postingCount);
  const tfOverflow = new Map<number, number>();
  // The hot loop of loading: varints decoded inline, bit operations (all values < 2^31). A
  // read past the end gives undefined, i.e. 0, and is caught by the length check.
  let position = 0;
  for (let r = 0; r < termList.length; r++) {
    const end = byteEnd[r]!;
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
  return { docCount, terms: termList, termStart, docs, tfs, tfOverflow, lengthClass, lengthFactor };
}

function indexProblem(what: string): ColumnProblem {
  return (why) => new IndexFormatError(`index ${what} ${why}`);
}
