// Where the fact base lives, decided once for the bot and every CLI: a file the user names (a
// flag), else FACTBASE_PATH, else data/factbase.json in this checkout. Its articles are the
// folder the user names, else `articles/` beside the file when there is one (the bundled
// layout). The words that tell a user how to rebuild it name that file and that folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_ARTICLES_DIR = path.join(PROJECT_ROOT, 'data', 'articles');
export const DEFAULT_FACTBASE_FILE = path.join(PROJECT_ROOT, 'data', 'factbase.json');

export interface FactBaseLocation {
  /** Absolute path of the fact-base file. */
  readonly file: string;
  /** Absolute path of the articles it is built from, when known. */
  readonly articlesDir: string | undefined;
  /** Where `file` came from: named on the command line, FACTBASE_PATH, or the default. */
  readonly from: 'flag' | 'FACTBASE_PATH' | 'default';
}

export interface LocationInput {
  /** `--factbase` / `--out`, as typed (relative to the working directory). */
  readonly flag?: string | undefined;
  /** FACTBASE_PATH from the configuration. */
  readonly configured?: string | undefined;
  /** `--articles`, as typed. */
  readonly articlesDir?: string | undefined;
}

export function resolveFactBase({ flag, configured, articlesDir }: LocationInput = {}): FactBaseLocation {
  const from = flag !== undefined ? 'flag' : configured !== undefined ? 'FACTBASE_PATH' : 'default';
  const file = path.resolve(flag ?? configured ?? DEFAULT_FACTBASE_FILE);
  if (articlesDir !== undefined) return { file, articlesDir: path.resolve(articlesDir), from };
  const beside = path.join(path.dirname(file), 'articles');
  return { file, articlesDir: existsSync(beside) ? beside : undefined, from };
}

/** The command that rebuilds `file` (from `articlesDir`), with only the flags that differ from the defaults. */
export function rebuildCommand(file: string, articlesDir?: string): string {
  const flags: string[] = [];
  if (articlesDir !== undefined && path.resolve(articlesDir) !== DEFAULT_ARTICLES_DIR) flags.push(`--articles ${shownPath(articlesDir)}`);
  if (path.resolve(file) !== DEFAULT_FACTBASE_FILE) flags.push(`--out ${shownPath(file)}`);
  return flags.length === 0 ? 'npm run build:facts' : `npm run build:facts -- ${flags.join(' ')}`;
}

/**
 * A path inside this checkout relative to it, any other absolute: `npm run` runs every script
 * at the checkout's root, so that is how a path in a pasted command is read.
 */
export function shownPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(PROJECT_ROOT, absolute);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  // A path with a space is pasted into a shell: quote it.
  return /\s/.test(shown) ? `'${shown.replaceAll("'", "'\\''")}'` : shown;
}
