// npm run build:facts -- [--articles DIR] [--out FILE] [--no-cache]
// Builds the fact base from the article folder and writes it atomically. Incremental: files
// already processed (same path, same content, same builder) come from `<out>.cache/`, which
// --no-cache neither reads nor writes; the result is the same either way. Warnings and skipped
// files go to stderr, the one-line summary to stdout; on failure one line to stderr, exit 1.
// When the file is already what the build would write (current-factbase.ts), it says so and
// leaves it; --no-cache always builds.
// The file is the one the bot follows (--out, else FACTBASE_PATH, else data/factbase.json): a
// running bot swaps the new fact base in by itself.
// On Linux it runs in a child process with huge pages for its buffers (huge-pages.ts): the
// modules below are loaded only where it runs.
import { parseArgs } from 'node:util';
import type { CurrentCounts } from '../ingest/current-factbase.js';
import { ranWithHugePages } from './huge-pages.js';

const USAGE = 'usage: npm run build:facts -- [--articles DIR] [--out FILE] [--no-cache]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (await ranWithHugePages()) return;
  const [{ configuredFactBasePath }, { DEFAULT_ARTICLES_DIR, resolveFactBase, shownPath }, { buildFactBase, cacheDirOf }, { checkFactBase }, { saveFactBase }, { summariseProblems }] = await Promise.all([
    import('../config.js'),
    import('../factbase/location.js'),
    import('../ingest/build.js'),
    import('../ingest/current-factbase.js'),
    import('../factbase/persist.js'),
    import('./problems.js'),
  ]);
  const location = resolveFactBase({ flag: values.out, configured: configuredFactBasePath(), articlesDir: values.articles });
  const articlesDir = location.articlesDir ?? DEFAULT_ARTICLES_DIR;
  const out = location.file;

  const started = performance.now();
  const { current, check } = values['no-cache'] ? { current: null, check: null } : await checkFactBase(articlesDir, out);
  if (current !== null) {
    console.log(`${shownPath(out)} is up to date (built from these articles by this code): ${countsText(current)}; checked in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  const { factBase, sentenceCount, aidCount, eventCount, prepared, warnings, skipped, cache } = await buildFactBase(articlesDir, values['no-cache'] ? {} : { cacheDir: cacheDirOf(out), ...(check === null ? {} : { checked: check }) });
  for (const line of summariseProblems('skipped', skipped.map(({ file, reason }) => `${file}: ${reason}`))) console.error(line);
  for (const line of summariseProblems('warning', [...(cache?.problems ?? []), ...warnings])) console.error(line);
  if (cache !== null) console.error(`build cache: ${cache.computed} file(s) processed, ${cache.reused} reused`);
  await saveFactBase(factBase, out, prepared);
  const ms = Math.round(performance.now() - started);

  const { articles, people, quotes } = factBase;
  const counts = { articles: articles.length, sentences: sentenceCount, people: people.length, aid: aidCount, events: eventCount, quotes: quotes.length };
  console.log(`${shownPath(out)}: ${countsText(counts)} (${skipped.length} skipped) in ${ms} ms`);
}

const countsText = ({ articles, sentences, people, aid, events, quotes }: CurrentCounts): string =>
  `${articles} articles, ${sentences} sentences, ${people} people, ${aid} aid facts, ${events} events, ${quotes} quotes`;

main().catch((error: unknown) => {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const badArguments = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  console.error(`build:facts failed: ${message}${badArguments ? ` (${USAGE})` : ''}`);
  process.exitCode = 1;
});
