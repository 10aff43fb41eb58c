// The per-article part of the build: everything that depends on one article alone (reading,
// cleaning, splitting) and the per-sentence facts (near-duplicate word sets, dated events, aid
// figures, entity annotations). Runs unchanged on the main thread or in a worker (build-worker.ts), on a chunk of
// files; build.ts stitches chunks together in file order, so the result never depends on how
// the files were chunked or where a chunk ran.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { annotateSentence } from './annotate.js';
import { cleanBody } from './clean.js';
import { extractAid } from './extract-aid.js';
import { extractEvents } from './extract-events.js';
import type { EncodedWordSets } from './near-duplicates.js';
import { encodeMeaningWords } from './near-duplicates.js';
import type { ArticleSource } from './read-article.js';
import { completeArticle, MAX_ARTICLE_BYTES, readArticleSource, sha256, UnreadableArticleError } from './read-article.js';
import type { AidFact, Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { splitSentences } from './split-sentences.js';

export interface Input {
  file: string;
  contentHash: string;
  /** Null when the file is too big to read. */
  bytes: Buffer | null;
  size: number;
}

export async function readInput(articlesDir: string, file: string): Promise<Input> {
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

export interface ArticleText {
  article: Article;
  sentences: { text: string; paragraph: number }[];
}

/** What became of one file: its article and sentences, or why it cannot be used. */
export type FileOutcome = { file: string; contentHash: string } & ({ skipped: string } | ArticleText);

export interface SentenceFacts {
  words: EncodedWordSets;
  /** Ids and sentence ids count from 0 within the chunk. */
  events: DatedEvent[];
  aid: AidFact[];
  /** Per sentence, the kinds of answer it states (annotate.ts). */
  entities: Uint8Array;
}

export interface ChunkResult extends SentenceFacts {
  files: FileOutcome[];
  /** Milliseconds per step spent on this chunk. */
  timings: { read: number; clean: number; split: number; events: number; aid: number; nearDuplicates: number; annotate: number };
}

/** Runs `run`, adding the time it took to `timings[step]`. */
export function timed<Step extends string, T>(timings: Record<Step, number>, step: Step, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings[step] += performance.now() - start;
  return result;
}

/** Reads, cleans and splits each file independently of the others (no id clash check here). */
async function readFiles(articlesDir: string, files: readonly string[], timings: ChunkResult['timings']): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const start = performance.now();
    const input = await readInput(articlesDir, file);
    const base = { file, contentHash: input.contentHash };
    if (input.bytes === null) {
      timings.read += performance.now() - start;
      outcomes.push({ ...base, skipped: `larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article (${input.size} bytes)` });
      continue;
    }
    let source: ArticleSource;
    try {
      source = readArticleSource(file, input.bytes);
    } catch (error) {
      if (!(error instanceof UnreadableArticleError)) throw error;
      timings.read += performance.now() - start;
      outcomes.push({ ...base, skipped: error.reason });
      continue;
    }
    timings.read += performance.now() - start;
    const cleaned = timed(timings, 'clean', () => cleanBody(source.body, source.format));
    const article = timed(timings, 'read', () => completeArticle(source, cleaned));
    const sentences = timed(timings, 'split', () =>
      cleaned.paragraphs.flatMap((text, paragraph) => splitSentences(text).map((sentence) => ({ text: sentence, paragraph }))),
    );
    outcomes.push(sentences.length === 0 ? { ...base, skipped: 'no article text left after removing page furniture' } : { ...base, article, sentences });
  }
  return outcomes;
}

/** The sentences of `texts` in order, numbered from 0 (the ids the chunk's facts refer to). */
export function localSentences(texts: readonly ArticleText[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { article, sentences: own } of texts) {
    for (const { text, paragraph } of own) sentences.push({ id: sentences.length, articleId: article.id, text, paragraph, group: sentences.length });
  }
  return sentences;
}

/** The per-sentence facts of these articles' sentences (ids local to them). */
export function sentenceFacts(texts: readonly ArticleText[], timings: ChunkResult['timings']): SentenceFacts {
  const sentences = localSentences(texts);
  const articlesById: ReadonlyMap<string, Article> = new Map(texts.map((t) => [t.article.id, t.article]));
  const words = timed(timings, 'nearDuplicates', () => encodeMeaningWords(sentences.map((s) => s.text)));
  const events = timed(timings, 'events', () => extractEvents(sentences, articlesById));
  const aid = timed(timings, 'aid', () => extractAid(sentences, articlesById));
  const entities = timed(timings, 'annotate', () => Uint8Array.from(sentences, (sentence) => annotateSentence(sentence.text)));
  return { words, events, aid, entities };
}

export const usedTexts = (outcomes: readonly FileOutcome[]): ArticleText[] =>
  outcomes.flatMap((outcome) => ('article' in outcome ? [outcome] : []));

/** Processes a chunk of files: the unit of work of the build's worker pool. */
export async function processChunk(articlesDir: string, files: readonly string[]): Promise<ChunkResult> {
  const timings = { read: 0, clean: 0, split: 0, events: 0, aid: 0, nearDuplicates: 0, annotate: 0 };
  const outcomes = await readFiles(articlesDir, files, timings);
  return { files: outcomes, ...sentenceFacts(usedTexts(outcomes), timings), timings };
}
