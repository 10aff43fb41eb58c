// A date of another event than the one a sentence reports (placed against it by before / after /
// until / since / ahead of, or relative to when quoted words were said) is marked aside: it
// answers "when" about that event, but does not date the sentence.
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/factbase/schema.js';
import { extractEvents } from '../../src/ingest/extract-events.js';
import { articleRecord } from '../helpers/coverage.js';

const PUBLISHED = '2024-05-08';

/** Each text one sentence of one article; `paragraphs` gives each sentence's paragraph (default: each its own). */
function datesOf(texts: string[], paragraphs: number[] = texts.map((_, i) => i)): [text: string, start: string, aside: boolean][] {
  const sentences: Sentence[] = texts.map((text, id) => ({ id, articleId: 'a', text, paragraph: paragraphs[id]!, group: id }));
  const articles = new Map([['a', articleRecord('a', { published: PUBLISHED })]]);
  return extractEvents(sentences, articles).map((event) => [event.date.text, event.date.start, event.aside === true]);
}

describe('GIVEN a date placed against another event by a relator', () => {
  it('THEN a date inside the phrase that names the other event is aside', () => {
    expect(
      datesOf([
        'The talks in Pellonia are significant, as they are the last before the Zorvian government leaves office next month.',
        'Quellmark has delivered 40 trucks since the parliament approved the funding in April 2024.',
        'Ministers are meeting in Vardo ahead of Lindqvist’s return to the capital in June.',
        'Haraldsen will not sign a treaty until after the 2025 election.',
      ]),
    ).toEqual([
      ['next month', '2024-06-01', true],
      ['April 2024', '2024-04-01', true],
      ['June', '2024-06-01', true],
      ['2025', '2025-01-01', true],
    ]);
  });

  it('THEN a date the relator governs itself, or one in the main clause, is the sentence’s own', () => {
    expect(
      datesOf([
        'Quellmark has delivered 40 trucks since February 2022.',
        'The levy stays in force until the end of 2025.',
        'Lindqvist visited the harbour on Monday, before the storm reached the coast.',
        'The following year, Berg opened a second depot.',
      ]),
    ).toEqual([
      ['February 2022', '2022-02-01', false],
      ['2025', '2025-01-01', false],
      ['on Monday', '2024-05-06', false],
      ['The following year', '2025-01-01', false],
    ]);
  });
});

describe('GIVEN a date of an event still to come', () => {
  it('THEN in a sentence reporting the past it is aside; in one about the coming event it is its own', () => {
    expect(
      datesOf([
        'When asked about the upcoming Pellonian election in March 2025, Reyes stated that nothing would change.',
        'The upcoming summit in Vardo will open in June.',
      ]),
    ).toEqual([
      ['March 2025', '2025-03-01', true],
      ['June', '2024-06-01', false],
    ]);
  });
});

describe('GIVEN a date relative to when quoted words were said', () => {
  it('THEN it is aside, also when the quotation opened in an earlier sentence of the paragraph; a calendar date in quotes is not', () => {
    expect(
      datesOf(
        [
          'Olsen said: "I do not see a decision coming tomorrow.',
          'We will talk again next week, and we will meet on Friday."',
          'Olsen met the mayor yesterday.',
          'Reyes added, "We signed the accord on March 3, 2024."',
        ],
        [0, 0, 1, 2],
      ),
    ).toEqual([
      ['tomorrow', '2024-05-09', true],
      ['on Friday', '2024-05-10', true],
      ['yesterday', '2024-05-07', false],
      ['March 3, 2024', '2024-03-03', false],
    ]);
  });
});
