// Builds the fact base from a folder of article files: the one place the pipeline is composed.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFacts, ChunkResult, FileWork } from './build-chunk.js';
import { timed, VocabularyMirrors } from './chunk-words.js';
import { BuildCache } from './build-cache.js';
import { builderVersion } from './build-version.js';
import type { CoverageMemo } from './coverage-memo.js';
import { sentencesMentioning } from './person-records.js';
import { readFiles } from './article-input.js';
import { checkFiles, type CheckedFile } from './file-stats.js';
import { BuildPool, defaultWorkerCount, type PoolRequest, type PoolResult } from './build-pool.js';
import { mergePeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { pronounsOf } from './honorific-pronouns.js';
import { concatWordSets, type WordSetIds } from './meaning-words.js';
import { groupNearDuplicateSets } from './near-duplicates.js';
import { sha256 } from './read-article.js';
import { byCodeUnit } from '../code-unit-order.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from '../factbase/schema.js';
import type { Article, FactBase, Person, Sentence } from '../factbase/schema.js';
import type { SerializedIndex } from '../factbase/index-format.js';
import type { EncodedTerms } from '../factbase/index-terms.js';
import { buildIndexFromTerms } from '../factbase/index-build.js';
import { prepareFacts, type PreparedFacts } from '../factbase/persist.js';
import { concatIdSets } from '../factbase/vocabulary.js';
import { stitchCoverage, type StitchedCoverage } from './stitch-coverage.js';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export type BuildStep = 'cache' | 'read' | 'clean' | 'split' | 'nearDuplicates' | 'people' | 'events' | 'aid' | 'annotate' | 'quotes' | 'index';

export interface BuildResult {
  /** Its sentences are made into objects when first read: saving with `prepared` does not need them. */
  factBase: FactBase;
  /** How many sentences, aid figures and events it has (without making them objects). */
  sentenceCount: number;
  aidCount: number;
  eventCount: number;
  /** Its JSON sections ready for `saveFactBase` (valid for the fact base as built, not once changed). */
  prepared: PreparedFacts;
  /** "file: problem" lines for articles that were used despite something missing or odd. */
  warnings: string[];
  /** Files that were not used, and why. */
  skipped: { file: string; reason: string }[];
  /** Milliseconds spent in each step (for the benchmark); summed over workers. */
  timings: Record<BuildStep, number>;
  /** With a cache: files whose per-article work was reused, and entries that could not be. */
  cache: { reused: number; computed: number; problems: string[] } | null;
}

/** No usable article in the folder: there is nothing to build a fact base from. */
export class NoArticlesError extends Error {
  override name = 'NoArticlesError';
}

/**
 * The article files under a folder, as '/'-separated paths relative to it, sorted. Sub-folders
 * are included (a corpus is often filed by month); hidden files and folders are not.
 */
export async function listArticleFiles(articlesDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(articlesDir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(child);
    }
  };
  try {
    await walk('');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NoArticlesError(`articles folder ${articlesDir} does not exist`);
    throw error;
  }
  return found.sort(byCodeUnit);
}

/** sha256 over the sorted (file name, content hash) pairs: identifies the coverage. */
export function coverageHashOf(files: readonly { file: string; contentHash: string }[]): string {
  return sha256(
    [...files]
      .sort((a, b) => byCodeUnit(a.file, b.file))
      .map((f) => `${f.file}\0${f.contentHash}\n`)
      .join(''),
  );
}

/**
 * The coverage hash of the folder as it is now, running no pipeline step; equal to the
 * `coverageHash` a build of the folder would record. With the build's cache, a file whose stat
 * is the one recorded there keeps its recorded hash (as the build does): the White House folder
 * is then stat'ed, not read (136 MB).
 */
export async function currentCoverageHash(articlesDir: string, cacheDir?: string): Promise<string> {
  return (await checkCoverage(articlesDir, cacheDir)).coverageHash;
}

/** The folder as `checkCoverage` found it: its article files, each one's stat and content hash, and the coverage hash. */
export interface CoverageCheck {
  articlesDir: string;
  cacheDir: string | undefined;
  files: readonly string[];
  checked: readonly CheckedFile[];
  coverageHash: string;
}

/** What `currentCoverageHash` finds, kept for a build that follows (`BuildOptions.checked`). */
export async function checkCoverage(articlesDir: string, cacheDir?: string): Promise<CoverageCheck> {
  const files = await listArticleFiles(articlesDir);
  const known = cacheDir === undefined ? {} : await BuildCache.recordedFileStats(cacheDir);
  const checked = await checkFiles(articlesDir, files, known, true);
  const coverageHash = coverageHashOf(checked.map(({ file, contentHash }) => ({ file, contentHash: contentHash ?? '' })));
  return { articlesDir, cacheDir, files, checked, coverageHash };
}

export interface BuildOptions {
  /**
   * Worker threads for the per-article work and the near-duplicate grouping; 0 runs everything
   * on this thread. Default: one per core for a folder of PARALLEL_MIN_FILES files or more.
   */
  workers?: number;
  /**
   * A folder for the incremental build's cache (build-cache.ts), usually `<out>.cache`: files
   * already seen in the same content are not processed again. Same result with or without it.
   */
  cacheDir?: string;
  /**
   * The folder as `checkCoverage(articlesDir, cacheDir)` found it just before (build:facts checks
   * whether its file is up to date first): its files are not listed and stat'ed again (~0.5 s of
   * the White House corpus's 14,396). Ignored when it was of another folder or cache.
   */
  checked?: CoverageCheck;
}

/** Where build:facts keeps the incremental build's cache for the fact base `out`. */
export const cacheDirOf = (out: string): string => `${out}.cache`;

/** Below this many files, starting workers costs more than they save. */
export const PARALLEL_MIN_FILES = 200;
/** Files per task: small enough to balance the workers, large enough to amortise messages. */
const CHUNK_FILES = 64;
/**
 * At most this many files the check read are sent to the workers before the cache is open: more
 * are a cold build (sent as soon as the cache has no entries for them anyway) or a cache whose
 * recorded stats were lost (whose entries would make the work sent ahead wasted).
 */
const SEND_AHEAD_FILES = CHUNK_FILES;

/**
 * Reads every article in `articlesDir` and builds the fact base. Throws NoArticlesError when no
 * file could be used. Same folder content → the same fact base, key for key, with or without
 * workers or a cache.
 */
export async function buildFactBase(articlesDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<BuildStep, number> = {
    cache: 0, read: 0, clean: 0, split: 0, nearDuplicates: 0, people: 0, events: 0, aid: 0, annotate: 0, quotes: 0, index: 0,
  };
  const warnings: string[] = [];
  const skipped: { file: string; reason: string }[] = [];

  const listStart = performance.now();
  const check = options.checked?.articlesDir === articlesDir && options.checked.cacheDir === options.cacheDir ? options.checked : null;
  const files = check?.files ?? (await listArticleFiles(articlesDir));
  timings.read += performance.now() - listStart;

  // By the size of the coverage, not of the change: with one new file, a worker still groups the
  // near-duplicates of the whole coverage while this thread merges people and builds the index.
  // Started first, so that the workers load while the cache is read.
  const workers = options.workers ?? (files.length >= PARALLEL_MIN_FILES ? defaultWorkerCount() : 0);
  const pool = workers > 0 ? new BuildPool(workers) : null;
  try {
    const coverage = await readCoverage(articlesDir, files, pool, options.cacheDir, check?.checked ?? null, timings);
    const { articles, sentences, events, aid, candidates, lowerCase, spans } = coverage.stitched;
    warnings.push(...coverage.stitched.warnings);
    skipped.push(...coverage.skipped);

    const articlesById: ReadonlyMap<string, Article> = new Map(articles.map((a) => [a.id, a]));
    // With a cache, the articles met before keep what these two steps found in them.
    const { memo } = coverage;
    // Without the memo both steps read every sentence, made into objects once.
    const people = timed(timings, 'people', () => {
      const mentionsOf = memo === null ? (all: readonly Person[]) => sentencesMentioning(all, sentences.all()) : (all: readonly Person[]) => memo.mentions(all, sentences, spans, sentencesMentioning);
      return mergePeople(candidates, lowerCase, sentences, articlesById, mentionsOf);
    });
    const quotes = timed(timings, 'quotes', () => {
      const pronouns = pronounsOf(coverage.stitched.honorifics, people);
      const compute = (some: readonly Sentence[], all: readonly Person[]) => extractQuotes(some, articlesById, all, pronouns);
      return memo === null ? compute(sentences.all(), people) : memo.quotes(people, pronouns, sentences, spans, compute);
    });
    const memoSaved = coverage.cache?.saveMemo();
    // Validated and encoded for saving while the workers finish: saving these sections took ~2.5 s
    // after the last step of a White House add-one.
    const prepared = { ...prepareFacts({ articles, people, aid, events, quotes }, sentences.length), sentences };
    const [index, groups] = await Promise.all([coverage.index(), coverage.groups()]);
    sentences.setGroups(groups);
    const saveStart = performance.now();
    await memoSaved;
    timings.cache += performance.now() - saveStart;

    const factBase: FactBase = {
      format: FACTBASE_FORMAT,
      version: FACTBASE_VERSION,
      coverageHash: coverageHashOf(coverage.hashes),
      builderVersion: await builderVersion(),
      articles,
      sentences: [],
      people,
      aid: [],
      events: [],
      quotes,
      index,
    };
    // Made into objects only when read: saving takes the columns and the facts' JSON.
    sentences.exposeAs(factBase);
    aid.exposeAs(factBase, 'aid');
    events.exposeAs(factBase, 'events');
    const { cache } = coverage;
    const cacheReport = cache === null ? null : { reused: files.length - coverage.computed, computed: coverage.computed, problems: cache.problems };
    return { factBase, sentenceCount: sentences.length, aidCount: aid.length, eventCount: events.length, prepared, warnings, skipped, timings, cache: cacheReport };
  } finally {
    await pool?.close();
  }
}

/** The build's coverage once every file's work is in: stitched together, the works themselves let go. */
interface ReadCoverage {
  stitched: StitchedCoverage;
  skipped: { file: string; reason: string }[];
  /** Every file's path and content hash, for the coverage hash. */
  hashes: { file: string; contentHash: string }[];
  cache: BuildCache | null;
  /** With a cache, the articles met before keep what people's mentions and quotes found in them. */
  memo: CoverageMemo | null;
  /** Files processed (the others came from the cache). */
  computed: number;
  /** The steps that depend only on sentence text, computed in the workers meanwhile when there are workers. */
  index: () => Promise<SerializedIndex>;
  groups: () => Promise<ArrayLike<number>>;
}

/**
 * Every file's work (from the cache or computed), stitched into the coverage; with workers, the
 * near-duplicate grouping and the index set going in them. The works hold ~300 MB on the White
 * House corpus beyond what the coverage keeps of them: they are let go when this returns, before
 * the whole-coverage steps (with a cache, once its new entries are written).
 */
async function readCoverage(
  articlesDir: string,
  files: readonly string[],
  pool: BuildPool | null,
  cacheDir: string | undefined,
  checkedBefore: readonly CheckedFile[] | null,
  timings: Record<BuildStep, number>,
): Promise<ReadCoverage> {
  // Files the check had to read (new or changed since the last build: in an add-one, the new
  // article) most likely have no cache entry: sent to a worker now, it loads the per-article work
  // and processes them while this thread opens the cache, instead of after it.
  const ahead = pool !== null && checkedBefore !== null ? checkedBefore.filter((checked) => checked.read === true).map((checked) => checked.file) : [];
  const sent = ahead.length > 0 && ahead.length <= SEND_AHEAD_FILES ? sendChunks(articlesDir, ahead, pool!, cacheDir !== undefined) : [];
  // The cache's columns for the files it has: their words and terms, not yet the rest.
  const cacheStart = performance.now();
  const cache = cacheDir === undefined ? null : await BuildCache.open(cacheDir);
  const checked = cache === null ? [] : await cache.checkFiles(articlesDir, files, checkedBefore ?? undefined);
  const columns = cache === null ? files.map(() => null) : await cache.textColumns(checked);
  timings.cache += performance.now() - cacheStart;
  const missing = files.filter((_, i) => columns[i] === null);
  const sentAhead = new Set(sent.length === 0 ? [] : ahead);
  // The cache's entries are decoded while the others are computed (with workers, this thread
  // waited for them): the text steps start as soon as those are in, between two batches of entries.
  const decoding = cache === null ? Promise.resolve(files.map(() => null)) : cache.getAll(checked, (ms) => (timings.cache += ms));
  decoding.catch(() => undefined); // Met below (a build that fails before never awaits it).
  const computed = await computeWorks(articlesDir, missing.filter((file) => !sentAhead.has(file)), pool, cache, timings, sent, new Set(missing));

  // Near-duplicate groups and the index depend only on sentence text and no extractor reads them:
  // with workers, each is computed in one while this thread decodes the rest of the cache's
  // entries, stitches the files together, merges people and finds quotes. The index is over the
  // final sentence list, so its ids are the sentence ids.
  const texts = files.map((file, i): TextColumns | null => {
    const stored = columns[i] ?? computed.get(file)!;
    if (stored === 'skipped' || 'skipped' in stored) return null;
    // A stored article's id is read with the rest of its entry: until then, its file's name.
    return { file, id: 'article' in stored ? stored.article.id : file.replace(/\.[^.]+$/, ''), words: stored.words, terms: stored.terms };
  });
  const early = firstOfEachArticle(texts.filter((text) => text !== null), (text) => text.id);
  let textSteps = startTextSteps(pool, early.map((text) => text.words), early.map((text) => text.terms), timings);

  const cached = await decoding;
  // An entry whose columns were read but that cannot be used (its vocabularies rewritten by
  // another build meanwhile) is computed now, on this thread.
  const late = files.filter((file, i) => cached[i] === null && !computed.has(file));
  for (const [file, work] of await computeWorks(articlesDir, late, null, cache, timings)) computed.set(file, work);
  const works = files.map((file, i) => cached[i] ?? computed.get(file)!);
  // Written while the works are stitched together, which reads them but does not change them.
  const saving = cache?.save([...computed.values()], works);

  const used = firstOfEachArticle(works.filter(givesArticle), (work) => work.article.id);
  const hashes = works.map(({ file, contentHash }) => ({ file, contentHash }));
  const usedFiles = new Set(used.map((work) => work.file));
  const skipped = works.flatMap((work) => {
    if ('skipped' in work) return [{ file: work.file, reason: work.skipped }];
    return usedFiles.has(work.file) ? [] : [{ file: work.file, reason: `another file already has the article id "${work.article.id}"` }];
  });
  if (used.length === 0) {
    const why = skipped.length === 0 ? 'it has no .txt or .md files' : `all ${skipped.length} files were skipped`;
    throw new NoArticlesError(`no article could be read from ${articlesDir}: ${why}`);
  }
  // Started on other words than these (an entry computed late, an article id not its file's name): again, on this thread.
  if (late.length > 0 || early.length !== used.length || early.some((item, i) => item.file !== used[i]!.file)) {
    textSteps = startTextSteps(null, used.map((work) => work.words), used.map((work) => work.terms), timings);
  }
  const stitched = stitchCoverage(used);
  const saveStart = performance.now();
  await saving;
  timings.cache += performance.now() - saveStart;
  return { stitched, skipped, hashes, cache, memo: cache?.memo ?? null, computed: computed.size, ...textSteps };
}

const givesArticle = (work: FileWork): work is Extract<FileWork, ArticleFacts> => !('skipped' in work);

/** A file's words and index terms, and the id of its article. */
interface TextColumns {
  file: string;
  id: string;
  words: WordSetIds;
  terms: EncodedTerms;
}

/** The files (of articles, in file order) that give an article: not one whose article id an earlier one took (the same name with another extension). */
function firstOfEachArticle<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const ids = new Set<string>();
  return items.filter((item) => {
    const id = idOf(item);
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  });
}

/** Chunks of files sent to the workers, each reply awaited in the order sent. */
type SentChunks = Promise<Extract<PoolResult, { kind: 'chunk' }>>[];

/** `files` in chunks of CHUNK_FILES. */
function chunksOf(files: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_FILES) chunks.push(files.slice(i, i + CHUNK_FILES));
  return chunks;
}

/**
 * `files` sent to the pool's workers in chunks, each read here as a worker takes it: this thread
 * waits meanwhile, and reading a White House build's files synchronously here saves the workers
 * ~1.5-2 s of CPU their asynchronous reads took (the read ahead hid the disk from them).
 */
function sendChunks(articlesDir: string, files: readonly string[], pool: BuildPool, withKeys: boolean): SentChunks {
  return chunksOf(files).map((chunk) => {
    const reply = pool.run(() => {
      const read = readFiles(articlesDir, chunk);
      return { request: { kind: 'chunk', articlesDir, files: chunk, withKeys, read }, transfer: [read.bytes.buffer as ArrayBuffer, read.lengths.buffer as ArrayBuffer] };
    }) as SentChunks[number];
    reply.catch(() => undefined); // Met when awaited (a build that fails before never awaits it).
    return reply;
  });
}

/**
 * The works of `files`, computed (with workers when there are some); with a cache, numbered in its
 * vocabularies. With workers, `sent` are chunks sent to them before: their works are taken too,
 * those of `wanted` files only (one the cache turned out to have is left out).
 */
async function computeWorks(
  articlesDir: string,
  files: readonly string[],
  pool: BuildPool | null,
  cache: BuildCache | null,
  timings: Record<BuildStep, number>,
  sent: SentChunks = [],
  wanted?: ReadonlySet<string>,
): Promise<Map<string, FileWork>> {
  let chunkResults: ChunkResult[];
  if (pool === null) {
    const fileChunks = chunksOf(files);
    chunkResults = [];
    if (fileChunks.length > 0) {
      // Loaded only here: with workers, this thread never runs the extractors.
      const { processChunk, ThreadVocabularies } = await import('./build-chunk.js');
      const vocabularies = new ThreadVocabularies();
      chunkResults = await sequentially(fileChunks.map((chunk) => () => processChunk(articlesDir, chunk, vocabularies, cache !== null)));
    }
  } else {
    const replies = await Promise.all([...sent, ...sendChunks(articlesDir, files, pool, cache !== null)]);
    // In the order sent, which is each worker's order: it was sent its chunks in that order.
    const mirrors = new VocabularyMirrors();
    for (const reply of replies) mirrors.attach(reply.result, reply.thread);
    chunkResults = replies.map((reply) => reply.result);
  }
  const computed = new Map<string, FileWork>();
  for (const chunk of chunkResults) {
    for (const [step, ms] of Object.entries(chunk.timings)) timings[step as BuildStep] += ms;
    for (const work of chunk.files) {
      if (wanted !== undefined && !wanted.has(work.file)) continue;
      // With a cache, every file's words are numbered in the cache's vocabularies.
      computed.set(work.file, cache === null ? work : timed(timings, 'cache', () => cache.adopt(work)));
    }
  }
  return computed;
}

/**
 * The near-duplicate groups and the index of every sentence (the word sets and index terms of
 * each article, in order), started in the workers when there are some. Apart from readCoverage,
 * whose closures would keep its works alive through these: `words` and `terms` are let go once
 * joined or sent.
 */
function startTextSteps(pool: BuildPool | null, words: readonly WordSetIds[], terms: readonly EncodedTerms[], timings: Record<BuildStep, number>): Pick<ReadCoverage, 'index' | 'groups'> {
  if (pool === null) {
    const allWords = concatWordSets(words);
    const allTerms = concatIdSets(terms);
    return {
      index: async () => timed(timings, 'index', () => buildIndexFromTerms([allTerms])),
      groups: async () => timed(timings, 'nearDuplicates', () => groupNearDuplicateSets([allWords])),
    };
  }
  // Sent as they are, not joined here: in shared memory (the build cache's segments, the workers'
  // chunks), each is a view the worker reads in place, and the worker maps each vocabulary into
  // its own once. Joining the White House coverage's took this thread ~1.4 s after a full build's
  // per-article work (load ~4), while the workers waited; posting the pieces takes ~0.07 s.
  const groupsDone = inWorker(pool, { kind: 'group', pieces: [...words] }, timings, 'nearDuplicates');
  const indexDone = inWorker(pool, { kind: 'index', pieces: [...terms] }, timings, 'index');
  // Awaited later, or never (a build that fails first, or starts them again on other words).
  for (const done of [groupsDone, indexDone]) done.catch(() => undefined);
  // The last tasks: each worker stops once it has answered, not at the end of the build.
  pool.finish();
  return {
    index: async () => ((await indexDone) as Extract<PoolResult, { kind: 'index' }>).index,
    groups: async () => ((await groupsDone) as Extract<PoolResult, { kind: 'groups' }>).groups,
  };
}

/** `task` run on the pool, its time added to `step`: a whole-coverage step that a worker takes. */
async function inWorker(pool: BuildPool, task: PoolRequest, timings: Record<BuildStep, number>, step: BuildStep): Promise<PoolResult> {
  const reply = await pool.run(task);
  if ('ms' in reply) timings[step] += reply.ms;
  return reply;
}

async function sequentially<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}
