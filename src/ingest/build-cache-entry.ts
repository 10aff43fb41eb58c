// One entry of the incremental build's cache (build-cache.ts): a file's work as JSON (ASCII, so
// that reading it back is a plain copy, not UTF-8 decoding) and its columns as raw bytes
// (paragraphs, entity kinds, its words as ids into the cache-wide vocabularies, its people
// candidates as rows of the cache's name forms, name-forms.ts, and its sentences' texts as the
// fact base stores them, encoded-texts.ts, so that a build copies them from the cache to the fact
// base without making a string of each; and its events and aid figures as the fact base's JSON,
// numbered-facts.ts, which a build writes without making objects of them). Reading the
// White House cache spent ~1.5 s parsing those columns as base64 varint text and decoding them;
// raw, they are one copy per entry. The bytes are 32-bit integers in this machine's byte order:
// the cache is a local folder, not a file to move between machines. An entry is stored with a
// CRC-32 of its bytes: one whose CRC matches is what this code wrote and is not validated again
// (zod took ~2 s of reading the White House cache); the others are validated to name what is
// wrong. Decoding checks the cross-references a decoder relies on and throws BadEntry when it
// cannot be used.
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { asciiJson } from '../factbase/file-format.js';
import { ALL_ENTITIES } from '../factbase/entity-kinds.js';
import { ArticleSchema } from '../factbase/schema.js';
import type { ArticleFacts, ChunkVocabularies, FileWork } from './build-chunk.js';
import type { WordSetIds } from './meaning-words.js';
import { MAX_FLAGS, ROW, type NameForms } from './name-forms.js';
import { ENTRY_FORMAT } from './build-version.js';
import { encodeTexts, UTF16, type EncodedTexts } from '../factbase/encoded-texts.js';
import { TEXT_ENCODINGS } from '../factbase/sentence-table.js';
import { tailsFit, type FactTails } from '../factbase/numbered-facts.js';

export const EntrySchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  file: z.string(),
  contentHash: z.string(),
  generation: z.string(),
  skipped: z.string().optional(),
  facts: z
    .object({
      article: ArticleSchema,
      honorifics: z.array(z.string()),
    })
    .optional(),
});
export type Entry = z.infer<typeof EntrySchema>;

export class BadEntry extends Error {}
export const bad = (why: string): BadEntry => new BadEntry(why);

/**
 * A file's work as stored: its JSON and its columns (none for a skipped file); its ids and
 * candidates must already be the cache's (`BuildCache.adopt`).
 */
export function encodeEntry(work: FileWork, generation: string): { json: string; columns: Buffer } {
  const json = asciiJson(entryOf(work, generation));
  const columns = 'skipped' in work ? Buffer.alloc(0) : columnsOf(work);
  return { json, columns };
}

/**
 * `work` as a segment line that starts at byte `at` of its segment, "<key> <crc> <n> <JSON>\n",
 * and the n bytes of its columns, which follow it. The JSON ends in the spaces that make the
 * columns start at a multiple of 4 bytes of the segment: they are read in place as 32-bit
 * columns, and the texts as a view of the segment, not copied (copying the White House texts and
 * columns out of their segment cost ~1 s of page faults and collections).
 */
export function entryLine(key: string, work: FileWork, generation: string, at: number): { line: string; columns: Buffer } {
  const { json, columns } = encodeEntry(work, generation);
  const head = `${key} ${'0'.repeat(8)} ${columns.length} `;
  const padded = json + ' '.repeat((4 - ((at + head.length + json.length + 1) % 4)) % 4);
  const crc = entryCrc(padded, columns).toString(16).padStart(8, '0');
  return { line: `${key} ${crc} ${columns.length} ${padded}\n`, columns };
}

/** The CRC-32 an entry is stored with: of its JSON, then of its columns. */
export const entryCrc = (json: Buffer | string, columns: Buffer): number => crc32(columns, crc32(json));

/**
 * The entry stored as `json`: parsed, and validated unless `intact` (its CRC showed it is what
 * `encodeEntry` gave). Throws BadEntry (or SyntaxError) when it cannot be used.
 */
export function parseEntry(json: Buffer, intact: boolean): Entry {
  const entry: unknown = JSON.parse(json.toString('latin1'));
  if (intact) return entry as Entry;
  const parsed = EntrySchema.safeParse(entry);
  if (!parsed.success) throw bad(`does not match the entry format at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  throw bad('does not match its checksum');
}

function entryOf(work: FileWork, generation: string): Entry {
  const base = { format: ENTRY_FORMAT, file: work.file, contentHash: work.contentHash, generation };
  if ('skipped' in work) return { ...base, skipped: work.skipped };
  const facts = {
    article: work.article,
    honorifics: work.honorifics,
  } satisfies NonNullable<Entry['facts']>;
  return { ...base, facts };
}

/**
 * The ten numbers the columns start with: sentences, word ids, term ids, lower-case word ids,
 * candidate integers, bytes of text, events, bytes of their JSON, aid figures, bytes of theirs.
 */
const HEAD = 10;

/** The texts of `work` as the fact base stores them (already so when it came from the cache). */
const encodedTextsOf = (work: ArticleFacts): EncodedTexts => (Array.isArray(work.texts) ? encodeTexts(work.texts) : work.texts);

/**
 * The columns of an article's work, one 32-bit integer each: HEAD, then per sentence its
 * paragraph, its entity kinds, its text's encoding and where its text ends, then the word ids and
 * their n + 1 offsets, the term ids and theirs, the lower-case word ids, the candidates' rows
 * (name-forms.ts), and the events' then the aid figures' sentence ids and ends (numbered-facts.ts);
 * then the texts' bytes (encoded-texts.ts), the events' and the aid figures' JSON, and zeros to a
 * multiple of 4 bytes.
 */
function columnsOf(work: ArticleFacts): Buffer {
  const stored = work.people.candidates;
  if (Array.isArray(stored)) throw new Error(`the candidates of ${work.article.file} are not numbered in the cache's name forms`);
  const candidates = stored.rows;
  const texts = encodedTextsOf(work);
  const n = texts.ends.length;
  const textBytes = n === 0 ? 0 : texts.ends[n - 1]!;
  const { words, terms } = work;
  const lowerCase = work.people.lowerCaseWords.ids;
  const { events, aid } = work;
  const integers = HEAD + 4 * n + words.ids.length + words.offsets.length + terms.ids.length + terms.offsets.length + lowerCase.length + candidates.length + 2 * (events.ends.length + aid.ends.length);
  const bytes = textBytes + events.bytes.length + aid.bytes.length;
  const buffer = new ArrayBuffer(4 * integers + 4 * Math.ceil(bytes / 4));
  const values = new Int32Array(buffer, 0, integers);
  values.set([n, words.ids.length, terms.ids.length, lowerCase.length, candidates.length, textBytes, events.ends.length, events.bytes.length, aid.ends.length, aid.bytes.length]);
  let at = HEAD;
  for (const column of [work.paragraphs, work.entities, texts.encodings, texts.ends, words.ids, words.offsets, terms.ids, terms.offsets, lowerCase, candidates, events.sentenceIds, events.ends, aid.sentenceIds, aid.ends]) {
    values.set(column, at);
    at += column.length;
  }
  const tail = new Uint8Array(buffer, 4 * integers);
  tail.set(texts.bytes.subarray(0, textBytes));
  tail.set(events.bytes, textBytes);
  tail.set(aid.bytes, textBytes + events.bytes.length);
  return Buffer.from(buffer);
}

/** An entry's columns, checked: each a view of the segment's bytes (or of one copy of them). */
export interface EntryColumns {
  paragraphs: Int32Array;
  entities: Int32Array;
  texts: EncodedTexts;
  words: WordSetIds;
  terms: WordSetIds;
  lowerCase: Int32Array;
  /** Rows of `ROW` integers (name-forms.ts). */
  candidates: Int32Array;
  events: FactTails;
  aid: FactTails;
}

/**
 * The columns stored as `bytes` (those of an article; a skipped file has none), as views of them
 * (the texts keep the segment's bytes until the fact base is saved) and checked against the vocabularies their
 * ids refer to (the name forms by count: `decodeEntry` reads them). Throws BadEntry when they do not fit together.
 */
export function readColumns(bytes: Buffer, vocabularies: ChunkVocabularies, forms: NameForms): EntryColumns {
  if (bytes.length < 4 * HEAD || bytes.length % 4 !== 0) throw bad('has columns of the wrong length');
  // In place when aligned (as `entryLine` writes them), else copied.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : copyOf(bytes, 0, bytes.length);
  const head = new Int32Array(aligned.buffer, aligned.byteOffset, HEAD);
  const [n = 0, words = 0, terms = 0, lowerCase = 0, candidates = 0, textBytes = 0, events = 0, eventBytes = 0, aid = 0, aidBytes = 0] = head;
  const integers = HEAD + 4 * n + words + terms + 2 * (n + 1) + lowerCase + candidates + 2 * (events + aid);
  const counts = [n, words, terms, lowerCase, candidates, textBytes, events, eventBytes, aid, aidBytes];
  if (n <= 0 || counts.some((count) => count < 0) || candidates % ROW !== 0 || bytes.length !== 4 * integers + 4 * Math.ceil((textBytes + eventBytes + aidBytes) / 4)) throw bad('has columns of the wrong length');
  const values = new Int32Array(aligned.buffer, aligned.byteOffset, integers);
  let at = HEAD;
  const next = (length: number): Int32Array => values.subarray(at, (at += length));
  const paragraphs = next(n);
  const entities = next(n);
  const encodings = next(n);
  const ends = next(n);
  for (let k = 0; k < n; k++) {
    const kind = encodings[k]!;
    const size = ends[k]! - (k === 0 ? 0 : ends[k - 1]!);
    if (size <= 0 || kind < 0 || kind >= TEXT_ENCODINGS.length || (kind === UTF16 && size % 2 !== 0)) throw bad('has a sentence text that does not fit its bytes');
  }
  if (ends[n - 1] !== textBytes) throw bad('has sentence texts that do not fit their bytes');
  const idsOf = (length: number, what: string, vocabulary: readonly string[]): Int32Array => {
    const ids = next(length);
    for (let i = 0; i < ids.length; i++) if (ids[i]! < 0 || ids[i]! >= vocabulary.length) throw bad(`a ${what} id is out of range`);
    return ids;
  };
  const setsOf = (length: number, what: string, vocabulary: readonly string[]): WordSetIds => {
    const ids = idsOf(length, what, vocabulary);
    const offsets = next(n + 1);
    if (offsets[0] !== 0 || offsets[n] !== ids.length) throw bad(`${what} offsets do not cover the ${what}s`);
    for (let i = 1; i <= n; i++) if (offsets[i]! < offsets[i - 1]!) throw bad(`${what} offsets go backwards`);
    return { vocabulary, ids, offsets };
  };
  const wordSets = setsOf(words, 'word', vocabularies.words.words);
  const termSets = setsOf(terms, 'term', vocabularies.terms.words);
  const lowerCaseIds = idsOf(lowerCase, 'lower-case word', vocabularies.lowerCase.words);
  const rows = next(candidates);
  const formCount = forms.vocabulary.words.length;
  for (let i = 0; i < rows.length; i += ROW) {
    if (rows[i]! < 0 || rows[i]! >= formCount) throw bad('a name form id is out of range');
    if (rows[i + 1]! < 0 || rows[i + 1]! >= n) throw bad('has a name of a missing sentence');
    if (rows[i + 2]! < 0 || rows[i + 2]! > MAX_FLAGS) throw bad('has a name with unknown flags');
  }
  const factsOf = (count: number, from: number, size: number): FactTails => {
    const tails = { sentenceIds: next(count), ends: next(count), bytes: aligned.subarray(4 * integers + from, 4 * integers + from + size) };
    if (!tailsFit(tails, n)) throw bad('has a fact that does not fit its bytes or cites a missing sentence');
    return tails;
  };
  const eventTails = factsOf(events, textBytes, eventBytes);
  const aidTails = factsOf(aid, textBytes + eventBytes, aidBytes);
  return {
    paragraphs,
    entities,
    texts: { bytes: aligned.subarray(4 * integers, 4 * integers + textBytes), ends, encodings },
    words: wordSets,
    terms: termSets,
    lowerCase: lowerCaseIds,
    candidates: rows,
    events: eventTails,
    aid: aidTails,
  };
}

/** Bytes `start` to `end` of `bytes`, copied to an aligned buffer (`Buffer.from` of a view copies it a byte at a time). */
function copyOf(bytes: Buffer, start: number, end: number): Buffer {
  const copy = Buffer.allocUnsafeSlow(end - start);
  bytes.copy(copy, 0, start, end);
  return copy;
}

/**
 * A stored entry and its columns (none for a skipped file) back into a file's work; throws
 * BadEntry when its parts do not fit together.
 */
export function decodeEntry(entry: Entry, columns: EntryColumns | null, vocabularies: ChunkVocabularies, forms: NameForms): FileWork {
  const base = { file: entry.file, contentHash: entry.contentHash };
  if (entry.skipped !== undefined && columns === null) return { ...base, skipped: entry.skipped };
  const facts = entry.facts;
  if (facts === undefined || columns === null) throw bad('has neither facts nor a reason the file was skipped');
  const n = columns.paragraphs.length;
  const entities = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const value = columns.entities[i]!;
    if (value < 0 || value > ALL_ENTITIES) throw bad('has unknown entity kinds');
    entities[i] = value;
  }
  const rows = columns.candidates;
  for (let i = 0; i < rows.length; i += ROW) if (forms.form(rows[i]!) === null) throw bad('has a name form the cache cannot read');
  const work: ArticleFacts = {
    article: facts.article,
    texts: columns.texts,
    honorifics: facts.honorifics,
    paragraphs: columns.paragraphs,
    words: columns.words,
    events: columns.events,
    aid: columns.aid,
    entities,
    terms: columns.terms,
    people: {
      candidates: { rows, forms },
      lowerCaseWords: { vocabulary: vocabularies.lowerCase.words, ids: columns.lowerCase },
    },
  };
  return { ...base, ...work };
}
