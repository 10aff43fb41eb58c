// Content hashes of article files without reading the ones that have not changed since the last
// build: a file whose size, modification and change times and inode are those recorded with its
// hash keeps that hash (as git's index does). Hashing all 14,396 White House files read 136 MB
// on every build. A file changed within STILL_MS of its stat is not recorded, so an edit in the
// same clock tick as the build cannot hide behind an unchanged stat.
import { statSync } from 'node:fs';
import path from 'node:path';
import { readInput } from './article-input.js';
import { inParallel } from './in-parallel.js';

/** How long a file must have been left alone before its stat is trusted to stand for its content. */
const STILL_MS = 2_000;
/** Files stat'ed or read at once. */
const PARALLEL_FILES = 32;

/** size, mtimeMs, ctimeMs, inode. */
type FileStat = [number, number, number, number];
/** Per file, its stat and content hash when last built. */
export type FileStats = Record<string, [number, number, number, number, string]>;

/**
 * `value` (parsed JSON) as recorded stats, or null when it is not what `statsOf` records. Checked
 * by hand: zod took ~0.3-0.45 s of each build's main thread and of `npm run add` for the White
 * House corpus's 14,396 records (tests/ingest/file-stats.test.ts holds the rules).
 */
export function asFileStats(value: unknown): FileStats | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  for (const record of Object.values(value)) {
    if (!Array.isArray(record) || record.length !== 5 || typeof record[4] !== 'string') return null;
    for (let i = 0; i < 4; i++) if (typeof record[i] !== 'number' || !Number.isFinite(record[i])) return null;
  }
  return value as FileStats;
}

export interface CheckedFile {
  file: string;
  /** Null when not known and not read. */
  contentHash: string | null;
  /** Null when the file changed too recently to be recorded. */
  stat: FileStat | null;
  /** Its hash was read from the file (new or changed since the recorded stat): the build cache most likely has no entry for it. */
  read?: true;
}

/**
 * Each file's stat, and its content hash: the recorded one when the stat is unchanged, else (when
 * `readChanged`) read and hashed. Read after the stat, so a change made meanwhile gives the next
 * build another stat.
 */
export async function checkFiles(
  articlesDir: string,
  files: readonly string[],
  known: FileStats,
  readChanged: boolean,
  clock: () => number = Date.now,
): Promise<CheckedFile[]> {
  return inParallel(files, PARALLEL_FILES, async (file) => {
    // Synchronous: in a White House add-one, 14,396 promise stats held the main thread ~1.6 s (and
    // idle ~2 s) while the workers started; synchronous ones take ~0.1-0.2 s.
    const info = statSync(path.join(articlesDir, file));
    const now = clock();
    const fileStat: FileStat = [info.size, info.mtimeMs, info.ctimeMs, info.ino];
    const record = known[file];
    const same = record !== undefined && fileStat.every((value, i) => record[i] === value);
    const read = !same && readChanged;
    const contentHash = same ? record[4] : read ? (await readInput(articlesDir, file)).contentHash : null;
    return { file, contentHash, stat: Math.max(info.mtimeMs, info.ctimeMs) < now - STILL_MS ? fileStat : null, ...(read ? { read: true as const } : {}) };
  });
}

/** What to record for the next build: the stat taken before each file's hash was computed. */
export function statsOf(checked: readonly CheckedFile[], hashes: readonly { file: string; contentHash: string }[]): FileStats {
  const statOf = new Map(checked.map((c) => [c.file, c.stat]));
  const stats: FileStats = {};
  for (const { file, contentHash } of hashes) {
    const fileStat = statOf.get(file);
    if (fileStat) stats[file] = [...fileStat, contentHash];
  }
  return stats;
}
