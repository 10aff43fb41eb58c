// Article files are hashed only when their stat changed since the build that recorded it.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asFileStats, checkFiles, statsOf } from '../../src/ingest/file-stats.js';
import { sha256 } from '../../src/ingest/read-article.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('file-stats-');
/** A clock long after the files were written: their stats are trusted. */
const later = (): number => Date.now() + 60_000;

async function folderWith(text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'a.txt'), text);
  return dir;
}

describe('checkFiles', () => {
  it('GIVEN a file whose stat is the recorded one THEN it keeps the recorded hash without reading the file', async () => {
    const dir = await folderWith('First version of the article.');
    const [first] = await checkFiles(dir, ['a.txt'], {}, true, later);
    expect(first!.contentHash).toBe(sha256(await readFile(path.join(dir, 'a.txt'))));
    const recorded = statsOf([first!], [{ file: 'a.txt', contentHash: 'the recorded hash' }]);
    const [again] = await checkFiles(dir, ['a.txt'], recorded, true, later);
    expect(again!.contentHash).toBe('the recorded hash');
    expect(again!.read).toBeUndefined();
  });

  it('GIVEN the file rewritten with the same size THEN its stat differs and it is hashed again', async () => {
    const dir = await folderWith('First version of the article.');
    const [first] = await checkFiles(dir, ['a.txt'], {}, true, later);
    const recorded = statsOf([first!], [{ file: 'a.txt', contentHash: first!.contentHash! }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(path.join(dir, 'a.txt'), 'Other version of the article.');
    const [again] = await checkFiles(dir, ['a.txt'], recorded, true, later);
    expect(again!.contentHash).toBe(sha256(Buffer.from('Other version of the article.')));
    expect(again!.read).toBe(true);
  });

  it('GIVEN a file changed moments ago THEN its stat is not recorded, and an unknown file is read only when asked', async () => {
    const dir = await folderWith('Fresh article.');
    const [fresh] = await checkFiles(dir, ['a.txt'], {}, false);
    expect(fresh).toEqual({ file: 'a.txt', contentHash: null, stat: null });
    expect(statsOf([fresh!], [{ file: 'a.txt', contentHash: 'x' }])).toEqual({});
    const [still] = await checkFiles(dir, ['a.txt'], {}, false, later);
    expect(still!.stat?.[0]).toBe((await stat(path.join(dir, 'a.txt'))).size);
  });
});

describe('asFileStats', () => {
  it('GIVEN recorded stats read back THEN takes them as they are; GIVEN anything else THEN none', async () => {
    const dir = await folderWith('Some words of an article.');
    const checked = await checkFiles(dir, ['a.txt'], {}, true, later);
    const recorded: unknown = JSON.parse(JSON.stringify(statsOf(checked, [{ file: 'a.txt', contentHash: checked[0]!.contentHash! }])));
    expect(asFileStats(recorded)).toEqual({ 'a.txt': [...checked[0]!.stat!, checked[0]!.contentHash] });
    expect(asFileStats({})).toEqual({});
    const record = [1, 2, 3, 4, 'hash'];
    for (const bad of [null, 3, 'text', [record], { 'a.txt': record.slice(0, 4) }, { 'a.txt': [...record, 5] }, { 'a.txt': [1, 2, '3', 4, 'hash'] }, { 'a.txt': [1, 2, 3, 4, 5] }, { 'a.txt': [1, 2, 3, null, 'hash'] }, { 'a.txt': { 0: 1 } }]) {
      expect(asFileStats(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
