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
  checkTerms(termList);

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

/** The postings as the fact-base file stores them (file-index.ts): decoded, one column each. */
export interface IndexColumns {
  docCount: number;
  terms: readonly string[];
  /** Per term, its number of sentences. */
  df: Uint32Array;
  docs: Int32Array;
  /** tf, or TF_OVERFLOW when the tf is in `overflow`. */
  tfs: Uint8Array;
  /** (posting position, tf) pairs, ascending by position, for every tf ≥ TF_OVERFLOW. */
  overflow: Uint32Array;
  /** Per sentence, its number of terms. */
  lengths: Uint32Array;
}

/** The parts from stored columns, checked as decodeIndex checks the varints. Throws IndexFormatError. */
export function indexFromColumns(columns: IndexColumns): IndexParts {
  const { docCount, terms, df, docs, tfs, overflow, lengths } = columns;
  checkTerms(terms);
  const termStart = new Uint32Array(terms.length + 1);
  for (let r = 0; r < terms.length; r++) {
    const count = df[r]!;
    if (count < 1 || count > docCount) throw new IndexFormatError(`index term ${r} has df ${count}`);
    termStart[r + 1] = termStart[r]! + count;
  }
  if (termStart[terms.length] !== docs.length) throw new IndexFormatError('index postings do not match its directory');
  let overflowing = 0;
  for (let r = 0; r < terms.length; r++) {
    let previous = -1;
    for (let k = termStart[r]!, end = termStart[r + 1]!; k < end; k++) {
      const doc = docs[k]!;
      const tf = tfs[k]!;
      if (doc <= previous || doc >= docCount || tf === 0) {
        throw new IndexFormatError(`index postings of term ${r} are out of order or out of range`);
      }
      if (tf === TF_OVERFLOW) overflowing += 1;
      previous = doc;
    }
  }
  if (overflowing * 2 !== overflow.length) throw new IndexFormatError('index tf overflows do not match its postings');
  const tfOverflow = new Map<number, number>();
  for (let i = 0; i < overflow.length; i += 2) {
    const position = overflow[i]!;
    const tf = overflow[i + 1]!;
    if (tfs[position] !== TF_OVERFLOW || tf < TF_OVERFLOW || tfOverflow.has(position)) throw new IndexFormatError(`index tf overflow ${i / 2} is out of place`);
    tfOverflow.set(position, tf);
  }
  if (lengths.length !== docCount) throw new IndexFormatError('index lengths do not match its document count');
  const { lengthClass, lengthFactor } = lengthFactors(lengths);
  return { docCount, terms, termStart, docs, tfs, tfOverflow, lengthClass, lengthFactor };
}

function checkTerms(terms: readonly string[]): void {
  for (let i = 1; i < terms.length; i++) {
    if (compareStrings(terms[i - 1] ?? '', terms[i] ?? '') >= 0) {
      throw new IndexFormatError(`index terms are not sorted and unique (at ${i})`);
    }
  }
}

function indexProblem(what: string): ColumnProblem {
  return (why) => new IndexFormatError(`index ${what} ${why}`);
}
