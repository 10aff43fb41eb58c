// One entry of the incremental build's cache (build-cache.ts): a file's work as JSON (ASCII, so
// that reading it back is a plain copy, not UTF-8 decoding), with its sentence columns packed as
// varints and its words as ids into the cache-wide vocabularies. An entry is stored with a CRC-32
// of its bytes: one whose CRC matches is what this code wrote and is not validated again (zod
// took ~2 s of reading the White House cache); the others are validated to name what is wrong.
// Decoding checks the cross-references a decoder relies on and throws BadEntry when it cannot be
// used.
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { asciiJson } from '../factbase/file-format.js';
import { ALL_ENTITIES } from '../factbase/entity-kinds.js';
import { AidFactSchema, ArticleSchema, EventSchema } from '../factbase/schema.js';
import { packVarints, unpackVarints } from '../factbase/varint-codec.js';
import type { ArticleFacts, ChunkVocabularies, FileWork } from './build-chunk.js';
import { ENTRY_FORMAT } from './build-version.js';

const packed = z.string();
const CandidateSchema = z.object({
  words: z.array(z.string()),
  written: z.string(),
  role: z.object({ title: z.string(), organisation: z.string().nullable() }).nullable(),
  titledForm: z.string().nullable(),
  sentenceId: z.number().int().nonnegative(),
  titled: z.boolean(),
  firstWordUnsure: z.boolean(),
  headline: z.boolean(),
  articleId: z.string(),
  backed: z.boolean(),
  lowerFirst: z.boolean(),
});
export const EntrySchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  file: z.string(),
  contentHash: z.string(),
  generation: z.string(),
  skipped: z.string().optional(),
  facts: z
    .object({
      article: ArticleSchema,
      texts: z.array(z.string().min(1)),
      paragraphs: packed,
      entities: packed,
      events: z.array(EventSchema),
      aid: z.array(AidFactSchema),
      words: z.object({ ids: packed, offsets: packed }),
      terms: z.object({ ids: packed, offsets: packed }),
      people: z.object({ candidates: z.array(CandidateSchema), lowerCaseWords: packed }),
    })
    .optional(),
});
export type Entry = z.infer<typeof EntrySchema>;

export class BadEntry extends Error {}
export const bad = (why: string): BadEntry => new BadEntry(why);

/** A file's work as stored, and the CRC-32 of that text; its ids must already be the cache's (`BuildCache.adopt`). */
export function encodeEntry(work: FileWork, generation: string): { json: string; crc: number } {
  const json = asciiJson(entryOf(work, generation));
  return { json, crc: crc32(json) };
}

/**
 * The entry stored as `bytes` (with the CRC-32 `crc`): parsed, and validated unless the CRC shows
 * it is the text `encodeEntry` gave. Throws BadEntry (or SyntaxError) when it cannot be used.
 */
export function parseEntry(bytes: Buffer, crc: number): Entry {
  const json: unknown = JSON.parse(bytes.toString('latin1'));
  if (crc32(bytes) === crc) return json as Entry;
  const parsed = EntrySchema.safeParse(json);
  if (!parsed.success) throw bad(`does not match the entry format at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  throw bad('does not match its checksum');
}

function entryOf(work: FileWork, generation: string): Entry {
  const base = { format: ENTRY_FORMAT, file: work.file, contentHash: work.contentHash, generation };
  if ('skipped' in work) return { ...base, skipped: work.skipped };
  const facts = {
    article: work.article,
    texts: work.sentences.map((s) => s.text),
    paragraphs: packVarints(work.sentences.map((s) => s.paragraph)),
    entities: packVarints(work.entities),
    events: work.events,
    aid: work.aid,
    words: { ids: packVarints(work.words.ids), offsets: packVarints(work.words.offsets) },
    terms: { ids: packVarints(work.terms.ids), offsets: packVarints(work.terms.offsets) },
    people: { candidates: work.people.candidates, lowerCaseWords: packVarints(work.people.lowerCaseWords.ids) },
  } satisfies NonNullable<Entry['facts']>;
  return { ...base, facts };
}

/** A stored entry back into a file's work; throws BadEntry when its parts do not fit together. */
export function decodeEntry(entry: Entry, vocabularies: ChunkVocabularies): FileWork {
  const base = { file: entry.file, contentHash: entry.contentHash };
  if (entry.skipped !== undefined) return { ...base, skipped: entry.skipped };
  const facts = entry.facts;
  if (facts === undefined) throw bad('has neither facts nor a reason the file was skipped');
  const n = facts.texts.length;
  if (n === 0) throw bad('has no sentences');
  const paragraphs = unpackVarints(facts.paragraphs, n, (why) => bad(`paragraphs ${why}`));
  const entities = Uint8Array.from(unpackVarints(facts.entities, n, (why) => bad(`entities ${why}`)), (value) => {
    if (value > ALL_ENTITIES) throw bad('has unknown entity kinds');
    return value;
  });
  const sentenceIdOk = (id: number): boolean => id < n;
  if (!facts.events.every((e) => sentenceIdOk(e.sentenceId)) || !facts.aid.every((a) => sentenceIdOk(a.sentenceId))) throw bad('has a fact of a missing sentence');
  if (!facts.people.candidates.every((c) => sentenceIdOk(c.sentenceId) && c.articleId === facts.article.id)) throw bad('has a name of a missing sentence');
  const idsOf = (column: string, what: string, vocabulary: readonly string[]): Int32Array => {
    const ids = Int32Array.from(unpackVarints(column, null, (why) => bad(`${what} ids ${why}`)));
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= vocabulary.length) throw bad(`a ${what} id is out of range`);
    return ids;
  };
  const setsOf = (column: { ids: string; offsets: string }, what: string, vocabulary: readonly string[]) => {
    const ids = idsOf(column.ids, what, vocabulary);
    const offsets = Int32Array.from(unpackVarints(column.offsets, n + 1, (why) => bad(`${what} offsets ${why}`)));
    if (offsets[0] !== 0 || offsets[n] !== ids.length) throw bad(`${what} offsets do not cover the ${what}s`);
    for (let i = 1; i <= n; i++) if (offsets[i]! < offsets[i - 1]!) throw bad(`${what} offsets go backwards`);
    return { vocabulary, ids, offsets };
  };
  const work: ArticleFacts = {
    article: facts.article,
    sentences: facts.texts.map((text, i) => ({ text, paragraph: paragraphs[i]! })),
    words: setsOf(facts.words, 'word', vocabularies.words.words),
    events: facts.events,
    aid: facts.aid,
    entities,
    terms: setsOf(facts.terms, 'term', vocabularies.terms.words),
    people: {
      candidates: facts.people.candidates,
      lowerCaseWords: { vocabulary: vocabularies.lowerCase.words, ids: idsOf(facts.people.lowerCaseWords, 'lower-case word', vocabularies.lowerCase.words) },
    },
  };
  return { ...base, ...work };
}
