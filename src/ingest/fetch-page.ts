// Fetches one web resource for `npm run add`: http(s) only, redirects followed by hand (so a
// loop is named as a loop and every hop is checked), one deadline for the whole exchange, and the
// body streamed against a byte cap so an endless or huge response is cut off, not buffered.
// Every failure is an IngestError whose reason is one line a user can act on.

/** Why an input could not be added: one line, in words a user understands. */
export class IngestError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'IngestError';
  }
}

export interface FetchOptions {
  /** The whole exchange (every redirect and the body) must finish within this. Default 15 000 ms. */
  timeoutMs?: number;
  /** Bodies larger than this are refused (checked against Content-Length, then while streaming). Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
}

export const FETCH_DEFAULTS: Readonly<Required<FetchOptions>> = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

/** What is expected at the URL: an HTML page, or an RSS/Atom feed (XML of any declared type). */
export type ExpectedKind = 'page' | 'feed';

export interface FetchedText {
  /** The URL that answered, after redirects. */
  url: string;
  /** The media type the server declared ('' when none). */
  mediaType: string;
  text: string;
}

const USER_AGENT = 'coverage-bot/0.1 (npm run add)';
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/** Parses `raw` as an absolute http(s) URL, or throws an IngestError naming what is wrong. */
export function httpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new IngestError('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https URLs can be added, not ${url.protocol.replace(/:$/, '')}`);
  }
  // fetch refuses them anyway, and they would end up in messages and in the article's front matter.
  if (url.username !== '' || url.password !== '') throw new IngestError('URLs with a user name or password cannot be added');
  return url;
}

/** `raw` with any password in it masked, for messages (works on strings that do not parse, too). */
export function redactUrl(raw: string): string {
  return raw.replace(/^([a-z][a-z\d+.-]*:\/\/[^/?#@\s]*?:)[^/?#\s]*@/i, '$1***@');
}

/** `href` resolved against `base` when that gives an http(s) URL; null otherwise (a page's own links are not errors). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (href === null || href === undefined || href.trim() === '') return null;
  try {
    return httpUrl(href.trim(), base).href;
  } catch {
    return null;
  }
}

/** Fetches `raw` and returns its decoded text; throws IngestError for anything unusable. */
export async function fetchText(raw: string, expected: ExpectedKind, options: FetchOptions = {}): Promise<FetchedText> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const { response, url } = await followRedirects(httpUrl(raw), maxRedirects, controller.signal);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText === '' ? '' : ` ${response.statusText}`;
      throw new IngestError(`HTTP ${response.status}${text}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    refuseWrongType(mediaType, expected);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new IngestError(tooLarge(maxBytes));
    }
    const bytes = await readCapped(response, maxBytes, controller);
    if (bytes.includes(0)) throw new IngestError('binary response (contains NUL bytes), not text');
    if (mediaType === '' && expected === 'page' && !looksLikeHtml(bytes)) {
      throw new IngestError('not an HTML page (no content type, and the body is not HTML)');
    }
    return { url: url.href, mediaType, text: decode(bytes, contentType, expected) };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (controller.signal.aborted) throw new IngestError(`timed out after ${formatSeconds(timeoutMs)}`);
    throw new IngestError(`could not fetch: ${networkProblem(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(start: URL, maxRedirects: number, signal: AbortSignal): Promise<{ response: Response; url: URL }> {
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop += 1) {
    seen.add(url.href);
    const response = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5' },
    });
    if (!REDIRECTS.has(response.status)) return { response, url };
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (location === null) throw new IngestError(`HTTP ${response.status} redirect without a Location header`);
    const next = httpUrl(location, url.href);
    if (seen.has(next.href)) throw new IngestError(`redirect loop (${url.href} → ${next.href})`);
    if (hop >= maxRedirects) throw new IngestError(`too many redirects (more than ${maxRedirects})`);
    url = next;
  }
}

function refuseWrongType(mediaType: string, expected: ExpectedKind): void {
  if (mediaType === '') return;
  if (expected === 'page' && !HTML_TYPES.has(mediaType)) throw new IngestError(`not an HTML page (${mediaType})`);
  // Feeds are served under many types (application/rss+xml, text/xml, even text/plain): refuse
  // only what cannot be one; the parser judges the rest.
  if (expected === 'feed' && !/xml|^text\//.test(mediaType)) throw new IngestError(`not a feed (${mediaType})`);
}

async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      // Stop the download itself, not only our reading of it.
      controller.abort();
      throw new IngestError(tooLarge(maxBytes));
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:head|body)[\s>]/.test(head);
}

/** Decodes with the declared charset (header, then a <meta charset> near the top), UTF-8 otherwise. */
function decode(bytes: Uint8Array, contentType: string, expected: ExpectedKind): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    (expected === 'page' ? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] : /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]);
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is the web's default and the best remaining guess.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function tooLarge(maxBytes: number): string {
  return `response larger than the ${formatBytes(maxBytes)} limit`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

/** The useful part of a fetch failure: undici hides the system error ("ECONNREFUSED") in `cause`. */
function networkProblem(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return (code !== undefined && !message.includes(code) ? `${code} ${message}` : message).split('\n')[0]!;
}
