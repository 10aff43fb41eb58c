// An article file's input as the build reads it: by a worker, one file at a time (readInput), or
// by the main thread, a chunk's files at once (readFiles) for a worker to take as they are.
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsOf, readFiles, readInput } from '../../src/ingest/article-input.js';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/read-article.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('article-input-');

describe('readFiles', () => {
  it('GIVEN a chunk of files THEN gives each the input readInput gives, and leaves to readInput a file too big, gone or not a file', async () => {
    const dir = await tempDir();
    const a = 'Kyiv received generators on Monday, officials said.\n';
    const b = '---\ntitle: Ünïcode “quotes”\n---\nBody text.\n';
    await writeFile(path.join(dir, 'a.txt'), a);
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'b.md'), b);
    await writeFile(path.join(dir, 'big.txt'), '');
    await truncate(path.join(dir, 'big.txt'), MAX_ARTICLE_BYTES + 1);
    await mkdir(path.join(dir, 'folder.txt'));
    const files = ['a.txt', 'empty.txt', 'gone.txt', 'big.txt', 'folder.txt', 'b.md'];

    const read = readFiles(dir, files);
    expect([...read.lengths]).toEqual([Buffer.byteLength(a), 0, -1, -1, -1, Buffer.byteLength(b)]);
    const inputs = inputsOf(files, read);
    expect(inputs.map((input) => input === null)).toEqual([false, false, true, true, true, false]);
    for (const [i, input] of inputs.entries()) if (input !== null) expect(input).toEqual(await readInput(dir, files[i]!));
  });
});
