// Commands on a generated coverage far bigger than the bundled one: listings come a page at a
// time, boilerplate repeated across many articles is cited a few times rather than every
// time, and a person mentioned everywhere gets a bounded summary. Nothing here is timed: the
// point is that answers stay small (so rendering and caching them stay cheap) and correct.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { AID_PAGE_SIZE, aid } from '../../src/commands/aid.js';
import { CitationBook, MAX_OTHER_SOURCES } from '../../src/commands/cite.js';
import { QUOTE_PAGE_SIZE, quote } from '../../src/commands/quote.js';
import { SOURCES_PAGE_SIZE, sources } from '../../src/commands/sources.js';
import { who } from '../../src/commands/who.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import type { AidFact, Article, DatedEvent, FactBase, Quote, Sentence } from '../../src/factbase/schema.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from '../../src/factbase/schema.js';
import { buildIndex } from '../../src/factbase/index-build.js';
import { articleRecord } from '../helpers/coverage.js';
import { loadViaFile } from '../helpers/factbase-file.js';
import { runDirect } from './fixture.js';

const ARTICLES = 60;
const BOILERPLATE = 'The spokesperson said the briefing would resume after the break.';
const pad = (n: number) => String(n).padStart(2, '0');

// Each article: a boilerplate sentence (one near-duplicate group across all articles), an aid
// figure naming a day, and a quote by the same speaker.
function largeFactBase(): FactBase {
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const aidFacts: AidFact[] = [];
  const events: DatedEvent[] = [];
  const quotes: Quote[] = [];
  const mentions: number[] = [];
  for (let a = 0; a < ARTICLES; a += 1) {
    const id = `briefing-${pad(a)}`;
    const published = `2024-${pad(1 + (a % 12))}-${pad(1 + Math.floor(a / 12))}`;
    articles.push(articleRecord(id, { title: `Briefing ${a}`, publisher: 'Press Office', published }));
    const base = sentences.length;
    sentences.push({ id: base, articleId: id, text: BOILERPLATE, paragraph: 0, group: 0 });
    sentences.push({ id: base + 1, articleId: id, text: `Norland pledged $${a + 1} million in aid to Ukraine on ${published}.`, paragraph: 1, group: base + 1 });
    sentences.push({ id: base + 2, articleId: id, text: `"Support number ${a} is on its way," Mira Falk said.`, paragraph: 2, group: base + 2 });
    const date = { start: published, precision: 'day' as const, text: `on ${published}` };
    aidFacts.push({
      id: a,
      sentenceId: base + 1,
      amount: { value: (a + 1) * 1e6, currency: 'USD', text: `$${a + 1} million` },
      percent: null,
      subject: null,
      donor: 'Norland',
      recipient: 'Ukraine',
      kind: 'military',
      status: 'pledged',
      qualifier: null,
      cumulative: false,
      date,
    });
    events.push({ id: a, sentenceId: base + 1, date });
    quotes.push({ id: a, sentenceIds: [base + 2], text: `Support number ${a} is on its way`, speakerId: 'mira-falk', speakerName: 'Falk' });
    mentions.push(base + 2);
  }
  return {
    format: FACTBASE_FORMAT,
    version: FACTBASE_VERSION,
    coverageHash: 'e'.repeat(64),
    articles,
    sentences,
    people: [{ id: 'mira-falk', name: 'Mira Falk', aliases: ['Falk'], roles: [], sentenceIds: mentions }],
    aid: aidFacts,
    events,
    quotes,
    index: buildIndex(sentences.map((sentence) => sentence.text)),
  };
}

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadViaFile(largeFactBase());
});

describe('listings over a large coverage', () => {
  it('GIVEN 60 aid figures THEN /aid shows the newest page with its position, and page 2 continues where page 1 stopped', () => {
    const first = runDirect(aid, {}, facts);
    expect(AnswerSchema.parse(first)).toBeTruthy();
    expect(first.items).toHaveLength(AID_PAGE_SIZE);
    expect(first.page).toEqual({ number: 1, total: Math.ceil(ARTICLES / AID_PAGE_SIZE) });
    expect(first.message).toMatch(/^Figures 1–10 of 60, newest first\./);
    const second = runDirect(aid, { page: 2 }, facts);
    expect(second.message).toMatch(/^Figures 11–20 of 60/);
    const dates = [...first.items, ...second.items].map((item) => item.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBe(2 * AID_PAGE_SIZE);
  });

  it('GIVEN a donor filter THEN the filtered listing is paged the same way', () => {
    const answer = runDirect(aid, { donor: 'norl', page: 6 }, facts);
    expect(answer.items).toHaveLength(AID_PAGE_SIZE);
    expect(answer.page).toEqual({ number: 6, total: 6 });
  });

  it('GIVEN a page past the end THEN /aid, /sources and /quote say how many pages there are', () => {
    expect(runDirect(aid, { page: 7 }, facts)).toMatchObject({ error: 'bad-input', message: expect.stringContaining('6 pages') });
    expect(runDirect(sources, { page: 7 }, facts)).toMatchObject({ error: 'bad-input', message: expect.stringContaining('6 pages') });
    expect(runDirect(quote, { person: 'Falk', page: 7 }, facts)).toMatchObject({ error: 'bad-input' });
  });

  it('GIVEN 60 articles THEN /sources lists a page of them, newest first, and still counts them all', () => {
    const first = runDirect(sources, { page: 1 }, facts);
    const answer = runDirect(sources, { page: 2 }, facts);
    const listed = [...first.items, ...answer.items];
    expect(new Set(listed.map((item) => item.articleId)).size).toBe(2 * SOURCES_PAGE_SIZE);
    const dates = listed.map((item) => String(item.published));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2024-12-05');
    expect(answer.title).toBe('Coverage: 60 articles');
    expect(answer.message).toMatch(/^60 articles · 180 sentences/);
    expect(answer.page).toEqual({ number: 2, total: 6 });
  });

  it('GIVEN 60 quotes by one person THEN /quote pages them in coverage order', () => {
    const answer = runDirect(quote, { person: 'Falk', page: 3 }, facts);
    expect(answer.items).toHaveLength(QUOTE_PAGE_SIZE);
    expect(answer.items[0]?.text).toBe('“Support number 20 is on its way”');
    expect(answer.page).toEqual({ number: 3, total: 6 });
  });

  it('GIVEN an answer that fits one page THEN it carries no page at all', () => {
    const answer = runDirect(aid, { from: '2024-01-01', to: '2024-01-31' }, facts);
    expect(answer.items.length).toBeLessThanOrEqual(AID_PAGE_SIZE);
    expect(answer.page).toBeUndefined();
  });
});

describe('citations and summaries over a large coverage', () => {
  it('GIVEN a sentence repeated in 60 articles THEN it is cited with the earliest few other copies, not all 59', () => {
    const book = new CitationBook(facts);
    const numbers = book.cite(3);
    expect(numbers).toHaveLength(1 + MAX_OTHER_SOURCES);
    expect(book.citations.map((citation) => citation.article.id)).toEqual([
      'briefing-01',
      ...Array.from({ length: MAX_OTHER_SOURCES }, (_, i) => `briefing-${pad(i === 0 ? 0 : i + 1)}`),
    ]);
  });

  it('GIVEN a person mentioned in 60 articles THEN /who names the first ten and counts the rest', () => {
    const answer = runDirect(who, { name: 'Falk' }, facts);
    const mentions = answer.items.find((item) => item.kind === 'mentions');
    expect(mentions?.text).toMatch(/^Mentioned in 60 sentences across 60 articles: Press Office \(2024-01-01\), .* and 50 other articles$/);
    expect(mentions?.['articles']).toHaveLength(10);
  });

  it('GIVEN the same /who twice THEN the answers are equal and independent arrays', () => {
    const first = runDirect(who, { name: 'Falk' }, facts);
    const second = runDirect(who, { name: 'falk' }, facts);
    expect(second.items).toEqual(first.items);
    expect(second.items).not.toBe(first.items);
  });
});
