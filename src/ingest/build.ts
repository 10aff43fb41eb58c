// Builds the fact base from a folder of article files: the one place the pipeline is composed.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleText, SentenceFacts } from './build-chunk.js';
import { processChunk, readInput, sentenceFacts, timed } from './build-chunk.js';
import { BuildPool, defaultWorkerCount } from './build-pool.js';
import { extractPeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { groupNearDuplicateSets } from './near-duplicates.js';
import { sha256 } from './read-article.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from '../factbase/schema.js';
import type { AidFact, Article, DatedEvent, FactBase, Sentence } from '../factbase/schema.js';
import { buildIndex } from '../factbase/index-build.js';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export type BuildStep = 'read' | 'clean' | 'split' | 'nearDuplicates' | 'people' | 'events' | 'aid' | 'annotate' | 'quotes' | 'index';

export interface BuildResult {
  factBase: FactBase;
  /** "file: problem" lines for articles that were used despite something missing or odd. */
  warnings: string[];
  /** Files that were not used, and why. */
  skipped: { file: string; reason: string }[];
  /** Milliseconds spent in each step (for the benchmark). */
  timings: Record<BuildStep, number>;
}

/** No usable article in the folder: there is nothing to build a fact base from. */
export class NoArticlesError extends Error {
  override name = 'NoArticlesError';
}

// Plain code-unit order, not localeCompare: the file order (and so every id) must not depend on
// the machine's locale.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
 * The coverage hash of the folder as it is now, reading the files but running no pipeline step;
 * equal to the `coverageHash` a build of the folder would record.
 */
export async function currentCoverageHash(articlesDir: string): Promise<string> {
  const files = await listArticleFiles(articlesDir);
  const hashed = await Promise.all(
    files.map(async (file) => ({ file, contentHash: (await readInput(articlesDir, file)).contentHash })),
  );
  return coverageHashOf(hashed);
}

export interface BuildOptions {
  /**
   * Worker threads for the per-article work and the near-duplicate grouping; 0 runs everything
   * on this thread. Default: one per core for a folder of PARALLEL_MIN_FILES files or more.
   */
  workers?: number;
}

/** Below this many files, starting workers costs more than they save. */
export const PARALLEL_MIN_FILES = 200;
/** Files per task: small enough to balance the workers, large enough to amortise messages. */
const CHUNK_FILES = 64;

/**
 * Reads every article in `articlesDir` and builds the fact base. Throws NoArticlesError when no
 * file could be used. Same folder content → the same fact base, key for key, with or without
 * workers.
 */
export async function buildFactBase(articlesDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const timings: Record<BuildStep, number> = {
    read: 0, clean: 0, split: 0, nearDuplicates: 0, people: 0, events: 0, aid: 0, annotate: 0, quotes: 0, index: 0,
  };
  const warnings: string[] = [];
  const skipped: { file: string; reason: string }[] = [];

  const listStart = performance.now();
  const files = await listArticleFiles(articlesDir);
  timings.read += performance.now() - listStart;
  const fileChunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_FILES) fileChunks.push(files.slice(i, i + CHUNK_FILES));

  const workers = options.workers ?? (files.length >= PARALLEL_MIN_FILES ? defaultWorkerCount() : 0);
  const pool = workers > 0 ? new BuildPool(workers) : null;
  try {
    const chunkResults = pool
      ? await Promise.all(
          fileChunks.map(async (chunk) => {
            const reply = await pool.run({ kind: 'chunk', articlesDir, files: chunk });
            return (reply as Extract<typeof reply, { kind: 'chunk' }>).result;
          }),
        )
      : await sequentially(fileChunks.map((chunk) => () => processChunk(articlesDir, chunk)));

    // Stitch the chunks together in file order. An article id already taken (the same name with
    // another extension) drops the later file; its chunk's sentence facts are then redone.
    const articles: Article[] = [];
    const sentences: Sentence[] = [];
    const events: DatedEvent[] = [];
    const aid: AidFact[] = [];
    const words: SentenceFacts['words'][] = [];
    const hashes: { file: string; contentHash: string }[] = [];
    const ids = new Set<string>();
    for (const chunk of chunkResults) {
      for (const step of ['read', 'clean', 'split', 'events', 'aid', 'annotate', 'nearDuplicates'] as const) timings[step] += chunk.timings[step];
      const kept: ArticleText[] = [];
      let dropped = false;
      for (const outcome of chunk.files) {
        hashes.push({ file: outcome.file, contentHash: outcome.contentHash });
        if ('skipped' in outcome) {
          skipped.push({ file: outcome.file, reason: outcome.skipped });
        } else if (ids.has(outcome.article.id)) {
          skipped.push({ file: outcome.file, reason: `another file already has the article id "${outcome.article.id}"` });
          dropped = true;
        } else {
          ids.add(outcome.article.id);
          kept.push(outcome);
        }
      }
      const redone = { read: 0, clean: 0, split: 0, events: 0, aid: 0, annotate: 0, nearDuplicates: 0 };
      const facts: SentenceFacts = dropped ? sentenceFacts(kept, redone) : chunk;
      for (const step of ['events', 'aid', 'annotate', 'nearDuplicates'] as const) timings[step] += redone[step];
      const offset = sentences.length;
      for (const { article, sentences: own } of kept) {
        articles.push(article);
        for (const warning of article.warnings) warnings.push(`${article.file}: ${warning}`);
        for (const { text, paragraph } of own) {
          // `group` is provisional here; the near-duplicate step sets it.
          const entities = facts.entities[sentences.length - offset] ?? 0;
          sentences.push({ id: sentences.length, articleId: article.id, text, paragraph, group: sentences.length, entities });
        }
      }
      for (const event of facts.events) events.push({ ...event, id: events.length, sentenceId: event.sentenceId + offset });
      for (const fact of facts.aid) aid.push({ ...fact, id: aid.length, sentenceId: fact.sentenceId + offset });
      words.push(facts.words);
    }
    if (articles.length === 0) {
      const why = skipped.length === 0 ? 'it has no .txt or .md files' : `all ${skipped.length} files were skipped`;
      throw new NoArticlesError(`no article could be read from ${articlesDir}: ${why}`);
    }

    // Order of the steps after splitting, and why:
    // 1. near-duplicate groups depend only on sentence text and no extractor reads them, so with
    //    workers they are computed in one while this thread extracts people and quotes;
    // 2. people before quotes: quote attribution resolves speakers against the people found;
    //    events and aid are per sentence, extracted with each chunk;
    // 3. the index over the final sentence list, so its ids are the sentence ids.
    const groupsDone = pool
      ? pool
          .run({ kind: 'group', chunks: words }, words.flatMap((w) => [w.ids.buffer, w.offsets.buffer, w.counts.buffer] as ArrayBuffer[]))
          .then((reply) => reply as Extract<typeof reply, { kind: 'groups' }>)
      : null;

    const articlesById: ReadonlyMap<string, Article> = new Map(articles.map((a) => [a.id, a]));
    const people = timed(timings, 'people', () => extractPeople(sentences, articlesById));
    const quotes = timed(timings, 'quotes', () => extractQuotes(sentences, articlesById, people));
    const index = timed(timings, 'index', () => buildIndex(sentences.map((s) => s.text)));

    let groups: ArrayLike<number>;
    if (groupsDone) {
      const reply = await groupsDone;
      timings.nearDuplicates += reply.ms;
      groups = reply.groups;
    } else {
      groups = timed(timings, 'nearDuplicates', () => groupNearDuplicateSets(words));
    }
    for (const sentence of sentences) sentence.group = groups[sentence.id]!;

    const factBase: FactBase = {
      format: FACTBASE_FORMAT,
      version: FACTBASE_VERSION,
      coverageHash: coverageHashOf(hashes),
      articles,
      sentences,
      people,
      aid,
      events,
      quotes,
      index,
    };
    return { factBase, warnings, skipped, timings };
  } finally {
    await pool?.close();
  }
}

async function sequentially<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}
