// A cache entry (build-cache-entry.ts) keeps its sentences' texts encoded as the fact base stores
// them (encoded-texts.ts): read back, every text is the one written, whichever encoding it took.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, entryCrc, entryLine, parseEntry, readColumns } from '../../src/ingest/build-cache-entry.js';
import { processChunk, ThreadVocabularies, type ArticleFacts, type FileWork } from '../../src/ingest/build-chunk.js';
import { encodedText, LATIN1, UTF16, UTF8 } from '../../src/factbase/encoded-texts.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';

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
    const { json, columns } = encodeEntry({ ...work, texts }, 'g');
    expect(json).not.toContain('surrogate');
    const read = readColumns(columns, threads.vocabularies);
    expect(Array.from(read.texts.encodings.subarray(0, 4))).toEqual([LATIN1, UTF8, UTF16, LATIN1]);
    expect(Array.from({ length: n }, (_, k) => encodedText(read.texts, k))).toEqual(texts);
    const decoded = decodeEntry(parseEntry(Buffer.from(json, 'latin1'), true), read, threads.vocabularies) as ArticleFacts;
    expect(decoded.honorifics).toEqual([]);
    expect(decoded.texts).toBe(read.texts);
    // Columns that do not start at a multiple of 4 bytes are copied, and read the same.
    const misaligned = Buffer.concat([Buffer.alloc(1), columns]).subarray(1);
    const copied = readColumns(misaligned, threads.vocabularies);
    expect(Array.from({ length: n }, (_, k) => encodedText(copied.texts, k))).toEqual(texts);
    expect(copied.words).toEqual(read.words);
  });

  it('GIVEN the byte a segment line starts at THEN its columns start at a multiple of 4 bytes, and its CRC is of its JSON as written', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(FIXTURE_ARTICLES, ['germany-air-defence-package.txt'], threads);
    for (const at of [0, 1, 2, 3, 4097]) {
      const { line, columns } = entryLine('k'.repeat(40), files[0]!, 'g', at);
      expect((at + Buffer.byteLength(line)) % 4).toBe(0);
      const [, crc, size] = line.split(' ', 3);
      const json = line.slice(line.indexOf(' ', line.indexOf(' ', 41) + 1) + 1, -1);
      expect(Number(size)).toBe(columns.length);
      expect(Number.parseInt(crc!, 16)).toBe(entryCrc(json, columns));
      expect(JSON.parse(json)).toEqual(JSON.parse(encodeEntry(files[0]!, 'g').json));
    }
  });

  it('GIVEN columns whose last text end falls short of the text bytes THEN the entry is refused', async () => {
    const threads = new ThreadVocabularies();
    const { files } = await processChunk(path.resolve(FIXTURE_ARTICLES), ['germany-air-defence-package.txt'], threads);
    const { columns } = encodeEntry(files[0]!, 'g');
    const n = columns.readInt32LE(0);
    // The first text's end, one byte short of the second's start: the ends no longer reach the bytes.
    const firstEnd = 4 * (5 + 3 * n);
    columns.writeInt32LE(columns.readInt32LE(firstEnd + 4 * (n - 1)) - 1, firstEnd + 4 * (n - 1));
    expect(() => readColumns(columns, threads.vocabularies)).toThrow(/do not fit/);
  });
});
