// A fact base saved to a temporary file and loaded back, as the bot loads it. No vitest
// import: the benchmarks use it through tests/fake-discord/facts.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../../src/factbase/persist.js';
import type { FactBase } from '../../src/factbase/schema.js';

/** Saves `base` to a temporary folder, loads it back and removes the folder. */
export async function loadViaFile(base: FactBase): Promise<LoadedFactBase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factbase-file-'));
  try {
    const file = path.join(dir, 'factbase.json');
    await saveFactBase(base, file);
    return await loadFactBase(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
