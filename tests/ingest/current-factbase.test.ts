// A fact base that a build would write again byte for byte is told apart without building
// (current-factbase.ts): recorded from this folder by this code, whole. Anything else (an article
// added or edited, another builder, one byte changed, no file) is not current; and build:facts
// leaves a current file as it is.
import { spawn } from 'node:child_process';
import { appendFile, cp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBase, cacheDirOf, currentCoverageHash } from '../../src/ingest/build.js';
import { checkFactBase, currentFactBase } from '../../src/ingest/current-factbase.js';
import { saveFactBase } from '../../src/factbase/persist.js';
import { FIXTURE_ARTICLES, REPO_ROOT } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('current-factbase-');

/** The fixture coverage in a fresh folder, built incrementally into `out` as build:facts does. */
async function built(): Promise<{ articles: string; out: string }> {
  const root = await tempDir();
  const articles = path.join(root, 'articles');
  await cp(FIXTURE_ARTICLES, articles, { recursive: true });
  const out = path.join(root, 'facts.json');
  const { factBase, prepared } = await buildFactBase(articles, { workers: 0, cacheDir: cacheDirOf(out) });
  await saveFactBase(factBase, out, prepared);
  return { articles, out };
}

describe('a current fact base', () => {
  it('GIVEN the fact base just built from the folder THEN it is current, with its counts, with or without the cache', async () => {
    const { articles, out } = await built();
    const counts = await currentFactBase(articles, out);
    expect(counts).toMatchObject({ articles: 5 });
    expect(counts!.sentences).toBeGreaterThan(0);
    // Without the cache's recorded stats every file is hashed: the same answer.
    await rm(cacheDirOf(out), { recursive: true });
    expect(await currentFactBase(articles, out)).toEqual(counts);
  });

  it('GIVEN an article added or edited since THEN it is not current', async () => {
    const { articles, out } = await built();
    await writeFile(path.join(articles, 'added.txt'), 'Officials said the new depot would open in the spring.\n');
    expect(await currentFactBase(articles, out)).toBeNull();
    await rm(path.join(articles, 'added.txt'));
    expect(await currentFactBase(articles, out)).not.toBeNull();
    await appendFile(path.join(articles, 'germany-air-defence-package.txt'), '\nThe depot opened a week later.\n');
    expect(await currentFactBase(articles, out)).toBeNull();
  });

  it('GIVEN an article added since THEN the check gives the folder as it found it, for the build that follows; of a file by other code, nothing', async () => {
    const { articles, out } = await built();
    await writeFile(path.join(articles, 'added.txt'), 'Officials said the new depot would open in the spring.\n');
    const { current, check } = await checkFactBase(articles, out);
    expect(current).toBeNull();
    expect(check).toMatchObject({ articlesDir: articles, cacheDir: cacheDirOf(out), coverageHash: await currentCoverageHash(articles, cacheDirOf(out)) });
    expect(check!.files).toContain('added.txt');
    const { factBase } = await buildFactBase(articles, { workers: 0 });
    await saveFactBase({ ...factBase, builderVersion: 'another builder' }, out);
    expect(await checkFactBase(articles, out)).toEqual({ current: null, check: null });
  });

  it('GIVEN a file built by other code, one byte changed, or no file THEN it is not current', async () => {
    const { articles, out } = await built();
    const { factBase } = await buildFactBase(articles, { workers: 0 });
    const other = path.join(path.dirname(out), 'other.json');
    await saveFactBase({ ...factBase, builderVersion: 'another builder' }, other);
    await cp(cacheDirOf(out), cacheDirOf(other), { recursive: true });
    expect(await currentFactBase(articles, other)).toBeNull();

    // A byte in the middle (a sentence's text), the size kept: only the sha256 shows it.
    const { size } = await stat(out);
    const handle = await open(out, 'r+');
    const middle = Buffer.alloc(1);
    await handle.read(middle, 0, 1, Math.floor(size / 2));
    await handle.write(Buffer.from([middle[0]! ^ 1]), 0, 1, Math.floor(size / 2));
    await handle.close();
    expect(await currentFactBase(articles, out)).toBeNull();

    expect(await currentFactBase(articles, path.join(path.dirname(out), 'missing.json'))).toBeNull();
  });
});

describe('build:facts on a current fact base', { timeout: 60_000 }, () => {
  const buildFacts = (args: readonly string[]): Promise<{ code: number | null; stdout: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'build-facts.ts'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });

  it('GIVEN nothing changed since the last build THEN it says the file is up to date and leaves it; --no-cache rebuilds it', async () => {
    const { articles, out } = await built();
    const before = await stat(out, { bigint: true });
    const bytes = await readFile(out);
    const again = await buildFacts(['--articles', articles, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/is up to date \(built from these articles by this code\): 5 articles, \d+ sentences/);
    const after = await stat(out, { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);

    const full = await buildFacts(['--articles', articles, '--out', out, '--no-cache']);
    expect(full.code).toBe(0);
    expect(full.stdout).not.toContain('up to date');
    // Written anew (a new file renamed over it), with the same bytes.
    expect((await stat(out, { bigint: true })).ino).not.toBe(before.ino);
    expect(await readFile(out)).toEqual(bytes);
  });
});
