// The fact base the bot tests answer from: built from the bundled coverage through the real
// pipeline, saved and loaded like production (once per test file) through a temp folder.
import { buildFactBase } from '../../src/ingest/build.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { loadViaFile } from '../helpers/factbase-file.js';

export const ARTICLES_DIR = 'data/articles';

let built: Promise<LoadedFactBase> | undefined;

export function testFactBase(): Promise<LoadedFactBase> {
  built ??= buildFactBase(ARTICLES_DIR).then(({ factBase }) => loadViaFile(factBase));
  return built;
}
