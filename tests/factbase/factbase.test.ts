import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase, cacheDirOf } from '../../src/ingest/build.js';
import { ensureFactBase, loadFailureText } from '../../src/factbase/lifecycle.js';
import { incrementalBuilder as builder } from '../../src/ingest/update-factbase.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_FACTBASE_FILE, rebuildCommand, resolveFactBase } from '../../src/factbase/location.js';
import { SENTENCES_PER_RECORD } from '../../src/factbase/file-sentences.js';
import { FactBaseError, loadFactBase, saveFactBase } from '../../src/factbase/persist.js';
import { FACTBASE_VERSION } from '../../src/factbase/schema.js';
import type { FactBase } from '../../src/factbase/schema.js';
import { buildIndex } from '../../src/factbase/index-build.js';
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

/** The records of a saved file: each JSON line, and the raw bytes after it when it declares some. */
interface RawRecord {
  line?: Buffer;
  json: Record<string, unknown>;
  payload: Buffer | null;
}

async function readRecords(file: string): Promise<RawRecord[]> {
  const bytes = await readFile(file);
  const records: RawRecord[] = [];
  let position = 0;
  while (position < bytes.length) {
    const newline = bytes.indexOf(0x0a, position);
    const line = bytes.subarray(position, newline);
    const json = JSON.parse(line.toString('utf8')) as Record<string, unknown>;
    position = newline + 1;
    let payload: Buffer | null = null;
    const size =
      json.section === 'sentences'
        ? Number(json.narrowBytes) + Number(json.wideBytes)
        : json.section === 'index'
          ? Number(json.termsBytes) + Number(json.directoryBytes) + Number(json.postingsBytes) + Number(json.lengthsBytes)
          : null;
    if (size !== null) {
      payload = bytes.subarray(position, position + size);
      position += size + 1;
    }
    records.push({ line, json, payload });
  }
  return records;
}

async function writeRecords(file: string, records: readonly RawRecord[]): Promise<void> {
  const parts = records.flatMap(({ json, payload }) => [
    Buffer.from(`${JSON.stringify(json)}\n`),
    ...(payload === null ? [] : [payload, Buffer.from('\n')]),
  ]);
  await writeFile(file, Buffer.concat(parts));
}

/** Saves the fixture fact base, lets `damage` edit its records, and returns the damaged file. */
async function damagedFile(damage: (records: RawRecord[]) => void): Promise<string> {
  const file = path.join(await tempDir(), 'facts.json');
  await saveFactBase(built, file);
  const records = await readRecords(file);
  damage(records);
  await writeRecords(file, records);
  return file;
}

function section(records: readonly RawRecord[], name: string): RawRecord {
  const found = records.find((r) => r.json.section === name);
  if (found === undefined) throw new Error(`no ${name} record`);
  return found;
}

/** A fact base of `count` sentences over two articles, for texts and sizes the fixtures lack. */
function syntheticFactBase(texts: readonly string[]): FactBase {
  const article = (id: string) => ({
    id,
    file: `${id}.txt`,
    title: null,
    publisher: null,
    published: null,
    url: null,
    author: null,
    contentHash: '0'.repeat(64),
    warnings: [],
  });
  return {
    ...built,
    articles: [article('first'), article('second')],
    sentences: texts.map((text, id) => ({
      id,
      articleId: id % 3 === 0 ? 'first' : 'second',
      text,
      paragraph: id % 7,
      group: id % 5 === 4 ? id - 4 : id,
    })),
    people: [],
    aid: [],
    events: [],
    quotes: [],
    index: buildIndex(texts),
  };
}

describe('save → load round trip', () => {
  it('loads exactly what was saved, with a searchable index and lookups', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    expect(facts.data).toEqual(built);
    // The version names the file's bytes, so any other build (other articles, other code) gets another.
    const fileHash = createHash('sha256').update(await readFile(file)).digest('hex');
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

  it('writes keys in schema order whatever order the object was built in', async () => {
    const dir = await tempDir();
    const shuffled = { ...built, articles: built.articles.map((a) => Object.fromEntries(Object.entries(a).reverse())) } as FactBase;
    await saveFactBase(built, path.join(dir, 'a.json'));
    await saveFactBase(shuffled, path.join(dir, 'b.json'));
    const a = await readFile(path.join(dir, 'a.json'));
    expect((await readFile(path.join(dir, 'b.json'))).equals(a)).toBe(true);
    const articles = section(await readRecords(path.join(dir, 'a.json')), 'articles').json.data as Record<string, unknown>[];
    expect(Object.keys(articles[0]!)).toEqual(['id', 'file', 'title', 'publisher', 'published', 'url', 'author', 'contentHash', 'warnings']);
  });

  it('stores every line as ASCII JSON, and texts in Latin-1 or UTF-16 blocks, yet loads every text exactly', async () => {
    const texts = [
      'Plain ASCII text about a $61.4 billion request.',
      'Café crème in Zürich, «naïve» façade.',
      'Zelenskyy — “We will win,” he said.',
      'Київ отримав нову систему ППО.',
      'Emoji 🇺🇦 and a lone surrogate \ud800 stay as they were.',
      'A line\nbreak and a tab\tinside.',
      'x',
    ];
    const base = syntheticFactBase(texts);
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(base, file);
    const facts = await loadFactBase(file);
    expect(facts.data.sentences.map((s) => s.text)).toEqual(texts);
    // A hand-made fact base has no entity annotations: they stay absent (readers annotate).
    expect(facts.data).toEqual(base);
    expect(facts.data.sentences.every((s) => !('entities' in s))).toBe(true);

    const records = await readRecords(file);
    for (const { line } of records) expect(isAscii(line!)).toBe(true);
    const sentences = section(records, 'sentences');
    // Texts 0, 1, 5 and 6 fit in Latin-1 (one byte a character); 2, 3 and 4 need UTF-16.
    const narrow = [0, 1, 5, 6].reduce((sum, i) => sum + texts[i]!.length, 0);
    const wide = [2, 3, 4].reduce((sum, i) => sum + texts[i]!.length * 2, 0);
    expect([sentences.json.narrowBytes, sentences.json.wideBytes]).toEqual([narrow, wide]);
  });

  it('splits many sentences over several records and loads them back in order', async () => {
    const count = SENTENCES_PER_RECORD * 2 + 3;
    const texts = Array.from({ length: count }, (_, i) => `Sentence number ${i} of the synthetic coverage.`);
    const base = syntheticFactBase(texts);
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(base, file);
    expect((await readRecords(file)).filter((r) => r.json.section === 'sentences').map((r) => r.json.count)).toEqual([
      SENTENCES_PER_RECORD,
      SENTENCES_PER_RECORD,
      3,
    ]);
    const facts = await loadFactBase(file);
    expect(facts.data.sentences).toEqual(base.sentences);
    const member = base.sentences.findLast((s) => s.group !== s.id)!;
    expect(member.id).toBeGreaterThan(SENTENCES_PER_RECORD * 2);
    expect(facts.groupOf(member.id).map((s) => s.id)).toEqual([member.group, member.id]);
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
      [whole.length - 1, /is truncated \(it ends before its index section\)/],
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
    const file = await damagedFile((records) => {
      const articles = section(records, 'articles').json.data as Record<string, unknown>[];
      articles[1] = { ...articles[1], title: 42 };
    });
    expect(await problemLoading(file)).toMatch(/does not match the fact-base format at articles\.1\.title/);
  });

  it('a damaged sentence column', async () => {
    const notBase64 = await damagedFile((records) => {
      section(records, 'sentences').json.paragraph = '!!!!';
    });
    expect(await problemLoading(notBase64)).toMatch(/is corrupt \(the sentence column paragraph is not valid base64\)/);
    const tooShort = await damagedFile((records) => {
      section(records, 'sentences').json.paragraph = 'AAAA';
    });
    expect(await problemLoading(tooShort)).toMatch(/is corrupt \(the sentence column paragraph is too short\)/);
  });

  it('texts that do not match their lengths', async () => {
    const file = await damagedFile((records) => {
      const sentences = section(records, 'sentences');
      sentences.payload = Buffer.concat([sentences.payload!, Buffer.from('extra')]);
      sentences.json.narrowBytes = Number(sentences.json.narrowBytes) + 5;
    });
    expect(await problemLoading(file)).toMatch(/the texts of sentences 0–\d+ do not match their lengths/);
  });

  it('a sentence of an unknown article, or in a group that is not a group', async () => {
    const unknownArticle = await damagedFile((records) => {
      section(records, 'articles').json.data = (section(records, 'articles').json.data as unknown[]).slice(0, 1);
      const header = records[0]!.json as { counts: { articles: number } };
      header.counts.articles = 1;
    });
    expect(await problemLoading(unknownArticle)).toMatch(/has sentence \d+ of unknown article number 1/);

    const badGroup = await damagedFile((records) => {
      // Offsets are id − group: sentence 1 joins sentence 0's group, then sentence 2 claims
      // sentence 1 as its group, though sentence 1 is not a group's representative.
      const offsets = [0, 1, 1, ...Array.from({ length: built.sentences.length - 3 }, () => 0)];
      section(records, 'sentences').json.groupOffset = Buffer.from(offsets).toString('base64');
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
      const people = section(records, 'people').json.data as Record<string, unknown>[];
      people.push({ id: 'ghost', name: 'Ghost', aliases: [], roles: [], sentenceIds: Buffer.from([0x85, 0x7f]).toString('base64') });
      (records[0]!.json as { counts: { people: number } }).counts.people += 1;
    });
    expect(await problemLoading(file)).toMatch(/has person "ghost" citing missing sentence 16261/);
  });

  it('a damaged index', async () => {
    const file = await damagedFile((records) => {
      // Right length, wrong content: every posting after the first would repeat a sentence.
      const index = section(records, 'index');
      const postingsAt = Number(index.json.termsBytes) + Number(index.json.directoryBytes);
      index.payload!.fill(0, postingsAt, postingsAt + Number(index.json.postingsBytes));
    });
    expect(await problemLoading(file)).toMatch(/damaged search index/);
    const terms = await damagedFile((records) => {
      (section(records, 'index').json as { termCount: number }).termCount += 1;
    });
    expect(await problemLoading(terms)).toMatch(/is corrupt \(its index has \d+ terms where its record says \d+\)/);
  });

  it('GIVEN a version-3 file (the index as base64 in its line) THEN names its version', async () => {
    const file = await damagedFile((records) => {
      (records[0]!.json as { version: number }).version = 3;
    });
    expect(await problemLoading(file)).toMatch(new RegExp(`has format version 3, but this program reads version ${FACTBASE_VERSION}\\.`));
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
