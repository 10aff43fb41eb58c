// Brings the fact base up to date after the article folder changed (`npm run add`, or the REPL
// and `ask` finding it stale): the incremental build `npm run build:facts` runs (only new or
// changed files are processed; the cache is `<out>.cache/`), with the same result as a full build.
import type { Builder } from '../factbase/lifecycle.js';
import { saveFactBase } from '../factbase/persist.js';
import { buildFactBase, cacheDirOf, currentCoverageHash } from './build.js';
import { builderVersion } from './build-version.js';

/** Rebuilds `out` from `articlesDir` (atomically) and says what it holds, in one line. */
export async function updateFactBase(articlesDir: string, out: string): Promise<string> {
  const started = performance.now();
  const { factBase, sentenceCount, prepared, skipped, cache } = await buildFactBase(articlesDir, { cacheDir: cacheDirOf(out) });
  await saveFactBase(factBase, out, prepared);
  const ms = Math.round(performance.now() - started);
  const skippedNote = skipped.length > 0 ? `, ${skipped.length} file(s) skipped` : '';
  const cacheNote = cache !== null && cache.problems.length > 0 ? `, ${cache.problems.length} unusable cache entr${cache.problems.length === 1 ? 'y' : 'ies'} rebuilt` : '';
  return `${factBase.articles.length} articles, ${sentenceCount} sentences${skippedNote}${cacheNote}, ${ms} ms`;
}

/** The build as the fact-base lifecycle uses it (factbase/lifecycle.ts). */
export const incrementalBuilder: Builder = {
  coverageHash: (articlesDir, file) => currentCoverageHash(articlesDir, cacheDirOf(file)),
  builderVersion,
  rebuild: updateFactBase,
};
