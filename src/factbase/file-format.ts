// The fact base on disk (format version 4). One JSON document of a million sentence objects took
// 12 s and 1.5 GB to parse and validate, so the file is a sequence of records instead, each read
// and checked on its own:
//
//   {"format":"coverage-factbase","version":4,"coverageHash":"…","counts":{…}}   the header
//   {"section":"articles","data":[Article…]}
//   {"section":"sentences","count":n,…}⏎<text bytes>⏎   × ⌈sentences / 16384⌉ (file-sentences.ts)
//   {"section":"people","data":[…]}   then "aid", "events", "quotes" alike
//   {"section":"index","encoding":"…","docCount":n,"termCount":t,"termsBytes":…}⏎<bytes>⏎
//
// Every record is one line of JSON ending in "\n"; the sentences and index records are followed
// by raw bytes and "\n". The index's bytes are its terms (UTF-8, one per line) and its three
// varint columns (index-format.ts) as they are: version 3 wrote them as base64 inside the JSON
// line, which cost a JSON string of tens of MB and a base64 decoding on every load.
// This module writes the records; file-decode.ts reads them.
import { z } from 'zod';
import { INDEX_ENCODING, type SerializedIndex } from './index-format.js';
import { sentencesRecords } from './file-sentences.js';
import { packVarints } from './varint-codec.js';
import { AidFactSchema, ArticleSchema, EventSchema, FACTBASE_FORMAT, FACTBASE_VERSION, PersonSchema, QuoteSchema } from './schema.js';
import type { FactBase } from './schema.js';

/** A header longer than this is not one of ours (an old version's file is one huge line). */
export const MAX_HEADER_BYTES = 64 * 1024;

const NON_ASCII = /[^\u0000-\u007f]/g;

const count = z.number().int().nonnegative();
export const HeaderSchema = z.object({
  format: z.literal(FACTBASE_FORMAT),
  version: z.literal(FACTBASE_VERSION),
  coverageHash: z.string(),
  counts: z.object({ articles: count, sentences: count, people: count, aid: count, events: count, quotes: count }),
});
type Header = z.infer<typeof HeaderSchema>;

function dataRecord<T extends z.ZodType>(section: string, data: T) {
  return z.object({ section: z.literal(section), data });
}
export const ArticlesRecordSchema = dataRecord('articles', z.array(ArticleSchema));
// A person's sentence ids are packed like a sentence column: there can be hundreds of thousands.
export const PeopleRecordSchema = dataRecord('people', z.array(PersonSchema.extend({ sentenceIds: z.string() })));
export const AidRecordSchema = dataRecord('aid', z.array(AidFactSchema));
export const EventsRecordSchema = dataRecord('events', z.array(EventSchema));
export const QuotesRecordSchema = dataRecord('quotes', z.array(QuoteSchema));
export const IndexRecordSchema = z.object({
  section: z.literal('index'),
  encoding: z.literal(INDEX_ENCODING),
  docCount: count,
  termCount: count,
  termsBytes: count,
  directoryBytes: count,
  postingsBytes: count,
  lengthsBytes: count,
});

/** A record of the file: its JSON line, and the raw bytes that follow it (empty for most). */
export interface FileRecord {
  line: string;
  payload: Buffer;
}

const NONE = Buffer.alloc(0);

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
  const json = (value: unknown): FileRecord => ({ line: asciiJson(value), payload: NONE });
  yield json(header);
  yield json({ section: 'articles', data: articles });
  for (const { line, payload } of sentencesRecords(sentences, articles)) yield { line: asciiJson(line), payload };
  yield json({ section: 'people', data: people.map((person) => ({ ...person, sentenceIds: packVarints(person.sentenceIds) })) });
  yield json({ section: 'aid', data: aid });
  yield json({ section: 'events', data: events });
  yield json({ section: 'quotes', data: quotes });
  yield indexRecord(factBase.index);
}

function indexRecord(index: SerializedIndex): FileRecord {
  // Terms are single tokens; a line break in one would shift every term after it.
  if (index.terms.some((term) => term.includes('\n'))) throw new Error('an index term holds a line break');
  const terms = Buffer.from(index.terms.join('\n'), 'utf8');
  const line: z.infer<typeof IndexRecordSchema> = {
    section: 'index',
    encoding: index.encoding,
    docCount: index.docCount,
    termCount: index.terms.length,
    termsBytes: terms.length,
    directoryBytes: index.directory.length,
    postingsBytes: index.postings.length,
    lengthsBytes: index.lengths.length,
  };
  return { line: asciiJson(line), payload: Buffer.concat([terms, index.directory, index.postings, index.lengths]) };
}

/**
 * JSON with every character above U+007F written as a \uXXXX escape. Node decodes a line that has
 * even one such character through its slow UTF-8 path into a two-byte string (3× slower, twice
 * the memory); a pure-ASCII line is a plain copy.
 */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  // As many UTF-8 bytes as characters: all ASCII already (the common case, without a regex scan).
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  return json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
