// The per-article part of the build: everything that depends on one article alone (reading,
// cleaning, splitting, the per-sentence facts: near-duplicate word sets, dated events, aid
// figures, entity annotations, index terms; and the article's people candidates). Runs unchanged
// on the main thread or in a worker (build-worker.ts), on a chunk of files; each file's result
// stands alone (sentence ids count from 0 within its article), so the incremental build can keep
// it per file and build.ts stitches results together in file order, whoever computed them.
import { annotateSentence } from './annotate.js';
import { cleanBody } from './clean.js';
import { extractAid } from './extract-aid.js';
import { extractEvents } from './extract-events.js';
import { honorificsIn } from './honorific-pronouns.js';
import type { WordSetIds } from './meaning-words.js';
import { WordSetEncoder } from './meaning-words.js';
import type { ArticleSource } from './read-article.js';
import { completeArticle, MAX_ARTICLE_BYTES, readArticleSource, UnreadableArticleError } from './read-article.js';
import { inputsOf, readInput, type Input, type ReadFiles } from './article-input.js';
import { keysOfSource, type ArticleKeys } from './article-keys.js';
import { newVocabularies, timed, VOCABULARY_KINDS, type AddedWords, type ChunkVocabularies, type VocabularyKind } from './chunk-words.js';
import { AidFactSchema, EventSchema, type Article, type Sentence } from '../factbase/schema.js';
import { tailsOf, type FactTails } from '../factbase/numbered-facts.js';
import type { EncodedTexts } from '../factbase/encoded-texts.js';
import { encodeTerms, termIds, type EncodedTerms } from '../factbase/index-terms.js';
import { scanArticlePeople, type Candidate, type CandidateRows } from './people-scan.js';
import type { TokenIds } from '../factbase/vocabulary.js';
import { splitSentences } from './split-sentences.js';

export { newVocabularies, timed, VocabularyMirrors, type AddedWords, type ChunkVocabularies } from './chunk-words.js';
export { readInput, type Input } from './article-input.js';

/** An article's sentences as two columns: a million sentence objects cost the build cache's reading ~1 s of collection. */
export interface ArticleText {
  article: Article;
  /** Its sentences, in order. */
  texts: string[];
  /** Each sentence's paragraph, from 0. */
  paragraphs: Int32Array;
}

/** Ids into a vocabulary that the other files of a chunk (or of the build cache) share. */
export interface WordIds {
  vocabulary: readonly string[];
  ids: Int32Array;
}

/** The facts of one article that depend on it alone; sentence ids count from 0 within it. */
export interface ArticleFacts extends Omit<ArticleText, 'texts'> {
  /** Its sentences, in order: as strings once computed, as the fact base stores them once read from the build cache. */
  texts: string[] | EncodedTexts;
  /** Its texts' honorifics (honorific-pronouns.ts): what its people's pronouns are read from. */
  honorifics: string[];
  words: WordSetIds;
  /** Its dated events and aid figures, validated and encoded as the fact base stores them (numbered-facts.ts). */
  events: FactTails;
  aid: FactTails;
  /** Per sentence, the kinds of answer it states (annotate.ts). */
  entities: Uint8Array;
  terms: EncodedTerms;
  /** Its candidates: as objects once computed, as rows once numbered in the build cache's name forms. */
  people: { candidates: Candidate[] | CandidateRows; lowerCaseWords: WordIds };
}

/** What became of one file: its article, sentences and their facts, or why it cannot be used. */
export type FileWork = FileBase & ({ skipped: string } | ArticleFacts);

/**
 * A file and its content hash; when computed for a build with a cache, what `npm run add`
 * compares new articles with (article-keys.ts), which the cache keeps beside its entries.
 */
export type FileBase = { file: string; contentHash: string; keys?: ArticleKeys };

export type ChunkTimings = { read: number; clean: number; split: number; events: number; aid: number; nearDuplicates: number; annotate: number; people: number; index: number };

export interface ChunkResult {
  files: FileWork[];
  /** Milliseconds per step spent on this chunk. */
  timings: ChunkTimings;
  /** The words this chunk added to its thread's vocabularies (see ThreadVocabularies). */
  added: AddedWords;
}

export const noChunkTime = (): ChunkTimings => ({ read: 0, clean: 0, split: 0, events: 0, aid: 0, nearDuplicates: 0, annotate: 0, people: 0, index: 0 });

/**
 * The vocabularies one thread numbers the words of its chunks into, kept for the build: a word is
 * numbered once per thread, not once per chunk, and another thread learns each word once, from
 * the chunk that added it (`AddedWords`). In a CPU profile of a White House build, numbering every
 * chunk's words afresh and mapping each chunk's vocabularies into the coverage's took ~13 s.
 */
export class ThreadVocabularies {
  readonly vocabularies: ChunkVocabularies = newVocabularies();
  readonly words = new WordSetEncoder(this.vocabularies.words);
  readonly terms: TokenIds = termIds(this.vocabularies.terms);

  /** How long each vocabulary is now: a chunk's added words start there. */
  sizes(): Record<VocabularyKind, number> {
    const { words, terms, lowerCase } = this.vocabularies;
    return { words: words.words.length, terms: terms.words.length, lowerCase: lowerCase.words.length };
  }

  /** The words added since `sizes`. */
  addedSince(sizes: Record<VocabularyKind, number>): AddedWords {
    const added = {} as AddedWords;
    for (const kind of VOCABULARY_KINDS) added[kind] = { from: sizes[kind], words: this.vocabularies[kind].words.slice(sizes[kind]) };
    return added;
  }
}

/** Reads, cleans and splits one file (no id clash check here). */
async function readFileText(reading: Promise<Input>, file: string, withKeys: boolean, timings: ChunkTimings): Promise<FileBase & ({ skipped: string } | ArticleText)> {
  const start = performance.now();
  const input = await reading;
  const base: FileBase = withKeys ? { file, contentHash: input.contentHash, keys: null } : { file, contentHash: input.contentHash };
  if (input.bytes === null) {
    timings.read += performance.now() - start;
    return { ...base, skipped: `larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article (${input.size} bytes)` };
  }
  let source: ArticleSource;
  try {
    source = readArticleSource(file, input.bytes);
    if (withKeys) base.keys = keysOfSource(source);
  } catch (error) {
    if (!(error instanceof UnreadableArticleError)) throw error;
    timings.read += performance.now() - start;
    return { ...base, skipped: error.reason };
  }
  timings.read += performance.now() - start;
  const cleaned = timed(timings, 'clean', () => cleanBody(source.body, source.format));
  const article = timed(timings, 'read', () => completeArticle(source, cleaned));
  const texts: string[] = [];
  const paragraphs: number[] = [];
  timed(timings, 'split', () =>
    cleaned.paragraphs.forEach((text, paragraph) => {
      for (const sentence of splitSentences(text)) {
        texts.push(sentence);
        paragraphs.push(paragraph);
      }
    }),
  );
  return texts.length === 0 ? { ...base, skipped: 'no article text left after removing page furniture' } : { ...base, article, texts, paragraphs: Int32Array.from(paragraphs) };
}

/** The sentences of one article, numbered from 0 (the ids its facts refer to). */
export function localSentences({ article, texts, paragraphs }: ArticleText): Sentence[] {
  return texts.map((text, id) => ({ id, articleId: article.id, text, paragraph: paragraphs[id]!, group: id }));
}

/**
 * The facts of one article's sentences (ids local to it), their words in `vocabularies`. Typed
 * arrays are filled by loops: `Int32Array.from(words, map)` took ~0.9 s of a worker's CPU per
 * 2,880 White House articles for the lower-case words' ids, where the loop takes ~0.45 s.
 */
function articleFacts(text: ArticleText, encoders: ThreadVocabularies, timings: ChunkTimings): ArticleFacts {
  const sentences = localSentences(text);
  const { texts } = text;
  const articlesById: ReadonlyMap<string, Article> = new Map([[text.article.id, text.article]]);
  const words = timed(timings, 'nearDuplicates', () => ({ vocabulary: encoders.words.vocabulary.words, ...encoders.words.encode(texts) }));
  const events = timed(timings, 'events', () => tailsOf(extractEvents(sentences, articlesById), EventSchema));
  const aid = timed(timings, 'aid', () => tailsOf(extractAid(sentences, articlesById), AidFactSchema));
  const entities = timed(timings, 'annotate', () => {
    const bits = new Uint8Array(texts.length);
    for (let id = 0; id < texts.length; id++) bits[id] = annotateSentence(texts[id]!);
    return bits;
  });
  const terms = timed(timings, 'index', () => encodeTerms(texts, encoders.terms));
  const people = timed(timings, 'people', () => {
    const { candidates, lowerCaseWords } = scanArticlePeople(sentences);
    const { lowerCase } = encoders.vocabularies;
    const ids = new Int32Array(lowerCaseWords.length);
    for (let k = 0; k < ids.length; k++) ids[k] = lowerCase.idOf(lowerCaseWords[k]!);
    return { candidates, lowerCaseWords: { vocabulary: lowerCase.words, ids } };
  });
  // Here rather than when the coverage is stitched: ~0.6 s of the main thread after a White House
  // build's per-article work (load ~4), in parallel here.
  const honorifics = timed(timings, 'people', () => honorificsIn(texts));
  return { ...text, honorifics, words, events, aid, entities, terms, people };
}

/**
 * Processes a chunk of files, numbering their words into `encoders`: the unit of work of the
 * build's worker pool. `read`: the files' bytes, read already (article-input.ts, readFiles).
 */
export async function processChunk(articlesDir: string, files: readonly string[], encoders: ThreadVocabularies, withKeys = false, read?: ReadFiles): Promise<ChunkResult> {
  const timings = noChunkTime();
  const sizes = encoders.sizes();
  const results: FileWork[] = [];
  const given = read === undefined ? [] : inputsOf(files, read);
  // The next file is read while this one is processed, so the thread does not wait for the disk.
  const input = (i: number): Promise<Input> => {
    const ready = given[i] ?? null;
    if (ready !== null) return Promise.resolve(ready);
    const reading = readInput(articlesDir, files[i]!);
    reading.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    return reading;
  };
  let next = files.length > 0 ? input(0) : null;
  for (const [i, file] of files.entries()) {
    const reading = next!;
    next = i + 1 < files.length ? input(i + 1) : null;
    const text = await readFileText(reading, file, withKeys, timings);
    results.push('skipped' in text ? text : { file: text.file, contentHash: text.contentHash, ...articleFacts(text, encoders, timings) });
  }
  return { files: results, timings, added: encoders.addedSince(sizes) };
}

const NO_WORDS: readonly string[] = [];

/**
 * Before a chunk's results go to another thread: their words refer to no vocabulary (the thread's
 * whole vocabularies would be copied with every chunk); `VocabularyMirrors` refers them again.
 */
export function detachVocabularies({ files }: ChunkResult): void {
  for (const work of files) {
    if ('skipped' in work) continue;
    work.words.vocabulary = NO_WORDS;
    work.terms.vocabulary = NO_WORDS;
    work.people.lowerCaseWords.vocabulary = NO_WORDS;
  }
}

type Column = Int32Array | Uint32Array | Uint8Array;
type ColumnType = new (buffer: SharedArrayBuffer, byteOffset: number, length: number) => Column;

/**
 * Before a chunk's results go to another thread: their typed arrays moved into one
 * SharedArrayBuffer. A transfer per array cost ~6 µs on each side (86k of them in a White House
 * build), and the main thread passes the words and terms on to the grouping and index workers as
 * views of shared memory, without joining or copying them.
 */
export function shareColumns({ files }: ChunkResult): void {
  const works = files.filter((work): work is Extract<FileWork, ArticleFacts> => !('skipped' in work));
  // Each column starts on a multiple of 4 bytes, as its 32-bit neighbours need.
  const size = (column: Column): number => Math.ceil(column.byteLength / 4) * 4;
  let bytes = 0;
  const columnsOf = (work: (typeof works)[number]): Column[] => [
    ...[work.paragraphs, work.words.ids, work.words.offsets, work.entities, work.terms.ids, work.terms.offsets, work.people.lowerCaseWords.ids],
    ...[work.events, work.aid].flatMap((tails) => [tails.sentenceIds, tails.ends, tails.bytes]),
  ];
  for (const work of works) for (const column of columnsOf(work)) bytes += size(column);
  const shared = new SharedArrayBuffer(bytes);
  let at = 0;
  const moved = <T extends Column>(column: T): T => {
    const view = new (column.constructor as ColumnType)(shared, at, column.length) as T;
    view.set(column);
    at += size(column);
    return view;
  };
  for (const work of works) {
    work.paragraphs = moved(work.paragraphs);
    work.words = { ...work.words, ids: moved(work.words.ids), offsets: moved(work.words.offsets) };
    work.entities = moved(work.entities);
    work.terms = { ...work.terms, ids: moved(work.terms.ids), offsets: moved(work.terms.offsets) };
    work.people.lowerCaseWords = { ...work.people.lowerCaseWords, ids: moved(work.people.lowerCaseWords.ids) };
    work.events = { sentenceIds: moved(work.events.sentenceIds), ends: moved(work.events.ends), bytes: moved(work.events.bytes) };
    work.aid = { sentenceIds: moved(work.aid.sentenceIds), ends: moved(work.aid.ends), bytes: moved(work.aid.bytes) };
  }
}
