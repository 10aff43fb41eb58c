import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText, IngestError } from '../../src/ingest/fetch-page.js';
import { articlePage, BRIDGE_STORY, redirect, send, startServer, type TestServer } from '../helpers/web-server.js';

const PAGE = articlePage({ title: 'Council votes to repair the old bridge', paragraphs: BRIDGE_STORY });

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error.reason;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('fetchText', () => {
  let server: TestServer;
  let streamedBytes = 0;
  beforeAll(async () => {
    server = await startServer({
      '/article': send(PAGE),
      '/moved': redirect('/article', 301),
      '/hop-1': redirect('/hop-2'),
      '/hop-2': redirect('/hop-3'),
      '/hop-3': redirect('/article'),
      '/loop-a': redirect('/loop-b'),
      '/loop-b': redirect('/loop-a'),
      '/to-ftp': redirect('ftp://127.0.0.1/file'),
      '/gone': send('<html><body>Gone</body></html>', 'text/html', 404),
      '/broken': send('<html><body>Oops</body></html>', 'text/html', 500),
      '/unavailable': send('', 'text/html', 503),
      '/pdf': send(Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'application/pdf'),
      '/json': send('{"title":"not a page"}', 'application/json'),
      '/png-as-html': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'text/html'),
      '/untyped-html': (_req, res) => {
        res.removeHeader('content-type');
        res.end(PAGE);
      },
      '/untyped-text': (_req, res) => res.end('just some words, no markup'),
      '/latin1': send(Buffer.from('<html><body><p>Caf\u00e9 r\u00e9opened</p></body></html>', 'latin1'), 'text/html; charset=windows-1252'),
      '/meta-charset': send(
        Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Na\u00efve</p></body></html>', 'latin1'),
        'text/html',
      ),
      '/hang': () => undefined, // never answers
      '/trickle': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>start');
        // …and never ends
      },
      '/declared-huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
      },
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(16 * 1024, 'a');
        const pump = (): void => {
          // Bounded, so a client that never stops reading still ends the test.
          while (streamedBytes < 8 * 1024 * 1024) {
            streamedBytes += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        pump();
      },
    });
  });
  afterAll(() => server.close());

  it('GIVEN an HTML page THEN returns its text and the address that answered', async () => {
    const fetched = await fetchText(server.url('/article'), 'page');
    expect(fetched).toMatchObject({ url: server.url('/article'), mediaType: 'text/html' });
    expect(fetched.text).toContain('River Lune');
  });

  it('GIVEN redirects within the cap THEN follows them and reports the final address', async () => {
    expect((await fetchText(server.url('/moved'), 'page')).url).toBe(server.url('/article'));
    expect((await fetchText(server.url('/hop-1'), 'page', { maxRedirects: 3 })).url).toBe(server.url('/article'));
  });

  it('GIVEN more redirects than the cap THEN refuses', async () => {
    expect(await reason(fetchText(server.url('/hop-1'), 'page', { maxRedirects: 2 }))).toBe('too many redirects (more than 2)');
  });

  it('GIVEN a redirect loop THEN names it as a loop', async () => {
    expect(await reason(fetchText(server.url('/loop-a'), 'page'))).toMatch(/^redirect loop \(.*\/loop-b → .*\/loop-a\)$/);
  });

  it('GIVEN a URL or a redirect that is not http(s) THEN refuses without fetching it', async () => {
    expect(await reason(fetchText('file:///etc/passwd', 'page'))).toBe('only http and https URLs can be added, not file');
    expect(await reason(fetchText('ftp://127.0.0.1/x', 'page'))).toBe('only http and https URLs can be added, not ftp');
    expect(await reason(fetchText('not a url', 'page'))).toBe('not a valid URL');
    expect(await reason(fetchText('https://reader:hunter2@127.0.0.1/x', 'page'))).toBe('URLs with a user name or password cannot be added');
    expect(await reason(fetchText(server.url('/to-ftp'), 'page'))).toBe('only http and https URLs can be added, not ftp');
  });

  it('GIVEN a 404 or a 5xx THEN says the status', async () => {
    expect(await reason(fetchText(server.url('/gone'), 'page'))).toBe('HTTP 404 Not Found');
    expect(await reason(fetchText(server.url('/broken'), 'page'))).toBe('HTTP 500 Internal Server Error');
    expect(await reason(fetchText(server.url('/unavailable'), 'feed'))).toBe('HTTP 503 Service Unavailable');
  });

  it('GIVEN a response that is not HTML THEN names its type', async () => {
    expect(await reason(fetchText(server.url('/pdf'), 'page'))).toBe('not an HTML page (application/pdf)');
    expect(await reason(fetchText(server.url('/json'), 'page'))).toBe('not an HTML page (application/json)');
    expect(await reason(fetchText(server.url('/pdf'), 'feed'))).toBe('not a feed (application/pdf)');
    expect(await reason(fetchText(server.url('/untyped-text'), 'page'))).toMatch(/^not an HTML page/);
  });

  it('GIVEN binary bytes labelled as HTML THEN refuses them as binary', async () => {
    expect(await reason(fetchText(server.url('/png-as-html'), 'page'))).toBe('binary response (contains NUL bytes), not text');
  });

  it('GIVEN HTML without a content type THEN recognises it by its markup', async () => {
    expect((await fetchText(server.url('/untyped-html'), 'page')).text).toContain('River Lune');
  });

  it('GIVEN a declared charset THEN decodes with it (header, then <meta charset>)', async () => {
    expect((await fetchText(server.url('/latin1'), 'page')).text).toContain('Café réopened');
    expect((await fetchText(server.url('/meta-charset'), 'page')).text).toContain('Naïve');
  });

  it('GIVEN a server that does not answer, or stops mid-body, THEN times out', async () => {
    expect(await reason(fetchText(server.url('/hang'), 'page', { timeoutMs: 300 }))).toBe('timed out after 0.3 s');
    expect(await reason(fetchText(server.url('/trickle'), 'page', { timeoutMs: 300 }))).toBe('timed out after 0.3 s');
  });

  it('GIVEN a body over the cap THEN refuses it: by its Content-Length, or while streaming, stopping the download', async () => {
    expect(await reason(fetchText(server.url('/declared-huge'), 'page', { maxBytes: 1024 * 1024 }))).toBe(
      'response larger than the 1 MiB limit',
    );
    expect(await reason(fetchText(server.url('/endless'), 'page', { maxBytes: 256 * 1024 }))).toBe(
      'response larger than the 256 KiB limit',
    );
    // The connection was dropped long before the server's own 8 MiB bound.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(streamedBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('GIVEN nothing listening THEN says it could not connect', async () => {
    const closed = await startServer();
    const url = closed.url('/article');
    await closed.close();
    expect(await reason(fetchText(url, 'page'))).toMatch(/^could not fetch: .*ECONNREFUSED/);
  });
});
