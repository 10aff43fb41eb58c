// The incremental build's cache: what each file gave the per-article part of the build
// (build-chunk.ts), kept in a folder next to the fact base (`<out>.cache/`), under a folder named
// for the builder's version (build-version.ts). A build reads the entries of the files it has,
// computes only the others, and leaves only what it used; the whole-coverage steps
// (near-duplicates, people, quotes, the index) always run on everything.
//
//   <version>/vocabularies.json   the words, index terms and lower-case words of every entry
//   <version>/entries/<key>.json  one file's work, keyed by (file path, content hash)
//
// Entries hold their words as ids into the cache-wide vocabularies, so reading fourteen thousand
// of them maps no word (merging a vocabulary per entry cost 20 s on the White House corpus).
// Vocabularies only grow; each build that adds words writes them whole (atomically) with a new
// generation token appended, and an entry names the generation it was written in. An entry is
// used only when the vocabularies on disk still list its generation, so two builds sharing a
// cache cannot give an entry another build's words. Entries are validated on read (zod, then
// the cross-references a decoder relies on); one that fails is named in a warning and rebuilt.
// Nothing here can change an answer: a build with the cache gives the same bytes as one without.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ALL_ENTITIES } from '../factbase/entity-kinds.js';
import { AidFactSchema, ArticleSchema, EventSchema } from '../factbase/schema.js';
import { packVarints, unpackVarints } from '../factbase/varint-codec.js';
import { Vocabulary } from '../factbase/vocabulary.js';
import type { ArticleFacts, ChunkVocabularies, FileWork } from './build-chunk.js';
import { builderVersion, ENTRY_FORMAT } from './build-version.js';

/** Files read or written at once. */
const PARALLEL_FILES = 32;
const ENTRIES = 'entries';
const VOCABULARIES = 'vocabularies.json';

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
const EntrySchema = z.object({
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
type Entry = z.infer<typeof EntrySchema>;

const words = z.array(z.string());
const VocabulariesSchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  /** Tokens of the writes that made these vocabularies, oldest first. */
  generations: z.array(z.string()),
  words,
  terms: words,
  lowerCase: words,
});

class BadEntry extends Error {}
const bad = (why: string): BadEntry => new BadEntry(why);

/** A file's work as stored; its ids must already be the cache's (`BuildCache.adopt`). */
function encodeEntry(work: FileWork, generation: string): string {
  const base = { format: ENTRY_FORMAT, file: work.file, contentHash: work.contentHash, generation };
  if ('skipped' in work) return JSON.stringify({ ...base, skipped: work.skipped });
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
  return JSON.stringify({ ...base, facts });
}

/** A stored entry back into a file's work; throws BadEntry when its parts do not fit together. */
function decodeEntry(entry: Entry, vocabularies: ChunkVocabularies): FileWork {
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

const keyOf = (file: string, contentHash: string): string => createHash('sha256').update(`${file}\0${contentHash}`).digest('hex').slice(0, 40);
const entryName = (work: { file: string; contentHash: string }): string => `${keyOf(work.file, work.contentHash)}.json`;

/** Runs `task` on every item, at most `limit` at a time; results in item order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Writes `content` to `file` through a temp file and a rename: readers never see half of it. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, content);
  await rename(temp, file);
}

export class BuildCache {
  /** One line per entry that could not be used (named by its file), for the build's warnings. */
  readonly problems: string[] = [];
  /** The cache-wide vocabularies every entry's ids refer to. */
  readonly vocabularies: ChunkVocabularies;
  readonly #dir: string;
  readonly #generations: string[];
  /** How many words each vocabulary had when read: more means it must be written again. */
  readonly #sizes: readonly number[];
  /** Entry names present when the cache was opened. */
  readonly #present: Set<string>;

  private constructor(dir: string, stored: z.infer<typeof VocabulariesSchema> | null, present: Set<string>) {
    this.#dir = dir;
    this.#generations = stored?.generations ?? [];
    this.vocabularies = { words: new Vocabulary(stored?.words), terms: new Vocabulary(stored?.terms), lowerCase: new Vocabulary(stored?.lowerCase) };
    this.#sizes = this.#vocabularySizes();
    this.#present = present;
  }

  /** The cache in `root` for this builder's version; the entries of other versions are removed. */
  static async open(root: string): Promise<BuildCache> {
    const version = await builderVersion();
    const dir = path.join(root, version);
    await mkdir(path.join(dir, ENTRIES), { recursive: true });
    for (const other of await readdir(root)) {
      if (other !== version) await rm(path.join(root, other), { recursive: true, force: true });
    }
    // Leftovers of a killed write of the vocabularies (entries' are pruned by `save`).
    for (const name of await readdir(dir)) if (name.endsWith('.tmp')) await rm(path.join(dir, name), { force: true });
    let stored: z.infer<typeof VocabulariesSchema> | null = null;
    try {
      const parsed = VocabulariesSchema.safeParse(JSON.parse(await readFile(path.join(dir, VOCABULARIES), 'utf8')));
      // Unreadable vocabularies make every entry unusable: they are all rebuilt.
      if (parsed.success) stored = parsed.data;
    } catch (error) {
      if (!(error instanceof SyntaxError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const present = new Set(stored === null ? [] : (await readdir(path.join(dir, ENTRIES))).filter((name) => name.endsWith('.json')));
    return new BuildCache(dir, stored, present);
  }

  /** Whether it holds any entry (a cold cache is not worth hashing every file for). */
  get isEmpty(): boolean {
    return this.#present.size === 0;
  }

  /** The stored work of each file (null where there is none, or it is unusable). */
  async getAll(files: readonly { file: string; contentHash: string }[]): Promise<(FileWork | null)[]> {
    const generations = new Set(this.#generations);
    return inParallel(files, PARALLEL_FILES, async ({ file, contentHash }) => {
      const name = entryName({ file, contentHash });
      if (!this.#present.has(name)) return null;
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(await readFile(path.join(this.#dir, ENTRIES, name), 'utf8')));
        if (!parsed.success) throw bad(`does not match the entry format at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
        if (parsed.data.file !== file || parsed.data.contentHash !== contentHash) throw bad('belongs to another file');
        if (!generations.has(parsed.data.generation)) throw bad("refers to words the cache's vocabularies no longer hold");
        return decodeEntry(parsed.data, this.vocabularies);
      } catch (error) {
        if (error instanceof BadEntry || error instanceof SyntaxError) {
          this.problems.push(`${file}: the build cache's entry ${error instanceof SyntaxError ? 'is not valid JSON' : error.message}; rebuilt it`);
          return null;
        }
        throw error;
      }
    });
  }

  /** `work` (computed with its chunk's vocabularies) with its ids rewritten in place as the cache's. */
  adopt(work: FileWork): FileWork {
    if ('skipped' in work) return work;
    const { words, terms, lowerCase } = this.vocabularies;
    work.words = { ...work.words, ids: words.adopt(work.words.ids, work.words.vocabulary), vocabulary: words.words };
    work.terms = { ...work.terms, ids: terms.adopt(work.terms.ids, work.terms.vocabulary), vocabulary: terms.words };
    const own = work.people.lowerCaseWords;
    work.people.lowerCaseWords = { ids: lowerCase.adopt(own.ids, own.vocabulary), vocabulary: lowerCase.words };
    return work;
  }

  /**
   * Stores the entries of `computed` (adopted works), after the vocabularies when they grew, and
   * removes the entries of files no longer in the coverage (`kept`) and leftovers of killed writes.
   */
  async save(computed: readonly FileWork[], kept: readonly { file: string; contentHash: string }[]): Promise<void> {
    const grew = this.#vocabularySizes().some((size, i) => size > this.#sizes[i]!);
    if (grew || this.#generations.length === 0) {
      this.#generations.push(randomBytes(8).toString('hex'));
      const { words, terms, lowerCase } = this.vocabularies;
      await writeAtomically(
        path.join(this.#dir, VOCABULARIES),
        JSON.stringify({ format: ENTRY_FORMAT, generations: this.#generations, words: words.words, terms: terms.words, lowerCase: lowerCase.words }),
      );
    }
    const generation = this.#generations.at(-1)!;
    const entries = path.join(this.#dir, ENTRIES);
    await inParallel(computed, PARALLEL_FILES, (work) => writeAtomically(path.join(entries, entryName(work)), encodeEntry(work, generation)));
    const used = new Set(kept.map(entryName));
    const stale = (await readdir(entries)).filter((name) => !used.has(name));
    await inParallel(stale, PARALLEL_FILES, (name) => unlink(path.join(entries, name)).catch(() => undefined));
  }

  #vocabularySizes(): number[] {
    const { words, terms, lowerCase } = this.vocabularies;
    return [words.words.length, terms.words.length, lowerCase.words.length];
  }
}
