// `npm run add`: brings articles into the article folder from web pages, RSS/Atom feeds, and
// local files or folders. Three phases, in this order for a reason:
//   1. expand: each input becomes items (a feed is fetched and read here, a folder listed);
//   2. prepare: each item is fetched and extracted, or read and validated, a few at a time —
//      the slow, independent part, where one failure must not stop the others;
//   3. commit: items are checked against the coverage and written one by one, in input order,
//      so two items that turn out to be one article (same canonical URL or text) are caught, and
//      file names and the report do not depend on which download finished first.
// Nothing is written for an item that fails anywhere; a written file is always complete.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleFileName, articleText, Coverage, urlKey, writeNewFile, type ArticleFields } from './article-file.js';
import { ARTICLE_EXTENSIONS, listArticleFiles } from './build.js';
import { readFeed, type FeedEntry } from './feed.js';
import { fetchText, httpUrl, IngestError, redactUrl, type FetchOptions } from './fetch-page.js';
import { inParallel } from './in-parallel.js';
import { pageToArticle, type ExtractOptions } from './page-to-article.js';
import { MAX_ARTICLE_BYTES, readArticleSource, UnreadableArticleError } from './read-article.js';

export interface AddOptions extends FetchOptions, ExtractOptions {
  articlesDir: string;
  /**
   * The build cache of the fact base built from `articlesDir` (`<out>.cache`): the files its last
   * build recorded as unchanged are compared by the keys it kept, not read again.
   */
  cacheDir?: string;
  /** Items fetched or read at once. Default 4. */
  concurrency?: number;
}

export interface AddRequest {
  /** URLs of pages, and paths of .txt/.md files or folders of them. */
  inputs: readonly string[];
  /** URLs of RSS or Atom feeds. */
  feeds?: readonly string[];
}

export type Outcome =
  | { status: 'added'; item: string; file: string }
  | { status: 'present'; item: string; file: string }
  | { status: 'skipped'; item: string; reason: string };

export interface AddReport {
  /** One per item, in input order (a feed's or folder's items in their order). */
  outcomes: Outcome[];
  /** Inputs named by the user that could not be used at all (a page or file skipped, a feed unreadable). */
  failedInputs: number;
}

/** An article ready to be written, with every URL it is known by. */
interface Prepared {
  fields: ArticleFields;
  body: string;
  /** What is written: the article text, or a local file's bytes as they are. */
  content: string | Uint8Array;
  /** File name wanted, relative to the article folder. */
  name: string;
  urls: string[];
}

interface Item {
  label: string;
  /** A failure of this item is a failure of a whole input (not one entry of a feed or folder). */
  isInput: boolean;
  /** Checked before any work: an item already in the coverage is not fetched again. */
  knownUrl: string | null;
  prepare: () => Promise<Prepared>;
}

type Slot = Item | Outcome;

const DEFAULT_CONCURRENCY = 4;
const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

export async function addArticles(request: AddRequest, options: AddOptions): Promise<AddReport> {
  const coverage = await Coverage.load(options.articlesDir, options.cacheDir);
  const slots: Slot[] = [];
  let failedInputs = 0;
  const fail = (item: string, reason: string): void => {
    slots.push({ status: 'skipped', item, reason });
    failedInputs += 1;
  };

  for (const feed of request.feeds ?? []) {
    try {
      slots.push(...(await feedItems(feed, options)));
    } catch (error) {
      fail(redactUrl(feed), reasonOf(error));
    }
  }
  for (const input of request.inputs) {
    try {
      slots.push(...(URL_LIKE.test(input) ? [pageItem(httpUrl(input).href, null, true, options)] : await localItems(input)));
    } catch (error) {
      fail(redactUrl(input), reasonOf(error));
    }
  }

  const prepared = await inParallel(slots, options.concurrency ?? DEFAULT_CONCURRENCY, async (slot) => {
    if ('status' in slot) return slot;
    const file = slot.knownUrl === null ? undefined : coverage.findUrl(slot.knownUrl);
    if (file !== undefined) return { status: 'present', item: slot.label, file } satisfies Outcome;
    try {
      return await slot.prepare();
    } catch (error) {
      if (slot.isInput) failedInputs += 1;
      return { status: 'skipped', item: slot.label, reason: reasonOf(error) } satisfies Outcome;
    }
  });

  const outcomes: Outcome[] = [];
  for (const [i, result] of prepared.entries()) {
    const slot = slots[i]!;
    const label = 'status' in slot ? slot.item : slot.label;
    if ('status' in result) {
      outcomes.push(result);
      continue;
    }
    const existing = result.urls.map((url) => coverage.findUrl(url)).find((f) => f !== undefined) ?? coverage.findText(result.body);
    if (existing !== undefined) {
      outcomes.push({ status: 'present', item: label, file: existing });
      continue;
    }
    const file = await writeNewFile(options.articlesDir, coverage.freeNames(result.name), result.content);
    coverage.remember(file, result.urls, result.body);
    outcomes.push({ status: 'added', item: label, file });
  }
  return { outcomes, failedInputs };
}

/** "added 2, already present 1, skipped 1 (HTTP 404 Not Found)". */
export function summaryLine({ outcomes }: AddReport): string {
  const count = (status: Outcome['status']): number => outcomes.filter((o) => o.status === status).length;
  const reasons = [...new Set(outcomes.flatMap((o) => (o.status === 'skipped' ? [o.reason] : [])))];
  const shown = reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} other reasons` : '');
  return `added ${count('added')}, already present ${count('present')}, skipped ${count('skipped')}${reasons.length > 0 ? ` (${shown})` : ''}`;
}

function pageItem(url: string, entry: FeedEntry | null, isInput: boolean, options: AddOptions): Item {
  return {
    label: url,
    isInput,
    knownUrl: url,
    prepare: async () => {
      const page = await fetchText(url, 'page', options);
      const article = pageToArticle(page.text, page.url, options);
      // The page's own metadata first; the feed's only fills what the page leaves out.
      const fields: ArticleFields = {
        title: article.title ?? entry?.title ?? null,
        publisher: article.publisher,
        published: article.published ?? entry?.published ?? null,
        url: article.url,
        author: article.author ?? entry?.author ?? null,
      };
      return {
        fields,
        body: article.body,
        content: articleText(fields, article.body),
        name: articleFileName(fields),
        urls: [...new Set([article.url, page.url, url])],
      };
    },
  };
}

async function feedItems(feedUrl: string, options: AddOptions): Promise<Slot[]> {
  const feed = await fetchText(httpUrl(feedUrl).href, 'feed', options);
  const entries = readFeed(feed.text, feed.url);
  const seen = new Set<string>();
  const slots: Slot[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry.url === null) {
      slots.push({ status: 'skipped', item: `${feedUrl} item ${i + 1}`, reason: 'feed item without an http(s) link' });
    } else if (!seen.has(urlKey(entry.url))) {
      seen.add(urlKey(entry.url));
      slots.push(pageItem(entry.url, entry, false, options));
    }
  }
  return slots;
}

/** A file becomes one item, a folder one per article file in it (sub-folders kept). */
async function localItems(input: string): Promise<Item[]> {
  const info = await stat(input).catch(() => null);
  if (info === null) throw new IngestError('no such file or folder');
  if (info.isDirectory()) {
    const files = await listArticleFiles(input);
    if (files.length === 0) throw new IngestError('no .txt or .md files in this folder');
    return files.map((file) => fileItem(path.join(input, file), file, false));
  }
  if (!ARTICLE_EXTENSIONS.includes(path.extname(input).toLowerCase())) {
    throw new IngestError(`not an article file (${ARTICLE_EXTENSIONS.join(' or ')})`);
  }
  return [fileItem(input, path.basename(input), true)];
}

function fileItem(file: string, name: string, isInput: boolean): Item {
  return {
    label: file,
    isInput,
    knownUrl: null,
    prepare: async () => {
      const { size } = await stat(file);
      if (size > MAX_ARTICLE_BYTES) throw new IngestError(`larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article`);
      const bytes = await readFile(file);
      const source = readArticleSource(name, bytes);
      // The build would keep the text and ignore broken front matter; an explicit add refuses it,
      // while the user can still fix it.
      const broken = source.warnings.find((w) => w.startsWith('malformed front matter'));
      if (broken !== undefined) throw new IngestError(`front matter does not parse: ${broken.replace(/^malformed front matter ignored /, '')}`);
      return {
        fields: source.stated,
        body: source.body,
        content: bytes,
        name,
        urls: source.stated.url === null ? [] : [source.stated.url],
      };
    },
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof IngestError || error instanceof UnreadableArticleError) return error.reason;
  // A bug or a page that trips a library: still only this item's failure, named as unexpected.
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message.split('\n')[0]}`;
}
