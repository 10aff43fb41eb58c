import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase, cacheDirOf } from '../../src/ingest/build.js';
import { ensureFactBase, loadFailureText } from '../../src/factbase/lifecycle.js';
import { incrementalBuilder as builder } from '../../src/ingest/update-factbase.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_FACTBASE_FILE, rebuildCommand, resolveFactBase } from '../../src/factbase/location.js';
import { SENTENCES_PER_PIECE } from '../../src/factbase/file-sentences.js';
import { FactBaseError, loadFactBase, prepareFacts, saveFactBase, type LoadedFactBase, type PreparedFacts } from '../../src/factbase/persist.js';
import { FACTBASE_VERSION } from '../../src/factbase/schema.js';
import type { FactBase } from '../../src/factbase/schema.js';
import { syntheticFactBase } from '../helpers/coverage.js';
import { FIXTURE_ARTICLES as FIXTURES } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';



const tempDir = useTempDirs('ingest-factbase-');

let built: FactBase;
beforeAll(async () => {
  built = (await buildFactBase(FIXTURES)).factBase;
});

async function problemLoading(file: string): Promise<string> {
  const error = await loadFactBase(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FactBaseError);
  const message = (error as FactBaseError).message;
  expect(message).toContain(file);
  expect(message).toContain('npm run build:facts');
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

/**
 * The records of a saved file: each JSON line, and the raw bytes after it when it declares some.
 * A JSON section's data is parsed into `data`, to edit.
 */
interface RawRecord {
  line?: Buffer;
  json: Record<string, unknown>;
  payload: Buffer | null;
  data?: unknown;
}

const JSON_SECTIONS = new Set(['articles', 'people', 'aid', 'events', 'quotes']);

async function readRecords(file: string): Promise<RawRecord[]> {
  const bytes = await readFile(file);
  const records: RawRecord[] = [];
  let position = 0;
  while (position < bytes.length) {
    const newline = bytes.indexOf(0x0a, position);
    const line = bytes.subarray(position, newline);
    const json = JSON.parse(line.toString('utf8')) as Record<string, unknown>;
    position = newline + 1;
    const record: RawRecord = { line, json, payload: null };
    if (typeof json.bytes === 'number') {
      record.payload = bytes.subarray(position, position + json.bytes);
      position += json.bytes + 1;
      if (JSON_SECTIONS.has(String(json.section))) record.data = JSON.parse(record.payload.toString('utf8'));
    }
    records.push(record);
  }
  return records;
}

/**
 * Writes the records back. A JSON section is written from its `data`, with a CRC that matches
 * it (a consistent file whose content is wrong) unless `staleCrc` (bytes changed on disk).
 */
async function writeRecords(file: string, records: readonly RawRecord[], { staleCrc = false } = {}): Promise<void> {
  const parts = records.flatMap((record) => {
    let { json, payload } = record;
    if (record.data !== undefined) {
      payload = Buffer.from(JSON.stringify(record.data));
      json = { ...json, bytes: payload.length, ...(staleCrc ? {} : { crc32: crc32(payload) }) };
    } else if (payload !== null) {
      json = { ...json, bytes: payload.length };
    }
    return [Buffer.from(`${JSON.stringify(json)}\n`), ...(payload === null ? [] : [payload, Buffer.from('\n')])];
  });
  await writeFile(file, Buffer.concat(parts));
}

/** Saves the fixture fact base, lets `damage` edit its records, and returns the damaged file. */
async function damagedFile(damage: (records: RawRecord[]) => void, options: { staleCrc?: boolean } = {}): Promise<string> {
  const file = path.join(await tempDir(), 'facts.json');
  await saveFactBase(built, file);
  const records = await readRecords(file);
  damage(records);
  await writeRecords(file, records, options);
  return file;
}

/** The loaded fact base as plain data, to compare with the fact base that was saved. */
function plain(facts: LoadedFactBase): Omit<FactBase, 'index'> {
  return { ...facts.data, sentences: [...facts.data.sentences] };
}

/** A fact base without its index: the loaded one searches through `facts.index` instead. */
function unindexed(base: FactBase): Omit<FactBase, 'index'> {
  const { index: _index, ...rest } = base;
  return rest;
}

function section(records: readonly RawRecord[], name: string): RawRecord {
  const found = records.find((r) => r.json.section === name);
  if (found === undefined) throw new Error(`no ${name} record`);
  return found;
}

describe('save → load round trip', () => {
  it('loads exactly what was saved, with a searchable index and lookups', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    expect(plain(facts)).toEqual(unindexed(built));
    // The version names the file's bytes (all before its end line, which states their hash), so
    // any other build (other articles, other code) gets another.
    const bytes = await readFile(file);
    const fileHash = createHash('sha256').update(bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1)).digest('hex');
    expect(facts.version).toBe(`${FACTBASE_VERSION}-${fileHash.slice(0, 12)}`);

    const leopard = facts.index.search('Patriot system guided missiles', { limit: 3 });
    expect(facts.sentence(leopard[0]!.sentenceId).text).toBe(
      'The package includes a third Patriot system, 100 guided missiles and spare parts, Pistorius told reporters in Berlin.',
    );
    expect(facts.article('senate-vote-ukraine-funding').publisher).toBe('Capitol Courier');
    expect(() => facts.sentence(built.sentences.length)).toThrow(RangeError);
    expect(() => facts.article('nope')).toThrow(RangeError);
  });

  it('groupOf returns every member of a near-duplicate group, earliest first', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    const repeated = built.sentences.filter((s) => s.text.startsWith('Ryder said the United States has delivered 90%'));
    expect(facts.groupOf(repeated[1]!.id).map((s) => s.id)).toEqual(repeated.map((s) => s.id));
    const alone = built.sentences.find((s) => s.text.startsWith('He added'))!;
    expect(facts.groupOf(alone.id)).toEqual([alone]);
  });

  it('GIVEN facts prepared ahead (as the build does) THEN the same bytes, and facts prepared for other arrays are not used', async () => {
    const dir = await tempDir();
    const saved = async (name: string, prepared?: PreparedFacts): Promise<Buffer> => {
      await saveFactBase(built, path.join(dir, name), prepared);
      return readFile(path.join(dir, name));
    };
    const plainBytes = await saved('plain.json');
    expect((await saved('prepared.json', prepareFacts(built, built.sentences.length))).equals(plainBytes)).toBe(true);
    const result = await buildFactBase(FIXTURES, { workers: 0 });
    await saveFactBase(result.factBase, path.join(dir, 'built.json'), result.prepared);
    expect((await readFile(path.join(dir, 'built.json'))).equals(plainBytes)).toBe(true);
    // Prepared for a fact base with one event fewer: this one's own events are written.
    const stale = prepareFacts({ ...built, events: built.events.slice(0, -1) }, built.sentences.length);
    expect((await saved('stale.json', stale)).equals(plainBytes)).toBe(true);
  });

  it('writes keys in schema order whatever order the object was built in', async () => {
    const dir = await tempDir();
    const shuffled = { ...built, articles: built.articles.map((a) => Object.fromEntries(Object.entries(a).reverse())) } as FactBase;
    await saveFactBase(built, path.join(dir, 'a.json'));
    await saveFactBase(shuffled, path.join(dir, 'b.json'));
    const a = await readFile(path.join(dir, 'a.json'));
    expect((await readFile(path.join(dir, 'b.json'))).equals(a)).toBe(true);
    const articles = section(await readRecords(path.join(dir, 'a.json')), 'articles').data as Record<string, unknown>[];
    expect(Object.keys(articles[0]!)).toEqual(['id', 'file', 'title', 'publisher', 'published', 'url', 'author', 'contentHash', 'warnings']);
  });

  it('stores every line as ASCII JSON, and texts as Latin-1, UTF-8 or (for a lone surrogate) UTF-16, yet loads every text exactly', async () => {
    const texts = [
      'Plain ASCII text about a $61.4 billion request.',
      'Café crème in Zürich, «naïve» façade.',
      'Zelenskyy — “We will win,” he said.',
      'Київ отримав нову систему ППО.',
      'Emoji 🇺🇦 and a lone surrogate \ud800 stay as they were.',
      'A line\nbreak and a tab\tinside.',
      'x',
    ];
    const base = syntheticFactBase(built, texts);
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(base, file);
    const facts = await loadFactBase(file);
    expect([...facts.data.sentences].map((s) => s.text)).toEqual(texts);
    // A hand-made fact base has no entity annotations: they stay absent (readers annotate).
    expect(plain(facts)).toEqual(unindexed(base));
    expect([...facts.data.sentences].every((s) => !('entities' in s))).toBe(true);

    const records = await readRecords(file);
    for (const { line, data, payload } of records) {
      expect(isAscii(line!)).toBe(true);
      if (data !== undefined) expect(isAscii(payload!)).toBe(true);
    }
    const sentences = section(records, 'sentences');
    // Texts 0, 1, 5 and 6 fit in Latin-1 (one byte a character); 2 and 3 are UTF-8; 4 has a lone surrogate, kept in UTF-16.
    const latin1 = [0, 1, 5, 6].reduce((sum, i) => sum + texts[i]!.length, 0);
    const utf8 = [2, 3].reduce((sum, i) => sum + Buffer.byteLength(texts[i]!), 0);
    expect(sentences.json.textBytes).toBe(latin1 + utf8 + texts[4]!.length * 2);
  });

  it('writes many sentences in several pieces and loads them back in order', async () => {
    const count = SENTENCES_PER_PIECE * 2 + 3;
    const texts = Array.from({ length: count }, (_, i) => `Sentence number ${i} of the synthetic coverage.`);
    const base = syntheticFactBase(built, texts);
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(base, file);
    expect((await readRecords(file)).filter((r) => r.json.section === 'sentences').map((r) => r.json.count)).toEqual([count]);
    const facts = await loadFactBase(file);
    expect([...facts.data.sentences]).toEqual(base.sentences);
    const member = base.sentences.findLast((s) => s.group !== s.id)!;
    expect(member.id).toBeGreaterThan(SENTENCES_PER_PIECE * 2);
    expect(facts.groupOf(member.id).map((s) => s.id)).toEqual([member.group, member.id]);
  });

  it('GIVEN many sentences THEN their texts are written as they are encoded: the last is encoded once most of the others are in the file', async () => {
    const count = SENTENCES_PER_PIECE * 4;
    const texts = Array.from({ length: count }, (_, i) => `Lindqvist told Haraldsen in Pellonia about shipment ${i} of the grain.`);
    const base = syntheticFactBase(built, texts);
    const dir = await tempDir();
    // Each read of the last text notes how many bytes the temp file (the only file yet) holds then.
    const writtenAtLastRead: number[] = [];
    const last = base.sentences[count - 1]!;
    Object.defineProperty(last, 'text', {
      enumerable: true,
      get: () => {
        const temp = readdirSync(dir);
        writtenAtLastRead.push(temp.length === 0 ? 0 : statSync(path.join(dir, temp[0]!)).size);
        return texts[count - 1];
      },
    });
    const file = path.join(dir, 'facts.json');
    await saveFactBase(base, file);
    const textBytes = texts.reduce((sum, text) => sum + text.length, 0);
    expect(Math.max(...writtenAtLastRead)).toBeGreaterThan(textBytes / 2);
    expect([...(await loadFactBase(file)).data.sentences].map((s) => s.text)).toEqual(texts);
  });
});

describe('a file that cannot be loaded gives one clear message', () => {
  it('missing', async () => {
    expect(await problemLoading(path.join(await tempDir(), 'none.json'))).toMatch(/does not exist/);
  });

  it('empty', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, '');
    expect(await problemLoading(file)).toMatch(/is empty/);
  });

  it('truncated anywhere: inside the header, a record, a text block, or after a whole record', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const whole = await readFile(file);
    const records = await readRecords(file);
    const headerEnd = whole.indexOf(0x0a) + 1;
    const textsStart = whole.indexOf(section(records, 'sentences').payload!);
    const peopleStart = whole.indexOf(Buffer.from('{"section":"people"'));
    const cuts: [number, RegExp][] = [
      [100, /is not valid JSON \(corrupt or truncated\)/],
      [headerEnd + 50, /is truncated \(it ends before its articles section\)/],
      [textsStart + 10, /is truncated \(it ends before its sentences section\)/],
      [peopleStart, /is truncated \(it ends before its people section\)/],
      [whole.indexOf(section(records, 'index').payload!) + 10, /is truncated \(it ends before its index section\)/],
      [whole.length - 1, /is truncated \(it ends before its end section\)/],
    ];
    for (const [length, expected] of cuts) {
      await writeFile(file, whole.subarray(0, length));
      expect(await problemLoading(file)).toMatch(expected);
    }
  });

  it('not a fact base', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, '{"hello": "world"}\n');
    expect(await problemLoading(file)).toMatch(/is not a coverage fact base/);
  });

  it('GIVEN a version-1 file (one JSON document) THEN names its version, small or too large to read whole', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, `${JSON.stringify({ ...built, version: 1 })}\n`);
    expect(await problemLoading(file)).toMatch(new RegExp(`has format version 1, but this program reads version ${FACTBASE_VERSION}\\.`));
    const huge = { ...built, version: 1, articles: Array.from({ length: 20_000 }, () => built.articles[0]) };
    await writeFile(file, JSON.stringify(huge));
    expect(await problemLoading(file)).toMatch(new RegExp(`has format version 1, but this program reads version ${FACTBASE_VERSION}\\.`));
  });

  it('a field of the wrong shape, named by its place in the fact base', async () => {
    const file = await damagedFile(
      (records) => {
        const articles = section(records, 'articles').data as Record<string, unknown>[];
        articles[1] = { ...articles[1], title: 42 };
      },
      { staleCrc: true },
    );
    expect(await problemLoading(file)).toMatch(/does not match the fact-base format at articles\.1\.title/);
  });

  it('GIVEN a section whose bytes changed but still read as valid facts THEN its checksum says so', async () => {
    const file = await damagedFile(
      (records) => {
        const articles = section(records, 'articles').data as Record<string, unknown>[];
        articles[1] = { ...articles[1], title: 'Another title' };
      },
      { staleCrc: true },
    );
    expect(await problemLoading(file)).toMatch(/is corrupt \(its articles section does not match its checksum\)/);
  });

  it('a sentences record too short for its columns', async () => {
    const tooShort = await damagedFile((records) => {
      const sentences = section(records, 'sentences');
      sentences.payload = sentences.payload!.subarray(0, 8);
    });
    expect(await problemLoading(tooShort)).toMatch(/is corrupt \(its sentences record is too short for its columns\)/);
  });

  it('texts that do not match their lengths', async () => {
    const file = await damagedFile((records) => {
      const sentences = section(records, 'sentences');
      sentences.payload = Buffer.concat([sentences.payload!, Buffer.from('extra')]);
      sentences.json.textBytes = Number(sentences.json.textBytes) + 5;
    });
    expect(await problemLoading(file)).toMatch(/the texts of the sentences do not match their lengths/);
  });

  it('a sentence of an unknown article, or in a group that is not a group', async () => {
    const unknownArticle = await damagedFile((records) => {
      section(records, 'articles').data = (section(records, 'articles').data as unknown[]).slice(0, 1);
      const header = records[0]!.json as { counts: { articles: number } };
      header.counts.articles = 1;
    });
    expect(await problemLoading(unknownArticle)).toMatch(/has sentence \d+ of unknown article number 1/);

    const badGroup = await damagedFile((records) => {
      // Sentence 1 joins sentence 0's group, then sentence 2 claims sentence 1 as its group,
      // though sentence 1 is not a group's representative.
      const sentences = section(records, 'sentences');
      const count = Number(sentences.json.count);
      const groups = new Uint32Array(count).map((_, id) => (id === 1 ? 0 : id === 2 ? 1 : id));
      sentences.payload = Buffer.concat([sentences.payload!.subarray(0, 8 * count), Buffer.from(groups.buffer), sentences.payload!.subarray(12 * count)]);
    });
    expect(await problemLoading(badGroup)).toMatch(/has sentence 2 in an invalid group 1/);
  });

  it('a count that disagrees with the header', async () => {
    const file = await damagedFile((records) => {
      (records[0]!.json as { counts: { quotes: number } }).counts.quotes += 1;
    });
    expect(await problemLoading(file)).toMatch(new RegExp(`has ${built.quotes.length} quotes where its header says ${built.quotes.length + 1}`));
  });

  it('data after the last section', async () => {
    const file = await damagedFile((records) => {
      records.push({ json: { section: 'extra' }, payload: null });
    });
    expect(await problemLoading(file)).toMatch(/has unexpected data after its last section/);
  });

  it('a sentence id out of range', async () => {
    const file = await damagedFile((records) => {
      const people = section(records, 'people').data as Record<string, unknown>[];
      people.push({ id: 'ghost', name: 'Ghost', aliases: [], roles: [], sentenceIds: Buffer.from([0x85, 0x7f]).toString('base64') });
      (records[0]!.json as { counts: { people: number } }).counts.people += 1;
    });
    expect(await problemLoading(file)).toMatch(/has person "ghost" citing missing sentence 16261/);
  });

  it('a damaged index', async () => {
    const file = await damagedFile((records) => {
      // Right length, wrong content: every posting after the first would repeat a sentence.
      const index = section(records, 'index');
      const postingsAt = Number(index.json.directoryBytes);
      index.payload!.fill(0, postingsAt, postingsAt + Number(index.json.postingsBytes));
    });
    expect(await problemLoading(file)).toMatch(/damaged search index \(its postings do not match their checksum\)/);
    const terms = await damagedFile((records) => {
      // Two terms run together: the terms, last in the payload, are one fewer.
      const index = section(records, 'index');
      const payload = Buffer.from(index.payload!);
      payload[payload.indexOf(0x0a, payload.length - Number(index.json.termsBytes))] = 0x78;
      index.payload = payload;
    });
    expect(await problemLoading(terms)).toMatch(/is corrupt \(its index has \d+ terms where its record says \d+\)/);
  });

  it('GIVEN a file of an earlier version (records of another layout) THEN names its version', async () => {
    for (const version of [3, 4, 5]) {
      const file = await damagedFile((records) => {
        (records[0]!.json as { version: number }).version = version;
      });
      expect(await problemLoading(file)).toMatch(new RegExp(`has format version ${version}, but this program reads version ${FACTBASE_VERSION}\\.`));
    }
  });

  it('GIVEN a header line over 64 KiB of this version THEN says the header is what is wrong', async () => {
    const file = await damagedFile((records) => {
      records[0]!.json.padding = 'x'.repeat(70_000);
    });
    expect(await problemLoading(file)).toMatch(/is corrupt \(its header line is longer than 64 KiB\)/);
  });
});

describe('atomic save', () => {
  it('GIVEN the write fails THEN leaves no temp file and the old target untouched', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'facts.json');
    // A non-empty directory in the target's place makes the final rename fail.
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'old');
    await expect(saveFactBase(built, target)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['facts.json']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('old');
  });

  it('never writes an invalid fact base', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, 'old');
    await expect(saveFactBase({ ...built, sentences: [{ ...built.sentences[0]!, text: '' }] }, file)).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('old');
  });
});

describe('ensureFactBase', () => {
  const rebuild = (file: string, articlesDir: string, log: string[]) =>
    ensureFactBase(resolveFactBase({ flag: file, articlesDir }), { ifStale: 'rebuild', builder, log: (line) => log.push(line) });

  it('builds a missing fact base, then loads it unchanged, and rebuilds when an article changes', async () => {
    const dir = await tempDir();
    const articlesDir = path.join(dir, 'articles');
    await cp(FIXTURES, articlesDir, { recursive: true });
    const file = path.join(dir, 'facts.json');
    const log: string[] = [];

    const first = await rebuild(file, articlesDir, log);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^Rebuilt fact base .*facts\.json \(it does not exist\): 5 articles/);
    // Through the incremental build: its cache sits beside the file.
    expect((await readdir(cacheDirOf(file))).length).toBe(1);

    const second = await rebuild(file, articlesDir, log);
    expect(log).toHaveLength(1);
    expect(second.version).toBe(first.version);

    await writeFile(path.join(articlesDir, 'extra.txt'), 'Kyiv received a new air defence system on Monday, officials said.\n');
    const third = await rebuild(file, articlesDir, log);
    expect(log[1]).toMatch(/\(it is stale: the articles in .* changed since it was built\): 6 articles/);
    expect(third.version).not.toBe(first.version);
  });

  it('rebuilds a corrupt fact base', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, '{"format":');
    const log: string[] = [];
    const facts = await rebuild(file, FIXTURES, log);
    expect(log[0]).toMatch(/it is not valid JSON/);
    expect(facts.data.articles).toHaveLength(5);
  });

  it('GIVEN a stale fact base THEN "refuse" and "warn" say the same words, naming the file and how to rebuild that file', async () => {
    const dir = await tempDir();
    const articlesDir = path.join(dir, 'articles');
    await cp(FIXTURES, articlesDir, { recursive: true });
    const file = path.join(dir, 'facts.json');
    await saveFactBase(built, file);
    await writeFile(path.join(articlesDir, 'extra.txt'), 'Kyiv received a new air defence system on Monday, officials said.\n');
    const location = resolveFactBase({ configured: file });
    expect(location).toEqual({ file, articlesDir, from: 'FACTBASE_PATH' });

    const refused = await ensureFactBase(location, { ifStale: 'refuse', builder }).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(FactBaseError);
    const words = `Fact base ${file} is stale: the articles in ${articlesDir} changed since it was built. Rebuild it with: npm run build:facts -- --articles ${articlesDir} --out ${file}`;
    expect((refused as Error).message).toBe(words);

    const log: string[] = [];
    const warned = await ensureFactBase(location, { ifStale: 'warn', builder, log: (line) => log.push(line) });
    expect(log).toEqual([words]);
    expect(warned.data.coverageHash).toBe(built.coverageHash);
  });

  describe('GIVEN an invented coverage built into a fact base', () => {
    const ARTICLES = {
      'pellonia-grid.md': '---\ntitle: Pellonia grid loan\npublished: 2024-05-02\n---\nPellonia agreed on Tuesday to lend Zorvia 40 million euros for its power grid, Finance Minister Ingrid Lindqvist said.\n',
      'zorvia-ports.txt': 'Zorvia reopened two river ports on Friday, Transport Minister Tomas Haraldsen said.\n',
    };
    const builtHere = async () => {
      const dir = await tempDir();
      const articlesDir = path.join(dir, 'articles');
      await mkdir(articlesDir);
      await Promise.all(Object.entries(ARTICLES).map(([name, text]) => writeFile(path.join(articlesDir, name), text)));
      const file = path.join(dir, 'facts.json');
      await builder.rebuild(articlesDir, file);
      return { location: resolveFactBase({ configured: file }), file, articlesDir };
    };
    /** The same build, as code of another version would judge it (no source file is touched). */
    const otherCode = { ...builder, builderVersion: async () => 'another-version' };

    it('WHEN neither the articles nor the code changed THEN it is current, and records the version of the code that built it', async () => {
      const { location } = await builtHere();
      const log: string[] = [];
      const facts = await ensureFactBase(location, { ifStale: 'refuse', builder, log: (line) => log.push(line) });
      expect(facts.data.builderVersion).toBe(await builder.builderVersion());
      expect(log).toEqual([]);
    });

    it(`WHEN the builder's code changed THEN it is stale for that reason, refused or warned about in the same words, and "rebuild" rebuilds it`, async () => {
      const { location, file, articlesDir } = await builtHere();
      const words = `Fact base ${file} is stale: the builder's code changed since it was built. Rebuild it with: npm run build:facts -- --articles ${articlesDir} --out ${file}`;
      const refused = await ensureFactBase(location, { ifStale: 'refuse', builder: otherCode }).then(() => undefined, (e: unknown) => e);
      expect((refused as Error).message).toBe(words);
      const log: string[] = [];
      await ensureFactBase(location, { ifStale: 'warn', builder: otherCode, log: (line) => log.push(line) });
      expect(log).toEqual([words]);
      await ensureFactBase(location, { ifStale: 'rebuild', builder: otherCode, log: (line) => log.push(line) });
      expect(log[1]).toMatch(/^Rebuilt fact base .*facts\.json \(it is stale: the builder's code changed since it was built\): 2 articles/);
    });

    it('WHEN both the articles and the code changed THEN the problem names both', async () => {
      const { location, file, articlesDir } = await builtHere();
      await writeFile(path.join(articlesDir, 'berg.txt'), 'Pellonia named Anna Berg its envoy to Zorvia on Monday, the foreign ministry said.\n');
      const refused = await ensureFactBase(location, { ifStale: 'refuse', builder: otherCode }).then(() => undefined, (e: unknown) => e);
      expect((refused as Error).message).toContain(`${file} is stale: the articles in ${articlesDir} and the builder's code changed since it was built.`);
    });

    it('WHEN the file was written before builders recorded their version THEN it is stale because of the code', async () => {
      const { location, file } = await builtHere();
      const { builderVersion: _recorded, ...older } = (await buildFactBase(location.articlesDir!)).factBase;
      await saveFactBase(older, file);
      const refused = await ensureFactBase(location, { ifStale: 'refuse', builder }).then(() => undefined, (e: unknown) => e);
      expect((refused as Error).message).toContain("is stale: the builder's code changed since it was built");
    });
  });

  it('GIVEN a missing fact base and no articles beside it THEN even "rebuild" explains instead', async () => {
    const file = path.join(await tempDir(), 'nope.json');
    const error = await ensureFactBase(resolveFactBase({ flag: file }), { ifStale: 'rebuild', builder }).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toBe(`Fact base ${file} does not exist. Rebuild it with: npm run build:facts -- --out ${file}`);
  });

  it('GIVEN a failure that is not about the file itself THEN the words still name the file in use', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    const location = resolveFactBase({ configured: file });
    expect(loadFailureText(new Error('articles folder unreadable'), location)).toBe(
      `Could not load the fact base: Error: articles folder unreadable. Rebuild it with: npm run build:facts -- --out ${file}`,
    );
    const own = new FactBaseError(file, 'does not exist');
    expect(loadFailureText(own, location)).toBe(own.message);
  });
});

describe('resolveFactBase', () => {
  it('takes the flag over FACTBASE_PATH over the default, and finds the articles beside the file', () => {
    expect(resolveFactBase({ flag: 'a.json', configured: 'b.json' })).toMatchObject({ file: path.resolve('a.json'), from: 'flag' });
    expect(resolveFactBase({ configured: 'b.json' })).toMatchObject({ file: path.resolve('b.json'), from: 'FACTBASE_PATH' });
    expect(resolveFactBase()).toEqual({ file: DEFAULT_FACTBASE_FILE, articlesDir: DEFAULT_ARTICLES_DIR, from: 'default' });
    expect(resolveFactBase({ articlesDir: 'x' }).articlesDir).toBe(path.resolve('x'));
  });

  it('names the default file with the bare command, and any other with --out', () => {
    expect(rebuildCommand(DEFAULT_FACTBASE_FILE, DEFAULT_ARTICLES_DIR)).toBe('npm run build:facts');
    expect(rebuildCommand('/srv/coverage/facts.json')).toBe('npm run build:facts -- --out /srv/coverage/facts.json');
    expect(rebuildCommand('/srv/my coverage/facts.json')).toBe("npm run build:facts -- --out '/srv/my coverage/facts.json'");
  });
});
