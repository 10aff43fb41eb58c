// A loaded fact base reads its sentence texts from its file when they are shown: what it shows
// must be the texts of the file it loaded, whatever happens to the path afterwards.
import { existsSync } from 'node:fs';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/ingest/build.js';
import { FileRegion, OpenFile } from '../../src/factbase/open-file.js';
import { FactBaseError, loadFactBase, saveFactBase } from '../../src/factbase/persist.js';
import type { FactBase } from '../../src/factbase/schema.js';
import { syntheticFactBase } from '../helpers/coverage.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('factbase-open-file-');

/** Sentences over many blocks of the texts, which are read 16 KiB at a time. */
let built: FactBase;
beforeAll(async () => {
  const fixtures = (await buildFactBase(FIXTURE_ARTICLES)).factBase;
  built = syntheticFactBase(fixtures, Array.from({ length: 3000 }, (_, i) => `Sentence ${i} of a coverage larger than one block of texts.`));
});

/** The same fact base with every sentence text changed (same sentences, same facts). */
function retexted(base: FactBase): FactBase {
  return { ...base, sentences: base.sentences.map((s) => ({ ...s, text: `Changed: ${s.text}` })) };
}

describe('sentence texts read from the loaded file', () => {
  it('GIVEN a new fact base renamed over the file (as a rebuild saves it) THEN the loaded one still shows its own texts', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    await saveFactBase(retexted(built), file);
    expect(facts.data.sentences.text(0)).toBe(built.sentences[0]!.text);
    expect(Array.from(facts.data.sentences, (s) => s.text)).toEqual(built.sentences.map((s) => s.text));
    const reloaded = await loadFactBase(file);
    expect(reloaded.data.sentences.text(0)).toBe(`Changed: ${built.sentences[0]!.text}`);
  });

  it('GIVEN the file deleted after loading THEN its texts are still read', async () => {
    const file = path.join(await tempDir(), 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    await unlink(file);
    const last = built.sentences.length - 1;
    expect(facts.sentence(last).text).toBe(built.sentences[last]!.text);
  });

  it('GIVEN the file overwritten in place THEN a text not read yet is refused, naming the file, never read from the new bytes', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'facts.json');
    await saveFactBase(built, file);
    const facts = await loadFactBase(file);
    const shown = facts.sentence(0).text;
    // A copy onto the file: same path, same inode, other bytes.
    await saveFactBase(retexted(built), path.join(dir, 'other.json'));
    await writeFile(file, await readFile(path.join(dir, 'other.json')));
    const last = built.sentences.length - 1;
    expect(() => facts.sentence(last)).toThrow(/facts\.json was overwritten while in use/);
    expect(facts.sentence(0).text).toBe(shown);
  });

  it.runIf(existsSync('/proc/self/fd'))('GIVEN files that fail to load THEN no file is left open', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'facts.json');
    await saveFactBase(built, file);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 2));
    const open = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const before = await open();
    for (let i = 0; i < 5; i++) await expect(loadFactBase(file)).rejects.toBeInstanceOf(FactBaseError);
    expect(await open()).toBe(before);
  });
});

describe('FileRegion', () => {
  it('GIVEN any ranges, read in any order THEN each reads exactly the file bytes of its range', async () => {
    const file = path.join(await tempDir(), 'bytes.bin');
    // Bytes whose value tells their position, over several 16 KiB blocks.
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7 + (i >> 8)) % 256));
    await writeFile(file, bytes);
    const offset = 1_000;
    const length = bytes.length - offset - 10;
    const opened = await OpenFile.open(file);
    try {
      const range = fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
      fc.assert(
        fc.property(fc.array(range, { minLength: 1, maxLength: 8 }), (ranges) => {
          const region = new FileRegion(opened, offset, length);
          for (const [start, end] of ranges) expect(region.toString('latin1', start, end)).toBe(bytes.toString('latin1', offset + start, offset + end));
        }),
      );
    } finally {
      opened.close();
    }
  });

  it('GIVEN the file closed THEN a read says so', async () => {
    const file = path.join(await tempDir(), 'bytes.bin');
    await writeFile(file, Buffer.alloc(100, 1));
    const opened = await OpenFile.open(file);
    const region = new FileRegion(opened, 0, 100);
    opened.close();
    expect(() => region.toString('latin1', 0, 10)).toThrow(/bytes\.bin is closed/);
  });
});
