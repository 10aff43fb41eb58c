// The sentences records of the fact-base file (layout in file-format.ts). A record describes up
// to SENTENCES_PER_RECORD consecutive sentences as columns of unsigned LEB128 varints,
// base64-encoded (articleIndex: position in `articles`; paragraph; groupOffset: id − group;
// textLength: UTF-16 length · 2 + 1 when the text is "wide"; entities: the annotate.ts bit set,
// or NOT_ANNOTATED), and is followed by `narrowBytes + wideBytes` raw bytes and "\n": the texts
// with no character above U+00FF as Latin-1, then the others as UTF-16LE. Decoding those two
// blocks is a plain copy into two strings that every text is a slice of, which is several times
// faster than UTF-8 and JSON string parsing, and keeps most texts one byte a char.
import { z } from 'zod';
import { ALL_ENTITIES } from './entity-kinds.js';
import { corrupt, FileFormatProblem } from './file-problem.js';
import { packVarints, unpackVarints } from './varint-codec.js';
import type { Article, Sentence } from './schema.js';

export const SENTENCES_PER_RECORD = 16_384;
/** In the entities column: a sentence saved without annotations (hand-made; readers annotate it). */
const NOT_ANNOTATED = ALL_ENTITIES + 1;
const WIDE_TEXT = /[^\u0000-\u00ff]/;

const count = z.number().int().nonnegative();
export const SentencesRecordSchema = z.object({
  section: z.literal('sentences'),
  count: z.number().int().positive(),
  // base64; checked when decoded.
  articleIndex: z.string(),
  paragraph: z.string(),
  groupOffset: z.string(),
  textLength: z.string(),
  entities: z.string(),
  narrowBytes: count,
  wideBytes: count,
});
type SentencesRecord = z.infer<typeof SentencesRecordSchema>;

/**
 * The sentences records of `sentences` (their JSON line as an object, and their text bytes).
 * Throws Error when a sentence is out of place, in an invalid group or of an unknown article.
 */
export function* sentencesRecords(sentences: readonly Sentence[], articles: readonly Article[]): Generator<{ line: SentencesRecord; payload: Buffer }> {
  const articleIndex = new Map(articles.map((article, i) => [article.id, i]));
  for (let first = 0; first < sentences.length; first += SENTENCES_PER_RECORD) {
    yield sentencesRecord(sentences, first, articleIndex);
  }
}

function sentencesRecord(sentences: readonly Sentence[], first: number, articleIndex: ReadonlyMap<string, number>): { line: SentencesRecord; payload: Buffer } {
  const chunk = sentences.slice(first, first + SENTENCES_PER_RECORD);
  const articleColumn: number[] = [];
  const paragraphColumn: number[] = [];
  const groupColumn: number[] = [];
  const lengthColumn: number[] = [];
  const entitiesColumn: number[] = [];
  const narrow: string[] = [];
  const wide: string[] = [];
  chunk.forEach((sentence, k) => {
    const id = first + k;
    const article = articleIndex.get(sentence.articleId);
    if (sentence.id !== id) throw new Error(`sentence ${sentence.id} is at position ${id}`);
    if (article === undefined) throw new Error(`sentence ${id} is of unknown article "${sentence.articleId}"`);
    if (sentence.group > id || sentences[sentence.group]?.group !== sentence.group) {
      throw new Error(`sentence ${id} is in an invalid group ${sentence.group}`);
    }
    const isWide = WIDE_TEXT.test(sentence.text);
    articleColumn.push(article);
    paragraphColumn.push(sentence.paragraph);
    groupColumn.push(id - sentence.group);
    lengthColumn.push(sentence.text.length * 2 + (isWide ? 1 : 0));
    entitiesColumn.push(sentence.entities ?? NOT_ANNOTATED);
    (isWide ? wide : narrow).push(sentence.text);
  });
  const narrowBytes = Buffer.from(narrow.join(''), 'latin1');
  const wideBytes = Buffer.from(wide.join(''), 'utf16le');
  const line: SentencesRecord = {
    section: 'sentences',
    count: chunk.length,
    articleIndex: packVarints(articleColumn),
    paragraph: packVarints(paragraphColumn),
    groupOffset: packVarints(groupColumn),
    textLength: packVarints(lengthColumn),
    entities: packVarints(entitiesColumn),
    narrowBytes: narrowBytes.length,
    wideBytes: wideBytes.length,
  };
  return { line, payload: Buffer.concat([narrowBytes, wideBytes]) };
}

/** Appends the record's sentences to `sentences`, checking every column against the others. */
export function decodeSentences(record: SentencesRecord, payload: Buffer, articles: readonly Article[], sentences: Sentence[]): void {
  const n = record.count;
  const articleColumn = unpackVarints(record.articleIndex, n, corrupt('the sentence column articleIndex'));
  const paragraphColumn = unpackVarints(record.paragraph, n, corrupt('the sentence column paragraph'));
  const groupColumn = unpackVarints(record.groupOffset, n, corrupt('the sentence column groupOffset'));
  const lengthColumn = unpackVarints(record.textLength, n, corrupt('the sentence column textLength'));
  const entitiesColumn = unpackVarints(record.entities, n, corrupt('the sentence column entities'));
  if (record.wideBytes % 2 !== 0) throw new FileFormatProblem('is corrupt (a sentences record has an odd number of UTF-16 bytes)');
  const narrow = payload.toString('latin1', 0, record.narrowBytes);
  const wide = payload.toString('utf16le', record.narrowBytes, record.narrowBytes + record.wideBytes);
  let narrowAt = 0;
  let wideAt = 0;
  for (let k = 0; k < n; k++) {
    const id = sentences.length;
    const article = articles[articleColumn[k] ?? 0];
    if (article === undefined) throw new FileFormatProblem(`has sentence ${id} of unknown article number ${articleColumn[k]}`);
    const group = id - (groupColumn[k] ?? 0);
    if (group < 0 || (group < id && sentences[group]?.group !== group)) {
      throw new FileFormatProblem(`has sentence ${id} in an invalid group ${group}`);
    }
    const lengthCode = lengthColumn[k] ?? 0;
    const length = Math.floor(lengthCode / 2);
    if (length === 0) throw new FileFormatProblem(`does not match the fact-base format at sentences.${id}.text: empty text`);
    let text: string;
    if (lengthCode % 2 === 1) {
      text = wide.slice(wideAt, wideAt + length);
      wideAt += length;
    } else {
      text = narrow.slice(narrowAt, narrowAt + length);
      narrowAt += length;
    }
    const entities = entitiesColumn[k] ?? 0;
    if (entities > NOT_ANNOTATED) throw new FileFormatProblem(`has sentence ${id} with unknown entity kinds ${entities}`);
    // One object shape for every built sentence (a property added later would change it).
    if (entities === NOT_ANNOTATED) sentences.push({ id, articleId: article.id, text, paragraph: paragraphColumn[k] ?? 0, group });
    else sentences.push({ id, articleId: article.id, text, paragraph: paragraphColumn[k] ?? 0, group, entities });
  }
  if (narrowAt !== narrow.length || wideAt !== wide.length) {
    throw new FileFormatProblem(`is corrupt (the texts of sentences ${sentences.length - n}–${sentences.length - 1} do not match their lengths)`);
  }
}
