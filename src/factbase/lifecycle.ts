// The one fact-base lifecycle of the bot and every CLI: open the file `location.ts` resolved,
// check it against the articles it was built from and the code that built it, and when it is
// missing, unreadable or stale either rebuild it (the REPL and `ask` on a fresh clone, or after
// a code update) or explain, in the same words everywhere and naming the file in use. The running
// bot then follows rebuilds through live.ts. Building is the ingest side's job: callers pass it
// in (`Builder`), so the fact base does not depend on the build.
import { describeError } from '../logger.js';
import { rebuildCommand, shownPath, type FactBaseLocation } from './location.js';
import { FactBaseError, loadFactBase } from './persist.js';
import type { LoadedFactBase } from './persist.js';
import type { StoredFactBase } from './file-decode.js';

/**
 * What to do with a fact base that is missing, unreadable or stale:
 * - `rebuild` it from its articles (when the articles folder is known) and say so in one line;
 * - `warn`: use a stale one as it is, saying it is stale (a missing or unreadable one is an error);
 * - `refuse` anything but a current one.
 */
export type StalePolicy = 'rebuild' | 'warn' | 'refuse';

/** What the lifecycle needs of the build (ingest/update-factbase.ts provides it). */
export interface Builder {
  /** The coverage hash a build of `articlesDir` as it is now into `file` would record. */
  coverageHash(articlesDir: string, file: string): Promise<string>;
  /** The builder's version a build now would record (ingest/build-version.ts). */
  builderVersion(): Promise<string>;
  /** Rebuilds `file` from `articlesDir` (atomically); one line saying what it holds. */
  rebuild(articlesDir: string, file: string): Promise<string>;
}

export interface EnsureOptions {
  readonly ifStale: StalePolicy;
  readonly builder: Builder;
  /** Receives the one line saying why the fact base was rebuilt, or that it is stale (default: stderr). */
  readonly log?: (line: string) => void;
}

/**
 * Why a fact base is stale, or null when it is current: the article files in `articlesDir` (when
 * known) are not the ones it was built from, or the code that built it is not this code (its
 * builder's version differs, or it records none: it was built before versions were recorded).
 */
async function staleProblem(data: StoredFactBase, file: string, articlesDir: string | undefined, builder: Builder): Promise<string | null> {
  const changed: string[] = [];
  // Hashing the inputs is cheap next to a rebuild, and catches edits, additions and removals.
  if (articlesDir !== undefined && data.coverageHash !== (await builder.coverageHash(articlesDir, file))) changed.push(`the articles in ${articlesDir}`);
  if (data.builderVersion !== (await builder.builderVersion())) changed.push("the builder's code");
  return changed.length === 0 ? null : `is stale: ${changed.join(' and ')} changed since it was built`;
}

export async function ensureFactBase(location: FactBaseLocation, { ifStale, builder, log = (line) => console.error(line) }: EnsureOptions): Promise<LoadedFactBase> {
  const { file, articlesDir } = location;
  let problem: FactBaseError;
  try {
    const facts = await loadFactBase(file);
    const stale = await staleProblem(facts.data, file, articlesDir, builder);
    if (stale === null) return facts;
    problem = new FactBaseError(file, stale, articlesDir);
    if (ifStale === 'warn') {
      log(problem.message);
      return facts;
    }
  } catch (error) {
    if (!(error instanceof FactBaseError)) throw error;
    problem = error;
  }
  if (ifStale !== 'rebuild' || articlesDir === undefined) throw problem;

  const summary = await builder.rebuild(articlesDir, file);
  // The problem in its own words: "Rebuilt fact base data/factbase.json (it is stale: …)".
  log(`Rebuilt fact base ${shownPath(file)} (it ${problem.problem}): ${summary}`);
  return loadFactBase(file);
}

/**
 * Why the fact base at `location` could not be loaded, in the one line the bot and every CLI
 * show: a FactBaseError says it itself; any other failure (a missing articles folder, an
 * unreadable file) gets the command that rebuilds the file in use.
 */
export function loadFailureText(error: unknown, location: FactBaseLocation): string {
  if (error instanceof FactBaseError) return error.message;
  return `Could not load the fact base: ${describeError(error)}. Rebuild it with: ${rebuildCommand(location.file, location.articlesDir)}`;
}
