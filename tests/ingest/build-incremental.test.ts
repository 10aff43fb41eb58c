// The incremental build (build-cache.ts): with a cache, only new or changed files are processed,
// and the fact base is byte for byte the one a full build of the same folder writes — after
// adding, editing, deleting and renaming articles, with a corrupt cache, with workers or without;
// and the coverage hash that tells whether a fact base is stale reads only the files that changed.
import { appendFile, cp, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildOptions, BuildResult } from '../../src/ingest/build.js';
import { buildFactBase, cacheDirOf, checkCoverage, coverageHashOf, currentCoverageHash, listArticleFiles } from '../../src/ingest/build.js';
import { sha256 } from '../../src/ingest/read-article.js';
import { loadFactBase, saveFactBase } from '../../src/factbase/persist.js';
import { updateFactBase } from '../../src/ingest/update-factbase.js';
import { BUNDLED_ARTICLES, FIXTURE_ARTICLES } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('build-incremental-');

/** A folder with the fixture coverage, and where its fact base and cache go. */
async function workspace(): Promise<{ articles: string; out: string; cacheDir: string }> {
  const root = await tempDir();
  const articles = path.join(root, 'articles');
  await cp(FIXTURE_ARTICLES, articles, { recursive: true });
  const out = path.join(root, 'facts.json');
  return { articles, out, cacheDir: cacheDirOf(out) };
}

/**
 * The bytes of the build's fact base as saved, with its prepared sections and its sentences'
 * columns as build:facts saves it, and with its sentences as objects and nothing prepared.
 */
async function bytesOf(result: BuildResult): Promise<Buffer> {
  const dir = await tempDir();
  const file = path.join(dir, 'facts.json');
  await saveFactBase(result.factBase, file, result.prepared);
  const bytes = await readFile(file);
  // Saved from the columns: its sentences were not made into objects, and still can be saved so.
  expect(result.prepared.sentences?.columnsOf(result.factBase)).not.toBeNull();
  expect(result.sentenceCount).toBe(result.factBase.sentences.length);
  // Each sentence an object, its own text read: the same bytes.
  await saveFactBase(result.factBase, path.join(dir, 'plain.json'));
  expect(await readFile(path.join(dir, 'plain.json'))).toEqual(bytes);
  // Objects given out may be changed: saving no longer takes the columns.
  expect(result.prepared.sentences?.columnsOf(result.factBase)).toBeNull();
  // Nor the aid figures' and events' JSON: a changed event is saved as changed.
  expect([result.aidCount, result.eventCount]).toEqual([result.factBase.aid.length, result.factBase.events.length]);
  const [event] = result.factBase.events;
  if (event !== undefined) {
    const { text } = event.date;
    event.date.text = 'changed since the build';
    await saveFactBase(result.factBase, path.join(dir, 'changed.json'), result.prepared);
    expect((await loadFactBase(path.join(dir, 'changed.json'))).data.events[0]!.date.text).toBe('changed since the build');
    event.date.text = text;
  }
  return bytes;
}

/** The fact base of a full build (no cache) of the folder as it is now. */
async function fullBuild(articles: string, options: BuildOptions = {}): Promise<Buffer> {
  return bytesOf(await buildFactBase(articles, { workers: 0, ...options }));
}

/** The cache's segment files, oldest first. */
async function segmentFiles(cacheDir: string): Promise<string[]> {
  const [version, ...others] = await readdir(cacheDir);
  expect(others).toEqual([]);
  const segments = path.join(cacheDir, version!, 'segments');
  return (await readdir(segments)).sort().map((name) => path.join(segments, name));
}

/** A stored entry: its line's "<key> <crc> <n>", its JSON, and the n bytes of columns after the line. */
interface StoredEntry {
  head: string;
  json: string;
  columns: Buffer;
}

/** The entries of a segment file, in order. */
async function segmentEntries(segment: string): Promise<StoredEntry[]> {
  const bytes = await readFile(segment);
  const entries: StoredEntry[] = [];
  for (let from = 0; from < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, from);
    const line = bytes.toString('latin1', from, newline);
    const [key, crc, size] = line.split(' ', 3);
    const head = `${key} ${crc} ${size}`;
    const columns = bytes.subarray(newline + 1, newline + 1 + Number(size));
    entries.push({ head, json: line.slice(head.length + 1), columns });
    from = newline + 1 + columns.length + 1;
  }
  return entries;
}

/** Writes `entries` as a segment file. */
async function writeSegment(segment: string, entries: readonly StoredEntry[]): Promise<void> {
  await writeFile(segment, Buffer.concat(entries.flatMap(({ head, json, columns }) => [Buffer.from(`${head} ${json}\n`, 'latin1'), columns, Buffer.from('\n')])));
}

/** Every entry of the cache's segments. */
async function entryLines(cacheDir: string): Promise<StoredEntry[]> {
  return (await Promise.all((await segmentFiles(cacheDir)).map(segmentEntries))).flat();
}

describe('the incremental build', () => {
  it('GIVEN a cold cache THEN it processes every file, fills the cache and writes what a full build writes', async () => {
    const { articles, cacheDir } = await workspace();
    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache).toEqual({ reused: 0, computed: 5, problems: [] });
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
    expect(await entryLines(cacheDir)).toHaveLength(5);
  });

  it('GIVEN an unchanged folder THEN every file comes from the cache and the bytes are the same', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const again = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(again.cache).toEqual({ reused: 5, computed: 0, problems: [] });
    expect(await bytesOf(again)).toEqual(await fullBuild(articles));
  });

  it('GIVEN articles added, edited, deleted and renamed THEN only those are processed and the bytes equal a full build', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });

    // Added: two articles of another coverage, one in a sub-folder (its id is its path).
    await cp(path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt'), path.join(articles, 'blog-nato-stands-with-ukraine.txt'));
    await mkdir(path.join(articles, '2024'));
    await cp(path.join(BUNDLED_ARTICLES, 'turan-blinken-we-must-continue-to-support-ukraine.txt'), path.join(articles, '2024', 'turan.txt'));
    // Edited: a sentence naming a person and a figure, so people, aid and the index all change.
    await appendFile(path.join(articles, 'germany-air-defence-package.txt'), '\n\nDefence Minister Boris Pistorius said Germany would send another €500 million in ammunition.\n');
    // Deleted, and renamed (same content under a new name: a new article id).
    await unlink(path.join(articles, 'grain-corridor-page-furniture.txt'));
    const renamed = await readFile(path.join(articles, 'pentagon-briefing-duplicates.txt'));
    await unlink(path.join(articles, 'pentagon-briefing-duplicates.txt'));
    await writeFile(path.join(articles, 'zz-pentagon-briefing.txt'), renamed);

    const incremental = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(incremental.cache).toEqual({ reused: 2, computed: 4, problems: [] });
    const full = await fullBuild(articles);
    expect(await bytesOf(incremental)).toEqual(full);
    expect(incremental.factBase.articles.map((a) => a.id)).toContain('2024/turan');
    // Most lines were of files no longer in the folder (3 of 5 read): the segments were merged
    // into one holding the entries of the folder's files only.
    expect(await entryLines(cacheDir)).toHaveLength(6);
    expect(await segmentFiles(cacheDir)).toHaveLength(1);
  });

  it('GIVEN articles naming people the coverage did not know (one with a known surname), then one edited away THEN the bytes equal a full build each time', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    // New people; "Pistorius" becomes a surname two people bear, so its articles are looked at again.
    const added = path.join(articles, 'harbour-renewal.txt');
    await writeFile(
      added,
      'Harbour office repairs piers\n\nDirector Orla Venkatesh said on Tuesday that the harbour office would repair nine piers. ' +
        '"We are moving quickly because the storm season is close," Ms. Venkatesh said.\n\n' +
        'Harbour Minister Tobin Pistorius agreed. "Nine piers is a start," Mr. Pistorius told reporters, and Ms. Venkatesh nodded.\n',
    );
    const withThem = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(withThem.cache).toEqual({ reused: 5, computed: 1, problems: [] });
    expect(withThem.factBase.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Orla Venkatesh', 'Tobin Pistorius']));
    expect(withThem.factBase.quotes.filter((q) => q.speakerId !== null).map((q) => q.speakerId)).toContain('orla-venkatesh');
    expect(await bytesOf(withThem)).toEqual(await fullBuild(articles));

    await writeFile(added, 'Harbour office repairs piers\n\nThe harbour office said on Tuesday that it would repair nine piers.\n');
    const without = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(without.factBase.people.map((p) => p.name)).not.toContain('Tobin Pistorius');
    expect(await bytesOf(without)).toEqual(await fullBuild(articles));
  });

  it('GIVEN sentences of every stored text encoding THEN their texts are kept encoded in the cache, and the bytes equal a full build', async () => {
    const { articles, cacheDir } = await workspace();
    await writeFile(
      path.join(articles, 'encodings.md'),
      '# Invented notes on the Varnholm ferry\n\nThe naïve timetable was dropped in Tromsø last week. ' +
        '“We will keep the ferry running,” the operator said, and the new fare is €4. ' +
        'A plain sentence follows here.\n\nThe operator’s crew—twelve people—left at dawn 🚢.\n',
    );
    const cold = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(cold.factBase.sentences.some((s) => /[^\u0000-\u00ff]/.test(s.text))).toBe(true);
    const warm = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(warm.cache).toEqual({ reused: 6, computed: 0, problems: [] });
    expect(await bytesOf(warm)).toEqual(await fullBuild(articles));
    expect(warm.factBase.sentences.map((s) => s.text)).toEqual(cold.factBase.sentences.map((s) => s.text));
    expect(JSON.parse(JSON.stringify(warm.factBase.sentences))).toEqual(JSON.parse(JSON.stringify(cold.factBase.sentences)));
    // The texts are in the columns, not in the JSON.
    for (const entry of await entryLines(cacheDir)) expect(entry.json).not.toContain('"texts"');
  });

  it('GIVEN workers THEN the result is the same with a cold or a warm cache', async () => {
    const { articles, cacheDir } = await workspace();
    const cold = await buildFactBase(articles, { workers: 2, cacheDir });
    await cp(path.join(BUNDLED_ARTICLES, 'dallas-express-blinken-to-discuss-ukraine-balkans.txt'), path.join(articles, 'dallas.txt'));
    const warm = await buildFactBase(articles, { workers: 2, cacheDir });
    expect(cold.cache?.computed).toBe(5);
    expect(warm.cache).toEqual({ reused: 5, computed: 1, problems: [] });
    expect(await bytesOf(warm)).toEqual(await fullBuild(articles));
    // Three builds, two of them starting worker threads from source (tsx): 26-28 s at load ~10.
  }, 60_000);

  it('GIVEN workers and the up-to-date check THEN the files it read are sent to them before the cache is open: one the cache has after all is taken from it, and the bytes equal a full build', async () => {
    const { articles, cacheDir } = await workspace();
    // Files left alone this long have their stats recorded (file-stats.ts): the check then reads only the changed ones.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await buildFactBase(articles, { workers: 2, cacheDir });
    await cp(path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt'), path.join(articles, 'nato.txt'));
    await appendFile(path.join(articles, 'germany-air-defence-package.txt'), '\n\nDefence Minister Boris Pistorius said Germany would send another €500 million in ammunition.\n');
    await unlink(path.join(articles, 'grain-corridor-page-furniture.txt'));
    // Written again as it was: another stat, so the check reads it, but the cache has its entry.
    const same = 'pentagon-briefing-duplicates.txt';
    await writeFile(path.join(articles, same), await readFile(path.join(articles, same)));
    const check = await checkCoverage(articles, cacheDir);
    expect(check.checked.filter((c) => c.read === true).map((c) => c.file).sort()).toEqual(['germany-air-defence-package.txt', 'nato.txt', same]);
    const incremental = await buildFactBase(articles, { workers: 2, cacheDir, checked: check });
    expect(incremental.cache).toEqual({ reused: 3, computed: 2, problems: [] });
    expect(await bytesOf(incremental)).toEqual(await fullBuild(articles));
    // Its entries are those of the folder's files: the one sent ahead but taken from the cache was not stored again.
    expect(await entryLines(cacheDir)).toHaveLength(7);
    expect((await buildFactBase(articles, { workers: 0, cacheDir })).cache).toEqual({ reused: 5, computed: 0, problems: [] });
  }, 60_000);

  it('GIVEN skipped files and two files with one article id THEN the cache keeps the same outcome', async () => {
    const { articles, cacheDir } = await workspace();
    await writeFile(path.join(articles, 'empty.txt'), '');
    await cp(path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt'), path.join(articles, 'senate-vote-ukraine-funding.txt'));
    const cold = await buildFactBase(articles, { workers: 0, cacheDir });
    const warm = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(warm.cache?.reused).toBe(7);
    expect(warm.skipped).toEqual(cold.skipped);
    expect(warm.skipped.map((s) => s.file)).toEqual(['empty.txt', 'senate-vote-ukraine-funding.txt']);
    expect(await bytesOf(warm)).toEqual(await fullBuild(articles));
  });

  it('GIVEN corrupt cache entries THEN each is named in a warning, rebuilt, and the bytes are unchanged', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const [segment] = await segmentFiles(cacheDir);
    // Each corrupt entry keeps its key, CRC and size of columns.
    const entries = await segmentEntries(segment!);
    entries[0]!.json = '{"format":6,"file":'; // truncated
    const entry = JSON.parse(entries[1]!.json) as { facts: { honorifics: string[] } };
    entry.facts.honorifics.push('Mr', 'Invented'); // a valid entry, but not the one written
    entries[1]!.json = JSON.stringify(entry);
    entries[2]!.json = JSON.stringify({ format: 6, file: 'x' }); // not an entry
    // A valid entry of this file, one byte of a word id changed: only its CRC tells.
    const columns = Buffer.from(entries[3]!.columns);
    columns[columns.length - 4]! ^= 1;
    entries[3]!.columns = columns;
    await writeSegment(segment!, entries);

    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache?.computed).toBe(4);
    expect(result.cache?.problems).toHaveLength(4);
    expect(result.cache?.problems.filter((problem) => problem.includes('does not match its checksum'))).toHaveLength(2);
    for (const problem of result.cache?.problems ?? []) expect(problem).toMatch(/^[\w-]+\.(txt|md): the build cache's entry .+; rebuilt it$/);
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
    // Rewritten: the next build reuses everything.
    expect((await buildFactBase(articles, { workers: 0, cacheDir })).cache).toEqual({ reused: 5, computed: 0, problems: [] });
  });

  it('GIVEN an entry whose line gives the wrong size of its columns THEN only its file is processed again: the entries after it are still read', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const [segment] = await segmentFiles(cacheDir);
    const entries = await segmentEntries(segment!);
    const [key, crc, size] = entries[1]!.head.split(' ');
    entries[1]!.head = `${key} ${crc} ${Number(size) + 3}`;
    await writeSegment(segment!, entries);

    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache).toEqual({ reused: 4, computed: 1, problems: [] });
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
  });

  it('GIVEN vocabularies rewritten by another build THEN entries of a generation they no longer list are rebuilt', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const [version] = await readdir(cacheDir);
    const file = path.join(cacheDir, version!, 'vocabularies.json');
    const vocabularies = JSON.parse(await readFile(file, 'utf8')) as { generations: string[] };
    // Another build that started from an older state wrote its own generation last.
    await writeFile(file, JSON.stringify({ ...vocabularies, generations: ['another-build'] }));
    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache?.computed).toBe(5);
    for (const problem of result.cache?.problems ?? []) expect(problem).toMatch(/refers to words the cache's vocabularies no longer hold; rebuilt it$/);
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
    expect((await buildFactBase(articles, { workers: 0, cacheDir })).cache).toEqual({ reused: 5, computed: 0, problems: [] });
  });

  it.each([0, 2])('GIVEN vocabularies of other words (another build\'s) and %i workers THEN the text steps started on the stored ids run again on the rebuilt entries', async (workers) => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const [version] = await readdir(cacheDir);
    const file = path.join(cacheDir, version!, 'vocabularies.json');
    const vocabularies = JSON.parse(await readFile(file, 'utf8')) as { generations: string[]; words: string[]; terms: string[] };
    // Every stored id still in range, but of another word: only the generation shows it.
    await writeFile(file, JSON.stringify({ ...vocabularies, generations: ['another-build'], words: vocabularies.words.reverse(), terms: vocabularies.terms.reverse() }));
    const result = await buildFactBase(articles, { workers, cacheDir });
    expect(result.cache?.computed).toBe(5);
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
  }, 60_000);

  it('GIVEN unreadable vocabularies THEN every file is processed again and the old segments are removed', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const [version] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, version!, 'vocabularies.json'), '{"format":');
    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache).toEqual({ reused: 0, computed: 5, problems: [] });
    expect(await entryLines(cacheDir)).toHaveLength(5);
    expect(await bytesOf(result)).toEqual(await fullBuild(articles));
  });

  it('GIVEN entries of another builder version THEN they are removed, not used', async () => {
    const { articles, cacheDir } = await workspace();
    await mkdir(path.join(cacheDir, 'an-older-builder'), { recursive: true });
    await writeFile(path.join(cacheDir, 'an-older-builder', 'x.json'), '{}');
    const result = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(result.cache?.computed).toBe(5);
    expect(await entryLines(cacheDir)).toHaveLength(5);
  });

  it('GIVEN an article added by each of many builds THEN the segments are merged, none is lost, and the bytes equal a full build', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    const article = await readFile(path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt'), 'utf8');
    for (let i = 1; i <= 20; i++) {
      await writeFile(path.join(articles, `added-${i}.txt`), `${article}\n\nThe build added note number ${i}.\n`);
      const result = await buildFactBase(articles, { workers: 0, cacheDir });
      expect(result.cache).toEqual({ reused: 4 + i, computed: 1, problems: [] });
      expect((await segmentFiles(cacheDir)).length).toBeLessThanOrEqual(16);
    }
    expect(await entryLines(cacheDir)).toHaveLength(25);
    const last = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(last.cache).toEqual({ reused: 25, computed: 0, problems: [] });
    expect(await bytesOf(last)).toEqual(await fullBuild(articles));
  });

  it('GIVEN the cache THEN the current coverage hash takes the recorded hash of a file whose stat is unchanged, and reads a changed file', async () => {
    const { articles, cacheDir } = await workspace();
    const built = await buildFactBase(articles, { workers: 0, cacheDir });
    expect(await currentCoverageHash(articles, cacheDir)).toBe(built.factBase.coverageHash);
    // A recorded hash that is not the file's, under the file's own stat: believed, so the file was not read.
    const file = 'germany-air-defence-package.txt';
    const info = await stat(path.join(articles, file));
    const [version] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, version!, 'file-stats.json'), JSON.stringify({ [file]: [info.size, info.mtimeMs, info.ctimeMs, info.ino, 'f'.repeat(64)] }));
    const hashes = await Promise.all(
      (await listArticleFiles(articles)).map(async (name) => ({ file: name, contentHash: name === file ? 'f'.repeat(64) : sha256(await readFile(path.join(articles, name))) })),
    );
    expect(await currentCoverageHash(articles, cacheDir)).toBe(coverageHashOf(hashes));
    // Edited: another stat, so the file is read.
    await appendFile(path.join(articles, file), '\nOne more line.\n');
    expect(await currentCoverageHash(articles, cacheDir)).toBe(await currentCoverageHash(articles));
    expect(await currentCoverageHash(articles)).toBe((await buildFactBase(articles, { workers: 0 })).factBase.coverageHash);
  });

  it('GIVEN the folder as the up-to-date check found it THEN the build takes its stats and hashes instead of its own, with the same bytes; a check of another cache is not taken', async () => {
    const { articles, cacheDir } = await workspace();
    await buildFactBase(articles, { workers: 0, cacheDir });
    await cp(path.join(BUNDLED_ARTICLES, 'blog-nato-stands-with-ukraine.txt'), path.join(articles, 'blog-nato-stands-with-ukraine.txt'));
    const check = await checkCoverage(articles, cacheDir);
    expect(check.files).toEqual(await listArticleFiles(articles));
    expect(check.coverageHash).toBe(await currentCoverageHash(articles, cacheDir));
    // A hash the check believed is the one the build uses: here, one no file has, so that file's entry is not found and it is processed.
    const file = 'germany-air-defence-package.txt';
    const believed = { ...check, checked: check.checked.map((c) => (c.file === file ? { ...c, contentHash: 'f'.repeat(64) } : c)) };
    const taken = await buildFactBase(articles, { workers: 0, cacheDir, checked: believed });
    expect(taken.cache).toEqual({ reused: 4, computed: 2, problems: [] });
    const incremental = await buildFactBase(articles, { workers: 0, cacheDir, checked: check });
    expect(incremental.cache).toEqual({ reused: 6, computed: 0, problems: [] });
    expect(incremental.factBase.coverageHash).toBe(check.coverageHash);
    expect(await bytesOf(incremental)).toEqual(await fullBuild(articles));
    // Checked against no cache: not this build's, so it checks the files itself.
    const other = await buildFactBase(articles, { workers: 0, cacheDir, checked: { ...believed, cacheDir: undefined } });
    expect(other.cache).toEqual({ reused: 6, computed: 0, problems: [] });
  });

  it('updateFactBase (what `npm run add` calls) builds incrementally and saves the same file as a full build', async () => {
    const { articles, out, cacheDir } = await workspace();
    expect(await updateFactBase(articles, out)).toMatch(/^5 articles, \d+ sentences, \d+ ms$/);
    await cp(path.join(BUNDLED_ARTICLES, 'european-pravda-blinken-rutte-support-for-kyiv.txt'), path.join(articles, 'pravda.txt'));
    expect(await updateFactBase(articles, out)).toMatch(/^6 articles, /);
    // The added article's entry is the one line written: the cache is not written again whole.
    expect((await segmentFiles(cacheDir)).length).toBe(2);
    expect(await entryLines(cacheDir)).toHaveLength(6);
    expect(await readFile(out)).toEqual(await fullBuild(articles));
  });
});
