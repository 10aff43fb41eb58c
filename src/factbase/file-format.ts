// The fact base on disk (format version 6): a header line, then records, each one line of JSON
// ending in "\n" followed by `bytes` raw bytes and "\n", then an end line:
//
//   {"format":"coverage-factbase","version":6,"coverageHash":"…","builderVersion":"…","counts":{…}}   the header
//   {"section":"articles","bytes":b,"crc32":c}⏎<JSON array of articles>⏎
//   {"section":"sentences","count":n,…,"bytes":b}⏎<columns and texts>⏎   (file-sentences.ts)
//   {"section":"people",…}⏎<JSON>⏎   then "aid", "events", "quotes" alike
//   {"section":"index",…,"bytes":b}⏎<varint columns and terms>⏎   (file-index.ts)
//   {"section":"end","sha256":"…"}   the sha256 of every byte before this line
//
// Loading must stay well under a second on a million sentences, so nothing is decoded twice:
// - The facts (articles, people, aid, events, quotes) are JSON, validated by zod before saving.
//   Validating a hundred thousand events again on every load cost more than the rest of it, so
//   each carries a CRC-32 of its bytes: a matching one shows the bytes are the validated ones
//   (zod then only runs to name what is wrong in a section whose CRC does not match).
// - Sentences are raw columns that loading reads as they are, their texts read when shown; the
//   index's postings are decoded term by term as queries need them, and carry a CRC-32 for the
//   check that then does not happen.
// - The end line names the content for the version readers key their caches by, without
//   hashing 200 MB on every load.
// Every JSON line and section is ASCII (\u escapes): Node decodes ASCII as a plain copy. A line
// ends in spaces where needed for its payload to start at a multiple of 4 bytes (raw-columns.ts).
// This module writes the records; file-decode.ts reads them.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { indexRecord } from './file-index.js';
import { sentencesRecord, type SentenceColumnsToSave, type TextPiece } from './file-sentences.js';
import { packVarints } from './varint-codec.js';
import { AidFactSchema, ArticleSchema, EventSchema, FACTBASE_FORMAT, FACTBASE_VERSION, PersonSchema, QuoteSchema } from './schema.js';
import type { AidFact, DatedEvent, FactBase } from './schema.js';
import type { NumberedFacts } from './numbered-facts.js';

/** A header longer than this is not one of ours (an old version's file is one huge line). */
export const MAX_HEADER_BYTES = 64 * 1024;

const count = z.number().int().nonnegative();
export const HeaderSchema = z.object({
  format: z.literal(FACTBASE_FORMAT),
  version: z.literal(FACTBASE_VERSION),
  coverageHash: z.string(),
  builderVersion: z.string().optional(),
  counts: z.object({ articles: count, sentences: count, people: count, aid: count, events: count, quotes: count }),
});
type Header = z.infer<typeof HeaderSchema>;

/** The line of a JSON section: its payload is the section's data, as JSON. */
export const JsonRecordSchema = z.object({ section: z.string(), bytes: count, crc32: count });
export const EndRecordSchema = z.object({ section: z.literal('end'), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** What each JSON section holds, checked when its CRC does not match. */
export const SECTION_SCHEMAS = {
  articles: z.array(ArticleSchema),
  // A person's sentence ids are packed like a column: there can be hundreds of thousands.
  people: z.array(PersonSchema.extend({ sentenceIds: z.string() })),
  aid: z.array(AidFactSchema),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
};

/**
 * A record of the file: its JSON line, and the raw bytes that follow it, in pieces (null for the
 * header and end lines). The pieces are made as they are read: each must be read, in order,
 * before the next record.
 */
export interface FileRecord {
  line: string;
  payload: Iterable<Buffer> | null;
}

/** The sections of a fact base stored as JSON. */
export type Facts = Pick<FactBase, 'articles' | 'people' | 'aid' | 'events' | 'quotes'>;
/** The JSON sections as a build may keep them: its aid figures and events as their JSON already (numbered-facts.ts). */
export type FactsToSave = Omit<Facts, 'aid' | 'events'> & { aid: readonly AidFact[] | NumberedFacts<AidFact>; events: readonly DatedEvent[] | NumberedFacts<DatedEvent> };
/** Each JSON section's payload. */
export type EncodedFacts = Record<keyof Facts, Buffer>;

/** The payloads of the JSON sections; `facts` must already be validated, keys in schema order. */
export function encodeFacts({ articles, people, aid, events, quotes }: FactsToSave): EncodedFacts {
  const json = (data: unknown): Buffer => asciiBytes(JSON.stringify(data));
  const numbered = <T>(data: readonly T[] | NumberedFacts<T>): Buffer => ('json' in data ? data.json() : json(data));
  return {
    articles: json(articles),
    people: json(people.map((person) => ({ ...person, sentenceIds: packVarints(person.sentenceIds) }))),
    aid: numbered(aid),
    events: numbered(events),
    quotes: json(quotes),
  };
}

/** A fact base to write: its sentences as objects or as columns (file-sentences.ts), its aid figures and events as objects or as their JSON. */
export type FactBaseToWrite = Omit<FactBase, 'sentences' | 'aid' | 'events'> & FactsToSave & { sentences: readonly FactBase['sentences'][number][] | SentenceColumnsToSave };

/**
 * The records of a fact base, in file order. `factBase` must already be validated and its keys in
 * schema order (FactBaseSchema.parse gives both), and `facts` (when given) its JSON sections'
 * payloads, and `texts` (when given) its sentence objects' texts (file-sentences.ts); same input →
 * same bytes. Throws Error when a sentence is out of place, in an invalid group or of an unknown
 * article: no reader accepts those.
 */
export function* encodeFactBase(factBase: FactBaseToWrite, facts: EncodedFacts = encodeFacts(factBase), texts?: readonly TextPiece[]): Generator<FileRecord> {
  const { articles, sentences, people, aid, events, quotes } = factBase;
  const sentenceCount = 'count' in sentences ? sentences.count : sentences.length;
  const header: Header = {
    format: factBase.format,
    version: factBase.version,
    coverageHash: factBase.coverageHash,
    ...(factBase.builderVersion === undefined ? {} : { builderVersion: factBase.builderVersion }),
    counts: {
      articles: articles.length,
      sentences: sentenceCount,
      people: people.length,
      aid: aid.length,
      events: events.length,
      quotes: quotes.length,
    },
  };
  const hash = createHash('sha256');
  let offset = 0;
  /** Whether the last record's payload is still to be read (its bytes are not yet in the hash). */
  let unread = false;
  /** The record, its line padded so that its payload starts aligned; the line and each piece are counted into the hash as they are read. */
  const placed = (value: unknown, payload: { bytes: number; pieces: Iterable<Buffer> } | null): FileRecord => {
    if (unread) throw new Error('a record of the fact base was not read before the next one');
    let line = asciiJson(value);
    offset += line.length + 1;
    if (payload !== null) {
      const padding = (4 - (offset % 4)) % 4;
      line += ' '.repeat(padding);
      offset += padding + payload.bytes + 1;
    }
    hash.update(`${line}\n`);
    if (payload === null) return { line, payload: null };
    unread = true;
    return { line, payload: hashed(payload.bytes, payload.pieces) };
  };
  function* hashed(bytes: number, pieces: Iterable<Buffer>): Generator<Buffer> {
    let read = 0;
    for (const piece of pieces) {
      hash.update(piece);
      read += piece.length;
      yield piece;
    }
    if (read !== bytes) throw new Error(`a record of the fact base has ${read} bytes where its line says ${bytes}`);
    hash.update('\n');
    unread = false;
  }
  const json = (section: keyof Facts): FileRecord => {
    const payload = facts[section];
    return placed({ section, bytes: payload.length, crc32: crc32(payload) }, { bytes: payload.length, pieces: [payload] });
  };
  yield placed(header, null);
  yield json('articles');
  const sentencesPart = sentencesRecord(sentences, articles, texts);
  yield placed(sentencesPart.line, { bytes: sentencesPart.line.bytes, pieces: sentencesPart.payload });
  yield json('people');
  yield json('aid');
  yield json('events');
  yield json('quotes');
  const index = indexRecord(factBase.index);
  yield placed(index.line, { bytes: index.line.bytes, pieces: index.payload });
  if (unread) throw new Error('a record of the fact base was not read before the end');
  yield { line: asciiJson({ section: 'end', sha256: hash.digest('hex') }), payload: null };
}

/**
 * JSON with every character above U+007F written as a \uXXXX escape. Node decodes a line that has
 * even one such character through its slow UTF-8 path into a two-byte string (3× slower, twice
 * the memory); a pure-ASCII line is a plain copy.
 */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  // As many UTF-8 bytes as characters: all ASCII already (the common case, without a copy).
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  return asciiBytes(json).toString('latin1');
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');
/** Code units above U+007F. */
const NON_ASCII = /[^\x00-\x7f]/g;
/** Past this share of such code units, going through the UTF-8 bytes is the faster way. */
const DENSE = 1 / 16;

/**
 * The bytes of a JSON text (from `JSON.stringify`, which escapes lone surrogates) with every code
 * unit above U+007F as its \uXXXX escape: `asciiJson`'s bytes. The runs of ASCII between them are
 * written as Latin-1 (a plain copy); a text with many of them goes through its UTF-8 bytes. The
 * White House fact base's sections (32 MB, ~28k such units) took 570 ms to encode through their
 * UTF-8 bytes alone, 450 ms so (JSON.stringify included).
 */
function asciiBytes(json: string): Buffer {
  const units: number[] = [];
  const most = json.length * DENSE;
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.exec(json) !== null) {
    if (units.push(NON_ASCII.lastIndex - 1) > most) return escapeNonAscii(Buffer.from(json, 'utf8'));
  }
  if (units.length === 0) return Buffer.from(json, 'latin1');
  const out = Buffer.allocUnsafe(json.length + 5 * units.length);
  let o = 0;
  let from = 0;
  for (const unit of units) {
    if (unit > from) o += out.write(json.slice(from, unit), o, 'latin1');
    o = writeEscape(out, o, json.charCodeAt(unit));
    from = unit + 1;
  }
  if (from < json.length) out.write(json.slice(from), o, 'latin1');
  return out;
}

/** Writes the \uXXXX escape of the code unit `unit` at byte `o` of `out`; gives the byte after it. */
function writeEscape(out: Buffer, o: number, unit: number): number {
  out[o] = 0x5c; // \
  out[o + 1] = 0x75; // u
  out[o + 2] = HEX[unit >> 12]!;
  out[o + 3] = HEX[(unit >> 8) & 15]!;
  out[o + 4] = HEX[(unit >> 4) & 15]!;
  out[o + 5] = HEX[unit & 15]!;
  return o + 6;
}

/** The UTF-8 bytes of a JSON text with every character above U+007F as \uXXXX escapes of its UTF-16 code units. */
function escapeNonAscii(utf8: Buffer): Buffer {
  const n = utf8.length;
  let extra = 0;
  for (let i = 0; i < n; i++) {
    const b = utf8[i]!;
    if (b < 0x80) continue;
    // A 4-byte character is two escapes (12 bytes); 3- and 2-byte ones one (6).
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    extra += (size === 4 ? 12 : 6) - size;
    i += size - 1;
  }
  if (extra === 0) return utf8;
  const out = Buffer.allocUnsafe(n + extra);
  let o = 0;
  for (let i = 0; i < n; ) {
    const b = utf8[i]!;
    if (b < 0x80) {
      out[o++] = b;
      i++;
    } else if (b >= 0xf0) {
      const point = (((b & 7) << 18) | ((utf8[i + 1]! & 63) << 12) | ((utf8[i + 2]! & 63) << 6) | (utf8[i + 3]! & 63)) - 0x10000;
      o = writeEscape(out, o, 0xd800 + (point >> 10));
      o = writeEscape(out, o, 0xdc00 + (point & 0x3ff));
      i += 4;
    } else if (b >= 0xe0) {
      o = writeEscape(out, o, ((b & 15) << 12) | ((utf8[i + 1]! & 63) << 6) | (utf8[i + 2]! & 63));
      i += 3;
    } else {
      o = writeEscape(out, o, ((b & 31) << 6) | (utf8[i + 1]! & 63));
      i += 2;
    }
  }
  return out;
}
