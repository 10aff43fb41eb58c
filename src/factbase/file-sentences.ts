// The sentences record of the fact-base file (layout in file-format.ts): every sentence as raw
// columns (raw-columns.ts) — article position, paragraph, group and text end (u32 each), then
// entities (u8: the annotate.ts bit set, or NOT_ANNOTATED) and encoding (u8, TEXT_ENCODINGS) —
// then the texts, one after another, each as Latin-1 when no character is above U+00FF (one byte
// a character), else as UTF-8 (a curly quote in a sentence would double it as UTF-16), or as
// UTF-16LE when it holds a lone surrogate, which UTF-8 cannot keep. Loaded sentences
// (sentence-table.ts) read their texts from the file when first shown: loading reads no text.
import { z } from 'zod';
import { ALL_ENTITIES } from './entity-kinds.js';
import { FileFormatProblem } from './file-problem.js';
import { ColumnReader, columnBytes } from './raw-columns.js';
import { NOT_ANNOTATED, TEXT_ENCODINGS, type SentenceColumns, type TextBytes } from './sentence-table.js';
import type { Article, Sentence } from './schema.js';

/**
 * Texts are encoded this many sentences at a time, as they are written: all of them at once could
 * pass V8's string limit, and held 200 MB beside the sentences at the peak of a White House build.
 */
export const SENTENCES_PER_PIECE = 16_384;
const WIDE_TEXT = /[^\u0000-\u00ff]/;
/** Lone surrogates (the ES2024 String.isWellFormed is not in this project's lib). */
const ILL_FORMED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_U32 = 0xffff_ffff;
const [LATIN1, UTF16, UTF8] = [0, 1, 2];

const count = z.number().int().nonnegative();
export const SentencesRecordSchema = z.object({ section: z.literal('sentences'), count, textBytes: count, bytes: count });
type SentencesRecord = z.infer<typeof SentencesRecordSchema>;

/**
 * The sentences record: its JSON line as an object, and its payload as pieces made while they are
 * read (the columns, then the texts encoded a piece at a time). Throws Error, before any piece, when
 * a sentence is out of place, in an invalid group, of an unknown article or too large to store.
 */
export function sentencesRecord(sentences: readonly Sentence[], articles: readonly Article[]): { line: SentencesRecord; payload: Iterable<Buffer> } {
  const articleIndex = new Map(articles.map((article, i) => [article.id, i]));
  const n = sentences.length;
  const article = new Uint32Array(n);
  const paragraph = new Uint32Array(n);
  const group = new Uint32Array(n);
  const textEnd = new Uint32Array(n);
  const entities = new Uint8Array(n);
  const encoding = new Uint8Array(n);
  let textBytes = 0;
  for (let id = 0; id < n; id++) {
    const sentence = sentences[id]!;
    const position = articleIndex.get(sentence.articleId);
    if (sentence.id !== id) throw new Error(`sentence ${sentence.id} is at position ${id}`);
    if (position === undefined) throw new Error(`sentence ${id} is of unknown article "${sentence.articleId}"`);
    if (sentence.group > id || sentences[sentence.group]?.group !== sentence.group) throw new Error(`sentence ${id} is in an invalid group ${sentence.group}`);
    const kind = !WIDE_TEXT.test(sentence.text) ? LATIN1 : ILL_FORMED.test(sentence.text) ? UTF16 : UTF8;
    textBytes += kind === LATIN1 ? sentence.text.length : kind === UTF16 ? sentence.text.length * 2 : Buffer.byteLength(sentence.text, 'utf8');
    if (sentence.paragraph > MAX_U32 || textBytes > MAX_U32) throw new Error(`sentence ${id} is too large to store`);
    article[id] = position;
    paragraph[id] = sentence.paragraph;
    group[id] = sentence.group;
    textEnd[id] = textBytes;
    entities[id] = sentence.entities ?? NOT_ANNOTATED;
    encoding[id] = kind;
  }
  const columns = [article, paragraph, group, textEnd, entities, encoding].map(columnBytes);
  const bytes = columns.reduce((sum, part) => sum + part.length, textBytes);
  return { line: { section: 'sentences', count: n, textBytes, bytes }, payload: sentencesPayload(columns, sentences, encoding) };
}

/** The columns, then the texts in order: each run of one encoding within a piece encoded together, a piece at a time. */
function* sentencesPayload(columns: readonly Buffer[], sentences: readonly Sentence[], encoding: Uint8Array): Generator<Buffer> {
  yield* columns;
  for (let first = 0; first < sentences.length; first += SENTENCES_PER_PIECE) {
    const end = Math.min(sentences.length, first + SENTENCES_PER_PIECE);
    let runStart = first;
    for (let id = first + 1; id <= end; id++) {
      if (id < end && encoding[id] === encoding[runStart]) continue;
      const run = sentences.slice(runStart, id).map((sentence) => sentence.text);
      yield Buffer.from(run.join(''), TEXT_ENCODINGS[encoding[runStart]!]);
      runStart = id;
    }
  }
}

/** Four u32 columns and two u8 columns a sentence. */
const COLUMN_BYTES_PER_SENTENCE = 4 * 4 + 2;

/** How many bytes of the record's payload its columns take (the texts follow them). */
export function sentenceColumnBytes(record: SentencesRecord): number {
  const columns = record.count * COLUMN_BYTES_PER_SENTENCE;
  if (record.bytes < columns + record.textBytes) throw new FileFormatProblem('is corrupt (its sentences record is too short for its columns)');
  if (record.bytes > columns + record.textBytes) throw new FileFormatProblem('is corrupt (its sentences record is longer than its columns)');
  return columns;
}

/** The columns of the record's payload (`payload` holds the columns, `texts` the texts), each checked against the others. */
export function decodeSentences(record: SentencesRecord, payload: Buffer, texts: TextBytes, articleCount: number): SentenceColumns {
  const n = record.count;
  const reader = new ColumnReader(payload, 'sentences');
  const article = reader.column(Uint32Array, n);
  const paragraph = reader.column(Uint32Array, n);
  const group = reader.column(Uint32Array, n);
  const textEnd = reader.column(Uint32Array, n);
  const entities = reader.column(Uint8Array, n);
  const encoding = reader.column(Uint8Array, n);
  reader.end();
  let start = 0;
  for (let id = 0; id < n; id++) {
    if (article[id]! >= articleCount) throw new FileFormatProblem(`has sentence ${id} of unknown article number ${article[id]}`);
    const groupId = group[id]!;
    if (groupId > id || (groupId < id && group[groupId] !== groupId)) throw new FileFormatProblem(`has sentence ${id} in an invalid group ${groupId}`);
    const end = textEnd[id]!;
    if (end === start) throw new FileFormatProblem(`does not match the fact-base format at sentences.${id}.text: empty text`);
    const kind = encoding[id]!;
    if (end < start || end > texts.length || kind >= TEXT_ENCODINGS.length || (kind === UTF16 && (end - start) % 2 !== 0)) {
      throw new FileFormatProblem(`is corrupt (the text of sentence ${id} does not fit the texts)`);
    }
    if (entities[id]! > ALL_ENTITIES && entities[id] !== NOT_ANNOTATED) throw new FileFormatProblem(`has sentence ${id} with unknown entity kinds ${entities[id]}`);
    start = end;
  }
  if (start !== texts.length) throw new FileFormatProblem('is corrupt (the texts of the sentences do not match their lengths)');
  return { article, paragraph, group, textEnd, entities, encoding, texts };
}
