// The build's worker pool: a worker holds the next task while it runs one, and every task's
// promise gets that task's own result, whatever order the tasks are answered in.
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildPool } from '../../src/ingest/build-pool.js';
import type { PoolResult } from '../../src/ingest/build-pool.js';
import { processChunk } from '../../src/ingest/build-chunk.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';

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
    const results = await Promise.all(chunks.map((chunk) => running.run({ kind: 'chunk', articlesDir: FIXTURE_ARTICLES, files: chunk })));
    expect(results.map(filesOf)).toEqual(chunks);
    const inThisThread = await processChunk(FIXTURE_ARTICLES, files.slice(0, 1));
    expect(results[0]?.kind === 'chunk' ? results[0].result.files : null).toEqual(inThisThread.files);
  });
});
