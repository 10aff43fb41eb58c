// Reads a fact-base file (layout in file-format.ts) record by record, checking each as it comes,
// and names what is wrong, including files of other versions, in one FileFormatProblem.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { z } from 'zod';
import { EndRecordSchema, HeaderSchema, JsonRecordSchema, MAX_HEADER_BYTES, SECTION_SCHEMAS } from './file-format.js';
import { decodeIndexRecord, IndexRecordSchema } from './file-index.js';
import { FileFormatProblem, corrupt } from './file-problem.js';
import { parseJsonArray } from './json-pieces.js';
import { decodeSentences, sentenceColumnBytes, SentencesRecordSchema } from './file-sentences.js';
import type { IndexParts } from './index-decode.js';
import { IndexFormatError } from './index-format.js';
import { FileRegion, type OpenFile } from './open-file.js';
import { SentenceTable } from './sentence-table.js';
import { unpackVarints } from './varint-codec.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from './schema.js';
import type { AidFact, Article, DatedEvent, Person, Quote } from './schema.js';

const NEWLINE = 0x0a;

/** A fact base as loaded: its sentences stay in the file's bytes (sentence-table.ts). */
export interface StoredFactBase {
  format: typeof FACTBASE_FORMAT;
  version: typeof FACTBASE_VERSION;
  coverageHash: string;
  builderVersion?: string;
  articles: Article[];
  sentences: SentenceTable;
  people: Person[];
  aid: AidFact[];
  events: DatedEvent[];
  quotes: Quote[];
}

export interface DecodedFile {
  data: StoredFactBase;
  index: IndexParts;
  /** The sha256 the end line states for the bytes before it. */
  sha256: string;
}

/**
 * Reads and checks every record of a fact-base file. The sentence texts are checked for their
 * lengths only, and read when shown (open-file.ts). Throws FileFormatProblem, or the system's
 * error when the file cannot be read.
 */
export async function decodeFactBase(source: OpenFile): Promise<DecodedFile> {
  const file = new RecordCursor(source);
  const header = await readHeader(file);
  const { counts } = header;
  const articles = (await jsonSection(file, 'articles', counts.articles)) as Article[];

  const sentencesLine = parseRecord('sentences', SentencesRecordSchema, await file.line('sentences'));
  expectCount('sentences', sentencesLine.count, counts.sentences);
  const columnBytes = sentenceColumnBytes(sentencesLine);
  const texts = file.region('sentences', file.position + columnBytes, sentencesLine.textBytes);
  const columns = await file.payload('sentences', columnBytes, { rest: sentencesLine.textBytes });
  const sentences = new SentenceTable(decodeSentences(sentencesLine, columns, texts, articles.length), articles.map((article) => article.id));

  const people = ((await jsonSection(file, 'people', counts.people)) as (Omit<Person, 'sentenceIds'> & { sentenceIds: string })[]).map((person, i) => ({
    ...person,
    sentenceIds: [...unpackVarints(person.sentenceIds, null, corrupt(`people.${i}.sentenceIds`))],
  }));
  const aid = (await jsonSection(file, 'aid', counts.aid)) as AidFact[];
  const events = (await jsonSection(file, 'events', counts.events)) as DatedEvent[];
  const quotes = (await jsonSection(file, 'quotes', counts.quotes)) as Quote[];

  const indexRecord = parseRecord('index', IndexRecordSchema, await file.line('index'));
  if (indexRecord.docCount !== counts.sentences) throw new FileFormatProblem(`has an index of ${indexRecord.docCount} sentences for ${counts.sentences} sentences`);
  let index: IndexParts;
  try {
    index = decodeIndexRecord(indexRecord, await file.payload('index', indexRecord.bytes));
  } catch (error) {
    if (error instanceof IndexFormatError) throw new FileFormatProblem(`has a damaged search index (${error.message})`);
    throw error;
  }
  const end = parseRecord('end', EndRecordSchema, await file.line('end'));
  if (!file.atEnd()) throw new FileFormatProblem('has unexpected data after its last section');

  const { format, version, coverageHash, builderVersion } = header;
  const data: StoredFactBase = { format, version, coverageHash, ...(builderVersion === undefined ? {} : { builderVersion }), articles, sentences, people, aid, events, quotes };
  return { data, index, sha256: end.sha256 };
}

/** The end line is the last line, and shorter than this. */
const END_LINE_BYTES = 256;
/** Bytes hashed per read by `intactHeader`. */
const HASH_READ_BYTES = 1 << 20;

/**
 * The header of a file whose end line states the sha256 of every byte before it, which is then
 * the file a build wrote, whole; nothing else is decoded. Throws FileFormatProblem when the bytes
 * do not match (or the system's error when the file cannot be read).
 */
export async function intactHeader(source: OpenFile): Promise<z.infer<typeof HeaderSchema>> {
  const header = await fileHeader(source);
  const tail = Buffer.alloc(Math.min(END_LINE_BYTES, source.size));
  await source.read(source.size - tail.length, tail);
  const lineStart = tail.lastIndexOf(NEWLINE, tail.length - 2) + 1;
  if (tail.at(-1) !== NEWLINE || lineStart === 0) throw truncated('end');
  let end: unknown;
  try {
    end = JSON.parse(tail.toString('latin1', lineStart, tail.length - 1));
  } catch {
    throw notJson('end');
  }
  const { sha256 } = parseRecord('end', EndRecordSchema, end);
  const hashed = source.size - tail.length + lineStart;
  const hash = createHash('sha256');
  const piece = Buffer.allocUnsafeSlow(HASH_READ_BYTES);
  for (let at = 0; at < hashed; at += piece.length) {
    const bytes = piece.subarray(0, Math.min(piece.length, hashed - at));
    await source.read(at, bytes);
    hash.update(bytes);
  }
  if (hash.digest('hex') !== sha256) throw new FileFormatProblem('is corrupt (its bytes do not match the sha256 of its end line)');
  return header;
}

/**
 * The header of the file, read without checking the rest: what it says may be of a file cut
 * short or damaged since (`intactHeader` checks that too). Throws FileFormatProblem when it is no header of this format.
 */
export async function fileHeader(source: OpenFile): Promise<z.infer<typeof HeaderSchema>> {
  return readHeader(new RecordCursor(source));
}

/** Reads lines and payloads front to back. */
class RecordCursor {
  position = 0;
  /** Holds a line, and a JSON section while it is parsed: one buffer, so they cost no fresh memory each. */
  #scratch = Buffer.allocUnsafeSlow(MAX_HEADER_BYTES + 1);
  readonly #newline = Buffer.alloc(1);
  constructor(readonly file: OpenFile) {}

  /** The next line's bytes (at most MAX_HEADER_BYTES + 1 of them, ending in "\n" when the line fits). */
  async peek(): Promise<Buffer> {
    const size = Math.min(MAX_HEADER_BYTES + 1, this.file.size - this.position);
    const bytes = this.#scratch.subarray(0, size);
    await this.file.read(this.position, bytes);
    return bytes;
  }

  /** The next line as JSON. */
  async line(section: string): Promise<unknown> {
    const bytes = await this.peek();
    const newline = bytes.indexOf(NEWLINE);
    if (newline === -1) {
      if (bytes.length <= MAX_HEADER_BYTES) throw truncated(section);
      throw notJson(section);
    }
    const line = bytes.subarray(0, newline);
    this.position += newline + 1;
    try {
      return JSON.parse(line.toString(isAscii(line) ? 'latin1' : 'utf8'));
    } catch {
      throw notJson(section);
    }
  }

  /**
   * The next `size` bytes, then `rest` bytes the caller reads otherwise, then "\n". `transient`:
   * the bytes are valid only until the next read (a JSON section, parsed at once).
   */
  async payload(section: string, size: number, { rest = 0, transient = false } = {}): Promise<Buffer> {
    const end = this.position + size + rest;
    if (end >= this.file.size) throw truncated(section);
    if (transient && this.#scratch.length < size + 1) this.#scratch = Buffer.allocUnsafeSlow(size + 1);
    const bytes = transient ? this.#scratch.subarray(0, size) : Buffer.allocUnsafeSlow(size);
    await this.file.read(this.position, bytes);
    await this.file.read(end, this.#newline);
    if (this.#newline[0] !== NEWLINE) throw new FileFormatProblem(`is corrupt (a ${section} record has the wrong length)`);
    this.position = end + 1;
    return bytes;
  }

  /** `size` bytes at `at`, inside the payload being read, left on disk until used. */
  region(section: string, at: number, size: number): FileRegion {
    if (at + size >= this.file.size) throw truncated(section);
    return new FileRegion(this.file, at, size);
  }

  atEnd(): boolean {
    return this.position === this.file.size;
  }
}

/** A JSON section's data: trusted when its CRC matches, else zod names what is wrong. */
async function jsonSection(file: RecordCursor, section: keyof typeof SECTION_SCHEMAS, expected: number): Promise<unknown[]> {
  const record = parseRecord(section, JsonRecordSchema, await file.line(section));
  if (record.section !== section) throw new FileFormatProblem(`does not match the fact-base format at ${section}: expected its ${section} section, found "${record.section}"`);
  const payload = await file.payload(section, record.bytes, { transient: true });
  // A matching CRC shows the bytes are the ones saved, which are ASCII.
  const intact = crc32(payload) === record.crc32;
  let data: unknown;
  try {
    data = intact ? parseJsonArray(payload) : JSON.parse(payload.toString('utf8'));
  } catch {
    throw notJson(section);
  }
  if (!intact) {
    parseRecord(section, SECTION_SCHEMAS[section], data);
    throw new FileFormatProblem(`is corrupt (its ${section} section does not match its checksum)`);
  }
  const items = data as unknown[];
  expectCount(section, items.length, expected);
  return items;
}

function expectCount(section: string, actual: number, expected: number): void {
  if (actual !== expected) throw new FileFormatProblem(`has ${actual} ${section} where its header says ${expected}`);
}

async function readHeader(file: RecordCursor): Promise<z.infer<typeof HeaderSchema>> {
  if (file.file.size === 0) throw new FileFormatProblem('is empty');
  const bytes = await file.peek();
  const newline = bytes.indexOf(NEWLINE);
  // A version-1 file is a single JSON document: read only enough of it to name its version.
  if (newline === -1 ? bytes.length > MAX_HEADER_BYTES : newline > MAX_HEADER_BYTES) {
    const { format, version } = oldHeaderPrefix(bytes.subarray(0, MAX_HEADER_BYTES));
    if (format === FACTBASE_FORMAT && version === FACTBASE_VERSION) throw new FileFormatProblem('is corrupt (its header line is longer than 64 KiB)');
    throw formatOrVersionProblem({ format, version });
  }
  // A small file with no newline (read whole): another JSON document (or a small version-1 file) says what it is.
  if (newline === -1) {
    const json = jsonObject(bytes);
    throw json === null ? new FileFormatProblem('is not valid JSON (corrupt or truncated)') : formatOrVersionProblem(json);
  }
  let json: unknown;
  try {
    json = await file.line('header');
  } catch {
    throw new FileFormatProblem('is not valid JSON (corrupt or truncated)');
  }
  const { format, version } = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (format !== FACTBASE_FORMAT || version !== FACTBASE_VERSION) throw formatOrVersionProblem({ format, version });
  return parseRecord('header', HeaderSchema, json);
}

function jsonObject(bytes: Buffer): { format?: unknown; version?: unknown } | null {
  try {
    const json: unknown = JSON.parse(bytes.toString('utf8'));
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

const truncated = (section: string): FileFormatProblem => new FileFormatProblem(`is truncated (it ends before its ${section} section)`);
const notJson = (section: string): FileFormatProblem => new FileFormatProblem(`is corrupt or truncated (its ${section} section is not valid JSON)`);

function parseRecord<T extends z.ZodType>(section: string, schema: T, json: unknown): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Name the place as a path into the fact base: "articles.3.title".
  const where = [section, ...(issue?.path ?? []).map(String)];
  throw new FileFormatProblem(`does not match the fact-base format at ${where.join('.')}: ${issue?.message ?? 'invalid'}`);
}
