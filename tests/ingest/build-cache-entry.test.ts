// A cache entry (build-cache-entry.ts) keeps its sentences' texts encoded as the fact base stores
// them (encoded-texts.ts): read back, every text is the one written, whichever encoding it took.
// Its people candidates are rows of the cache's name forms (name-forms.ts): read back, each is
// the candidate written.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, entryCrc, entryLine, parseEntry, readColumns } from '../../src/ingest/build-cache-entry.js';
import { processChunk, ThreadVocabularies, type ArticleFacts, type FileWork } from '../../src/ingest/build-chunk.js';
import { encodedText, LATIN1, UTF16, UTF8 } from '../../src/factbase/encoded-texts.js';
import { NameForms, pushCandidates } from '../../src/ingest/name-forms.js';
import type { Candidate } from '../../src/ingest/people-scan.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';

/** `work` with its candidates numbered in `forms`, as the cache stores them (`BuildCache.adopt`). */
function numbered<T extends FileWork>(work: T, forms: NameForms): T {
  if ('skipped' in work) return work;
  return { ...work, people: { ...work.people, candidates: forms.rowsOf(work.people.candidates as Candidate[]) } };
}

/** Where the events' sentence ids start in `columns`: after the candidates' rows, before the aid figures' and the bytes. */
function factsAt(columns: Buffer): number {
  const head = (k: number): number => columns.readInt32LE(4 * k);
  const bytes = head(5) + head(7) + head(9);
  return columns.length - 4 * Math.ceil(bytes / 4) - 8 * (head(6) + head(8));
}

const TEXTS = ['A plain sentence, in Latin-1: naïve Tromsø.', '“Curly quotes” and €4 need UTF-8.', 'A lone surrogate \ud800 needs UTF-16.', 'Back to plain.'];

describe('a build cache entry', () => {
  it('GIVEN texts of each encoding THEN they are read back as written, encoded in the columns', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    const work = files[0] as Extract<FileWork, ArticleFacts>;
    // Four of its sentences' texts replaced (the columns only count them).
    const n = (work.texts as string[]).length;
    expect(n).toBeGreaterThanOrEqual(TEXTS.length);
    const texts = Array.from({ length: n }, (_, k) => TEXTS[k % TEXTS.length]!);
    const forms = new NameForms();
    const { json, columns } = encodeEntry(numbered({ ...work, texts }, forms), 'g');
    expect(json).not.toContain('surrogate');
    const read = readColumns(columns, threads.vocabularies, forms);
    expect(Array.from(read.texts.encodings.subarray(0, 4))).toEqual([LATIN1, UTF8, UTF16, LATIN1]);
    expect(Array.from({ length: n }, (_, k) => encodedText(read.texts, k))).toEqual(texts);
    const decoded = decodeEntry(parseEntry(Buffer.from(json, 'latin1'), true), read, threads.vocabularies, forms) as ArticleFacts;
    expect(decoded.honorifics).toEqual([]);
    expect(decoded.texts).toBe(read.texts);
    // Columns that do not start at a multiple of 4 bytes are copied, and read the same.
    const misaligned = Buffer.concat([Buffer.alloc(1), columns]).subarray(1);
    const copied = readColumns(misaligned, threads.vocabularies, forms);
    expect(Array.from({ length: n }, (_, k) => encodedText(copied.texts, k))).toEqual(texts);
    expect(copied.words).toEqual(read.words);
  });

  it('GIVEN the byte a segment line starts at THEN its columns start at a multiple of 4 bytes, and its CRC is of its JSON as written', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    const work = numbered(files[0]!, new NameForms());
    for (const at of [0, 1, 2, 3, 4097]) {
      const { line, columns } = entryLine('k'.repeat(40), work, 'g', at);
      expect((at + Buffer.byteLength(line)) % 4).toBe(0);
      const [, crc, size] = line.split(' ', 3);
      const json = line.slice(line.indexOf(' ', line.indexOf(' ', 41) + 1) + 1, -1);
      expect(Number(size)).toBe(columns.length);
      expect(Number.parseInt(crc!, 16)).toBe(entryCrc(json, columns));
      expect(JSON.parse(json)).toEqual(JSON.parse(encodeEntry(work, 'g').json));
    }
  });

  it('GIVEN columns whose last text end falls short of the text bytes THEN the entry is refused', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(path.resolve(FIXTURE_ARTICLES), ['germany-air-defence-package.txt'], threads);
    const forms = new NameForms();
    const { columns } = encodeEntry(numbered(files[0]!, forms), 'g');
    const n = columns.readInt32LE(0);
    // The first text's end, one byte short of the second's start: the ends no longer reach the bytes.
    const firstEnd = 4 * (10 + 3 * n);
    columns.writeInt32LE(columns.readInt32LE(firstEnd + 4 * (n - 1)) - 1, firstEnd + 4 * (n - 1));
    expect(() => readColumns(columns, threads.vocabularies, forms)).toThrow(/do not fit/);
  });

  it('GIVEN candidates of every flag, role and form THEN each is read back from its row as written, forms shared by key', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    const work = files[0] as Extract<FileWork, ArticleFacts>;
    const base = { articleId: work.article.id, titledForm: null, titled: false, firstWordUnsure: false, headline: false, backed: false, lowerFirst: false };
    const written: Candidate[] = [
      { ...base, words: ['Ingrid', 'Haraldsen'], written: 'Ingrid M. Haraldsen', role: { title: 'Secretary of State', organisation: 'Quellmark' }, sentenceId: 0, titled: true },
      { ...base, words: ['Haraldsen'], written: 'Haraldsen', role: { title: 'Secretary', organisation: null }, titledForm: 'Secretary Haraldsen', sentenceId: 1, firstWordUnsure: true },
      { ...base, words: ['Jane', 'Roe'], written: 'Jane Roe', role: null, sentenceId: 1, headline: true },
      { ...base, words: ['Jane', 'Roe'], written: 'Jane Roe', role: null, sentenceId: 2, backed: true },
      // The same name with its role's keys in another order: the same form.
      { ...base, words: ['Ingrid', 'Haraldsen'], written: 'Ingrid M. Haraldsen', role: { organisation: 'Quellmark', title: 'Secretary of State' }, sentenceId: 2, lowerFirst: true },
      { ...base, words: ['Tromsø', 'Naïve'], written: 'Tromsø “Naïve”', role: null, sentenceId: 0, titled: true, firstWordUnsure: true, headline: true, backed: true, lowerFirst: true },
    ];
    const forms = new NameForms();
    const { json, columns } = encodeEntry({ ...work, people: { ...work.people, candidates: forms.rowsOf(written) } }, 'g');
    expect(forms.vocabulary.words).toHaveLength(4);
    expect(json).not.toContain('Haraldsen');
    // Read back as another build does: its forms parsed from their keys alone.
    const reread = new NameForms([...forms.vocabulary.words]);
    const decoded = decodeEntry(parseEntry(Buffer.from(json, 'latin1'), true), readColumns(columns, threads.vocabularies, reread), threads.vocabularies, reread) as ArticleFacts;
    const read: Candidate[] = [];
    pushCandidates(decoded.people.candidates, work.article.id, 10, read);
    expect(read).toEqual(written.map((c) => ({ ...c, sentenceId: c.sentenceId + 10 })));
    expect(read[4]!.words).toBe(read[0]!.words);
    // Objects are copied as they are, moved by the offset.
    const copied: Candidate[] = [];
    pushCandidates(written, work.article.id, 10, copied);
    expect(copied).toEqual(read);
  });

  it('GIVEN a candidate row of an unknown form, a missing sentence or unknown flags, or a form key that is not one THEN the entry is refused', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    const work = files[0] as Extract<FileWork, ArticleFacts>;
    const candidate: Candidate = { articleId: work.article.id, words: ['Jane', 'Roe'], written: 'Jane Roe', role: null, titledForm: null, sentenceId: 1, titled: true, firstWordUnsure: false, headline: false, backed: true, lowerFirst: false };
    const forms = new NameForms();
    const { json, columns } = encodeEntry({ ...work, people: { ...work.people, candidates: forms.rowsOf([candidate]) } }, 'g');
    const rowAt = factsAt(columns) - 12;
    expect(columns.readInt32LE(rowAt + 4)).toBe(1);
    for (const [at, value, message] of [[0, 1, /name form id/], [4, work.paragraphs.length, /missing sentence/], [8, 32, /unknown flags/]] as const) {
      const changed = Buffer.from(columns);
      changed.writeInt32LE(value, rowAt + at);
      expect(() => readColumns(changed, threads.vocabularies, forms)).toThrow(message);
    }
    const notAForm = new NameForms(['["Jane"]']);
    const read = readColumns(columns, threads.vocabularies, notAForm);
    expect(() => decodeEntry(parseEntry(Buffer.from(json, 'latin1'), true), read, threads.vocabularies, notAForm)).toThrow(/name form/);
  });

  it('GIVEN an article with events and aid figures THEN they are read back as the tails written, and an entry whose facts do not fit its sentences or bytes is refused', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    const forms = new NameForms();
    const work = numbered(files[0]!, forms) as Extract<FileWork, ArticleFacts>;
    expect(work.events.ends.length).toBeGreaterThan(0);
    expect(work.aid.ends.length).toBeGreaterThan(0);
    const { columns } = encodeEntry(work, 'g');
    const read = readColumns(columns, threads.vocabularies, forms);
    for (const kind of ['events', 'aid'] as const) {
      expect(Array.from(read[kind].sentenceIds)).toEqual(Array.from(work[kind].sentenceIds));
      expect(Array.from(read[kind].ends)).toEqual(Array.from(work[kind].ends));
      expect(Buffer.from(read[kind].bytes).toString('latin1')).toBe(Buffer.from(work[kind].bytes).toString('latin1'));
    }
    const at = factsAt(columns);
    const events = work.events.ends.length;
    // The first event's sentence past the article's last; its tail ending past the next one's.
    for (const [offset, value] of [[0, work.paragraphs.length], [4 * events, work.events.ends[1] ?? work.events.bytes.length + 1]] as const) {
      const changed = Buffer.from(columns);
      changed.writeInt32LE(value, at + offset);
      expect(() => readColumns(changed, threads.vocabularies, forms)).toThrow(/fact that does not fit/);
    }
  });
});
