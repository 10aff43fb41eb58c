// The incremental build's cache: what each file gave the per-article part of the build
// (build-chunk.ts), kept in a folder next to the fact base (`<out>.cache/`), one JSON file per
// (file path, content hash), under a folder named for the builder's version. A build reads the
// entries of the files it has, computes only the others, and leaves only what it used; the
// whole-coverage steps (near-duplicates, people, quotes, the index) always run on everything.
//
// The builder's version is a hash of the code that decides what a file gives (build-chunk.ts and
// everything it imports), the versions of the packages that code uses and Node's version, so an
// edited extractor never meets results of the old one. Entries are validated on read
// (zod, then the cross-references a decoder relies on); one that fails is named in a warning
// and rebuilt. Nothing here can change an answer: a build with the cache gives the same bytes as
// one without.
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ALL_ENTITIES } from '../factbase/entity-kinds.js';
import { AidFactSchema, ArticleSchema, EventSchema } from '../factbase/schema.js';
import { packVarints, unpackVarints } from '../factbase/varint-codec.js';
import type { ArticleFacts, ChunkVocabularies, FileWork } from './build-chunk.js';
import type { Vocabulary } from '../factbase/vocabulary.js';

/** Bump when the entry layout changes (the builder's version covers what is in it). */
const ENTRY_FORMAT = 1;
/** Files read or written at once. */
const PARALLEL_FILES = 32;

/** The module whose code (and what it imports) computes a file's work. */
const WORK_MODULE = fileURLToPath(new URL(`./build-chunk${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
// Static imports and re-exports, `import('…')`, and `require('…')` through createRequire.
const IMPORTED = /^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|(?:\brequire|createRequire\(import\.meta\.url\))\(\s*'([^']+)'\s*\)/gm;

let versionMemo: Promise<string> | null = null;

/**
 * The builder's version: a hash of the source of build-chunk and every module it imports, of the
 * versions of the packages they use, and of Node's version. Code that does not decide what a
 * file gives (saving, loading, the whole-coverage steps, the bot) can change without emptying
 * the cache.
 */
export function builderVersion(): Promise<string> {
  versionMemo ??= (async () => {
    const hash = createHash('sha256').update(`entry ${ENTRY_FORMAT}\0node ${process.versions.node}\0`);
    const seen = new Set<string>([WORK_MODULE]);
    const packages = new Set<string>();
    const queue = [WORK_MODULE];
    const root = path.dirname(path.dirname(WORK_MODULE));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const source = await readFile(file, 'utf8');
      hash.update(`${path.relative(root, file).split(path.sep).join('/')}\0${source}\0`);
      for (const match of source.matchAll(IMPORTED)) {
        const specifier = match.slice(1).find((group) => group !== undefined) ?? '';
        if (specifier.startsWith('node:')) continue;
        if (!specifier.startsWith('.')) {
          const parts = specifier.split('/');
          packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
          continue;
        }
        // Sources import './x.js' whether they are .ts (run by tsx) or compiled .js.
        const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, path.extname(file));
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    const require = createRequire(import.meta.url);
    for (const name of [...packages].sort()) {
      let version = 'unknown';
      try {
        version = (JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? version;
      } catch {
        // A package that hides its package.json: its name alone.
      }
      hash.update(`${name}@${version}\0`);
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return versionMemo;
}

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
  skipped: z.string().optional(),
  facts: z
    .object({
      article: ArticleSchema,
      texts: z.array(z.string().min(1)),
      paragraphs: packed,
      entities: packed,
      events: z.array(EventSchema),
      aid: z.array(AidFactSchema),
      words: z.object({ vocabulary: z.array(z.string()), ids: packed, offsets: packed }),
      terms: z.object({ vocabulary: z.array(z.string()), ids: packed, offsets: packed }),
      people: z.object({ candidates: z.array(CandidateSchema), lowerCaseWords: z.array(z.string()) }),
    })
    .optional(),
});
type Entry = z.infer<typeof EntrySchema>;

class BadEntry extends Error {}
const bad = (why: string): BadEntry => new BadEntry(why);

/** Ids into a shared vocabulary as the article's own vocabulary (in order of first use) and ids into it. */
function ownWords(vocabulary: readonly string[], ids: ArrayLike<number>): { vocabulary: string[]; ids: number[] } {
  const local = new Map<number, number>();
  const own: string[] = [];
  const localIds = Array.from(ids, (id) => {
    let mapped = local.get(id);
    if (mapped === undefined) {
      mapped = own.length;
      local.set(id, mapped);
      own.push(vocabulary[id]!);
    }
    return mapped;
  });
  return { vocabulary: own, ids: localIds };
}

/** A file's work as stored. */
function encodeEntry(work: FileWork): string {
  const base = { format: ENTRY_FORMAT, file: work.file, contentHash: work.contentHash };
  if ('skipped' in work) return JSON.stringify({ ...base, skipped: work.skipped });
  const words = ownWords(work.words.vocabulary, work.words.ids);
  const terms = ownWords(work.terms.vocabulary, work.terms.ids);
  const facts = {
    article: work.article,
    texts: work.sentences.map((s) => s.text),
    paragraphs: packVarints(work.sentences.map((s) => s.paragraph)),
    entities: packVarints(work.entities),
    events: work.events,
    aid: work.aid,
    words: { vocabulary: words.vocabulary, ids: packVarints(words.ids), offsets: packVarints(work.words.offsets) },
    terms: { vocabulary: terms.vocabulary, ids: packVarints(terms.ids), offsets: packVarints(work.terms.offsets) },
    people: {
      candidates: work.people.candidates,
      lowerCaseWords: Array.from(work.people.lowerCaseWords.ids, (id) => work.people.lowerCaseWords.vocabulary[id]!),
    },
  } satisfies NonNullable<Entry['facts']>;
  return JSON.stringify({ ...base, facts });
}

/**
 * A stored entry back into a file's work, its words numbered in `vocabularies`; throws BadEntry
 * when its parts do not fit together.
 */
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
  const setsOf = (column: { vocabulary: string[]; ids: string; offsets: string }, what: string, into: Vocabulary) => {
    const ids = Int32Array.from(unpackVarints(column.ids, null, (why) => bad(`${what} ids ${why}`)));
    const offsets = Int32Array.from(unpackVarints(column.offsets, n + 1, (why) => bad(`${what} offsets ${why}`)));
    checkSets(ids, offsets, column.vocabulary.length, what);
    return { vocabulary: into.words, ids: into.adopt(ids, column.vocabulary), offsets };
  };
  const work: ArticleFacts = {
    article: facts.article,
    sentences: facts.texts.map((text, i) => ({ text, paragraph: paragraphs[i]! })),
    words: setsOf(facts.words, 'word', vocabularies.words),
    events: facts.events,
    aid: facts.aid,
    entities,
    terms: setsOf(facts.terms, 'term', vocabularies.terms),
    people: {
      candidates: facts.people.candidates,
      lowerCaseWords: { vocabulary: vocabularies.lowerCase.words, ids: Int32Array.from(facts.people.lowerCaseWords, (word) => vocabularies.lowerCase.idOf(word)) },
    },
  };
  return { ...base, ...work };
}

function checkSets(ids: ArrayLike<number>, offsets: ArrayLike<number>, vocabulary: number, what: string): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== ids.length) throw bad(`${what} offsets do not cover the ${what}s`);
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) throw bad(`${what} offsets go backwards`);
  for (let i = 0; i < ids.length; i++) if (ids[i]! >= vocabulary) throw bad(`a ${what} id is out of range`);
}

const keyOf = (file: string, contentHash: string): string => createHash('sha256').update(`${file}\0${contentHash}`).digest('hex').slice(0, 40);

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

export class BuildCache {
  /** One line per entry that could not be used (named by its file), for the build's warnings. */
  readonly problems: string[] = [];
  readonly #dir: string;
  /** Entry names present when the cache was opened. */
  readonly #present: Set<string>;

  private constructor(dir: string, present: Set<string>) {
    this.#dir = dir;
    this.#present = present;
  }

  /** The cache in `root` for this builder's version; the entries of other versions are removed. */
  static async open(root: string): Promise<BuildCache> {
    const version = await builderVersion();
    const dir = path.join(root, version);
    await mkdir(dir, { recursive: true });
    for (const other of await readdir(root)) {
      if (other !== version) await rm(path.join(root, other), { recursive: true, force: true });
    }
    const present = new Set((await readdir(dir)).filter((name) => name.endsWith('.json')));
    return new BuildCache(dir, present);
  }

  /** Whether it holds any entry (a cold cache is not worth hashing every file for). */
  get isEmpty(): boolean {
    return this.#present.size === 0;
  }

  /** The stored work of each file (null where there is none, or it is unusable). */
  async getAll(files: readonly { file: string; contentHash: string }[], vocabularies: ChunkVocabularies): Promise<(FileWork | null)[]> {
    return inParallel(files, PARALLEL_FILES, async ({ file, contentHash }) => {
      const name = `${keyOf(file, contentHash)}.json`;
      if (!this.#present.has(name)) return null;
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(await readFile(path.join(this.#dir, name), 'utf8')));
        if (!parsed.success) throw bad(`does not match the entry format at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
        if (parsed.data.file !== file || parsed.data.contentHash !== contentHash) throw bad('belongs to another file');
        return decodeEntry(parsed.data, vocabularies);
      } catch (error) {
        if (error instanceof BadEntry || error instanceof SyntaxError) {
          this.problems.push(`${file}: the build cache's entry ${error instanceof SyntaxError ? 'is not valid JSON' : error.message}; rebuilt it`);
          return null;
        }
        throw error;
      }
    });
  }

  /** The folder entries are written to (by `writeEntries`, in whichever thread computed them). */
  get entriesDir(): string {
    return this.#dir;
  }

  /** Removes the entries of files no longer in the coverage (and leftovers of killed writes). */
  async keepOnly(files: readonly { file: string; contentHash: string }[]): Promise<void> {
    const used = new Set(files.map(({ file, contentHash }) => `${keyOf(file, contentHash)}.json`));
    const stale = (await readdir(this.#dir)).filter((name) => !used.has(name));
    await inParallel(stale, PARALLEL_FILES, (name) => unlink(path.join(this.#dir, name)).catch(() => undefined));
  }
}

/** Writes the entries of `works` into the version folder `dir` (each atomically). */
export async function writeEntries(dir: string, works: readonly FileWork[]): Promise<void> {
  await inParallel(works, PARALLEL_FILES, async (work) => {
    const name = `${keyOf(work.file, work.contentHash)}.json`;
    const temp = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    await writeFile(temp, encodeEntry(work));
    await rename(temp, path.join(dir, name));
  });
}
