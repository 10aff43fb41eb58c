// Temporary folders for a test file, removed after each test or after the suite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

function tempDirs(prefix: string, cleanUp: (fn: () => Promise<void>) => void): () => Promise<string> {
  const temps: string[] = [];
  cleanUp(async () => {
    await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };
}

/** Registers the clean-up and returns a function making a new folder named `prefix…`, removed after each test. */
export function useTempDirs(prefix: string): () => Promise<string> {
  return tempDirs(prefix, afterEach);
}

/** Like `useTempDirs`, for folders a `beforeAll` sets up: removed once the suite (or file) is done. */
export function useSuiteTempDirs(prefix: string): () => Promise<string> {
  return tempDirs(prefix, afterAll);
}
