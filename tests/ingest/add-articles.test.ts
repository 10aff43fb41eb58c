import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { addArticles, summaryLine, type AddOptions, type AddReport } from '../../src/ingest/add-articles.js';
import { articleFileName, Coverage, paragraphKeys, urlKey } from '../../src/ingest/article-file.js';
import { keysLine, readKeys } from '../../src/ingest/article-keys.js';
import { buildFactBase } from '../../src/ingest/build.js';
import { fileWorkVersion } from '../../src/ingest/build-version.js';
import { normaliseTypography } from '../../src/ingest/clean.js';
import { readArticleSource } from '../../src/ingest/read-article.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { useSuiteTempDirs, useTempDirs } from '../helpers/temp-dirs.js';
import {
  articlePage,
  BRIDGE_STORY,
  LIBRARY_STORY,
  MARKET_STORY,
  redirect,
  rssFeed,
  send,
  startServer,
  type TestServer,
} from '../helpers/web-server.js';

const FEED_ITEMS = [
  { title: 'Council votes to repair the old bridge', link: '/bridge', pubDate: 'Tue, 05 Mar 2024 09:00:00 GMT' },
  { title: 'Library to open on Sundays', link: '/library' },
  { title: 'A story that is gone', link: '/gone' },
];

const bridgePage = (canonical?: string): string =>
  articlePage({
    title: 'Council votes to repair the old bridge',
    siteName: 'Eastmere Gazette',
    publishedTime: '2024-03-05T09:00:00Z',
    author: 'Ruth Okafor',
    ...(canonical === undefined ? {} : { canonical }),
    paragraphs: BRIDGE_STORY,
  });

/** Every file under a folder, hidden ones included (a left-over temporary file must show). */
async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const statuses = (report: AddReport): string[] => report.outcomes.map((o) => o.status);

describe('addArticles', () => {
  let server: TestServer;
  let root: string;
  let articles: string;
  let options: AddOptions;

  beforeAll(async () => {
    server = await startServer({
      '/bridge': send(bridgePage('/news/bridge')),
      '/news/bridge': send(bridgePage('/news/bridge')),
      '/amp/bridge': send(bridgePage('/news/bridge')),
      '/copy-of-bridge': send(bridgePage()),
      '/library': send(articlePage({ title: 'Library to open on Sundays', publishedTime: '2024-06-03', paragraphs: LIBRARY_STORY })),
      '/market': send(articlePage({ title: 'Market traders agree new lease', publishedTime: '2024-06-04', paragraphs: MARKET_STORY })),
      // Another article under the same headline and date as /library.
      '/library-2': send(articlePage({ title: 'Library to open on Sundays', publishedTime: '2024-06-03', paragraphs: MARKET_STORY })),
      '/paywall': send(articlePage({ title: 'Exclusive', paragraphs: [BRIDGE_STORY[0]!, 'Subscribe to read the rest.'] })),
      '/gone': send('<html><body>Gone</body></html>', 'text/html', 404),
      '/error': send('<html><body>Error</body></html>', 'text/html', 502),
      '/image': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'),
      '/loop': redirect('/loop'),
      '/slow': () => undefined,
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body><p>${'word '.repeat(60_000)}</p></body></html>`);
      },
      '/not-a-feed.xml': send(bridgePage(), 'text/html'),
      '/broken-feed.xml': send('<?xml version="1.0"?><rss><channel><item><title>unclosed', 'application/xml'),
    });
    server.route('/feed.xml', send(rssFeed(server.url('/'), FEED_ITEMS), 'application/rss+xml'));
  });
  afterAll(() => server.close());

  const tempDir = useTempDirs('add-articles-');
  beforeEach(async () => {
    root = await tempDir();
    articles = path.join(root, 'articles');
    options = { articlesDir: articles, timeoutMs: 2_000, maxBytes: 200 * 1024 };
  });

  it('GIVEN a page URL THEN writes one .md named by date and headline, with front matter the build reads', async () => {
    const report = await addArticles({ inputs: [server.url('/bridge')] }, options);
    expect(report.outcomes).toEqual([
      { status: 'added', item: server.url('/bridge'), file: '2024-03-05-council-votes-to-repair-the-old-bridge.md' },
    ]);
    expect(report.failedInputs).toBe(0);
    expect(summaryLine(report)).toBe('added 1, already present 0, skipped 0');
    const bytes = await readFile(path.join(articles, '2024-03-05-council-votes-to-repair-the-old-bridge.md'));
    const source = readArticleSource('a.md', bytes);
    expect(source.warnings).toEqual([]);
    expect(source.stated).toEqual({
      title: 'Council votes to repair the old bridge',
      publisher: 'Eastmere Gazette',
      published: '2024-03-05',
      url: server.url('/news/bridge'),
      author: 'Ruth Okafor',
    });
    expect(source.body.trim().split('\n\n')).toEqual(BRIDGE_STORY);
  });

  it('GIVEN the same article again (same URL, another URL with the same canonical, or the same text) THEN does not add it twice', async () => {
    await addArticles({ inputs: [server.url('/bridge')] }, options);
    const before = server.hits.get('/news/bridge') ?? 0;
    const again = await addArticles(
      { inputs: [server.url('/news/bridge'), server.url('/amp/bridge'), server.url('/copy-of-bridge')] },
      options,
    );
    expect(again.outcomes.map((o) => [o.status, 'file' in o ? o.file : o.reason])).toEqual([
      ['present', '2024-03-05-council-votes-to-repair-the-old-bridge.md'],
      ['present', '2024-03-05-council-votes-to-repair-the-old-bridge.md'],
      ['present', '2024-03-05-council-votes-to-repair-the-old-bridge.md'],
    ]);
    // The canonical URL was known, so it was not even fetched again.
    expect(server.hits.get('/news/bridge') ?? 0).toBe(before);
    expect(await allFiles(articles)).toEqual(['2024-03-05-council-votes-to-repair-the-old-bridge.md']);
    expect(summaryLine(again)).toBe('added 0, already present 3, skipped 0');
  });

  it('GIVEN the same article twice in one run THEN adds it once', async () => {
    const report = await addArticles({ inputs: [server.url('/bridge'), server.url('/amp/bridge')] }, options);
    expect(statuses(report)).toEqual(['added', 'present']);
  });

  it('GIVEN two different articles under one headline and date THEN gives the second a numbered name', async () => {
    const report = await addArticles({ inputs: [server.url('/library'), server.url('/library-2')] }, options);
    expect(report.outcomes.map((o) => ('file' in o ? o.file : o.reason))).toEqual([
      '2024-06-03-library-to-open-on-sundays.md',
      '2024-06-03-library-to-open-on-sundays-2.md',
    ]);
  });

  it('GIVEN a bad page (404, 5xx, timeout, redirect loop, not HTML, oversized, paywall, bad scheme) THEN says why in one line each and writes nothing', async () => {
    const bad = ['/gone', '/error', '/slow', '/loop', '/image', '/huge', '/paywall'].map((p) => server.url(p));
    const report = await addArticles({ inputs: [...bad, 'ftp://127.0.0.1/file.html'] }, { ...options, timeoutMs: 500 });
    expect(report.outcomes.map((o) => (o.status === 'skipped' ? o.reason : o.status))).toEqual([
      'HTTP 404 Not Found',
      'HTTP 502 Bad Gateway',
      'timed out after 0.5 s',
      expect.stringMatching(/^redirect loop/),
      'not an HTML page (image/png)',
      'response larger than the 200 KiB limit',
      expect.stringMatching(/^too little article text/),
      'only http and https URLs can be added, not ftp',
    ]);
    expect(report.failedInputs).toBe(8);
    expect(await allFiles(articles)).toEqual([]);
    expect(summaryLine(report)).toMatch(/^added 0, already present 0, skipped 8 \(HTTP 404 Not Found; HTTP 502 Bad Gateway; timed out after 0\.5 s; and 5 other reasons\)$/);
  });

  it('GIVEN a URL with a password THEN refuses it without ever printing the password', async () => {
    const report = await addArticles({ inputs: [server.url('/bridge').replace('//', '//reader:hunter2@')], feeds: ['http://a:hunter2@[::1'] }, options);
    expect(JSON.stringify(report)).not.toContain('hunter2');
    expect(report.outcomes.map((o) => (o.status === 'skipped' ? o.reason : o.status))).toEqual([
      'not a valid URL',
      'URLs with a user name or password cannot be added',
    ]);
  });

  it('GIVEN a feed THEN adds its items, skips a failed one without stopping, and a re-run adds only what is new', async () => {
    const feed = server.url('/feed.xml');
    const first = await addArticles({ inputs: [], feeds: [feed] }, options);
    expect(first.outcomes.map((o) => (o.status === 'skipped' ? `skipped ${o.reason}` : `${o.status} ${o.file}`))).toEqual([
      'added 2024-03-05-council-votes-to-repair-the-old-bridge.md',
      'added 2024-06-03-library-to-open-on-sundays.md',
      'skipped HTTP 404 Not Found',
    ]);
    // A failed item of a feed is reported, but the feed itself was read.
    expect(first.failedInputs).toBe(0);

    const fetched = server.hits.get('/library');
    const second = await addArticles({ inputs: [], feeds: [feed] }, options);
    expect(statuses(second)).toEqual(['present', 'present', 'skipped']);
    expect(server.hits.get('/library')).toBe(fetched);

    server.route(
      '/feed.xml',
      send(
        rssFeed(server.url('/'), [
          { title: 'Market traders agree new lease', link: '/market' },
          { title: 'Library to open on Sundays', link: '/library' },
        ]),
        'application/atom+xml',
      ),
    );
    const third = await addArticles({ inputs: [], feeds: [feed] }, options);
    expect(statuses(third)).toEqual(['added', 'present']);
    expect(await allFiles(articles)).toEqual([
      '2024-03-05-council-votes-to-repair-the-old-bridge.md',
      '2024-06-03-library-to-open-on-sundays.md',
      '2024-06-04-market-traders-agree-new-lease.md',
    ]);
  });

  it('GIVEN an Atom feed THEN reads its entries and fills what the page leaves out from the entry', async () => {
    server.route(
      '/atom.xml',
      send(
        `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>urn:test</id><updated>2024-06-10T00:00:00Z</updated>
         <entry><title>Undated page</title><id>urn:1</id><link href="${server.url('/undated')}"/><updated>2024-06-09T12:00:00Z</updated><published>2024-06-08T12:00:00Z</published><author><name>Lee Park</name></author></entry></feed>`,
        'application/atom+xml',
      ),
    );
    server.route('/undated', send(`<html><body><article>${MARKET_STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`));
    const report = await addArticles({ inputs: [], feeds: [server.url('/atom.xml')] }, options);
    expect(report.outcomes).toEqual([{ status: 'added', item: server.url('/undated'), file: '2024-06-08-undated-page.md' }]);
    const source = readArticleSource('a.md', await readFile(path.join(articles, '2024-06-08-undated-page.md')));
    expect(source.stated).toMatchObject({ title: 'Undated page', published: '2024-06-08', author: 'Lee Park', publisher: null });
  });

  it('GIVEN something that is not a feed THEN says so and writes nothing', async () => {
    const report = await addArticles({ inputs: [], feeds: [server.url('/not-a-feed.xml'), server.url('/broken-feed.xml'), server.url('/gone')] }, options);
    expect(report.outcomes.map((o) => (o.status === 'skipped' ? o.reason : o.status))).toEqual([
      expect.stringMatching(/^not a readable RSS or Atom feed/),
      expect.stringMatching(/^not a readable RSS or Atom feed/),
      'HTTP 404 Not Found',
    ]);
    expect(report.failedInputs).toBe(3);
    expect(await allFiles(articles)).toEqual([]);
  });

  describe('local files and folders', () => {
    let source: string;
    beforeEach(async () => {
      source = path.join(root, 'incoming');
      await mkdir(path.join(source, '2024-06'), { recursive: true });
      await writeFile(path.join(source, 'bridge.md'), `---\ntitle: Bridge\nurl: ${server.url('/news/bridge')}\n---\n\n${BRIDGE_STORY.join('\n\n')}\n`);
      await writeFile(path.join(source, '2024-06', 'library.txt'), LIBRARY_STORY.join('\n\n'));
      await writeFile(path.join(source, 'notes.pdf'), '%PDF');
    });

    it('GIVEN a folder THEN copies its article files as they are, sub-folders kept', async () => {
      const report = await addArticles({ inputs: [source] }, options);
      expect(report.outcomes.map((o) => [o.status, 'file' in o ? o.file : o.reason])).toEqual([
        ['added', '2024-06/library.txt'],
        ['added', 'bridge.md'],
      ]);
      expect(await readFile(path.join(articles, 'bridge.md'))).toEqual(await readFile(path.join(source, 'bridge.md')));
      // Again, or the same article fetched from the web: already present.
      const again = await addArticles({ inputs: [source, server.url('/bridge')] }, options);
      expect(statuses(again)).toEqual(['present', 'present', 'present']);
    });

    it('GIVEN a text already present under another name THEN recognises it by its words', async () => {
      await addArticles({ inputs: [path.join(source, '2024-06', 'library.txt')] }, options);
      // Retyped: another case, straight quotes, hard-wrapped, a headline and a footer around it.
      const retyped = LIBRARY_STORY.map((p) => p.replace(/’/g, "'").toUpperCase().replace(/ (?=AND )/g, '\n'));
      await writeFile(path.join(root, 'renamed.md'), `# Library\n\nBy a reporter\n\n${retyped.join('\n\n')}\n\nShare this story\n`);
      expect(statuses(await addArticles({ inputs: [path.join(root, 'renamed.md')] }, options))).toEqual(['present']);
    });

    it('GIVEN two texts that share only some long paragraphs (boilerplate) THEN both are added', async () => {
      const boilerplate = MARKET_STORY.slice(0, 2);
      await writeFile(path.join(root, 'release-1.md'), [...BRIDGE_STORY.slice(0, 3), ...boilerplate].join('\n\n'));
      await writeFile(path.join(root, 'release-2.md'), [...LIBRARY_STORY.slice(0, 3), ...boilerplate].join('\n\n'));
      // The first again, with one paragraph cut: still the same article (4 of its 5 paragraphs).
      await writeFile(path.join(root, 'release-1-short.md'), [...BRIDGE_STORY.slice(0, 2), ...boilerplate].join('\n\n'));
      const inputs = ['release-1.md', 'release-2.md', 'release-1-short.md'].map((n) => path.join(root, n));
      expect(statuses(await addArticles({ inputs }, options))).toEqual(['added', 'added', 'present']);
    });

    it('GIVEN a file that is not usable THEN skips it with the reason and copies nothing', async () => {
      const bad = {
        'latin1.txt': Buffer.from('Caf\u00e9 society reopened its doors on the square.', 'latin1'),
        'binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]),
        'broken.md': Buffer.from('---\ntitle: [unclosed\n---\n\nSome text of the article.\n'),
        'empty.md': Buffer.from('  \n'),
      };
      for (const [name, bytes] of Object.entries(bad)) await writeFile(path.join(root, name), bytes);
      const inputs = [...Object.keys(bad), 'notes.pdf', 'missing.md'].map((n) => path.join(n === 'notes.pdf' ? source : root, n));
      const report = await addArticles({ inputs }, options);
      expect(report.outcomes.map((o) => (o.status === 'skipped' ? o.reason : o.status))).toEqual([
        'not valid UTF-8 text',
        'binary file (contains NUL bytes)',
        expect.stringMatching(/^front matter does not parse: \(/),
        'empty file',
        'not an article file (.txt or .md)',
        'no such file or folder',
      ]);
      expect(report.failedInputs).toBe(6);
      expect(await allFiles(articles)).toEqual([]);
    });
  });

  describe('with the build cache of the fact base', () => {
    let cacheDir: string;
    let keysFile: string;
    const retypedLibrary = (): string => LIBRARY_STORY.map((p) => p.toUpperCase().replace(/ (?=AND )/g, '\n')).join('\n\n');
    /** Builds with the cache as if the files had been left alone for a while (their stats are then recorded). */
    const build = async (): Promise<void> => {
      const now = Date.now();
      const clock = vi.spyOn(Date, 'now').mockImplementation(() => now + 60_000);
      try {
        await buildFactBase(articles, { cacheDir });
      } finally {
        clock.mockRestore();
      }
    };
    beforeEach(async () => {
      cacheDir = path.join(root, 'factbase.json.cache');
      keysFile = path.join(cacheDir, await fileWorkVersion(), 'article-keys.jsonl');
      await mkdir(path.join(articles, '2024-06'), { recursive: true });
      await writeFile(path.join(articles, 'bridge.md'), `---\ntitle: Bridge\nurl: ${server.url('/news/bridge')}\n---\n\n${BRIDGE_STORY.join('\n\n')}\n`);
      await writeFile(path.join(articles, '2024-06', 'library.txt'), LIBRARY_STORY.join('\n\n'));
      await writeFile(path.join(articles, 'unusable.md'), '  \n');
      await build();
    });

    it('GIVEN a built coverage THEN the build kept every file\'s keys, and add recognises its articles by them as by reading the files', async () => {
      const { records } = await readKeys(keysFile);
      expect([...records.keys()].sort()).toEqual(['2024-06/library.txt', 'bridge.md', 'unusable.md']);
      expect(records.get('bridge.md')?.keys).toEqual({ url: server.url('/news/bridge'), paragraphs: paragraphKeys(BRIDGE_STORY.join('\n\n')) });
      expect(records.get('unusable.md')?.keys).toBeNull();
      await writeFile(path.join(root, 'retyped.md'), retypedLibrary());
      await writeFile(path.join(root, 'market.md'), MARKET_STORY.join('\n\n'));
      const inputs = [server.url('/amp/bridge'), path.join(root, 'retyped.md'), path.join(root, 'market.md')];
      const withKeys = await addArticles({ inputs }, { ...options, articlesDir: articles, cacheDir });
      expect(withKeys.outcomes).toEqual([
        { status: 'present', item: server.url('/amp/bridge'), file: 'bridge.md' },
        { status: 'present', item: path.join(root, 'retyped.md'), file: '2024-06/library.txt' },
        { status: 'added', item: path.join(root, 'market.md'), file: 'market.md' },
      ]);
      // The same answers from the files themselves (no cache).
      await rm(path.join(articles, 'market.md'));
      expect((await addArticles({ inputs }, options)).outcomes).toEqual(withKeys.outcomes);
    });

    it('GIVEN files unchanged since the build THEN their kept keys are used; a changed file is read again', async () => {
      // A kept line says something the file does not: it is used while the file is unchanged.
      const { records } = await readKeys(keysFile);
      const library = records.get('2024-06/library.txt')!;
      await writeFile(keysFile, keysLine({ ...library, keys: { url: 'https://kept.example/only-in-the-keys', paragraphs: library.keys!.paragraphs } }), { flag: 'a' });
      const kept = await Coverage.load(articles, cacheDir);
      expect(kept.findUrl('https://kept.example/only-in-the-keys')).toBe('2024-06/library.txt');
      expect(kept.findText(retypedLibrary())).toBe('2024-06/library.txt');
      // Edited since the build: read again, so what it holds now counts, not what was kept.
      await writeFile(path.join(articles, '2024-06', 'library.txt'), MARKET_STORY.join('\n\n'));
      const read = await Coverage.load(articles, cacheDir);
      expect(read.findUrl('https://kept.example/only-in-the-keys')).toBeUndefined();
      expect(read.findText(retypedLibrary())).toBeUndefined();
      expect(read.findText(MARKET_STORY.join('\n\n'))).toBe('2024-06/library.txt');
      expect(read.findUrl(server.url('/news/bridge'))).toBe('bridge.md');
    });

    it('GIVEN the kept keys lost or damaged THEN the files are read, and their keys kept again', async () => {
      const lines = (await readFile(keysFile, 'utf8')).split('\n');
      // One line damaged (its CRC no longer matches), one cut short, the rest gone.
      await writeFile(keysFile, `${lines[0]!.replace(/"(?=,)/, 'x"')}\n${lines[1]!.slice(0, 30)}`);
      const coverage = await Coverage.load(articles, cacheDir);
      expect(coverage.findUrl(server.url('/bridge'))).toBeUndefined();
      expect(coverage.findUrl(server.url('/news/bridge'))).toBe('bridge.md');
      expect(coverage.findText(retypedLibrary())).toBe('2024-06/library.txt');
      expect([...(await readKeys(keysFile)).records.keys()].sort()).toEqual(['2024-06/library.txt', 'bridge.md', 'unusable.md']);
      await rm(keysFile);
      expect((await Coverage.load(articles, cacheDir)).findText(retypedLibrary())).toBe('2024-06/library.txt');
      expect((await readKeys(keysFile)).records.size).toBe(3);
    });

    it('GIVEN incremental builds THEN the keys of new and edited files are added, and a rewrite keeps only the files built', async () => {
      await writeFile(path.join(articles, 'market.md'), MARKET_STORY.join('\n\n'));
      await writeFile(path.join(articles, '2024-06', 'library.txt'), [...LIBRARY_STORY, MARKET_STORY[0]!].join('\n\n'));
      await build();
      const { records, lines } = await readKeys(keysFile);
      expect(lines).toBe(5);
      const hashOf = async (file: string): Promise<string> => createHash('sha256').update(await readFile(path.join(articles, file))).digest('hex');
      for (const file of ['market.md', '2024-06/library.txt']) expect(records.get(file)?.contentHash).toBe(await hashOf(file));
      // Most of the cache's lines are of files gone: everything is written again, keys included.
      await rm(path.join(articles, 'market.md'));
      await rm(path.join(articles, 'bridge.md'));
      await build();
      const rewritten = await readKeys(keysFile);
      expect(rewritten.lines).toBe(2);
      expect([...rewritten.records.keys()].sort()).toEqual(['2024-06/library.txt', 'unusable.md']);
      expect(rewritten.records.get('2024-06/library.txt')?.contentHash).toBe(await hashOf('2024-06/library.txt'));
    });
  });

  it('paragraphKeys: the same keys as splitting the text into blocks and matching its words with the patterns', () => {
    // The definition (blocks between blank lines, runs of letters and numbers), as the one pass must read it.
    const byPatterns = (body: string): string[] => {
      const paragraphs = normaliseTypography(body)
        .normalize('NFKC')
        .toLowerCase()
        .split(/\n\s*\n/)
        .map((block) => block.match(/[\p{L}\p{N}]+/gu) ?? [])
        .filter((words) => words.length > 0);
      const long = paragraphs.filter((words) => words.length >= 8);
      return [...new Set((long.length > 0 ? long : paragraphs).map((words) => createHash('sha256').update(words.join(' ')).digest('hex')))];
    };
    // Letters, numbers and spaces of several scripts, astral letters and lone surrogates, marks, soft hyphens, odd line ends.
    const pieces = ['word', 'Mot', 'ÉTÉ', 'ﬁ', 'ΣΑΣ', 'İ', '٣', '²', '𝐀', '😀', '\ud800', '\udc00', '\u0301', '\u00ad', '\u200b', ' ', '\u00a0', '\u3000', '\t', '\n', '\n\n', '\r', '\r\n', '\n \n', '\n\u2028\n', '-', '’', '…', '.', '9'];
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 2_000; round++) {
      const text = Array.from({ length: 1 + random(60) }, () => pieces[random(pieces.length)]!).join(random(2) === 0 ? '' : ' ');
      expect(paragraphKeys(text), JSON.stringify(text)).toEqual(byPatterns(text));
    }
    for (const story of [BRIDGE_STORY, LIBRARY_STORY, MARKET_STORY]) expect(paragraphKeys(story.join('\n\n'))).toEqual(byPatterns(story.join('\n\n')));
  });

  it('articleFileName and urlKey: readable, stable names; one identity per article URL', () => {
    const fields = { title: 'Zelenskyy’s “victory plan”: what’s in it?', publisher: null, published: null, url: null, author: null };
    expect(articleFileName(fields)).toBe('undated-zelenskyy-s-victory-plan-what-s-in-it.md');
    expect(articleFileName({ ...fields, title: null, url: 'https://x.example/news/2024/some-story.html' })).toBe('undated-some-story.md');
    expect(articleFileName({ ...fields, title: 'x'.repeat(200), published: '2024-01-02' })).toBe(`2024-01-02-${'x'.repeat(60)}.md`);
    expect(urlKey('https://www.example.org/a/b/?utm_source=rss&id=3#top')).toBe(urlKey('http://example.org/a/b?id=3'));
    expect(urlKey('https://example.org/a?id=3')).not.toBe(urlKey('https://example.org/a?id=4'));
  });
});

describe('npm run add', { timeout: 60_000 }, () => {
  let server: TestServer;
  let root: string;
  const tempDir = useSuiteTempDirs('add-cli-');
  beforeAll(async () => {
    server = await startServer({ '/bridge': send(bridgePage()), '/gone': send('', 'text/html', 404) });
    root = await tempDir();
  });
  afterAll(() => server.close());

  // execFile rejects on a non-zero exit with the same fields: either way, one shape to check.
  const run = (args: readonly string[]): Promise<{ code?: number | null; stdout: string; stderr: string }> =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli', 'add.ts'), ...args], {
      cwd: REPO_ROOT,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  it('GIVEN a good and a bad URL THEN adds one, names the other with its reason, prints one summary line and exits 1', async () => {
    const articles = path.join(root, 'articles');
    const result = await run(['--articles', articles, '--no-build', '--timeout', '5', server.url('/bridge'), server.url('/gone')]);
    expect(result.stdout).toBe('added 1, already present 0, skipped 1 (HTTP 404 Not Found)\n');
    const file = path.join(articles, '2024-03-05-council-votes-to-repair-the-old-bridge.md');
    expect(result.stderr).toBe(
      `added: ${file} (from ${server.url('/bridge')})\n` +
        `skipped: ${server.url('/gone')}: HTTP 404 Not Found\n`,
    );
    expect(result.code).toBe(1);
  });

  it('GIVEN one bad URL THEN says why in one line and writes nothing', async () => {
    const articles = path.join(root, 'one-bad');
    const result = await run(['--articles', articles, server.url('/gone')]);
    expect([result.stdout, result.stderr, result.code]).toEqual(['added 0, already present 0, skipped 1 (HTTP 404 Not Found)\n', '', 1]);
    expect(await allFiles(articles)).toEqual([]);
  });

  it('GIVEN bad usage THEN says so in one line and exits 1', async () => {
    const result = await run(['--timeout', 'soon', 'x.md']);
    expect(result.stderr).toMatch(/^add failed: --timeout must be a positive number of seconds, not "soon" \(usage: npm run add -- /);
    expect(result.code).toBe(1);
  });
});
