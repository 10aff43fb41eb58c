// Reads a fact-base file (layout in file-format.ts) from its bytes, record by record, checking
// each as it comes, and names what is wrong, including files of other versions, in one
// FileFormatProblem.
import { isAscii } from 'node:buffer';
import { crc32 } from 'node:zlib';
import type { z } from 'zod';
import { EndRecordSchema, HeaderSchema, JsonRecordSchema, MAX_HEADER_BYTES, SECTION_SCHEMAS } from './file-format.js';
import { decodeIndexRecord, IndexRecordSchema } from './file-index.js';
import { FileFormatProblem, corrupt } from './file-problem.js';
import { decodeSentences, SentencesRecordSchema } from './file-sentences.js';
import type { IndexParts } from './index-decode.js';
import { IndexFormatError } from './index-format.js';
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

/** Reads and checks every record of a fact-base file's bytes. Throws FileFormatProblem. */
export function decodeFactBase(bytes: Buffer): DecodedFile {
  const file = new RecordCursor(bytes);
  const header = readHeader(bytes, file);
  const { counts } = header;
  const articles = jsonSection(file, 'articles', counts.articles) as Article[];

  const sentencesLine = parseRecord('sentences', SentencesRecordSchema, file.line('sentences'));
  expectCount('sentences', sentencesLine.count, counts.sentences);
  const columns = decodeSentences(sentencesLine, file.payload('sentences', sentencesLine.bytes), articles.length);
  const sentences = new SentenceTable(columns, articles.map((article) => article.id));

  const people = (jsonSection(file, 'people', counts.people) as (Omit<Person, 'sentenceIds'> & { sentenceIds: string })[]).map((person, i) => ({
    ...person,
    sentenceIds: [...unpackVarints(person.sentenceIds, null, corrupt(`people.${i}.sentenceIds`))],
  }));
  const aid = jsonSection(file, 'aid', counts.aid) as AidFact[];
  const events = jsonSection(file, 'events', counts.events) as DatedEvent[];
  const quotes = jsonSection(file, 'quotes', counts.quotes) as Quote[];

  const indexRecord = parseRecord('index', IndexRecordSchema, file.line('index'));
  if (indexRecord.docCount !== counts.sentences) throw new FileFormatProblem(`has an index of ${indexRecord.docCount} sentences for ${counts.sentences} sentences`);
  let index: IndexParts;
  try {
    index = decodeIndexRecord(indexRecord, file.payload('index', indexRecord.bytes));
  } catch (error) {
    if (error instanceof IndexFormatError) throw new FileFormatProblem(`has a damaged search index (${error.message})`);
    throw error;
  }
  const end = parseRecord('end', EndRecordSchema, file.line('end'));
  if (!file.atEnd()) throw new FileFormatProblem('has unexpected data after its last section');

  const data: StoredFactBase = { format: header.format, version: header.version, coverageHash: header.coverageHash, articles, sentences, people, aid, events, quotes };
  return { data, index, sha256: end.sha256 };
}

/** Reads lines and payloads front to back. */
class RecordCursor {
  position = 0;
  constructor(private readonly bytes: Buffer) {}

  /** The next line as JSON. */
  line(section: string): unknown {
    const newline = this.bytes.indexOf(NEWLINE, this.position);
    if (newline === -1) throw truncated(section);
    const line = this.bytes.subarray(this.position, newline);
    this.position = newline + 1;
    try {
      return JSON.parse(line.toString(isAscii(line) ? 'latin1' : 'utf8'));
    } catch {
      throw new FileFormatProblem(`is corrupt or truncated (its ${section} section is not valid JSON)`);
    }
  }

  /** The next `size` bytes and the "\n" after them (a view of the file's bytes). */
  payload(section: string, size: number): Buffer {
    const end = this.position + size;
    if (end >= this.bytes.length) throw truncated(section);
    if (this.bytes[end] !== NEWLINE) throw new FileFormatProblem(`is corrupt (a ${section} record has the wrong length)`);
    const payload = this.bytes.subarray(this.position, end);
    this.position = end + 1;
    return payload;
  }

  atEnd(): boolean {
    return this.position === this.bytes.length;
  }
}

/** A JSON section's data: trusted when its CRC matches, else zod names what is wrong. */
function jsonSection(file: RecordCursor, section: keyof typeof SECTION_SCHEMAS, expected: number): unknown[] {
  const line = file.line(section);
  const record = parseRecord(section, JsonRecordSchema, line);
  if (record.section !== section) throw new FileFormatProblem(`does not match the fact-base format at ${section}: expected its ${section} section, found "${record.section}"`);
  const payload = file.payload(section, record.bytes);
  // A matching CRC shows the bytes are the ones saved, which are ASCII.
  const intact = crc32(payload) === record.crc32;
  let data: unknown;
  try {
    data = JSON.parse(payload.toString(intact ? 'latin1' : 'utf8'));
  } catch {
    throw new FileFormatProblem(`is corrupt or truncated (its ${section} section is not valid JSON)`);
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

function readHeader(bytes: Buffer, file: RecordCursor): z.infer<typeof HeaderSchema> {
  if (bytes.length === 0) throw new FileFormatProblem('is empty');
  const newline = bytes.indexOf(NEWLINE);
  // A version-1 file is a single JSON document: read only enough of it to name its version.
  if (newline === -1 ? bytes.length > MAX_HEADER_BYTES : newline > MAX_HEADER_BYTES) {
    const { format, version } = oldHeaderPrefix(bytes.subarray(0, MAX_HEADER_BYTES));
    if (format === FACTBASE_FORMAT && version === FACTBASE_VERSION) throw new FileFormatProblem('is corrupt (its header line is longer than 64 KiB)');
    throw formatOrVersionProblem({ format, version });
  }
  // A small file with no newline: another JSON document (or a small version-1 file) says what it is.
  if (newline === -1) {
    const json = jsonObject(bytes);
    throw json === null ? new FileFormatProblem('is not valid JSON (corrupt or truncated)') : formatOrVersionProblem(json);
  }
  let json: unknown;
  try {
    json = file.line('header');
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

function parseRecord<T extends z.ZodType>(section: string, schema: T, json: unknown): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Name the place as a path into the fact base: "articles.3.title".
  const where = [section, ...(issue?.path ?? []).map(String)];
  throw new FileFormatProblem(`does not match the fact-base format at ${where.join('.')}: ${issue?.message ?? 'invalid'}`);
}
