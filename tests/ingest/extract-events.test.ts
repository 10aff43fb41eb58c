import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../src/factbase/schema.js';
import { extractEvents } from '../../src/ingest/extract-events.js';
import { articleRecord } from '../helpers/coverage.js';

const article = (id: string, published: string | null): Article => articleRecord(id, { published });

function coverage(articles: Article[], texts: [articleId: string, text: string][]) {
  const sentences: Sentence[] = texts.map(([articleId, text], id) => ({ id, articleId, text, paragraph: 0, group: id }));
  return { sentences, articlesById: new Map(articles.map((a) => [a.id, a])) };
}

describe('extractEvents', () => {
  it('GIVEN dated sentences THEN one event per date, ids sequential in sentence order', () => {
    const { sentences, articlesById } = coverage(
      [article('voa', '2023-11-29')],
      [
        ['voa', 'On Wednesday, U.S. Secretary of State Antony Blinken stated that there is a strong consensus.'],
        ['voa', 'Blinken expressed his support for the OSCE.'],
        ['voa', 'The NATO-Ukraine Council was established at the NATO Summit in Vilnius on July 12, with the presence of leaders.'],
        ['voa', 'From July 9 to 11, 2024, Washington will be the location of the upcoming NATO summit.'],
      ],
    );
    expect(extractEvents(sentences, articlesById)).toEqual([
      { id: 0, sentenceId: 0, date: { start: '2023-11-29', precision: 'day', text: 'On Wednesday' } },
      { id: 1, sentenceId: 2, date: { start: '2023-07-12', precision: 'day', text: 'July 12' } },
      { id: 2, sentenceId: 3, date: { start: '2024-07-09', end: '2024-07-11', precision: 'day', text: 'July 9 to 11, 2024' } },
    ]);
  });

  it('GIVEN the same date twice in one sentence THEN one event', () => {
    const { sentences, articlesById } = coverage(
      [article('blog', '2024-12-03')],
      [['blog', 'NATO members are gathering in Brussels today, December 3, for a high-level meeting.']],
    );
    expect(extractEvents(sentences, articlesById)).toEqual([
      { id: 0, sentenceId: 0, date: { start: '2024-12-03', precision: 'day', text: 'today' } },
    ]);
  });

  it('GIVEN each article its own date THEN relative dates resolve per article, and not at all without one', () => {
    const { sentences, articlesById } = coverage(
      [article('a', '2023-11-29'), article('b', '2024-11-13'), article('undated', null)],
      [
        ['a', 'Yesterday, an official spoke.'],
        ['b', 'Yesterday, an official spoke.'],
        ['undated', 'Yesterday, an official spoke; the summit opens on 9 July 2024.'],
      ],
    );
    expect(extractEvents(sentences, articlesById).map((e) => [e.sentenceId, e.date.start])).toEqual([
      [0, '2023-11-28'],
      [1, '2024-11-12'],
      [2, '2024-07-09'],
    ]);
  });

  it('GIVEN a figure that looks like a year THEN no event; a year beside a figure still counts', () => {
    const { sentences, articlesById } = coverage(
      [article('a', '2024-12-03')],
      [
        ['a', 'The fund paid out €2024 million and 2024% more than planned.'],
        ['a', 'NATO Allies have delivered over €65 billion in military aid to Ukraine since February 2022.'],
      ],
    );
    expect(extractEvents(sentences, articlesById)).toEqual([
      { id: 0, sentenceId: 1, date: { start: '2022-02-01', precision: 'month', text: 'February 2022' } },
    ]);
  });

  it('GIVEN no sentences or no dates THEN no events', () => {
    const { sentences, articlesById } = coverage([article('a', '2024-12-03')], [['a', 'Ukraine may not receive an invitation.']]);
    expect(extractEvents(sentences, articlesById)).toEqual([]);
    expect(extractEvents([], articlesById)).toEqual([]);
  });
});
