// Whether the fact base at `out` is already what a build of the article folder would write, told
// without building: it records the coverage hash of the folder as it is now and this builder's
// version, and its bytes are whole (the sha256 of its end line). A build is deterministic (same
// input → same bytes), so rebuilding such a file rewrites it unchanged: build:facts says so and
// stops instead (16.5 s on the White House corpus with a warm cache, for nothing).
import { intactHeader } from '../factbase/file-decode.js';
import { FileFormatProblem } from '../factbase/file-problem.js';
import { OpenFile } from '../factbase/open-file.js';
import { cacheDirOf, currentCoverageHash } from './build.js';
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
  let source: OpenFile;
  try {
    source = await OpenFile.open(out);
  } catch {
    return null; // Missing or unreadable: the build says what is wrong with the folder, or writes it.
  }
  try {
    const header = await intactHeader(source).catch((error: unknown) => {
      if (error instanceof FileFormatProblem) return null;
      throw error;
    });
    if (header === null || header.builderVersion !== (await builderVersion())) return null;
    if (header.coverageHash !== (await currentCoverageHash(articlesDir, cacheDirOf(out)))) return null;
    return header.counts;
  } finally {
    source.close();
  }
}
