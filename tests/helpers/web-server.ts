// A small web server on 127.0.0.1 (ephemeral port) for the ingest tests: each path answers with
// a handler the test gives, and every request is counted, so a test can tell what was fetched.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** Absolute URL of a path on this server. */
  url(pathname: string): string;
  /** Sets (or replaces) what a path answers. */
  route(pathname: string, handler: Handler): void;
  /** How many times each path was requested. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(pathname, (hits.get(pathname) ?? 0) + 1);
    const handler = table.get(pathname);
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    route: (pathname, handler) => table.set(pathname, handler),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };

export const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

export interface PageSpec {
  title: string;
  paragraphs: readonly string[];
  /** Open Graph site name. */
  siteName?: string;
  /** article:published_time (any ISO form). */
  publishedTime?: string;
  author?: string;
  /** <link rel="canonical">, as written (may be relative). */
  canonical?: string;
  /** Extra markup in <head>. */
  head?: string;
}

/** An article page with the usual furniture around the text: navigation, share links, footer. */
export function articlePage(spec: PageSpec): string {
  const meta = [
    `<meta property="og:title" content="${spec.title}">`,
    spec.siteName === undefined ? '' : `<meta property="og:site_name" content="${spec.siteName}">`,
    spec.publishedTime === undefined ? '' : `<meta property="article:published_time" content="${spec.publishedTime}">`,
    spec.author === undefined ? '' : `<meta name="author" content="${spec.author}">`,
    spec.canonical === undefined ? '' : `<link rel="canonical" href="${spec.canonical}">`,
    spec.head ?? '',
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${spec.title} | ${spec.siteName ?? 'Site'}</title>
${meta}
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<main><article>
<h1>${spec.title}</h1>
${spec.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="share"><a href="/share">Share this story</a></aside>
</main>
<footer><p>All rights reserved.</p></footer>
</body></html>`;
}

/** Made-up local news, long enough to count as an article. */
export const BRIDGE_STORY = [
  'The Eastmere town council voted on Tuesday to repair the old stone bridge over the River Lune, ending two years of debate about whether the crossing should be closed for good.',
  'Councillors approved a budget of 1.2 million pounds for the work, which will strengthen the arches, replace the worn paving and add a footpath on the northern side of the span.',
  'The bridge has carried only pedestrians and cyclists since an engineering survey found cracks in two of its five arches, forcing drivers onto a detour of more than six miles.',
  'Work is expected to begin in the spring and to take about eight months, the council said, with the crossing reopening to light traffic before the end of next year.',
  'Residents who attended the meeting welcomed the decision, although several asked the council to publish a timetable so that local shops could plan for the disruption.',
];

export const LIBRARY_STORY = [
  'The public library in Harrowby will open on Sundays from next month after the county agreed to fund two additional staff posts for a trial period of one year.',
  'Librarians said demand for weekend opening had grown steadily, with students and families asking for a quiet place to read and study when schools are closed.',
  'The trial will also extend the hours of the children’s reading room, which will host story sessions every Sunday morning and a homework club in the afternoon.',
  'A review of visitor numbers at the end of the year will decide whether the Sunday hours continue, the county’s culture committee said in a statement on Monday.',
];

export const MARKET_STORY = [
  'Traders at the Wellbrook covered market have agreed a new lease with the borough that keeps rents frozen for three years while the roof of the Victorian hall is replaced.',
  'The roof has leaked for several winters, and two stalls at the eastern end of the hall have been closed since a section of glazing fell during a storm last autumn.',
  'Under the agreement the borough will pay for the repairs and move the affected traders to temporary stalls in the square outside while the scaffolding is in place.',
  'The market’s traders’ association said the deal was a relief for its members, many of whom have run their stalls for decades and feared the hall would be sold.',
];

/** An RSS 2.0 feed; relative item links resolve against `site` (the channel's link). */
export function rssFeed(site: string, items: readonly { title: string; link: string; pubDate?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>${site}</link><description>Made-up news</description>
${items
  .map(
    (item) =>
      `<item><title>${item.title}</title><link>${item.link}</link>${item.pubDate === undefined ? '' : `<pubDate>${item.pubDate}</pubDate>`}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}
