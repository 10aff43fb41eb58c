import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/ingest/build.js';
import { buildFactBase, currentCoverageHash, NoArticlesError } from '../../src/ingest/build.js';
import { loadFactBase, saveFactBase } from '../../src/factbase/persist.js';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/read-article.js';
import { BUNDLED_ARTICLES as BUNDLED, FIXTURE_ARTICLES as FIXTURES, REPO_ROOT } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';


const tempDir = useTempDirs('ingest-build-');

const sentencesOf = (result: BuildResult, articleId: string): string[] =>
  result.factBase.sentences.filter((s) => s.articleId === articleId).map((s) => s.text);

describe('buildFactBase on the fixture coverage', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildFactBase(FIXTURES);
  });

  it('reads every article, sorted by file name, with sentence ids equal to their index', () => {
    expect(result.factBase.articles.map((a) => a.id)).toEqual([
      'germany-air-defence-package',
      'grain-corridor-page-furniture',
      'nato-summit-washington-dateline',
      'pentagon-briefing-duplicates',
      'senate-vote-ukraine-funding',
    ]);
    expect(result.skipped).toEqual([]);
    result.factBase.sentences.forEach((s, i) => expect(s.id).toBe(i));
  });

  it('numbers paragraphs within each article from 0', () => {
    const germany = result.factBase.sentences.filter((s) => s.articleId === 'germany-air-defence-package');
    expect(germany[0]).toMatchObject({ paragraph: 0, text: 'Germany pledges €1.4 billion air defence package for Ukraine' });
    expect(germany.at(-1)).toMatchObject({ paragraph: 8, text: 'The package is the largest since Germany approved its No. 2 aid tranche last autumn.' });
  });

  it('infers metadata the text states and warns, naming the file, about what it does not', () => {
    const byId = new Map(result.factBase.articles.map((a) => [a.id, a]));
    expect(byId.get('nato-summit-washington-dateline')).toMatchObject({ published: '2024-07-08', author: 'Maria Keller', publisher: null, url: null });
    expect(byId.get('grain-corridor-page-furniture')).toMatchObject({ publisher: 'Baltic Wire', published: null });
    expect(byId.get('pentagon-briefing-duplicates')?.published).toBeNull();
    expect(result.warnings).toContain('pentagon-briefing-duplicates.txt: no publication date: relative dates left unresolved');
  });

  it('leaves page furniture and the sidebar out of the sentences', () => {
    const grain = sentencesOf(result, 'grain-corridor-page-furniture');
    expect(grain).toContain('Insurers welcomed the news.');
    expect(grain.some((s) => /Share this|Image by|Photo:|Leave a comment|email address|Central bank|Tallinn|Source:/.test(s))).toBe(false);
  });

  it('groups a caption with the body sentence and a repeated sentence, under the earliest id', () => {
    const pentagon = result.factBase.sentences.filter((s) => s.articleId === 'pentagon-briefing-duplicates');
    const caption = pentagon.find((s) => s.text.startsWith('Pentagon Press Secretary'))!;
    const body = pentagon.find((s) => s.text.startsWith('On October 15, 2024'))!;
    expect(body.group).toBe(caption.id);
    const repeated = pentagon.filter((s) => s.text.startsWith('Ryder said the United States has delivered 90%'));
    expect(repeated).toHaveLength(2);
    expect(repeated.map((s) => s.group)).toEqual([repeated[0]!.id, repeated[0]!.id]);
    const own = pentagon.find((s) => s.text.startsWith('He added'))!;
    expect(own.group).toBe(own.id);
  });

  it('records the time of every step and a coverage hash matching the folder', async () => {
    expect(Object.keys(result.timings).sort()).toEqual(['aid', 'annotate', 'cache', 'clean', 'events', 'index', 'nearDuplicates', 'people', 'quotes', 'read', 'split']);
    expect(result.factBase.coverageHash).toBe(await currentCoverageHash(FIXTURES));
    expect(result.factBase.index.docCount).toBe(result.factBase.sentences.length);
  });
});

describe('buildFactBase on the bundled articles', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildFactBase(BUNDLED);
  });
  const article = (id: string) => result.factBase.articles.find((a) => a.id === id)!;

  it('dates the European Pravda article from its dateline and names its publisher from its Source line', () => {
    expect(article('european-pravda-blinken-rutte-support-for-kyiv')).toMatchObject({ published: '2024-11-13', publisher: 'European Pravda' });
  });

  it('takes the InformedInsights publisher from its "Source: voanews.com" line', () => {
    expect(article('informedinsights-blinken-nato-support-unwavering').publisher).toBe('voanews.com');
  });

  it('puts the repeated headline sentence of the InformedInsights article in one group', () => {
    const copies = result.factBase.sentences.filter(
      (s) => s.text === "Blinken stated that NATO's support for Ukraine is unwavering and there is no sign of exhaustion in their efforts.",
    );
    expect(copies.length).toBeGreaterThanOrEqual(2);
    expect(new Set(copies.map((s) => s.group)).size).toBe(1);
  });

  it('keeps "U.S. Secretary of State Antony Blinken is traveling to Brussels on Monday …" one sentence', () => {
    expect(sentencesOf(result, 'dallas-express-blinken-to-discuss-ukraine-balkans')).toContain(
      'U.S. Secretary of State Antony Blinken is traveling to Brussels on Monday for the NATO Foreign Ministers Meeting, where he is expected to reiterate support for Ukraine and discuss the Western Balkans.',
    );
  });
});

describe('determinism', () => {
  it('builds byte-identical files from the same input', async () => {
    const dir = await tempDir();
    await saveFactBase((await buildFactBase(FIXTURES)).factBase, path.join(dir, 'a.json'));
    await saveFactBase((await buildFactBase(FIXTURES)).factBase, path.join(dir, 'b.json'));
    const [a, b] = await Promise.all([readFile(path.join(dir, 'a.json')), readFile(path.join(dir, 'b.json'))]);
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
  });
});

describe('parallel build', () => {
  it('GIVEN worker threads THEN builds the same fact base as on one thread, byte for byte', async () => {
    const dir = await tempDir();
    const sequential = await buildFactBase(FIXTURES, { workers: 0 });
    const parallel = await buildFactBase(FIXTURES, { workers: 2 });
    await saveFactBase(sequential.factBase, path.join(dir, 'sequential.json'));
    await saveFactBase(parallel.factBase, path.join(dir, 'parallel.json'));
    const [a, b] = await Promise.all([readFile(path.join(dir, 'sequential.json')), readFile(path.join(dir, 'parallel.json'))]);
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    expect(parallel.skipped).toEqual(sequential.skipped);
    expect(parallel.warnings).toEqual(sequential.warnings);
  });

  it('GIVEN two files with the same article id in different chunks of work THEN keeps the first, as on one thread', async () => {
    const dir = await tempDir();
    // More files than one task takes, so the clashing pair lands in different tasks.
    for (let i = 0; i < 70; i++) {
      await writeFile(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), `Kyiv received ${i} generators on Monday, officials said in a statement.\n`);
    }
    await writeFile(path.join(dir, 'a000.md'), 'On May 3, 2024, Germany pledged $20 million in aid to Ukraine, officials said.\n');
    await writeFile(path.join(dir, 'a069.md'), 'On May 4, 2024, Poland pledged $30 million in aid to Ukraine, officials said.\n');
    const sequential = await buildFactBase(dir, { workers: 0 });
    const parallel = await buildFactBase(dir, { workers: 2 });
    expect(parallel.factBase).toEqual(sequential.factBase);
    expect(parallel.skipped.map((s) => s.file)).toEqual(['a000.txt', 'a069.txt']);
    expect(parallel.factBase.sentences.filter((s) => s.text.includes('pledged'))).toHaveLength(2);
  });
});

describe('bad input', () => {
  const GOOD = 'Kyiv received a new air defence system on Monday, officials said.\n';

  it('skips unusable files with a named reason and keeps the rest', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a-good.txt'), GOOD);
    await writeFile(path.join(dir, 'b-empty.txt'), '');
    await writeFile(path.join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    await writeFile(path.join(dir, 'd-latin1.md'), Buffer.from('Caf\xe9 au lait in Kyiv.', 'latin1'));
    await writeFile(path.join(dir, 'e-huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    await writeFile(path.join(dir, 'f-furniture-only.txt'), 'Share this article\nLeave a comment\n');
    await writeFile(path.join(dir, 'notes.json'), '{}');
    const result = await buildFactBase(dir);
    expect(result.factBase.articles.map((a) => a.file)).toEqual(['a-good.txt']);
    expect(result.skipped.map((s) => s.file)).toEqual(['b-empty.txt', 'c-binary.txt', 'd-latin1.md', 'e-huge.txt', 'f-furniture-only.txt']);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'empty file',
      'binary file (contains NUL bytes)',
      'not valid UTF-8 text',
      `larger than the 5 MB limit for one article (${MAX_ARTICLE_BYTES + 1} bytes)`,
      'no article text left after removing page furniture',
    ]);
  });

  it('keeps an article with malformed front matter or a bad date, with a warning naming the file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'broken-yaml.txt'), `---\ntitle: [oops\n---\n${GOOD}`);
    await writeFile(path.join(dir, 'bad-date.txt'), `---\npublished: 2024-02-31\n---\n${GOOD}`);
    const result = await buildFactBase(dir);
    expect(result.factBase.articles.map((a) => a.id)).toEqual(['bad-date', 'broken-yaml']);
    expect(result.warnings.some((w) => w.startsWith('broken-yaml.txt: malformed front matter ignored'))).toBe(true);
    expect(result.warnings).toContain('bad-date.txt: front matter "published: 2024-02-31" is not a valid YYYY-MM-DD date; ignored');
    expect(result.factBase.articles[0]!.published).toBeNull();
  });

  it('fails with a clear error when no article can be read', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.txt'), '');
    await expect(buildFactBase(dir)).rejects.toThrow(NoArticlesError);
    await expect(buildFactBase(dir)).rejects.toThrow(/no article could be read from .*: all 1 files were skipped/);
  });
});

describe('npm run build:facts', () => {
  const run = promisify(execFile);
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'build-facts.ts'), ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });

  it('writes the fact base and prints a one-line summary', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'facts.json');
    const { stdout } = await cli(['--articles', FIXTURES, '--out', out]);
    expect(stdout.trim()).toMatch(/facts\.json: 5 articles, \d+ sentences, \d+ people, \d+ aid facts, \d+ events, \d+ quotes \(0 skipped\) in \d+ ms$/);
    expect((await loadFactBase(out)).data.articles).toHaveLength(5);
  });

  it('GIVEN FACTBASE_PATH and no --out THEN writes the file the bot follows', async () => {
    const out = path.join(await tempDir(), 'followed.json');
    const { stdout } = await cli(['--articles', FIXTURES, '--no-cache'], { FACTBASE_PATH: out });
    expect(stdout.startsWith(`${out}: 5 articles`)).toBe(true);
    expect((await loadFactBase(out)).data.articles).toHaveLength(5);
  });

  it('GIVEN a failing build THEN exits 1 with one line and leaves the old file intact', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'facts.json');
    await writeFile(out, 'previous fact base');
    const error = await cli(['--articles', path.join(dir, 'missing'), '--out', out]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 1 });
    const stderr = (error as { stderr: string }).stderr.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^build:facts failed: articles folder .*missing does not exist$/);
    expect(await readFile(out, 'utf8')).toBe('previous fact base');
  });
});
