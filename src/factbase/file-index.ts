// The index record of the fact-base file (layout in file-format.ts). It holds the postings
// decoded, as raw columns (index-decode.ts IndexColumns), not the varints of the built index:
// decoding ten million varints was a second of every load, copying the columns is milliseconds.
import { z } from 'zod';
import { decodeIndex, indexFromColumns, type IndexParts } from './index-decode.js';
import { INDEX_ENCODING, type SerializedIndex } from './index-format.js';
import { ColumnReader, columnBytes } from './raw-columns.js';
import { FileFormatProblem } from './file-problem.js';
import { decodeVarints } from './varint-codec.js';

const count = z.number().int().nonnegative();
export const IndexRecordSchema = z.object({
  section: z.literal('index'),
  encoding: z.literal(INDEX_ENCODING),
  docCount: count,
  termCount: count,
  postingCount: count,
  overflowCount: count,
  termsBytes: count,
  bytes: count,
});
type IndexRecord = z.infer<typeof IndexRecordSchema>;

/** The record of a built index: its line, and its payload (df, docs, overflow, lengths, tfs, terms). */
export function indexRecord(index: SerializedIndex): { line: IndexRecord; payload: Buffer[] } {
  // Terms are single tokens; a line break in one would shift every term after it.
  if (index.terms.some((term) => term.includes('\n'))) throw new Error('an index term holds a line break');
  const parts = decodeIndex(index);
  const lengths = decodeVarints(index.lengths, index.docCount, (why) => new Error(`index lengths ${why}`));
  const df = new Uint32Array(parts.terms.length);
  for (let r = 0; r < df.length; r++) df[r] = parts.termStart[r + 1]! - parts.termStart[r]!;
  const overflow = new Uint32Array([...parts.tfOverflow].sort(([a], [b]) => a - b).flat());
  const terms = Buffer.from(parts.terms.join('\n'), 'utf8');
  // 4-byte columns first, so that each starts aligned (raw-columns.ts).
  const payload = [...[df, parts.docs, overflow, lengths, parts.tfs].map(columnBytes), terms];
  const line: IndexRecord = {
    section: 'index',
    encoding: index.encoding,
    docCount: index.docCount,
    termCount: parts.terms.length,
    postingCount: parts.docs.length,
    overflowCount: parts.tfOverflow.size,
    termsBytes: terms.length,
    bytes: payload.reduce((sum, part) => sum + part.length, 0),
  };
  return { line, payload };
}

/** The index parts of a record; throws FileFormatProblem, or IndexFormatError when its postings do not hang together. */
export function decodeIndexRecord(record: IndexRecord, payload: Buffer): IndexParts {
  const reader = new ColumnReader(payload, 'index');
  const df = reader.column(Uint32Array, record.termCount);
  const docs = reader.column(Int32Array, record.postingCount);
  const overflow = reader.column(Uint32Array, record.overflowCount * 2);
  const lengths = reader.column(Uint32Array, record.docCount);
  const tfs = reader.column(Uint8Array, record.postingCount);
  const termBytes = reader.bytes(record.termsBytes);
  reader.end();
  const terms = record.termCount === 0 ? [] : termBytes.toString('utf8').split('\n');
  if (terms.length !== record.termCount) throw new FileFormatProblem(`is corrupt (its index has ${terms.length} terms where its record says ${record.termCount})`);
  return indexFromColumns({ docCount: record.docCount, terms, df, docs, tfs, overflow, lengths });
}
