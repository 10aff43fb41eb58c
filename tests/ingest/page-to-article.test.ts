import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/fetch-page.js';
import { pageToArticle } from '../../src/ingest/page-to-article.js';
import { readArticleSource } from '../../src/ingest/read-article.js';
import { articlePage, BRIDGE_STORY, LIBRARY_STORY } from '../helpers/web-server.js';

const PAGE_URL = 'https://news.example.org/local/2024/03/bridge?utm_source=feed';

function refusal(html: string): string {
  try {
    pageToArticle(html, PAGE_URL);
  } catch (error) {
    if (error instanceof IngestError) return error.reason;
    throw error;
  }
  throw new Error('expected the page to be refused');
}

describe('pageToArticle', () => {
  it('GIVEN Open Graph, <meta> and a canonical link THEN takes the metadata from them', () => {
    const html = articlePage({
      title: 'Council votes to repair the old bridge',
      siteName: 'The Eastmere Gazette',
      publishedTime: '2024-03-05T21:30:00-05:00',
      author: 'By Ruth Okafor',
      canonical: '/local/2024/03/bridge',
      paragraphs: BRIDGE_STORY,
    });
    const article = pageToArticle(html, PAGE_URL);
    expect(article).toMatchObject({
      title: 'Council votes to repair the old bridge',
      publisher: 'The Eastmere Gazette',
      // The publisher's own calendar day, not shifted to UTC.
      published: '2024-03-05',
      author: 'Ruth Okafor',
      url: 'https://news.example.org/local/2024/03/bridge',
    });
  });

  it('GIVEN JSON-LD in a @graph THEN reads headline, date, publisher and every author from it', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harrowby Post' },
        {
          '@type': ['NewsArticle'],
          headline: 'Library to open on Sundays',
          datePublished: '2024-06-03',
          author: [{ '@type': 'Person', name: 'Ana Silva' }, { '@type': 'Person', name: 'Tom Reed' }],
          publisher: { '@type': 'Organization', name: 'Harrowby Post' },
          mainEntityOfPage: { '@id': 'https://post.example.net/library-sundays' },
        },
      ],
    };
    const html = `<html><head><title>Library | Harrowby Post</title>
      <script type="application/ld+json">{ broken json</script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article>${LIBRARY_STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(pageToArticle(html, PAGE_URL)).toMatchObject({
      title: 'Library to open on Sundays',
      publisher: 'Harrowby Post',
      published: '2024-06-03',
      author: 'Ana Silva, Tom Reed',
      url: 'https://post.example.net/library-sundays',
    });
  });

  it('GIVEN no metadata THEN leaves it empty (never guessed from the host) and keeps the page address', () => {
    const html = `<html><body><div>${BRIDGE_STORY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(pageToArticle(html, PAGE_URL)).toMatchObject({ title: null, publisher: null, published: null, author: null, url: PAGE_URL });
  });

  it('GIVEN only a <title> THEN uses it without the " | site name" suffix', () => {
    const html = `<html><head><title>Council votes to repair the bridge | Gazette</title><meta property="og:site_name" content="Gazette"></head>
      <body><article>${BRIDGE_STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(pageToArticle(html, PAGE_URL).title).toBe('Council votes to repair the bridge');
  });

  it('GIVEN a date that is not a calendar day, or an author that is a profile link THEN ignores it', () => {
    const html = articlePage({
      title: 'Bridge',
      publishedTime: '2024-02-30T10:00:00Z',
      head: '<meta property="article:author" content="https://facebook.example/ruth">',
      paragraphs: BRIDGE_STORY,
    });
    expect(pageToArticle(html, PAGE_URL)).toMatchObject({ published: null, author: null });
  });

  it('GIVEN a page with furniture THEN the body is the article text, one paragraph per block, without the headline', () => {
    const html = articlePage({
      title: 'Council votes to repair the old bridge',
      paragraphs: [...BRIDGE_STORY.slice(0, 3), `Councillors listed three priorities:</p><ul><li>the arches</li><li>the paving</li></ul><p>${BRIDGE_STORY[3]!}`],
    });
    const { body } = pageToArticle(html, PAGE_URL);
    const blocks = body.trim().split('\n\n');
    expect(blocks[0]).toBe(BRIDGE_STORY[0]);
    expect(blocks).toContain('- the arches');
    expect(body).not.toMatch(/Share this story|All rights reserved|Weather/);
    expect(body).not.toContain('# Council votes');
  });

  it('GIVEN the extracted body THEN the article reader reads it back as the same paragraphs', () => {
    const { body } = pageToArticle(articlePage({ title: 'Bridge', paragraphs: BRIDGE_STORY }), PAGE_URL);
    expect(readArticleSource('a.md', Buffer.from(body)).body.trim().split('\n\n')).toEqual(BRIDGE_STORY);
  });

  it('GIVEN a paywall teaser THEN refuses it as too little text', () => {
    const html = articlePage({
      title: 'Council votes to repair the old bridge',
      paragraphs: [BRIDGE_STORY[0]!, 'Subscribe to continue reading.'],
    });
    expect(refusal(html)).toMatch(/^too little article text \(\d+ words; a paywall, consent or index page\?\)$/);
  });

  it('GIVEN an index page that is a list of links THEN refuses it', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/story-${i}">Story number ${i} about the council, the bridge, the library and the market hall</a></li>`,
    );
    const html = `<html><head><title>Local news</title></head><body><main><ul>${links.join('')}</ul></main></body></html>`;
    expect(refusal(html)).toBe('the page is mostly links (an index or section page, not an article)');
  });

  it('GIVEN an index page of teasers (a linked headline and a summary each) THEN refuses it', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<div class="teaser"><h3><a href="/s${i}">Headline of story ${i} about the town</a></h3><p>A short summary of story ${i}, which says what happened in a sentence or two for readers.</p></div>`,
    );
    const html = `<html><body><main><h2>Latest</h2>${teasers.join('')}</main></body></html>`;
    expect(refusal(html)).toBe('the page is a list of 8 linked headlines (an index or section page, not an article)');
  });

  it('GIVEN an article that ends with a few related links THEN keeps it', () => {
    const related = ['Bridge closed after survey', 'Detour signs go up', 'Council meets on Tuesday'].map((t) => `<p><a href="/x">${t}</a></p>`);
    const html = `<html><body><article>${BRIDGE_STORY.map((p) => `<p>${p}</p>`).join('')}${related.join('')}</article></body></html>`;
    expect(pageToArticle(html, PAGE_URL).body).toContain(BRIDGE_STORY[4]);
  });

  it('GIVEN an empty page THEN says no article text was found', () => {
    expect(refusal('<html><body></body></html>')).toBe('no article text found on the page');
  });
});
