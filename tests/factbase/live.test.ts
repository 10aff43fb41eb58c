// The live fact base: a new file is loaded beside the old one and swapped in at once; a bad
// one is rejected and the old one keeps serving. Reloads are driven explicitly or by the
// folder watch, and the tests wait on the 'reload' event, never on a fixed sleep.
import { once } from 'node:events';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/ingest/build.js';
import { describeReload, LiveFactBase, type ReloadOutcome } from '../../src/factbase/live.js';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../../src/factbase/persist.js';
import type { FactBase } from '../../src/factbase/schema.js';
import { FIXTURE_ARTICLES } from '../helpers/paths.js';
import { useSuiteTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useSuiteTempDirs('live-factbase-');
const EXTRA = 'Kyiv received a new air defence system on Monday, officials said.\n';

let before: FactBase;
let after: FactBase;

beforeAll(async () => {
  const dir = await tempDir();
  const articles = path.join(dir, 'articles');
  await cp(FIXTURE_ARTICLES, articles, { recursive: true });
  before = (await buildFactBase(articles)).factBase;
  await writeFile(path.join(articles, 'extra.txt'), EXTRA);
  after = (await buildFactBase(articles)).factBase;
});

/** A folder holding `facts.json` built from the fixtures, and the live fact base following it. */
async function serving(options: { debounceMs?: number; prepare?: (facts: LoadedFactBase) => void } = {}) {
  const dir = await tempDir();
  const file = path.join(dir, 'facts.json');
  await saveFactBase(before, file);
  const live = new LiveFactBase({ file, initial: await loadFactBase(file), ...options });
  return { dir, file, live };
}

function nextReload(live: LiveFactBase): Promise<ReloadOutcome> {
  return once(live, 'reload').then(([outcome]) => outcome as ReloadOutcome);
}

describe('GIVEN a live fact base', () => {
  it('WHEN a rebuilt file is reloaded THEN new requests see it and a request holding the old one keeps it', async () => {
    const { file, live } = await serving();
    const inFlight = live.current();
    await saveFactBase(after, file);

    const outcome = await live.reload('test');

    expect(outcome).toMatchObject({ status: 'swapped', previous: inFlight.version, generation: 1, reason: 'test' });
    expect(live.current().version).not.toBe(inFlight.version);
    expect(live.current().data.articles.map((a) => a.id)).toContain('extra');
    expect(inFlight.data.articles.map((a) => a.id)).not.toContain('extra');
    expect(live.generation).toBe(1);
  });

  it('WHEN the file holds the same bytes THEN nothing is swapped', async () => {
    const { file, live } = await serving();
    const first = live.current();
    await saveFactBase(before, file);
    expect(await live.reload()).toMatchObject({ status: 'unchanged', version: first.version });
    expect(live.current()).toBe(first);
    expect(live.generation).toBe(0);
  });

  it.each([
    ['corrupt', () => Buffer.from('{"format":')],
    ['half-written', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['not ours', () => Buffer.from('{"hello":"world"}\n')],
  ])('WHEN the new file is %s THEN it is rejected with one line and the old one keeps serving', async (_kind, damage) => {
    const { file, live } = await serving();
    const first = live.current();
    await saveFactBase(after, file);
    await writeFile(file, damage(await readFile(file)));

    const outcome = await live.reload('test');

    expect(outcome).toMatchObject({ status: 'rejected', version: first.version });
    const line = describeReload(outcome, file);
    expect(line.level).toBe('warn');
    expect(line.message).not.toContain('\n');
    expect(line.message).toContain(file);
    expect(live.current()).toBe(first);
  });

  it('WHEN the file is missing THEN the reload is rejected and the old one keeps serving', async () => {
    const { file, live } = await serving();
    await rename(file, `${file}.moved`);
    const outcome = await live.reload();
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.problem).toMatch(/does not exist/);
  });

  it('WHEN preparing the new fact base fails THEN it is rejected', async () => {
    let calls = 0;
    const { file, live } = await serving({
      prepare: () => {
        calls += 1;
        throw new Error('warm-up failed');
      },
    });
    const first = live.current();
    await saveFactBase(after, file);
    expect(await live.reload()).toMatchObject({ status: 'rejected', problem: 'warm-up failed' });
    expect(calls).toBe(1);
    expect(live.current()).toBe(first);
  });

  it('WHEN reloads are asked for while one runs THEN they share one follow-up load that sees the newest file', async () => {
    const loads: string[] = [];
    const dir = await tempDir();
    const file = path.join(dir, 'facts.json');
    await saveFactBase(before, file);
    const live = new LiveFactBase({
      file,
      initial: await loadFactBase(file),
      load: async (f) => {
        loads.push(f);
        return loadFactBase(f);
      },
    });
    await saveFactBase(after, file);
    const outcomes = await Promise.all([live.reload('a'), live.reload('b'), live.reload('c'), live.reload('d')]);
    expect(loads).toHaveLength(2);
    expect(outcomes.map((o) => o.status)).toEqual(['swapped', 'unchanged', 'unchanged', 'unchanged']);
  });
});

describe('GIVEN a live fact base watching its folder', () => {
  it('WHEN the build renames a new file over it THEN it is swapped in', async () => {
    const { file, live } = await serving({ debounceMs: 20 });
    live.watch();
    try {
      const reloaded = nextReload(live);
      await saveFactBase(after, file);
      expect(await reloaded).toMatchObject({ status: 'swapped', reason: 'file changed', generation: 1 });
      expect(live.current().data.articles.map((a) => a.id)).toContain('extra');
    } finally {
      await live.close();
    }
  });

  it('WHEN a file is written in bursts THEN one reload follows the last write, and other files are ignored', async () => {
    const { dir, file, live } = await serving({ debounceMs: 300 });
    const outcomes: ReloadOutcome[] = [];
    live.on('reload', (outcome) => outcomes.push(outcome));
    live.watch();
    try {
      const staging = path.join(dir, 'staging.json');
      await saveFactBase(after, staging);
      const bytes = await readFile(staging);
      const reloaded = nextReload(live);
      // Written in place, in three pieces, as a plain copy would: the half-written states are never loaded.
      const third = Math.ceil(bytes.length / 3);
      await writeFile(file, bytes.subarray(0, third));
      await writeFile(path.join(dir, 'unrelated.txt'), 'x');
      await writeFile(file, bytes.subarray(0, 2 * third));
      await writeFile(file, bytes);
      expect(await reloaded).toMatchObject({ status: 'swapped' });
      expect(outcomes).toHaveLength(1);
    } finally {
      await live.close();
    }
  });

  it('WHEN the watch is closed THEN an explicit reload (the SIGHUP path) still works', async () => {
    const { file, live } = await serving({ debounceMs: 20 });
    live.watch();
    await live.close();
    await saveFactBase(after, file);
    expect(await live.reload('SIGHUP')).toMatchObject({ status: 'swapped', reason: 'SIGHUP' });
  });
});
