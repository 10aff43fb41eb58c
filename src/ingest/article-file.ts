// The article folder as `npm run add` sees it: which URLs and texts it already holds (so the same
// article is never added twice), the readable file name a new article gets, the file's text
// (YAML front matter + Markdown body), and writing it so that no reader ever sees half a file.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import anyAscii from 'any-ascii';
import { stringify as toYaml } from 'yaml';
import { listArticleFiles, NoArticlesError } from './build.js';
import { BuildCache } from './build-cache.js';
import { appendKeys, keysOfSource, paragraphKeys, type ArticleKeys, type KeysRecord } from './article-keys.js';
import { checkFiles } from './file-stats.js';
import { readArticleSource, sha256, UnreadableArticleError } from './read-article.js';

export { paragraphKeys } from './article-keys.js';

/** The front-matter fields of an article file (see the README's "Adding coverage"). */
export interface ArticleFields {
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
}

// Query parameters that only say how a reader arrived: the same article with or without them.
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|at_\w+)$/i;

/**
 * The identity of an article URL: scheme, "www.", fragment, a trailing slash and tracking
 * parameters do not make a different article.
 */
export function urlKey(raw: string): string {
  try {
    const url = new URL(raw);
    for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
    return `${url.host.replace(/^www\./, '')}${pathname}${url.search}`;
  } catch {
    return raw.trim();
  }
}

/** Share of paragraphs two texts must have in common to be one article. */
const SAME_TEXT_SHARE = 0.8;

/** What the article folder already holds. */
export class Coverage {
  private readonly urls = new Map<string, string>();
  /** Paragraph key → the files holding that paragraph; file → how many paragraph keys it has. */
  private readonly paragraphs = new Map<string, string[]>();
  private readonly paragraphCounts = new Map<string, number>();
  private readonly names = new Set<string>();

  private constructor(readonly dir: string) {}

  /**
   * What every article file under `dir` holds (a missing folder is an empty coverage). With the
   * build cache `cacheDir`, a file the last build recorded as unchanged is known by the keys that
   * build kept for it (article-keys.ts); only the others are read. Either way a file gives the
   * same keys, so an article is recognised exactly as when every file is read.
   */
  static async load(dir: string, cacheDir?: string): Promise<Coverage> {
    const coverage = new Coverage(dir);
    let files: string[];
    try {
      files = await listArticleFiles(dir);
    } catch (error) {
      if (error instanceof NoArticlesError) return coverage;
      throw error;
    }
    const kept = cacheDir === undefined ? null : await BuildCache.recordedArticleKeys(cacheDir);
    const checked = kept === null ? null : await checkFiles(dir, files, kept.stats, false);
    // Files unchanged since the last build whose keys it did not keep (a lost keys file): kept now.
    const missing: KeysRecord[] = [];
    for (const [i, file] of files.entries()) {
      coverage.names.add(file.toLowerCase());
      const contentHash = checked?.[i]?.contentHash ?? null;
      const record = contentHash === null ? undefined : kept!.records.get(file);
      let keys: ArticleKeys;
      if (record !== undefined && record.contentHash === contentHash) keys = record.keys;
      else {
        const bytes = await readFile(path.join(dir, file));
        try {
          keys = keysOfSource(readArticleSource(file, bytes));
        } catch (error) {
          // The build names unreadable files; here they simply hold nothing to compare against.
          if (!(error instanceof UnreadableArticleError)) throw error;
          keys = null;
        }
        if (contentHash !== null && sha256(bytes) === contentHash) missing.push({ file, contentHash, keys });
      }
      if (keys !== null) coverage.#rememberKeys(file, keys.url === null ? [] : [keys.url], keys.paragraphs);
    }
    // Best effort: without them the next run reads those files again.
    if (kept !== null && missing.length > 0) await appendKeys(kept.file, missing).catch(() => undefined);
    return coverage;
  }

  /** The file already holding this URL, if any. */
  findUrl(url: string): string | undefined {
    return this.urls.get(urlKey(url));
  }

  /**
   * The file already holding this text, if any: one that shares at least 80% of the paragraphs
   * of the longer of the two. A copy saved by hand with its headline, byline and a footer is the
   * same article; two press releases that share their boilerplate paragraphs are not.
   */
  findText(body: string): string | undefined {
    const keys = paragraphKeys(body);
    const shared = new Map<string, number>();
    for (const key of keys) for (const file of this.paragraphs.get(key) ?? []) shared.set(file, (shared.get(file) ?? 0) + 1);
    let best: [file: string, count: number] | undefined;
    for (const [file, count] of shared) {
      const needed = SAME_TEXT_SHARE * Math.max(keys.length, this.paragraphCounts.get(file) ?? 0);
      if (count >= needed && (best === undefined || count > best[1])) best = [file, count];
    }
    return best?.[0];
  }

  remember(file: string, urls: readonly string[], body: string): void {
    this.#rememberKeys(file, urls, paragraphKeys(body));
  }

  #rememberKeys(file: string, urls: readonly string[], keys: readonly string[]): void {
    this.names.add(file.toLowerCase());
    for (const url of urls) if (!this.urls.has(urlKey(url))) this.urls.set(urlKey(url), file);
    this.paragraphCounts.set(file, keys.length);
    for (const key of keys) {
      const files = this.paragraphs.get(key);
      if (files === undefined) this.paragraphs.set(key, [file]);
      else files.push(file);
    }
  }

  /** `wanted` ('/'-separated, relative), then it with "-2", "-3", … before the extension, skipping names in use. */
  *freeNames(wanted: string): Generator<string, never> {
    const extension = path.posix.extname(wanted);
    const stem = wanted.slice(0, wanted.length - extension.length);
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? wanted : `${stem}-${n}${extension}`;
      if (!this.names.has(candidate.toLowerCase())) yield candidate;
    }
  }
}

const MAX_SLUG = 60;

/** "2024-03-05-council-votes-to-repair-the-old-bridge.md"; "undated-…" when no date is stated. */
export function articleFileName(fields: ArticleFields): string {
  return `${fields.published ?? 'undated'}-${slug(fields.title ?? '') || slug(lastPathSegment(fields.url)) || 'article'}.md`;
}

function slug(text: string): string {
  const words = anyAscii(text).toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let out = '';
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > MAX_SLUG) return out === '' ? word.slice(0, MAX_SLUG) : out;
    out = next;
  }
  return out;
}

function lastPathSegment(url: string | null): string {
  if (url === null) return '';
  try {
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    return decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.[a-z0-9]+$/i, '');
  } catch {
    return '';
  }
}

/** The file's text: front matter with the fields that are known, a blank line, the body. */
export function articleText(fields: ArticleFields, body: string): string {
  const known = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  const frontMatter = Object.keys(known).length > 0 ? `---\n${toYaml(known, { lineWidth: 0 })}---\n\n` : '';
  return `${frontMatter}${body.trim()}\n`;
}

/**
 * Writes `content` under the first of `names` (relative to `dir`, all in one folder) that is free,
 * without ever exposing a partial file and without replacing a file that appeared meanwhile: the
 * text goes to a hidden temporary file (which the build ignores), is synced, then hard-linked to
 * its name, which fails rather than overwrites. Returns the name used.
 */
export async function writeNewFile(dir: string, names: Iterator<string>, content: string | Uint8Array): Promise<string> {
  let next = names.next();
  if (next.done === true) throw new Error('writeNewFile: no name to write to');
  const folder = path.dirname(path.join(dir, next.value));
  await mkdir(folder, { recursive: true });
  const temp = path.join(folder, `.${path.basename(next.value)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    for (; next.done !== true; next = names.next()) {
      const target = path.join(dir, next.value);
      try {
        await link(temp, target);
        return next.value;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (await exists(target))) continue;
        // A file system without hard links: rename is atomic too, only not exclusive.
        await rename(temp, target);
        return next.value;
      }
    }
    throw new Error('writeNewFile: every name is taken');
  } finally {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
