// The sentences record of the fact-base file (layout in file-format.ts): every sentence as raw
// columns (raw-columns.ts) — article position, paragraph, group and text end (u32 each), then
// entities (u8: the annotate.ts bit set, or NOT_ANNOTATED) and wide (u8) — then the texts, one
// after another, each as Latin-1 when no character is above U+00FF, else as UTF-16LE (which keeps
// any string, even a lone surrogate, exactly). Loaded sentences (sentence-table.ts) read their
// texts straight from these bytes, so loading decodes no text at all.
import { z } from 'zod';
import { ALL_ENTITIES } from './entity-kinds.js';
import { FileFormatProblem } from './file-problem.js';
import { ColumnReader, columnBytes } from './raw-columns.js';
import { NOT_ANNOTATED, type SentenceColumns } from './sentence-table.js';
import type { Article, Sentence } from './schema.js';

/** Texts are written this many sentences at a time: all of them in one string could pass V8's string limit. */
export const SENTENCES_PER_PIECE = 16_384;
const WIDE_TEXT = /[^\u0000-\u00ff]/;
const MAX_U32 = 0xffff_ffff;

const count = z.number().int().nonnegative();
export const SentencesRecordSchema = z.object({ section: z.literal('sentences'), count, textBytes: count, bytes: count });
type SentencesRecord = z.infer<typeof SentencesRecordSchema>;

/**
 * The sentences record (its JSON line as an object, and its payload in pieces). Throws Error when
 * a sentence is out of place, in an invalid group, of an unknown article or too large to store.
 */
export function sentencesRecord(sentences: readonly Sentence[], articles: readonly Article[]): { line: SentencesRecord; payload: Buffer[] } {
  const articleIndex = new Map(articles.map((article, i) => [article.id, i]));
  const n = sentences.length;
  const article = new Uint32Array(n);
  const paragraph = new Uint32Array(n);
  const group = new Uint32Array(n);
  const textEnd = new Uint32Array(n);
  const entities = new Uint8Array(n);
  const wide = new Uint8Array(n);
  const texts: Buffer[] = [];
  let textBytes = 0;
  for (let first = 0; first < n; first += SENTENCES_PER_PIECE) {
    const piece: string[] = [];
    let runWide = false;
    const flush = (): void => {
      if (piece.length > 0) texts.push(Buffer.from(piece.join(''), runWide ? 'utf16le' : 'latin1'));
      piece.length = 0;
    };
    for (let id = first; id < Math.min(n, first + SENTENCES_PER_PIECE); id++) {
      const sentence = sentences[id]!;
      const position = articleIndex.get(sentence.articleId);
      if (sentence.id !== id) throw new Error(`sentence ${sentence.id} is at position ${id}`);
      if (position === undefined) throw new Error(`sentence ${id} is of unknown article "${sentence.articleId}"`);
      if (sentence.group > id || sentences[sentence.group]?.group !== sentence.group) throw new Error(`sentence ${id} is in an invalid group ${sentence.group}`);
      const isWide = WIDE_TEXT.test(sentence.text);
      textBytes += sentence.text.length * (isWide ? 2 : 1);
      if (sentence.paragraph > MAX_U32 || textBytes > MAX_U32) throw new Error(`sentence ${id} is too large to store`);
      // Consecutive texts of one kind are encoded together.
      if (isWide !== runWide) flush();
      runWide = isWide;
      piece.push(sentence.text);
      article[id] = position;
      paragraph[id] = sentence.paragraph;
      group[id] = sentence.group;
      textEnd[id] = textBytes;
      entities[id] = sentence.entities ?? NOT_ANNOTATED;
      wide[id] = isWide ? 1 : 0;
    }
    flush();
  }
  const payload = [...[article, paragraph, group, textEnd, entities, wide].map(columnBytes), ...texts];
  const bytes = payload.reduce((sum, part) => sum + part.length, 0);
  return { line: { section: 'sentences', count: n, textBytes, bytes }, payload };
}

/** The columns of the record's payload, each checked against the others. */
export function decodeSentences(record: SentencesRecord, payload: Buffer, articleCount: number): SentenceColumns {
  const n = record.count;
  const reader = new ColumnReader(payload, 'sentences');
  const article = reader.column(Uint32Array, n);
  const paragraph = reader.column(Uint32Array, n);
  const group = reader.column(Uint32Array, n);
  const textEnd = reader.column(Uint32Array, n);
  const entities = reader.column(Uint8Array, n);
  const wide = reader.column(Uint8Array, n);
  const texts = reader.bytes(record.textBytes);
  reader.end();
  let start = 0;
  for (let id = 0; id < n; id++) {
    if (article[id]! >= articleCount) throw new FileFormatProblem(`has sentence ${id} of unknown article number ${article[id]}`);
    const groupId = group[id]!;
    if (groupId > id || (groupId < id && group[groupId] !== groupId)) throw new FileFormatProblem(`has sentence ${id} in an invalid group ${groupId}`);
    const end = textEnd[id]!;
    if (end === start) throw new FileFormatProblem(`does not match the fact-base format at sentences.${id}.text: empty text`);
    if (end < start || end > texts.length || (wide[id] !== 0 && (wide[id] !== 1 || (end - start) % 2 !== 0))) {
      throw new FileFormatProblem(`is corrupt (the text of sentence ${id} does not fit the texts)`);
    }
    if (entities[id]! > ALL_ENTITIES && entities[id] !== NOT_ANNOTATED) throw new FileFormatProblem(`has sentence ${id} with unknown entity kinds ${entities[id]}`);
    start = end;
  }
  if (start !== texts.length) throw new FileFormatProblem('is corrupt (the texts of the sentences do not match their lengths)');
  return { article, paragraph, group, textEnd, entities, wide, texts };
}
