// Builds the fact base from a folder of article files: the one place the pipeline is composed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanBody } from './clean.js';
import { extractAid } from './extract-aid.js';
import { extractEvents } from './extract-events.js';
import { extractPeople } from './extract-people.js';
import { extractQuotes } from './extract-quotes.js';
import { groupNearDuplicates } from './near-duplicates.js';
import type { ArticleSource } from './read-article.js';
import { completeArticle, MAX_ARTICLE_BYTES, readArticleSource, sha256, UnreadableArticleError } from './read-article.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from './schema.js';
import type { Article, FactBase, Sentence } from './schema.js';
import { splitSentences } from './split-sentences.js';
import { buildIndex } from './tfidf.js';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export type BuildStep = 'read' | 'clean' | 'split' | 'nearDuplicates' | 'people' | 'events' | 'aid' | 'quotes' | 'index';

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

interface Input {
  file: string;
  contentHash: string;
  /** Null when the file is too big to read. */
  bytes: Buffer | null;
  size: number;
}

async function readInput(articlesDir: string, file: string): Promise<Input> {
  const fullPath = path.join(articlesDir, file);
  const info = await stat(fullPath);
  if (info.size > MAX_ARTICLE_BYTES) {
    // Skipped anyway, so only hashed (streamed, never held in memory) to notice when it changes.
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(fullPath)) hash.update(chunk as Buffer);
    return { file, contentHash: hash.digest('hex'), bytes: null, size: info.size };
  }
  const bytes = await readFile(fullPath);
  return { file, contentHash: sha256(bytes), bytes, size: bytes.length };
}

function timed<T>(timings: Record<BuildStep, number>, step: BuildStep, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[step] += performance.now() - start;
  return result;
}

/**
 * Reads every article in `articlesDir` and builds the fact base. Throws NoArticlesError when no
 * file could be used. Same folder content → the same fact base, key for key.
 */
export async function buildFactBase(articlesDir: string): Promise<BuildResult> {
  const timings: Record<BuildStep, number> = {
    read: 0, clean: 0, split: 0, nearDuplicates: 0, people: 0, events: 0, aid: 0, quotes: 0, index: 0,
  };
  const warnings: string[] = [];
  const skipped: { file: string; reason: string }[] = [];

  const readStart = performance.now();
  const files = await listArticleFiles(articlesDir);
  const inputs: Input[] = [];
  for (const file of files) inputs.push(await readInput(articlesDir, file));
  timings.read += performance.now() - readStart;

  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const ids = new Set<string>();
  for (const input of inputs) {
    const skip = (reason: string): void => {
      skipped.push({ file: input.file, reason });
    };
    if (input.bytes === null) {
      skip(`larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article (${input.size} bytes)`);
      continue;
    }
    let source: ArticleSource;
    try {
      source = timed(timings, 'read', () => readArticleSource(input.file, input.bytes!));
    } catch (error) {
      if (error instanceof UnreadableArticleError) {
        skip(error.reason);
        continue;
      }
      throw error;
    }
    if (ids.has(source.id)) {
      skip(`another file already has the article id "${source.id}"`);
      continue;
    }
    const cleaned = timed(timings, 'clean', () => cleanBody(source.body, source.format));
    const article = timed(timings, 'read', () => completeArticle(source, cleaned));
    const articleSentences = timed(timings, 'split', () =>
      cleaned.paragraphs.flatMap((text, paragraph) => splitSentences(text).map((sentence) => ({ sentence, paragraph }))),
    );
    if (articleSentences.length === 0) {
      skip('no article text left after removing page furniture');
      continue;
    }
    ids.add(article.id);
    articles.push(article);
    for (const warning of article.warnings) warnings.push(`${article.file}: ${warning}`);
    for (const { sentence, paragraph } of articleSentences) {
      // `group` is provisional here; the near-duplicate step sets it.
      sentences.push({ id: sentences.length, articleId: article.id, text: sentence, paragraph, group: sentences.length });
    }
  }
  if (articles.length === 0) {
    const why = skipped.length === 0 ? 'it has no .txt or .md files' : `all ${skipped.length} files were skipped`;
    throw new NoArticlesError(`no article could be read from ${articlesDir}: ${why}`);
  }

  // Order of the steps after splitting, and why:
  // 1. near-duplicates first: groups depend only on sentence text, and every later consumer
  //    shows a fact once per group;
  // 2. people before quotes: quote attribution resolves speakers against the people found;
  //    events and aid are independent of people and of each other;
  // 3. the index last, over the final sentence list, so its ids are the sentence ids.
  const texts = sentences.map((s) => s.text);
  const groups = timed(timings, 'nearDuplicates', () => groupNearDuplicates(texts));
  for (const sentence of sentences) sentence.group = groups[sentence.id]!;

  const articlesById: ReadonlyMap<string, Article> = new Map(articles.map((a) => [a.id, a]));
  const people = timed(timings, 'people', () => extractPeople(sentences, articlesById));
  const events = timed(timings, 'events', () => extractEvents(sentences, articlesById));
  const aid = timed(timings, 'aid', () => extractAid(sentences, articlesById));
  const quotes = timed(timings, 'quotes', () => extractQuotes(sentences, articlesById, people));
  const index = timed(timings, 'index', () => buildIndex(texts));

  const factBase: FactBase = {
    format: FACTBASE_FORMAT,
    version: FACTBASE_VERSION,
    coverageHash: coverageHashOf(inputs),
    articles,
    sentences,
    people,
    aid,
    events,
    quotes,
    index,
  };
  return { factBase, warnings, skipped, timings };
}
