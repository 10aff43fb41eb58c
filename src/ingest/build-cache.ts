// The incremental build's cache: what each file gave the per-article part of the build
// (build-chunk.ts), kept in a folder next to the fact base (`<out>.cache/`), under a folder named
// for the per-file work's version (build-version.ts). A build reads the entries of the files it has,
// computes only the others, and leaves only what it used; the whole-coverage steps
// (near-duplicates, people, quotes, the index) always run on everything.
//
//   <version>/vocabularies.json           the words, index terms, lower-case words and people's name forms
//                                         (name-forms.ts) of every entry
//   <version>/segments/<time>-<hex>.jsonl  the entries one build wrote, each a line "<key> <crc> <n> <entry>"
//                                          then its n bytes of columns (starting at a multiple of 4
//                                          bytes: read in place) and a newline, keyed by (file path,
//                                          content hash) (build-cache-entry.ts)
//   <version>/coverage-memo.json          per entry, its results of two whole-coverage steps (coverage-memo.ts)
//   <version>/article-keys.jsonl          per file, what `npm run add` compares new articles with (article-keys.ts)
//
// A build writes the entries it computed as one new segment, so adding an article writes one
// line, not the whole cache, and reading fourteen thousand entries opens a few files, not
// fourteen thousand (which cost ~10 s on the White House corpus). Segments are merged when there
// are many of them or when most of their lines belong to files no longer in the coverage.
//
// Entries hold their words as ids into the cache-wide vocabularies, so reading them maps no word.
// Vocabularies only grow; each build that adds words writes them whole (atomically) with a new
// generation token appended, and an entry names the generation it was written in. An entry is
// used only when the vocabularies on disk still list its generation, so two builds sharing a
// cache cannot give an entry another build's words. Entries are validated on read; one that
// fails is named in a warning and rebuilt.
// Nothing here can change an answer: a build with the cache gives the same bytes as one without.
import { hash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Vocabulary } from '../factbase/vocabulary.js';
import type { ChunkVocabularies, FileWork } from './build-chunk.js';
import { BadEntry, bad, decodeEntry, entryCrc, entryLine, parseEntry, readColumns, type EntryColumns } from './build-cache-entry.js';
import { ENTRY_FORMAT, fileWorkVersion } from './build-version.js';
import { asFileStats, checkFiles, statsOf, type CheckedFile, type FileStats } from './file-stats.js';
import { CoverageMemo } from './coverage-memo.js';
import { appendKeys, keysLine, readKeys, type KeysRecord } from './article-keys.js';
import { NameForms } from './name-forms.js';

const SEGMENTS = 'segments';
const VOCABULARIES = 'vocabularies.json';
const FILE_STATS = 'file-stats.json';
const MEMO = 'coverage-memo.json';
const KEYS = 'article-keys.jsonl';
/** More segments than this are merged into one (all but the largest). */
const MAX_SEGMENTS = 16;
/** Entries joined into one write. */
const WRITE_BATCH = 16;
/** Entries decoded between two looks at other tasks. */
const DECODE_BATCH = 512;

const words = z.array(z.string());
const VocabulariesSchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  /** Tokens of the writes that made these vocabularies, oldest first. */
  generations: z.array(z.string()),
  words,
  terms: words,
  lowerCase: words,
  forms: words,
});

/** An entry's key: its file's path and content hash. */
// One-shot `hash`, not a Hash object: a build takes each file's key four times (57,584 on the White House corpus).
export const keyOf = (work: { file: string; contentHash: string }): string => hash('sha256', `${work.file}\0${work.contentHash}`).slice(0, 40);
/** Segment names sort in the order they were written (a later line for a key wins). */
const newSegmentName = (): string => `${Date.now().toString(36).padStart(10, '0')}-${randomBytes(4).toString('hex')}.jsonl`;

/** Where an entry is: its segment, its CRC-32, and the bytes of its JSON and of its columns (until decoded). */
interface StoredLine {
  segment: string;
  crc: number;
  bytes: Buffer | null;
  start: number;
  /** The JSON ends here, and the columns start after its newline. */
  end: number;
  columnsEnd: number;
  /** Once `textColumns` looked: whether its CRC matches, and its columns when they could be read. */
  intact?: boolean;
  columns?: EntryColumns;
}

/**
 * Writes `parts` to `file` through a temp file and a rename: readers never see half of it. Parts
 * are made and written a batch at a time, so a whole cache's entries are never one buffer.
 */
async function writeAtomically(file: string, parts: Iterable<string | Buffer>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    let batch: Buffer[] = [];
    for (const part of parts) {
      batch.push(typeof part === 'string' ? Buffer.from(part) : part);
      if (batch.length === WRITE_BATCH) {
        await handle.write(Buffer.concat(batch));
        batch = [];
      }
    }
    await handle.write(Buffer.concat(batch));
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

/**
 * The bytes of `file`, in memory the build's workers can read: the build sends them its entries'
 * word and term columns as views of their segment (build.ts), and each worker joins them for its
 * step instead of this thread (~0.4 s of a White House add-one).
 */
async function readShared(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) return bytes.subarray(0, at); // Cut short meanwhile: its last line is then incomplete, and skipped.
      at += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/** The stats recorded in the version folder `dir`; without them every file is read and hashed, as on the first build. */
async function readFileStats(dir: string): Promise<FileStats> {
  try {
    const stats = asFileStats(JSON.parse(await readFile(path.join(dir, FILE_STATS), 'utf8')));
    if (stats !== null) return stats;
  } catch (error) {
    if (!(error instanceof SyntaxError) && !['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  return {};
}

export class BuildCache {
  /** One line per entry that could not be used (named by its file), for the build's warnings. */
  readonly problems: string[] = [];
  /** The cache-wide vocabularies every entry's ids refer to. */
  readonly vocabularies: ChunkVocabularies;
  /** The cache-wide name forms every entry's people candidates refer to. */
  readonly forms: NameForms;
  /** What the entries' articles gave two whole-coverage steps; written by `saveMemo`. */
  readonly memo: CoverageMemo;
  readonly #dir: string;
  readonly #generations: string[];
  /** How many words each vocabulary had when read: more means it must be written again. */
  readonly #sizes: readonly number[];
  /** Segment names present when the cache was opened, oldest first, and their bytes being read. */
  readonly #segments: readonly string[];
  #segmentReads: readonly Promise<Buffer>[];
  /** The last line of each key in the segments, once read (`getAll`). */
  readonly #lines = new Map<string, StoredLine>();
  /** Lines per segment, once read. */
  readonly #lineCounts = new Map<string, number>();
  /** The segments' reading, once. */
  #reading: Promise<void> | null = null;
  /** This build's checks of the article files (against the stats the last build recorded). */
  #checked: readonly CheckedFile[] = [];

  private constructor(dir: string, stored: z.infer<typeof VocabulariesSchema> | null, segments: readonly string[], segmentReads: readonly Promise<Buffer>[], memo: CoverageMemo) {
    this.#dir = dir;
    this.memo = memo;
    this.#generations = stored?.generations ?? [];
    this.vocabularies = { words: new Vocabulary(stored?.words), terms: new Vocabulary(stored?.terms), lowerCase: new Vocabulary(stored?.lowerCase) };
    this.forms = new NameForms(stored?.forms);
    this.#sizes = this.#vocabularySizes();
    this.#segments = segments;
    this.#segmentReads = segmentReads;
  }

  /** The cache in `root` for this per-file work's version; the entries of other versions are removed. */
  static async open(root: string): Promise<BuildCache> {
    const version = await fileWorkVersion();
    const dir = path.join(root, version);
    await mkdir(path.join(dir, SEGMENTS), { recursive: true });
    for (const other of await readdir(root)) {
      if (other !== version) await rm(path.join(root, other), { recursive: true, force: true });
    }
    // Leftovers of killed writes.
    for (const folder of [dir, path.join(dir, SEGMENTS)]) {
      for (const name of await readdir(folder)) if (name.endsWith('.tmp')) await rm(path.join(folder, name), { force: true });
    }
    const segments = (await readdir(path.join(dir, SEGMENTS))).filter((name) => name.endsWith('.jsonl')).sort();
    // Read (by the thread pool) while this thread parses the vocabularies and the memo: read
    // after them, this thread waited for the 288 MB of White House segments (~1.4 s at load ~4).
    const reads = segments.map((name) => {
      const read = readShared(path.join(dir, SEGMENTS, name));
      read.catch(() => undefined); // Met when the segments are indexed.
      return read;
    });
    let stored: z.infer<typeof VocabulariesSchema> | null = null;
    try {
      const parsed = VocabulariesSchema.safeParse(JSON.parse(await readFile(path.join(dir, VOCABULARIES), 'utf8')));
      // Unreadable vocabularies make every entry unusable: they are all rebuilt.
      if (parsed.success) stored = parsed.data;
    } catch (error) {
      if (!(error instanceof SyntaxError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const memo = await CoverageMemo.read(path.join(dir, MEMO));
    if (stored === null) {
      // Without the vocabularies no entry can be read: they go, and the build fills the cache anew.
      await Promise.allSettled(reads);
      await Promise.all(segments.map((name) => rm(path.join(dir, SEGMENTS, name), { force: true })));
      return new BuildCache(dir, null, [], [], memo);
    }
    return new BuildCache(dir, stored, segments, reads, memo);
  }

  /**
   * The article files' stats and content hashes recorded by the last build with this builder in
   * the cache `root` (none when there is no such build), read without changing the cache.
   */
  static async recordedFileStats(root: string): Promise<FileStats> {
    return readFileStats(path.join(root, await fileWorkVersion()));
  }

  /**
   * The article files' stats and content hashes recorded by the last build with this builder in
   * the cache `root`, and the keys it kept for `npm run add` (article-keys.ts) with the file they
   * are in; null when there is no such build. Read without changing the cache.
   */
  static async recordedArticleKeys(root: string): Promise<{ stats: FileStats; records: Map<string, KeysRecord>; file: string } | null> {
    const dir = path.join(root, await fileWorkVersion());
    const stats = await readFileStats(dir);
    if (Object.keys(stats).length === 0) return null;
    const file = path.join(dir, KEYS);
    return { stats, records: (await readKeys(file)).records, file };
  }

  /**
   * Stats every file and gives its content hash: the recorded one for a file unchanged since, the
   * file's own for the others; none for those when the cache is empty (a cold cache is not worth
   * reading every file twice for: they are all processed). `before`: the same files checked so
   * against this cache's recorded stats just before (`checkCoverage`), taken as they are.
   */
  async checkFiles(articlesDir: string, files: readonly string[], before?: readonly CheckedFile[]): Promise<readonly CheckedFile[]> {
    // The recorded stats are read only here (3.5 MB of JSON for the White House corpus): not when the check was made before.
    this.#checked = before ?? (await checkFiles(articlesDir, files, this.#generations.length === 0 ? {} : await readFileStats(this.#dir), !this.isEmpty));
    return this.#checked;
  }

  /** Whether it holds any entry (a cold cache is not worth hashing every file for). */
  get isEmpty(): boolean {
    return this.#segments.length === 0;
  }

  /**
   * Of each file's stored entry, the columns alone (its words and index terms), read without
   * decoding the rest: 'skipped' for a file that gave no article, null where there is no entry
   * or its bytes do not match its CRC. The build starts its whole-coverage text steps on these
   * while `getAll` decodes the entries; an entry `getAll` then finds unusable (one of another
   * build's vocabularies) makes the build start them again.
   */
  async textColumns(files: readonly { file: string; contentHash: string | null }[]): Promise<(EntryColumns | 'skipped' | null)[]> {
    await (this.#reading ??= this.#readSegments());
    return files.map((work) => {
      const line = this.#lineOf(work);
      if (line === undefined || line.bytes === null) return null;
      const columns = line.bytes.subarray(line.end + 1, line.columnsEnd);
      line.intact = entryCrc(line.bytes.subarray(line.start, line.end), columns) === line.crc;
      if (!line.intact) return null;
      if (columns.length === 0) return 'skipped';
      try {
        line.columns = readColumns(columns, this.vocabularies, this.forms);
        return line.columns;
      } catch (error) {
        if (error instanceof BadEntry) return null; // Named by `getAll`.
        throw error;
      }
    });
  }

  /**
   * The stored work of each file (null where there is none, or it is unusable). Decoded a batch at
   * a time, letting other tasks in between: the build decodes while a worker computes new files,
   * and starts its text steps as soon as their works come back. `spent`: told the milliseconds of
   * each batch.
   */
  async getAll(files: readonly { file: string; contentHash: string | null }[], spent: (ms: number) => void = () => undefined): Promise<(FileWork | null)[]> {
    await (this.#reading ??= this.#readSegments());
    const generations = new Set(this.#generations);
    const works: (FileWork | null)[] = [];
    while (works.length < files.length) {
      if (works.length > 0) await new Promise((resolve) => setImmediate(resolve));
      const start = performance.now();
      for (const work of files.slice(works.length, works.length + DECODE_BATCH)) works.push(this.#decode(work, generations));
      spent(performance.now() - start);
    }
    return works;
  }

  #decode(work: { file: string; contentHash: string | null }, generations: ReadonlySet<string>): FileWork | null {
    const line = this.#lineOf(work);
    if (line === undefined) return null;
    try {
      const bytes = line.bytes ?? Buffer.alloc(0);
      const stored = bytes.subarray(line.end + 1, line.columnsEnd);
      const json = bytes.subarray(line.start, line.end);
      const entry = parseEntry(json, line.intact ?? entryCrc(json, stored) === line.crc);
      if (entry.file !== work.file || entry.contentHash !== work.contentHash) throw bad('belongs to another file');
      if (!generations.has(entry.generation)) throw bad("refers to words the cache's vocabularies no longer hold");
      const columns = line.columns ?? (stored.length === 0 ? null : readColumns(stored, this.vocabularies, this.forms));
      return decodeEntry(entry, columns, this.vocabularies, this.forms);
    } catch (error) {
      if (error instanceof BadEntry || error instanceof SyntaxError) {
        this.problems.push(`${work.file}: the build cache's entry ${error instanceof SyntaxError ? 'is not valid JSON' : error.message}; rebuilt it`);
        return null;
      } else throw error;
    } finally {
      // Decoded once (its texts still refer to the segment's bytes).
      line.bytes = null;
      delete line.columns;
    }
  }

  #lineOf(work: { file: string; contentHash: string | null }): StoredLine | undefined {
    return work.contentHash === null ? undefined : this.#lines.get(keyOf({ file: work.file, contentHash: work.contentHash }));
  }

  /** `work` (its words numbered in its thread's vocabularies) with its ids rewritten in place as the cache's, its candidates as rows of its name forms. */
  adopt(work: FileWork): FileWork {
    if ('skipped' in work) return work;
    const { words, terms, lowerCase } = this.vocabularies;
    work.words = { ...work.words, ids: words.adopt(work.words.ids, work.words.vocabulary), vocabulary: words.words };
    work.terms = { ...work.terms, ids: terms.adopt(work.terms.ids, work.terms.vocabulary), vocabulary: terms.words };
    const own = work.people.lowerCaseWords;
    work.people.lowerCaseWords = { ids: lowerCase.adopt(own.ids, own.vocabulary), vocabulary: lowerCase.words };
    const { candidates } = work.people;
    if (Array.isArray(candidates)) work.people.candidates = this.forms.rowsOf(candidates);
    return work;
  }

  /**
   * Stores the entries of `computed` (adopted works) as a new segment, after the vocabularies when
   * they grew. `kept` is every file's work in the coverage (computed ones included): segments
   * holding none of them are removed, and when there are too many segments, or most of their
   * lines are of files no longer in the coverage, they are merged by writing `kept` again.
   */
  async save(computed: readonly FileWork[], kept: readonly FileWork[]): Promise<void> {
    const grew = this.#vocabularySizes().some((size, i) => size > this.#sizes[i]!);
    if (grew || this.#generations.length === 0) {
      this.#generations.push(randomBytes(8).toString('hex'));
      const { words, terms, lowerCase } = this.vocabularies;
      await writeAtomically(
        path.join(this.#dir, VOCABULARIES),
        [JSON.stringify({ format: ENTRY_FORMAT, generations: this.#generations, words: words.words, terms: terms.words, lowerCase: lowerCase.words, forms: this.forms.vocabulary.words })],
      );
    }
    const keptKeys = new Set(kept.map(keyOf));
    // Lines still used per segment (a later segment's line for the same key wins).
    const live = new Map<string, number>(this.#segments.map((segment) => [segment, 0]));
    for (const [key, line] of this.#lines) if (keptKeys.has(key)) live.set(line.segment, live.get(line.segment)! + 1);
    const liveLines = [...live.values()].reduce((sum, n) => sum + n, 0);
    const allLines = [...this.#lineCounts.values()].reduce((sum, n) => sum + n, 0);
    const used = this.#segments.filter((segment) => live.get(segment)! > 0);
    let merged: readonly string[] = this.#segments.filter((segment) => live.get(segment) === 0);
    let written: readonly FileWork[] = computed;
    if (allLines - liveLines > liveLines) {
      merged = this.#segments;
      written = kept;
    } else if (used.length + 1 > MAX_SEGMENTS) {
      const largest = used.reduce((a, b) => (live.get(b)! > live.get(a)! ? b : a));
      merged = this.#segments.filter((segment) => segment !== largest);
      const fresh = new Set(computed);
      written = kept.filter((work) => fresh.has(work) || this.#lines.get(keyOf(work))?.segment !== largest);
    }
    if (written.length > 0) {
      const generation = this.#generations.at(-1)!;
      const lines = (function* () {
        let at = 0;
        for (const work of written) {
          const { line, columns } = entryLine(keyOf(work), work, generation, at);
          at += line.length + columns.length + 1;
          yield line;
          yield columns;
          yield '\n';
        }
      })();
      await writeAtomically(path.join(this.#dir, SEGMENTS, newSegmentName()), lines);
    }
    await Promise.all(merged.map((segment) => unlink(path.join(this.#dir, SEGMENTS, segment)).catch(() => undefined)));
    await this.#saveKeys(computed, kept, written === kept);
    await writeAtomically(path.join(this.#dir, FILE_STATS), [JSON.stringify(statsOf(this.#checked, kept))]);
  }

  /**
   * Keeps the keys of the `computed` works for `npm run add`: added to the keys file, or, when
   * the cache was empty or its entries were all written again, written with those of `kept` files.
   */
  async #saveKeys(computed: readonly FileWork[], kept: readonly FileWork[], rewrite: boolean): Promise<void> {
    const file = path.join(this.#dir, KEYS);
    const fresh = computed.flatMap(({ file, contentHash, keys }): KeysRecord[] => (keys === undefined ? [] : [{ file, contentHash, keys }]));
    if (!rewrite && !this.isEmpty) return appendKeys(file, fresh);
    const keptKeys = new Set(kept.map(keyOf));
    const old = this.isEmpty ? [] : [...(await readKeys(file)).records.values()].filter((record) => keptKeys.has(keyOf(record)));
    const freshFiles = new Set(fresh.map((record) => record.file));
    await writeAtomically(file, [...old.filter((record) => !freshFiles.has(record.file)), ...fresh].map(keysLine));
  }

  /** Writes the memo, holding only the articles of this build. */
  async saveMemo(): Promise<void> {
    await writeAtomically(path.join(this.#dir, MEMO), [this.memo.serialize()]);
  }

  /**
   * Indexes the entries of every segment by key; a segment removed meanwhile (by another build)
   * holds nothing. An entry's line says how many bytes of columns follow it: a line that does not
   * (or whose columns do not end in a newline) is counted, skipped to its newline and otherwise
   * ignored, and what follows it is read as lines again (a key met that way is checked by its CRC).
   */
  async #readSegments(): Promise<void> {
    const NEWLINE = 0x0a;
    const SPACE = 0x20;
    for (const [i, segment] of this.#segments.entries()) {
      let bytes: Buffer;
      try {
        bytes = await this.#segmentReads[i]!;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      let count = 0;
      for (let from = 0; from < bytes.length; ) {
        const newline = bytes.indexOf(NEWLINE, from);
        const end = newline === -1 ? bytes.length : newline;
        const space = bytes.indexOf(SPACE, from);
        const crcEnd = space === -1 ? -1 : bytes.indexOf(SPACE, space + 1);
        const sizeEnd = crcEnd === -1 ? -1 : bytes.indexOf(SPACE, crcEnd + 1);
        const sizeText = sizeEnd === -1 ? '' : bytes.toString('latin1', crcEnd + 1, sizeEnd);
        const size = /^\d{1,10}$/.test(sizeText) ? Number(sizeText) : Number.NaN;
        const columnsEnd = end + 1 + size;
        count++;
        if (sizeEnd !== -1 && sizeEnd < end && !Number.isNaN(size) && bytes[columnsEnd] === NEWLINE) {
          const crc = Number.parseInt(bytes.toString('latin1', space + 1, crcEnd), 16);
          this.#lines.set(bytes.toString('latin1', from, space), { segment, crc: Number.isNaN(crc) ? -1 : crc, bytes, start: sizeEnd + 1, end, columnsEnd });
          from = columnsEnd + 1;
        } else from = end + 1;
      }
      this.#lineCounts.set(segment, count);
    }
    // Their bytes are held by the lines that use them from here on.
    this.#segmentReads = [];
  }

  #vocabularySizes(): number[] {
    const { words, terms, lowerCase } = this.vocabularies;
    return [words.words.length, terms.words.length, lowerCase.words.length, this.forms.vocabulary.words.length];
  }
}
