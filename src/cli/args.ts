// Command-line handling shared by `ask`, `repl` and `eval`: flags, and loading the fact base
// (the bundled default is rebuilt when missing or stale; a file the user names is only read).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFactBase } from '../factbase/lifecycle.js';
import { loadFactBase, type LoadedFactBase } from '../factbase/persist.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_ARTICLES_DIR = path.join(PROJECT_ROOT, 'data', 'articles');
export const DEFAULT_FACTBASE_FILE = path.join(PROJECT_ROOT, 'data', 'factbase.json');

/** Exit codes of every CLI here. */
export const EXIT = { ok: 0, usage: 1, factBase: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  json: boolean;
  help: boolean;
  factbase: string | undefined;
  /** `--chart FILE`: where to write the PNG chart of a chartable answer (/aid, /timeline). */
  chart: string | undefined;
  positional: string[];
}

/** Reads `--json`, `--help`, `--factbase FILE` / `--factbase=FILE`, `--chart FILE`; `--` ends the flags. */
export function parseArgs(argv: readonly string[], allowed: readonly ('json' | 'factbase' | 'chart')[]): CliArgs {
  const args: CliArgs = { json: false, help: false, factbase: undefined, chart: undefined, positional: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      args.positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--json' && allowed.includes('json')) args.json = true;
    else if ((arg === '--factbase' || arg.startsWith('--factbase=')) && allowed.includes('factbase')) {
      const value = arg === '--factbase' ? argv[(i += 1)] : arg.slice('--factbase='.length);
      if (value === undefined || value === '') throw new UsageError('--factbase needs a file name');
      args.factbase = value;
    } else if ((arg === '--chart' || arg.startsWith('--chart=')) && allowed.includes('chart')) {
      const value = arg === '--chart' ? argv[(i += 1)] : arg.slice('--chart='.length);
      if (value === undefined || value === '') throw new UsageError('--chart needs a file name');
      args.chart = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown flag ${arg}`);
    else args.positional.push(arg);
  }
  return args;
}

/**
 * The fact base to answer from: the named file as it is, or the bundled default, rebuilt
 * from data/articles first when missing or stale (the rebuild note goes to stderr).
 */
export function loadFacts(file: string | undefined): Promise<LoadedFactBase> {
  if (file !== undefined) return loadFactBase(file);
  return ensureFactBase({ articlesDir: DEFAULT_ARTICLES_DIR, file: DEFAULT_FACTBASE_FILE, log: (line) => console.error(line) });
}
