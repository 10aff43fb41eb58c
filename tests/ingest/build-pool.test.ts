// The build's worker pool: a worker holds the next task while it runs one, and every task's
// promise gets that task's own result, whatever order the tasks are answered in. A worker numbers
// the words of all its chunks into one set of vocabularies, and sends each word once.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BuildPool } from '../../src/ingest/build-pool.js';
import type { PoolResult } from '../../src/ingest/build-pool.js';
import type { EncodedWordSets } from '../../src/ingest/meaning-words.js';
import { groupNearDuplicateSets } from '../../src/ingest/near-duplicates.js';
import { buildIndexFromTerms } from '../../src/factbase/index-build.js';
import { detachVocabularies, processChunk, ThreadVocabularies, VocabularyMirrors, type ChunkResult } from '../../src/ingest/build-chunk.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('build-pool-');

/** `count` sets of `size` distinct words drawn from 20,000 (deterministic): enough to keep a worker grouping for seconds. */
function randomWordSets(count: number, size: number): EncodedWordSets {
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
  const counts = new Int32Array(vocabulary.length);
  const ids = new Int32Array(count * size);
  const offsets = Int32Array.from({ length: count + 1 }, (_, i) => i * size);
  let seed = 7;
  for (let set = 0, k = 0; set < count; set++) {
    const words = new Set<number>();
    while (words.size < size) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      words.add(seed % vocabulary.length);
    }
    for (const id of words) {
      ids[k++] = id;
      counts[id]!++;
    }
  }
  return { vocabulary, counts, ids, offsets };
}

const filesOf = (result: PoolResult): string[] => (result.kind === 'chunk' ? result.result.files.map((work) => work.file) : []);

describe('BuildPool', () => {
  let pool: BuildPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('GIVEN more tasks than worker slots THEN each task gets the result of its own files', async () => {
    const files = (await readdir(FIXTURE_ARTICLES)).sort();
    const chunks = files.map((file) => [file]);
    expect(chunks.length).toBeGreaterThan(4);
    pool = new BuildPool(2);
    const running = pool;
    const results = await Promise.all(chunks.map((chunk) => running.run({ kind: 'chunk', articlesDir: FIXTURE_ARTICLES, files: chunk, withKeys: false })));
    expect(results.map(filesOf)).toEqual(chunks);
    // The first chunk of its worker: the same words, added to empty vocabularies.
    const inThisThread = await processChunk(FIXTURE_ARTICLES, files.slice(0, 1), new ThreadVocabularies());
    detachVocabularies(inThisThread);
    const first = results[0]?.kind === 'chunk' ? results[0].result : null;
    expect(first?.files).toEqual(inThisThread.files);
    expect(first?.added).toEqual(inThisThread.added);
  });

  it('GIVEN the sets in pieces, some of them views of shared memory, some numbered in another vocabulary THEN a worker gives the groups and the index of the sets joined', async () => {
    const whole = randomWordSets(3_000, 6);
    // Sets 0-999 and 2000-2999 in shared memory as one piece of views each; sets 1000-1999 as two
    // plain pieces whose ids are into one other vocabulary (the same words backwards), as a build thread's.
    const shared = new Int32Array(new SharedArrayBuffer(4 * (whole.ids.length + whole.offsets.length)));
    shared.set(whole.ids);
    shared.set(whole.offsets, whole.ids.length);
    const reversed = [...whole.vocabulary].reverse();
    const piece = (from: number, to: number, inShared: boolean) => {
      if (inShared) return { vocabulary: whole.vocabulary, ids: shared, offsets: shared.subarray(whole.ids.length + from, whole.ids.length + to + 1) };
      const offsets = whole.offsets.slice(from, to + 1);
      const ids = whole.ids.map((id) => reversed.length - 1 - id);
      return { vocabulary: reversed, ids, offsets };
    };
    const pieces = [piece(0, 1_000, true), piece(1_000, 1_500, false), piece(1_500, 2_000, false), piece(2_000, 3_000, true)];
    pool = new BuildPool(2);
    const [groups, index] = await Promise.all([pool.run({ kind: 'group', pieces }), pool.run({ kind: 'index', pieces })]);
    expect(groups.kind === 'groups' && [...groups.groups]).toEqual(groupNearDuplicateSets([whole]));
    expect(index.kind === 'index' && { ...index.index }).toEqual({ ...buildIndexFromTerms([whole]) });
  });

  it('GIVEN finish() THEN a worker stops once its own tasks are answered, while the other still works, and takes no task after', async () => {
    const [file] = (await readdir(FIXTURE_ARTICLES)).sort();
    pool = new BuildPool(2);
    const running = pool;
    let groupsAnswered = false;
    // Grouping 800,000 sets takes ~3x a first chunk (~1 s with its worker's start and modules):
    // 200,000 took about as long as the chunk, and the order was left to chance.
    const groups = running.run({ kind: 'group', pieces: [randomWordSets(800_000, 10)] }).then(() => (groupsAnswered = true));
    const chunk = running.run({ kind: 'chunk', articlesDir: FIXTURE_ARTICLES, files: [file!], withKeys: false });
    running.finish();
    await chunk;
    await vi.waitFor(() => expect(running.liveWorkers).toBe(1), { timeout: 5_000 });
    expect(groupsAnswered).toBe(false);
    await groups;
    await vi.waitFor(() => expect(running.liveWorkers).toBe(0), { timeout: 5_000 });
    await expect(running.run({ kind: 'chunk', articlesDir: FIXTURE_ARTICLES, files: [file!], withKeys: false })).rejects.toThrow(/finish/);
    // On a loaded machine the grouping alone has outlasted the default 20 s.
  }, 90_000);
});

describe('ThreadVocabularies and VocabularyMirrors', () => {
  /** Every word the chunk's files refer to, by kind, in order. */
  const wordsOf = ({ files }: ChunkResult) =>
    files.flatMap((work) =>
      'skipped' in work
        ? []
        : [[...work.words.ids].map((id) => work.words.vocabulary[id]), [...work.terms.ids].map((id) => work.terms.vocabulary[id]), [...work.people.lowerCaseWords.ids].map((id) => work.people.lowerCaseWords.vocabulary[id])],
    );

  it("GIVEN two chunks numbered into one thread's vocabularies THEN the second adds only words the first did not, and another thread rebuilds the words each refers to from what they added", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.txt'), 'Pellonia pledged grain to Zorvia on Monday, Foreign Minister Ingrid Lindqvist said in Pellonia.\n');
    await writeFile(path.join(dir, 'b.txt'), 'Zorvia thanked Pellonia for the grain on Tuesday, Trade Minister Tomas Haraldsen said in Zorvia.\n');
    const thread = new ThreadVocabularies();
    const first = await processChunk(dir, ['a.txt'], thread);
    const second = await processChunk(dir, ['b.txt'], thread);
    for (const kind of ['words', 'terms', 'lowerCase'] as const) {
      expect(second.added[kind].from).toBe(first.added[kind].words.length);
      expect(second.added[kind].words.filter((word) => first.added[kind].words.includes(word))).toEqual([]);
    }
    expect(second.added.terms.words.length).toBeLessThan(new Set(wordsOf(second)[1]).size);

    const expected = [first, second].map(wordsOf);
    detachVocabularies(first);
    detachVocabularies(second);
    expect(() => new VocabularyMirrors().attach(second, 7)).toThrow(/out of order/);
    const mirrors = new VocabularyMirrors();
    mirrors.attach(first, 7);
    mirrors.attach(second, 7);
    expect([first, second].map(wordsOf)).toEqual(expected);
  });
});
