import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../src/ingest/clean.js';
import type { Article } from '../../src/factbase/schema.js';
import { completeArticle, MAX_ARTICLE_BYTES, readArticleSource, sha256, UnreadableArticleError } from '../../src/ingest/read-article.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(file: string, text: string): Article {
  const source = readArticleSource(file, utf8(text));
  return completeArticle(source, cleanBody(source.body, source.format));
}

function reason(file: string, bytes: Uint8Array): string {
  try {
    readArticleSource(file, bytes);
  } catch (error) {
    if (error instanceof UnreadableArticleError) return error.reason;
    throw error;
  }
  return 'read';
}

const BODY = 'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.';

describe('readArticleSource', () => {
  it('names the article after its file, hashes the raw bytes and separates the front matter', () => {
    const text = `---\n# a YAML comment\ntitle: Tanks for Ukraine\npublished: 2024-02-09\n---\n${BODY}\n`;
    const source = readArticleSource('tanks-for-ukraine.md', utf8(text));
    expect(source.id).toBe('tanks-for-ukraine');
    expect(source.format).toBe('md');
    expect(source.contentHash).toBe(sha256(utf8(text)));
    expect(source.stated.title).toBe('Tanks for Ukraine');
    expect(source.stated.published).toBe('2024-02-09');
    expect(source.body.trim()).toBe(BODY);
  });

  it('accepts the common aliases date and source_url, and an ISO timestamp', () => {
    const source = readArticleSource('a.md', utf8(`---\ndate: '2024-10-29T23:59:00-04:00'\nsource_url: https://example.org/a\n---\n${BODY}`));
    expect(source.stated.published).toBe('2024-10-29');
    expect(source.stated.url).toBe('https://example.org/a');
  });

  it('GIVEN malformed front matter THEN ignores it with a warning and keeps the text', () => {
    const source = readArticleSource('a.txt', utf8(`---\ntitle: [unclosed\npublished: 2024-01-01\n---\n${BODY}`));
    expect(source.stated).toEqual({ title: null, publisher: null, published: null, url: null, author: null });
    expect(source.warnings[0]).toMatch(/^malformed front matter ignored/);
    expect(source.body.trim()).toBe(BODY);
  });

  it.each(['2024-13-01', '2024-02-30', 'yesterday', '13/11/2024'])('GIVEN a bad front-matter date %s THEN warns and treats it as missing', (date) => {
    const source = readArticleSource('a.txt', utf8(`---\npublished: "${date}"\n---\n${BODY}`));
    expect(source.stated.published).toBeNull();
    expect(source.warnings.join(' ')).toContain('not a valid YYYY-MM-DD date');
  });

  describe('files that cannot be articles', () => {
    it('rejects an empty or blank file', () => {
      expect(reason('a.txt', utf8(''))).toBe('empty file');
      expect(reason('a.txt', utf8(' \n\n '))).toBe('empty file');
    });
    it('rejects front matter without text', () => {
      expect(reason('a.txt', utf8('---\ntitle: x\n---\n'))).toBe('no article text after the front matter');
    });
    it('rejects a binary file', () => {
      expect(reason('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatch(/^binary file/);
    });
    it('rejects text that is not UTF-8 (Latin-1 bytes)', () => {
      expect(reason('a.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]))).toBe('not valid UTF-8 text');
    });
    it('rejects a file over the size cap', () => {
      expect(reason('a.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toMatch(/MB limit/);
    });
  });
});

describe('completeArticle: metadata the text states', () => {
  it('takes the date and author from a dateline line near the top', () => {
    const article = read('a.txt', `Tanks for Ukraine\n\nJane DoeWednesday, 13 November 2024, 13:19\n\n${BODY}`);
    expect(article.published).toBe('2024-11-13');
    expect(article.author).toBe('Jane Doe');
  });

  it.each([
    ['date 2024-11-13 All Sections', '2024-11-13'],
    ['Nov. 29, 2023', '2023-11-29'],
    ['Published: March 4, 2024', '2024-03-04'],
  ])('reads the dateline "%s"', (dateline, expected) => {
    expect(read('a.txt', `${dateline}\nTanks for Ukraine\n\n${BODY}`).published).toBe(expected);
  });

  it('reads a wire dateline opening the first paragraph', () => {
    expect(read('a.txt', `BRUSSELS, Nov. 29, 2023 (Reuters) — ${BODY}`).published).toBe('2023-11-29');
  });

  it('GIVEN a date only inside body prose THEN does not take it as the publication date', () => {
    const article = read(
      'a.txt',
      `Tanks for Ukraine\n\n${BODY}\n\nOn November 29, 2023, NATO Secretary-General Jens Stoltenberg held a press conference in Brussels.`,
    );
    expect(article.published).toBeNull();
    expect(article.warnings).toContain('no publication date: relative dates left unresolved');
  });

  it('takes the publisher from a "Source:" line, before the comma', () => {
    expect(read('a.txt', `${BODY}\n\nSource: European Pravda, citing Blinken during a meeting`).publisher).toBe('European Pravda');
    expect(read('a.txt', `${BODY}\n\nSource: voanews.com`).publisher).toBe('voanews.com');
  });

  it('never invents a URL, but takes one the Source line states', () => {
    expect(read('a.txt', `${BODY}\n\nSource: voanews.com`).url).toBeNull();
    const stated = read('a.txt', `${BODY}\n\nSource: https://www.kyivpost.com/post/123`);
    expect(stated.url).toBe('https://www.kyivpost.com/post/123');
    expect(stated.publisher).toBe('kyivpost.com');
  });

  it('takes the author from a "By" line', () => {
    expect(read('a.txt', `Tanks for Ukraine\nBy Maria Keller\n\n${BODY}`).author).toBe('Maria Keller');
  });

  it('prefers the front matter to anything the text says', () => {
    const article = read('a.txt', `---\npublisher: Rhine Ledger\npublished: 2024-06-11\n---\nMonday, 8 July 2024\n${BODY}\nSource: Other Paper`);
    expect(article.publisher).toBe('Rhine Ledger');
    expect(article.published).toBe('2024-06-11');
  });

  it('warns about everything that stays unknown', () => {
    const article = read('a.txt', BODY);
    expect(article.title).toBeNull();
    expect(article.warnings).toEqual([
      'no title: no headline found',
      'no publisher: none stated',
      'no publication date: relative dates left unresolved',
      'no URL: none stated',
    ]);
  });
});
