// Loads the fact base, rebuilding it first when it is missing, unreadable or built from other
// article files than the folder holds now — so the REPL and `ask` work on a fresh clone.
import { buildFactBase, currentCoverageHash } from '../ingest/build.js';
import { FactBaseError, loadFactBase, saveFactBase } from './persist.js';
import type { LoadedFactBase } from './persist.js';

export interface EnsureOptions {
  articlesDir: string;
  file: string;
  /** Receives the one line saying why the fact base was rebuilt (default: stderr). */
  log?: (line: string) => void;
}

export async function ensureFactBase({ articlesDir, file, log = (line) => console.error(line) }: EnsureOptions): Promise<LoadedFactBase> {
  let reason: string;
  try {
    const facts = await loadFactBase(file);
    // Hashing the inputs is cheap next to a rebuild, and catches edits, additions and removals.
    if (facts.data.coverageHash === (await currentCoverageHash(articlesDir))) return facts;
    reason = `the articles in ${articlesDir} changed`;
  } catch (error) {
    if (!(error instanceof FactBaseError)) throw error;
    reason = `it ${error.problem}`;
  }
  const started = performance.now();
  const { factBase, skipped } = await buildFactBase(articlesDir);
  await saveFactBase(factBase, file);
  const ms = Math.round(performance.now() - started);
  const skippedNote = skipped.length > 0 ? `, ${skipped.length} file(s) skipped` : '';
  log(
    `Rebuilt fact base ${file} (${reason}): ${factBase.articles.length} articles, ${factBase.sentences.length} sentences${skippedNote}, ${ms} ms`,
  );
  return loadFactBase(file);
}
