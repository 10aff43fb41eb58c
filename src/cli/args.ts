// Command-line handling shared by `ask`, `repl` and `eval`: flags, and loading the fact base
// through the one lifecycle (factbase/lifecycle.ts): the default file is rebuilt when missing or
// stale (incrementally, through its build cache); a file the user names (--factbase or
// FACTBASE_PATH) is only read, a stale one with a warning.
import { configuredFactBasePath } from '../config.js';
import { ensureFactBase, loadFailureText } from '../factbase/lifecycle.js';
import { resolveFactBase, type FactBaseLocation } from '../factbase/location.js';
import { incrementalBuilder } from '../ingest/update-factbase.js';
import type { LoadedFactBase } from '../factbase/persist.js';


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
  /** `--now YYYY-MM-DD`: the day the question is asked, for "yesterday" and "last week" (default: the clock). */
  now: Date | undefined;
  positional: string[];
}

/** Reads `--json`, `--help`, `--factbase FILE` / `--factbase=FILE`, `--chart FILE`, `--now DAY`; `--` ends the flags. */
export function parseArgs(argv: readonly string[], allowed: readonly ('json' | 'factbase' | 'chart' | 'now')[]): CliArgs {
  const args: CliArgs = { json: false, help: false, factbase: undefined, chart: undefined, now: undefined, positional: [] };
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
    } else if ((arg === '--now' || arg.startsWith('--now=')) && allowed.includes('now')) {
      const value = arg === '--now' ? argv[(i += 1)] : arg.slice('--now='.length);
      if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError('--now needs a day, YYYY-MM-DD');
      args.now = new Date(`${value}T12:00:00Z`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown flag ${arg}`);
    else args.positional.push(arg);
  }
  return args;
}

/**
 * The fact base to answer from: `--factbase FILE`, else FACTBASE_PATH, else the bundled default,
 * which is rebuilt from data/articles first when missing or stale (the note goes to stderr).
 */
export function loadFacts(file: string | undefined): Promise<LoadedFactBase> {
  const location = locate(file);
  return ensureFactBase(location, { ifStale: location.from === 'default' ? 'rebuild' : 'warn', builder: incrementalBuilder, log: (line) => console.error(line) });
}

const locate = (file: string | undefined): FactBaseLocation => resolveFactBase({ flag: file, configured: configuredFactBasePath() });

/** Why `loadFacts(file)` failed, in the words the bot uses too, naming the file in use. */
export function loadFailure(error: unknown, file: string | undefined): string {
  return loadFailureText(error, locate(file));
}
