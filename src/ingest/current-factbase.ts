// Whether the fact base at `out` is already what a build of the article folder would write, told
// without building: it records the coverage hash of the folder as it is now and this builder's
// version, and its bytes are whole (the sha256 of its end line). A build is deterministic (same
// input → same bytes), so rebuilding such a file rewrites it unchanged: build:facts says so and
// stops instead (16.5 s on the White House corpus with a warm cache, for nothing).
import { fileHeader, intactHeader } from '../factbase/file-decode.js';
import { FileFormatProblem } from '../factbase/file-problem.js';
import { OpenFile } from '../factbase/open-file.js';
import { cacheDirOf, checkCoverage, type CoverageCheck } from './build.js';
import { builderVersion } from './build-version.js';

/** What the header of a current fact base counts. */
export interface CurrentCounts {
  articles: number;
  sentences: number;
  people: number;
  aid: number;
  events: number;
  quotes: number;
}

/**
 * The counts of the fact base at `out` when a build of `articlesDir` into it (with its cache,
 * whose recorded file stats spare reading unchanged files) would write the same bytes; null when
 * it is missing, unreadable, damaged or stale.
 */
export async function currentFactBase(articlesDir: string, out: string): Promise<CurrentCounts | null> {
  return (await checkFactBase(articlesDir, out)).current;
}

/**
 * `currentFactBase`, and the folder as it found it when it got that far (a build that follows
 * takes it: `BuildOptions.checked`).
 */
export async function checkFactBase(articlesDir: string, out: string): Promise<{ current: CurrentCounts | null; check: CoverageCheck | null }> {
  let source: OpenFile;
  try {
    source = await OpenFile.open(out);
  } catch {
    return { current: null, check: null }; // Missing or unreadable: the build says what is wrong with the folder, or writes it.
  }
  const ours = (error: unknown): null => {
    if (error instanceof FileFormatProblem) return null;
    throw error;
  };
  try {
    // The header first: the file's 193 MB (White House) are hashed only when it says the file is current.
    const header = await fileHeader(source).catch(ours);
    if (header === null || header.builderVersion !== (await builderVersion())) return { current: null, check: null };
    const check = await checkCoverage(articlesDir, cacheDirOf(out));
    if (header.coverageHash !== check.coverageHash || (await intactHeader(source).catch(ours)) === null) return { current: null, check };
    return { current: header.counts, check };
  } finally {
    source.close();
  }
}
