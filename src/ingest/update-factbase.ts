// Brings the fact base up to date after `npm run add` changed the article folder. Today this is
// the full build `npm run build:facts` runs; it is the one call to swap for an incremental build.
import { saveFactBase } from '../factbase/persist.js';
import { buildFactBase } from './build.js';

/** Rebuilds `out` from `articlesDir` (atomically) and says what it holds, in one line. */
export async function updateFactBase(articlesDir: string, out: string): Promise<string> {
  const started = performance.now();
  const { factBase, skipped } = await buildFactBase(articlesDir);
  await saveFactBase(factBase, out);
  const ms = Math.round(performance.now() - started);
  const skippedNote = skipped.length > 0 ? `, ${skipped.length} file(s) skipped` : '';
  return `${factBase.articles.length} articles, ${factBase.sentences.length} sentences${skippedNote}, ${ms} ms`;
}
