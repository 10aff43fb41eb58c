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
import { encodedLength, textEncodingOf, UTF16, type EncodedTexts } from './encoded-texts.js';
import { NOT_ANNOTATED, TEXT_ENCODINGS, type SentenceColumns, type TextBytes } from './sentence-table.js';
import type { Article, Sentence } from './schema.js';

/**
 * Texts are encoded this many sentences at a time, as they are written: all of them at once could
 * pass V8's string limit, and held 200 MB beside the sentences at the peak of a White House build.
 */
export const SENTENCES_PER_PIECE = 16_384;
const MAX_U32 = 0xffff_ffff;

const count = z.number().int().nonnegative();
export const SentencesRecordSchema = z.object({ section: z.literal('sentences'), count, textBytes: count, bytes: count });
type SentencesRecord = z.infer<typeof SentencesRecordSchema>;

/**
 * Where the sentences' texts come from, in sentence order: texts to encode (`count` of them, text
 * k given by `textAt`), or texts already encoded. Without one, each sentence's own text.
 */
export type TextPiece = { readonly count: number; textAt(k: number): string } | EncodedTexts;

/**
 * The sentences as the record stores them, in id order: per sentence its article's position in the
 * fact base's articles, its paragraph, group and entity kinds (or NOT_ANNOTATED), and the texts.
 * A build keeps its sentences so (stitch-coverage.ts) and saves them without making 1.1M objects.
 */
export interface SentenceColumnsToSave {
  readonly count: number;
  readonly article: Uint32Array;
  readonly paragraph: Uint32Array;
  readonly group: Uint32Array;
  readonly entities: Uint8Array;
  readonly texts: readonly TextPiece[];
}

/**
 * The sentences record: its JSON line as an object, and its payload as pieces made while they are
 * read (the columns, then the texts encoded a piece at a time). `sentences` are objects (their
 * texts, unless `texts` gives them, read from them) or columns. Throws Error, before any piece,
 * when a sentence is out of place, in an invalid group, of an unknown article or too large to store.
 */
export function sentencesRecord(sentences: readonly Sentence[] | SentenceColumnsToSave, articles: readonly Article[], texts?: readonly TextPiece[]): { line: SentencesRecord; payload: Iterable<Buffer> } {
  const columns = Array.isArray(sentences) ? columnsOf(sentences as readonly Sentence[], articles, texts) : (sentences as SentenceColumnsToSave);
  const { count: n, article, group } = columns;
  const textEnd = new Uint32Array(n);
  const encoding = new Uint8Array(n);
  let textBytes = 0;
  let id = 0;
  for (const piece of columns.texts) {
    const count = 'count' in piece ? piece.count : piece.ends.length;
    if (id + count > n) throw new Error(`the sentences' texts are of more than ${n} sentences`);
    for (let k = 0; k < count; k++, id++) {
      let kind: number;
      let size: number;
      if ('count' in piece) {
        const text = piece.textAt(k);
        if (typeof text !== 'string' || text === '') throw new Error(`sentence ${id} has no text`);
        kind = textEncodingOf(text);
        size = encodedLength(text, kind);
      } else {
        kind = piece.encodings[k]!;
        size = piece.ends[k]! - (k === 0 ? 0 : piece.ends[k - 1]!);
        if (size <= 0 || kind < 0 || kind >= TEXT_ENCODINGS.length) throw new Error(`sentence ${id} has no text`);
      }
      if (article[id]! >= articles.length) throw new Error(`sentence ${id} is of unknown article number ${article[id]}`);
      if (group[id]! > id || group[group[id]!] !== group[id]) throw new Error(`sentence ${id} is in an invalid group ${group[id]}`);
      textBytes += size;
      if (textBytes > MAX_U32) throw new Error(`sentence ${id} is too large to store`);
      textEnd[id] = textBytes;
      encoding[id] = kind;
    }
  }
  if (id !== n) throw new Error(`the sentences' texts are of ${id} sentences, not ${n}`);
  const parts = [article, columns.paragraph, group, textEnd, columns.entities, encoding].map(columnBytes);
  const bytes = parts.reduce((sum, part) => sum + part.length, textBytes);
  return { line: { section: 'sentences', count: n, textBytes, bytes }, payload: sentencesPayload(parts, columns.texts, encoding) };
}

/** Sentence objects as columns; throws Error when one is out of place, of an unknown article or too large to store. */
function columnsOf(sentences: readonly Sentence[], articles: readonly Article[], texts?: readonly TextPiece[]): SentenceColumnsToSave {
  const articleIndex = new Map(articles.map((article, i) => [article.id, i]));
  const n = sentences.length;
  const article = new Uint32Array(n);
  const paragraph = new Uint32Array(n);
  const group = new Uint32Array(n);
  const entities = new Uint8Array(n);
  sentences.forEach((sentence, id) => {
    const position = articleIndex.get(sentence.articleId);
    if (sentence.id !== id) throw new Error(`sentence ${sentence.id} is at position ${id}`);
    if (position === undefined) throw new Error(`sentence ${id} is of unknown article "${sentence.articleId}"`);
    if (sentence.group > id) throw new Error(`sentence ${id} is in an invalid group ${sentence.group}`);
    if (sentence.paragraph > MAX_U32) throw new Error(`sentence ${id} is too large to store`);
    article[id] = position;
    paragraph[id] = sentence.paragraph;
    group[id] = sentence.group;
    entities[id] = sentence.entities ?? NOT_ANNOTATED;
  });
  return { count: n, article, paragraph, group, entities, texts: texts ?? [{ count: n, textAt: (k: number) => sentences[k]!.text }] };
}

/**
 * The columns, then the texts in order: those already encoded as they are; the others each run of
 * one encoding within SENTENCES_PER_PIECE of them encoded together, a piece at a time.
 */
function* sentencesPayload(columns: readonly Buffer[], pieces: readonly TextPiece[], encoding: Uint8Array): Generator<Buffer> {
  yield* columns;
  let id = 0;
  for (const piece of pieces) {
    if (!('count' in piece)) {
      yield piece.bytes.subarray(0, piece.ends.length === 0 ? 0 : piece.ends[piece.ends.length - 1]!);
      id += piece.ends.length;
      continue;
    }
    for (let first = 0; first < piece.count; first += SENTENCES_PER_PIECE) {
      const end = Math.min(piece.count, first + SENTENCES_PER_PIECE);
      let runStart = first;
      for (let k = first + 1; k <= end; k++) {
        if (k < end && encoding[id + k] === encoding[id + runStart]) continue;
        const run: string[] = [];
        for (let j = runStart; j < k; j++) run.push(piece.textAt(j));
        yield Buffer.from(run.join(''), TEXT_ENCODINGS[encoding[id + runStart]!]);
        runStart = k;
      }
    }
    id += piece.count;
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
