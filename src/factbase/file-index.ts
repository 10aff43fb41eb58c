// The index record of the fact-base file (layout in file-format.ts): the built index's varint
// columns as they are (index-format.ts) and its terms. Its directory and lengths are decoded and
// checked at load; its postings, most of it, are decoded term by term as queries need them
// (index-decode.ts lazyIndex), so a CRC-32 stands for checking them all at load.
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { lazyIndex, type IndexParts } from './index-decode.js';
import { INDEX_ENCODING, type SerializedIndex } from './index-format.js';
import { FileFormatProblem } from './file-problem.js';

const count = z.number().int().nonnegative();
export const IndexRecordSchema = z.object({
  section: z.literal('index'),
  encoding: z.literal(INDEX_ENCODING),
  docCount: count,
  termCount: count,
  directoryBytes: count,
  postingsBytes: count,
  postingsCrc32: count,
  lengthsBytes: count,
  termsBytes: count,
  bytes: count,
});
type IndexRecord = z.infer<typeof IndexRecordSchema>;

/** The record of a built index: its line, and its payload (directory, postings, lengths, terms). */
export function indexRecord(index: SerializedIndex): { line: IndexRecord; payload: Buffer[] } {
  // Terms are single tokens; a line break in one would shift every term after it.
  if (index.terms.some((term) => term.includes('\n'))) throw new Error('an index term holds a line break');
  const terms = Buffer.from(index.terms.join('\n'), 'utf8');
  const payload = [index.directory, index.postings, index.lengths].map((column) => Buffer.from(column.buffer, column.byteOffset, column.byteLength));
  payload.push(terms);
  const line: IndexRecord = {
    section: 'index',
    encoding: index.encoding,
    docCount: index.docCount,
    termCount: index.terms.length,
    directoryBytes: index.directory.length,
    postingsBytes: index.postings.length,
    postingsCrc32: crc32(index.postings),
    lengthsBytes: index.lengths.length,
    termsBytes: terms.length,
    bytes: payload.reduce((sum, part) => sum + part.length, 0),
  };
  return { line, payload };
}

/** The index parts of a record; throws FileFormatProblem, or IndexFormatError when its directory or lengths do not hang together. */
export function decodeIndexRecord(record: IndexRecord, payload: Buffer): IndexParts {
  const { directoryBytes, postingsBytes, lengthsBytes, termsBytes } = record;
  if (directoryBytes + postingsBytes + lengthsBytes + termsBytes !== payload.length) throw new FileFormatProblem('is corrupt (its index record has the wrong length)');
  // Views of the file's bytes (which are a plain ArrayBuffer: persist.ts reads them into one).
  const column = (from: number, size: number) => new Uint8Array(payload.buffer as ArrayBuffer, payload.byteOffset + from, size);
  const directory = column(0, directoryBytes);
  const postings = column(directoryBytes, postingsBytes);
  const lengths = column(directoryBytes + postingsBytes, lengthsBytes);
  const terms = record.termCount === 0 ? [] : payload.toString('utf8', payload.length - termsBytes).split('\n');
  if (terms.length !== record.termCount) throw new FileFormatProblem(`is corrupt (its index has ${terms.length} terms where its record says ${record.termCount})`);
  if (crc32(postings) !== record.postingsCrc32) throw new FileFormatProblem('has a damaged search index (its postings do not match their checksum)');
  return lazyIndex({ encoding: record.encoding, docCount: record.docCount, terms, directory, postings, lengths });
}
