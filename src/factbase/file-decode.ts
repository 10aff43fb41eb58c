// Reads a fact-base file (layout in file-format.ts) record by record, validating each as it comes,
// and names what is wrong, including files of other versions, in one FileFormatProblem.
import { isAscii } from 'node:buffer';
import type { z } from 'zod';
import { ArticlesRecordSchema, AidRecordSchema, EventsRecordSchema, HeaderSchema, IndexRecordSchema, MAX_HEADER_BYTES, PeopleRecordSchema, QuotesRecordSchema } from './file-format.js';
import { corrupt, FileFormatProblem } from './file-problem.js';
import { decodeSentences, SentencesRecordSchema } from './file-sentences.js';
import type { SerializedIndex } from './index-format.js';
import { unpackVarints } from './varint-codec.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from './schema.js';
import type { FactBase, Sentence } from './schema.js';

const NEWLINE = 0x0a;

/** Where the decoder gets its bytes from: the file, read front to back. */
export interface RecordSource {
  /** The next line without its "\n"; null at the end of the file. Valid until the next call. */
  line(maxBytes?: number): Promise<Buffer | null>;
  /** Exactly the next `size` bytes; valid until the next call. */
  bytes(size: number): Promise<Buffer>;
}

/** Thrown by a RecordSource when a line runs past `maxBytes`; carries its first bytes. */
export class LineTooLong extends Error {
  override name = 'LineTooLong';
  constructor(readonly prefix: Buffer) {
    super('line too long');
  }
}

/** Thrown by a RecordSource when the file ends inside a line or a payload. */
export class UnexpectedEnd extends Error {
  override name = 'UnexpectedEnd';
  /** The unterminated last line, when the file ended inside one. */
  constructor(message: string, readonly partialLine?: Buffer) {
    super(message);
  }
}

/** Reads and validates every record of a fact-base file. Throws FileFormatProblem. */
export async function decodeFactBase(source: RecordSource): Promise<FactBase> {
  const header = await readHeader(source);
  const { counts } = header;
  const read = async <T extends z.ZodType>(section: string, schema: T): Promise<z.infer<T>> =>
    parseRecord(section, schema, await nextLine(source, section));

  const articles = (await read('articles', ArticlesRecordSchema)).data;
  expectCount('articles', articles.length, counts.articles);

  const sentences: Sentence[] = [];
  while (sentences.length < counts.sentences) {
    const record = await read('sentences', SentencesRecordSchema);
    const payload = await payloadOf(source, 'sentences', record.narrowBytes + record.wideBytes);
    decodeSentences(record, payload, articles, sentences);
  }
  expectCount('sentences', sentences.length, counts.sentences);

  const people = (await read('people', PeopleRecordSchema)).data.map((person, i) => ({
    ...person,
    sentenceIds: [...unpackVarints(person.sentenceIds, null, corrupt(`people.${i}.sentenceIds`))],
  }));
  expectCount('people', people.length, counts.people);
  const aid = (await read('aid', AidRecordSchema)).data;
  expectCount('aid', aid.length, counts.aid);
  const events = (await read('events', EventsRecordSchema)).data;
  expectCount('events', events.length, counts.events);
  const quotes = (await read('quotes', QuotesRecordSchema)).data;
  expectCount('quotes', quotes.length, counts.quotes);
  const index = await readIndex(source, await read('index', IndexRecordSchema));
  if ((await source.line()) !== null) throw new FileFormatProblem('has unexpected data after its last section');

  return {
    format: header.format,
    version: header.version,
    coverageHash: header.coverageHash,
    articles,
    sentences,
    people,
    aid,
    events,
    quotes,
    index,
  };
}

/** The index from its record's bytes; its columns are checked when the search decodes them. */
async function readIndex(source: RecordSource, record: z.infer<typeof IndexRecordSchema>): Promise<SerializedIndex> {
  const { termsBytes, directoryBytes, postingsBytes, lengthsBytes } = record;
  const payload = await payloadOf(source, 'index', termsBytes + directoryBytes + postingsBytes + lengthsBytes);
  const terms = record.termCount === 0 ? [] : payload.toString('utf8', 0, termsBytes).split('\n');
  if (terms.length !== record.termCount) throw new FileFormatProblem(`is corrupt (its index has ${terms.length} terms where its record says ${record.termCount})`);
  // Copied into plain Uint8Arrays: the payload is the reader's buffer, reused for the next record
  // (and element reads on a plain Uint8Array are faster than on a Buffer).
  let at = termsBytes;
  const column = (size: number): Uint8Array<ArrayBuffer> => new Uint8Array(payload.subarray(at, (at += size)));
  return { encoding: record.encoding, docCount: record.docCount, terms, directory: column(directoryBytes), postings: column(postingsBytes), lengths: column(lengthsBytes) };
}

async function readHeader(source: RecordSource): Promise<z.infer<typeof HeaderSchema>> {
  let line: Buffer | null;
  try {
    line = await source.line(MAX_HEADER_BYTES);
  } catch (error) {
    // A version-1 file is a single JSON document: read only enough of it to name its version.
    if (error instanceof LineTooLong) throw formatOrVersionProblem(oldHeaderPrefix(error.prefix));
    // A small file with no newline: another JSON document (or a small version-1 file) says what it is.
    if (error instanceof UnexpectedEnd) {
      const json = jsonObject(error.partialLine);
      throw json === null ? new FileFormatProblem('is not valid JSON (corrupt or truncated)') : formatOrVersionProblem(json);
    }
    throw error;
  }
  if (line === null) throw new FileFormatProblem('is empty');
  let json: unknown;
  try {
    json = JSON.parse(line.toString('utf8'));
  } catch {
    throw new FileFormatProblem('is not valid JSON (corrupt or truncated)');
  }
  const { format, version } = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (format !== FACTBASE_FORMAT || version !== FACTBASE_VERSION) throw formatOrVersionProblem({ format, version });
  return parseRecord('header', HeaderSchema, json);
}

function jsonObject(bytes: Buffer | undefined): { format?: unknown; version?: unknown } | null {
  try {
    const json: unknown = JSON.parse(bytes?.toString('utf8') ?? '');
    return typeof json === 'object' && json !== null ? json : null;
  } catch {
    return null;
  }
}

function formatOrVersionProblem({ format, version }: { format?: unknown; version?: unknown }): FileFormatProblem {
  if (format !== FACTBASE_FORMAT) return new FileFormatProblem('is not a coverage fact base');
  return new FileFormatProblem(`has format version ${String(version)}, but this program reads version ${FACTBASE_VERSION}`);
}

/** The format and version at the start of a one-document file, as every version wrote them. */
function oldHeaderPrefix(prefix: Buffer): { format?: unknown; version?: unknown } {
  const match = /^\{"format":("(?:[^"\\]|\\.)*"),"version":(-?\d+)[,}]/.exec(prefix.toString('utf8', 0, 256));
  if (match === null) return {};
  return { format: JSON.parse(match[1] ?? '""') as unknown, version: Number(match[2]) };
}

async function nextLine(source: RecordSource, section: string): Promise<unknown> {
  let line: Buffer | null;
  try {
    line = await source.line();
  } catch (error) {
    if (error instanceof UnexpectedEnd) throw truncated(section);
    throw error;
  }
  if (line === null) throw truncated(section);
  try {
    // Our own lines are ASCII (see file-format.ts); other UTF-8 is still read, only slower.
    return JSON.parse(line.toString(isAscii(line) ? 'ascii' : 'utf8'));
  } catch {
    throw new FileFormatProblem(`is corrupt or truncated (its ${section} section is not valid JSON)`);
  }
}

async function payloadOf(source: RecordSource, section: string, size: number): Promise<Buffer> {
  try {
    const bytes = await source.bytes(size + 1);
    if (bytes[size] !== NEWLINE) throw new FileFormatProblem(`is corrupt (a ${section} record has the wrong length)`);
    return bytes.subarray(0, size);
  } catch (error) {
    if (error instanceof UnexpectedEnd) throw truncated(section);
    throw error;
  }
}

const truncated = (section: string): FileFormatProblem => new FileFormatProblem(`is truncated (it ends before its ${section} section)`);

function parseRecord<T extends z.ZodType>(section: string, schema: T, json: unknown): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Name the place as a path into the fact base: "articles.3.title", not "data.3.title".
  const path = (issue?.path ?? []).map(String);
  const where = path[0] === 'data' ? [section, ...path.slice(1)] : [section, ...path];
  throw new FileFormatProblem(`does not match the fact-base format at ${where.join('.')}: ${issue?.message ?? 'invalid'}`);
}

function expectCount(section: string, actual: number, expected: number): void {
  if (actual !== expected) throw new FileFormatProblem(`has ${actual} ${section} where its header says ${expected}`);
}
