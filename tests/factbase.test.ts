import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../src/knowledge/build.js';
import { ensureFactBase } from '../src/knowledge/ensure.js';
import { FactBaseError, loadFactBase, saveFactBase } from '../src/knowledge/factbase.js';
import { FactBaseSchema } from '../src/knowledge/schema.js';
import type { FactBase } from '../src/knowledge/schema.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'articles');

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-factbase-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

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

describe('save → load round trip', () => {
  it('loads exactly what was saved, with a searchable index and lookups', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    expect(facts.data).toEqual(built);
    expect(facts.version).toBe(`1-${built.coverageHash.slice(0, 12)}`);

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
    expect(await readFile(path.join(dir, 'b.json'), 'utf8')).toBe(await readFile(path.join(dir, 'a.json'), 'utf8'));
    // The streamed output is exactly the JSON of the validated (schema-ordered) fact base.
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe(`${JSON.stringify(FactBaseSchema.parse(built))}\n`);
  });
});

describe('a file that cannot be loaded gives one clear message', () => {
  it('missing', async () => {
    expect(await problemLoading(path.join(await tempDir(), 'none.json'))).toMatch(/does not exist/);
  });

  it('truncated', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, JSON.stringify(built).slice(0, 500));
    expect(await problemLoading(file)).toMatch(/is not valid JSON/);
  });

  it('not a fact base', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, '{"hello": "world"}');
    expect(await problemLoading(file)).toMatch(/is not a coverage fact base/);
  });

  it('an old format version', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, JSON.stringify({ ...built, version: 0 }));
    expect(await problemLoading(file)).toMatch(/has format version 0, but this program reads version 1/);
  });

  it('a field of the wrong shape', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, JSON.stringify({ ...built, sentences: [{ ...built.sentences[0], text: 42 }, ...built.sentences.slice(1)] }));
    expect(await problemLoading(file)).toMatch(/does not match the fact-base format at sentences\.0\.text/);
  });

  it('a sentence id out of range', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    const person = { id: 'ghost', name: 'Ghost', aliases: [], roles: [], sentenceIds: [built.sentences.length + 5] };
    await writeFile(file, JSON.stringify({ ...built, people: [...built.people, person] }));
    expect(await problemLoading(file)).toMatch(/has person "ghost" citing missing sentence/);
  });

  it('a damaged index', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, JSON.stringify({ ...built, index: { ...built.index, postings: '' } }));
    expect(await problemLoading(file)).toMatch(/damaged search index/);
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
  it('builds a missing fact base, then loads it unchanged, and rebuilds when an article changes', async () => {
    const dir = await tempDir();
    const articlesDir = path.join(dir, 'articles');
    await cp(FIXTURES, articlesDir, { recursive: true });
    const file = path.join(dir, 'facts.json');
    const log: string[] = [];

    const first = await ensureFactBase({ articlesDir, file, log: (line) => log.push(line) });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^Rebuilt fact base .*facts\.json \(it does not exist\): 5 articles/);

    const second = await ensureFactBase({ articlesDir, file, log: (line) => log.push(line) });
    expect(log).toHaveLength(1);
    expect(second.version).toBe(first.version);

    await writeFile(path.join(articlesDir, 'extra.txt'), 'Kyiv received a new air defence system on Monday, officials said.\n');
    const third = await ensureFactBase({ articlesDir, file, log: (line) => log.push(line) });
    expect(log[1]).toMatch(/\(the articles in .* changed\): 6 articles/);
    expect(third.version).not.toBe(first.version);
  });

  it('rebuilds a corrupt fact base', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await writeFile(file, '{"format":');
    const log: string[] = [];
    const facts = await ensureFactBase({ articlesDir: FIXTURES, file, log: (line) => log.push(line) });
    expect(log[0]).toMatch(/it is not valid JSON/);
    expect(facts.data.articles).toHaveLength(5);
  });
});
