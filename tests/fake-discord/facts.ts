// The fact base the bot tests answer from: built from the bundled coverage through the real
// pipeline, saved and loaded like production (once per test file), in a temp folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFactBase } from '../../src/ingest/build.js';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../../src/factbase/persist.js';

export const ARTICLES_DIR = 'data/articles';

let built: Promise<LoadedFactBase> | undefined;

export function testFactBase(): Promise<LoadedFactBase> {
  built ??= (async () => {
    const { factBase } = await buildFactBase(ARTICLES_DIR);
    const file = join(await mkdtemp(join(tmpdir(), 'bot-test-')), 'factbase.json');
    await saveFactBase(factBase, file);
    return loadFactBase(file);
  })();
  return built;
}
