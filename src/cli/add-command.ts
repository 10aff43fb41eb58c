// npm run add -- [--feed URL]... [--articles DIR] [--out FILE] [--timeout SECONDS] [--no-build] <url|file|folder>...
// Adds articles to the coverage from web pages, RSS/Atom feeds and local files, then rebuilds the
// fact base when something was added. One line per added or skipped item goes to stderr, the
// one-line summary to stdout. Exit 1 when an input named here could not be used (an entry of a
// feed or folder that fails is reported but does not fail the run), or on bad usage.
// Loaded by add.ts where the command runs (in its child with huge pages on Linux).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addArticles, summaryLine } from '../ingest/add-articles.js';
import { FETCH_DEFAULTS } from '../ingest/fetch-page.js';
import { updateFactBase } from '../ingest/update-factbase.js';
import { cacheDirOf } from '../ingest/build.js';
import { configuredFactBasePath } from '../config.js';
import { DEFAULT_ARTICLES_DIR, resolveFactBase, shownPath } from '../factbase/location.js';
import { EXIT, UsageError } from './args.js';
import { summariseProblems } from './problems.js';

const USAGE =
  'usage: npm run add -- [--feed URL]... [--articles DIR] [--out FILE] [--timeout SECONDS] [--no-build] <url|file|folder>...';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      feed: { type: 'string', multiple: true, default: [] },
      articles: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string', default: String(FETCH_DEFAULTS.timeoutMs / 1000) },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0 && values.feed.length === 0) throw new UsageError('nothing to add');
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new UsageError(`--timeout must be a positive number of seconds, not "${values.timeout}"`);
  // The fact base the bot follows (--out, else FACTBASE_PATH, else data/factbase.json), and its articles.
  const location = resolveFactBase({ flag: values.out, configured: configuredFactBasePath(), articlesDir: values.articles });
  const articlesDir = location.articlesDir ?? DEFAULT_ARTICLES_DIR;
  const out = location.file;

  const report = await addArticles(
    { inputs: positionals, feeds: values.feed },
    { articlesDir, cacheDir: cacheDirOf(out), timeoutMs: Math.round(timeoutSeconds * 1000) },
  );
  const shown = (file: string): string => shownPath(path.join(articlesDir, file));
  for (const outcome of report.outcomes) {
    if (outcome.status === 'added') console.error(`added: ${shown(outcome.file)} (from ${outcome.item})`);
  }
  // With one item the summary's reason is the whole story; with more, say which item failed.
  const skipped = report.outcomes.flatMap((o) => (o.status === 'skipped' ? [`${o.item}: ${o.reason}`] : []));
  if (report.outcomes.length > 1) for (const line of summariseProblems('skipped', skipped)) console.error(line);
  console.log(summaryLine(report));

  if (!values['no-build'] && report.outcomes.some((o) => o.status === 'added')) {
    console.error(`Rebuilt fact base ${shownPath(out)}: ${await updateFactBase(articlesDir, out)}`);
  }
  if (report.failedInputs > 0) process.exitCode = EXIT.usage;
}

main().catch((error: unknown) => {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const badArguments =
    error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  console.error(`add failed: ${message}${badArguments ? ` (${USAGE})` : ''}`);
  process.exitCode = EXIT.usage;
});
