// A fact base built from a folder of articles for an evaluation, through the same build, save
// and load path the bot uses (so the file format and its validation are part of what is scored).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFactBase } from '../ingest/build.js';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../factbase/persist.js';

/** Builds `articlesDir` into a temporary file and loads it back; the file is removed after. */
export async function factsFromArticles(articlesDir: string): Promise<LoadedFactBase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-facts-'));
  try {
    const file = path.join(dir, 'factbase.json');
    await saveFactBase((await buildFactBase(articlesDir)).factBase, file);
    return await loadFactBase(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
