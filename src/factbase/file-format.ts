// The fact base on disk (format version 3). One JSON document of a million sentence objects took
// 12 s and 1.5 GB to parse and validate, so the file is a sequence of records instead, each read
// and checked on its own:
//
//   {"format":"coverage-factbase","version":3,"coverageHash":"…","counts":{…}}   the header
//   {"section":"articles","data":[Article…]}
//   {"section":"sentences","count":n,"articleIndex":"…","paragraph":"…",…}⏎<text bytes>   × ⌈sentences / 16384⌉
//   {"section":"people","data":[…]}   then "aid", "events", "quotes" alike
//   {"section":"index","data":SerializedIndex}
//
// Every record is one line of JSON ending in "\n". A sentences record describes up to
// SENTENCES_PER_RECORD consecutive sentences as columns of unsigned LEB128 varints, base64-encoded
// (articleIndex: position in `articles`; paragraph; groupOffset: id − group; textLength: UTF-16
// length · 2 + 1 when the text is "wide"; entities: the annotate.ts bit set, or NOT_ANNOTATED), and is followed by `narrowBytes + wideBytes` raw bytes
// and "\n": the texts with no character above U+00FF as Latin-1, then the others as UTF-16LE.
// Decoding those two blocks is a plain copy into two strings that every text is a slice of, which
// is several times faster than UTF-8 and JSON string parsing, and keeps most texts one byte a char.
import { isAscii } from 'node:buffer';
import { z } from 'zod';
import { ALL_ENTITIES } from './entity-kinds.js';
import { SerializedIndexSchema } from './index-format.js';
import { packVarints, unpackVarints, type ColumnProblem } from './varint-codec.js';
import {
  AidFactSchema,
  ArticleSchema,
  EventSchema,
  FACTBASE_FORMAT,
  FACTBASE_VERSION,
  PersonSchema,
  QuoteSchema,
} from './schema.js';
import type { Article, FactBase, Sentence } from './schema.js';

export const SENTENCES_PER_RECORD = 16_384;
/** A header longer than this is not one of ours (an old version's file is one huge line). */
export const MAX_HEADER_BYTES = 64 * 1024;

/** What is wrong with a file's content; the loader names the file around it. */
export class FileFormatProblem extends Error {
  override name = 'FileFormatProblem';
}

const NEWLINE = 0x0a;
/** In the entities column: a sentence saved without annotations (hand-made; readers annotate it). */
const NOT_ANNOTATED = ALL_ENTITIES + 1;
const WIDE_TEXT = /[^\u0000-\u00ff]/;
const NON_ASCII = /[^\u0000-\u007f]/g;

const count = z.number().int().nonnegative();
const HeaderSchema = z.object({
  format: z.literal(FACTBASE_FORMAT),
  version: z.literal(FACTBASE_VERSION),
  coverageHash: z.string(),
  counts: z.object({ articles: count, sentences: count, people: count, aid: count, events: count, quotes: count }),
});
type Header = z.infer<typeof HeaderSchema>;

const SentencesRecordSchema = z.object({
  section: z.literal('sentences'),
  count: z.number().int().positive(),
  // base64; checked when decoded.
  articleIndex: z.string(),
  paragraph: z.string(),
  groupOffset: z.string(),
  textLength: z.string(),
  entities: z.string(),
  narrowBytes: count,
  wideBytes: count,
});

function dataRecord<T extends z.ZodType>(section: string, data: T) {
  return z.object({ section: z.literal(section), data });
}
const ArticlesRecordSchema = dataRecord('articles', z.array(ArticleSchema));
// A person's sentence ids are packed like a sentence column: there can be hundreds of thousands.
const PeopleRecordSchema = dataRecord('people', z.array(PersonSchema.extend({ sentenceIds: z.string() })));
const AidRecordSchema = dataRecord('aid', z.array(AidFactSchema));
const EventsRecordSchema = dataRecord('events', z.array(EventSchema));
const QuotesRecordSchema = dataRecord('quotes', z.array(QuoteSchema));
const IndexRecordSchema = dataRecord('index', SerializedIndexSchema);

/** A record of the file: its JSON line, and the raw bytes that follow it (empty for most). */
export interface FileRecord {
  line: string;
  payload: Buffer;
}

/**
 * The records of a fact base, in file order. `factBase` must already be validated and its keys in
 * schema order (FactBaseSchema.parse gives both); same input → same bytes. Throws Error when a
 * sentence is out of place, in an invalid group or of an unknown article: no reader accepts those.
 */
export function* encodeFactBase(factBase: FactBase): Generator<FileRecord> {
  const { articles, sentences, people, aid, events, quotes } = factBase;
  const header: Header = {
    format: factBase.format,
    version: factBase.version,
    coverageHash: factBase.coverageHash,
    counts: {
      articles: articles.length,
      sentences: sentences.length,
      people: people.length,
      aid: aid.length,
      events: events.length,
      quotes: quotes.length,
    },
  };
  const none = Buffer.alloc(0);
  const json = (value: unknown): FileRecord => ({ line: asciiJson(value), payload: none });
  yield json(header);
  yield json({ section: 'articles', data: articles });
  const articleIndex = new Map(articles.map((article, i) => [article.id, i]));
  for (let first = 0; first < sentences.length; first += SENTENCES_PER_RECORD) {
    yield sentencesRecord(sentences, first, articleIndex);
  }
  yield json({ section: 'people', data: people.map((person) => ({ ...person, sentenceIds: packVarints(person.sentenceIds) })) });
  yield json({ section: 'aid', data: aid });
  yield json({ section: 'events', data: events });
  yield json({ section: 'quotes', data: quotes });
  yield json({ section: 'index', data: factBase.index });
}

function sentencesRecord(sentences: readonly Sentence[], first: number, articleIndex: ReadonlyMap<string, number>): FileRecord {
  const chunk = sentences.slice(first, first + SENTENCES_PER_RECORD);
  const articleColumn: number[] = [];
  const paragraphColumn: number[] = [];
  const groupColumn: number[] = [];
  const lengthColumn: number[] = [];
  const entitiesColumn: number[] = [];
  const narrow: string[] = [];
  const wide: string[] = [];
  chunk.forEach((sentence, k) => {
    const id = first + k;
    const article = articleIndex.get(sentence.articleId);
    if (sentence.id !== id) throw new Error(`sentence ${sentence.id} is at position ${id}`);
    if (article === undefined) throw new Error(`sentence ${id} is of unknown article "${sentence.articleId}"`);
    if (sentence.group > id || sentences[sentence.group]?.group !== sentence.group) {
      throw new Error(`sentence ${id} is in an invalid group ${sentence.group}`);
    }
    const isWide = WIDE_TEXT.test(sentence.text);
    articleColumn.push(article);
    paragraphColumn.push(sentence.paragraph);
    groupColumn.push(id - sentence.group);
    lengthColumn.push(sentence.text.length * 2 + (isWide ? 1 : 0));
    entitiesColumn.push(sentence.entities ?? NOT_ANNOTATED);
    (isWide ? wide : narrow).push(sentence.text);
  });
  const narrowBytes = Buffer.from(narrow.join(''), 'latin1');
  const wideBytes = Buffer.from(wide.join(''), 'utf16le');
  const line = asciiJson({
    section: 'sentences',
    count: chunk.length,
    articleIndex: packVarints(articleColumn),
    paragraph: packVarints(paragraphColumn),
    groupOffset: packVarints(groupColumn),
    textLength: packVarints(lengthColumn),
    entities: packVarints(entitiesColumn),
    narrowBytes: narrowBytes.length,
    wideBytes: wideBytes.length,
  });
  return { line, payload: Buffer.concat([narrowBytes, wideBytes]) };
}

/**
 * JSON with every character above U+007F written as a \uXXXX escape. Node decodes a line that has
 * even one such character through its slow UTF-8 path into a two-byte string (3× slower, twice
 * the memory); a pure-ASCII line is a plain copy.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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
  const index = (await read('index', IndexRecordSchema)).data;
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

async function readHeader(source: RecordSource): Promise<Header> {
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
    // Our own lines are ASCII (see asciiJson); other UTF-8 is still read, only slower.
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

/** Appends the record's sentences to `sentences`, checking every column against the others. */
function decodeSentences(
  record: z.infer<typeof SentencesRecordSchema>,
  payload: Buffer,
  articles: readonly Article[],
  sentences: Sentence[],
): void {
  const n = record.count;
  const articleColumn = unpackVarints(record.articleIndex, n, corrupt('the sentence column articleIndex'));
  const paragraphColumn = unpackVarints(record.paragraph, n, corrupt('the sentence column paragraph'));
  const groupColumn = unpackVarints(record.groupOffset, n, corrupt('the sentence column groupOffset'));
  const lengthColumn = unpackVarints(record.textLength, n, corrupt('the sentence column textLength'));
  const entitiesColumn = unpackVarints(record.entities, n, corrupt('the sentence column entities'));
  if (record.wideBytes % 2 !== 0) throw new FileFormatProblem('is corrupt (a sentences record has an odd number of UTF-16 bytes)');
  const narrow = payload.toString('latin1', 0, record.narrowBytes);
  const wide = payload.toString('utf16le', record.narrowBytes, record.narrowBytes + record.wideBytes);
  let narrowAt = 0;
  let wideAt = 0;
  for (let k = 0; k < n; k++) {
    const id = sentences.length;
    const article = articles[articleColumn[k] ?? 0];
    if (article === undefined) throw new FileFormatProblem(`has sentence ${id} of unknown article number ${articleColumn[k]}`);
    const group = id - (groupColumn[k] ?? 0);
    if (group < 0 || (group < id && sentences[group]?.group !== group)) {
      throw new FileFormatProblem(`has sentence ${id} in an invalid group ${group}`);
    }
    const lengthCode = lengthColumn[k] ?? 0;
    const length = Math.floor(lengthCode / 2);
    if (length === 0) throw new FileFormatProblem(`does not match the fact-base format at sentences.${id}.text: empty text`);
    let text: string;
    if (lengthCode % 2 === 1) {
      text = wide.slice(wideAt, wideAt + length);
      wideAt += length;
    } else {
      text = narrow.slice(narrowAt, narrowAt + length);
      narrowAt += length;
    }
    const entities = entitiesColumn[k] ?? 0;
    if (entities > NOT_ANNOTATED) throw new FileFormatProblem(`has sentence ${id} with unknown entity kinds ${entities}`);
    const sentence: Sentence = { id, articleId: article.id, text, paragraph: paragraphColumn[k] ?? 0, group };
    if (entities !== NOT_ANNOTATED) sentence.entities = entities;
    sentences.push(sentence);
  }
  if (narrowAt !== narrow.length || wideAt !== wide.length) {
    throw new FileFormatProblem(`is corrupt (the texts of sentences ${sentences.length - n}–${sentences.length - 1} do not match their lengths)`);
  }
}

/** A malformed column, named for the error ("the sentence column paragraph is too short"). */
function corrupt(what: string): ColumnProblem {
  return (why) => new FileFormatProblem(`is corrupt (${what} ${why})`);
}
