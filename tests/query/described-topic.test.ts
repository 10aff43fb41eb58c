// A question that opens on the article it asks about, set off by a dash ("lindvik harbour board
// statement may 2025 - how many ferries will they buy"): the opening picks the article by its
// title and day, and the question after the dash is searched there; an opening that matches no
// article well, or an answer that names none of the asked words, leaves the whole question to the
// usual search.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { describedTopic } from '../../src/query/described-topic.js';
import { plainForm } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FERRIES = 'The board will buy 12 new ferries over the next two years.';
const FERRIES_LATER = 'The board will buy 3 more ferries once the new pier is finished.';
const CRANES = 'The board will buy 4 new cranes for the bridge works.';
const BUSES = 'The city council will buy 30 new buses for the airport line.';
const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Statement of the Lindvik Harbour Board on Ferry Purchases\npublisher: Lindvik Harbour Board\npublished: 2025-05-12\n---', 'The harbour has waited long for this.', FERRIES].join('\n\n'),
  'ferries-later.md': ['---\ntitle: Harbour Board Update on the New Pier\npublisher: Valley Weekly\npublished: 2025-09-02\n---', FERRIES_LATER].join('\n\n'),
  'bridge.md': ['---\ntitle: Statement of the Lindvik Harbour Board on Bridge Repairs\npublisher: Lindvik Harbour Board\npublished: 2025-06-03\n---', CRANES].join('\n\n'),
  'buses.md': ['---\ntitle: Council Approves Airport Buses\npublisher: Coastal Gazette\npublished: 2025-05-20\n---', BUSES].join('\n\n'),
});

describe('describedTopic', () => {
  it('GIVEN an opening naming an article by title words and month THEN it is that article, and the question is the part after the dash', () => {
    const topic = describedTopic(plainForm('lindvik harbour board statement on ferries may 2025 - how many will they buy'), facts());
    expect(topic?.asked).toBe('how many will they buy');
    expect([...(topic?.articles ?? [])].map((id) => facts().article(id).title)).toEqual(['Statement of the Lindvik Harbour Board on Ferry Purchases']);
  });

  it('GIVEN the opening set off by a comma after its month THEN it is read as after a dash', () => {
    const topic = describedTopic(plainForm('harbour board statement on bridge repairs june 2025, how many will they buy'), facts());
    expect(topic?.asked).toBe('how many will they buy');
    expect([...(topic?.articles ?? [])].map((id) => facts().article(id).title)).toEqual(['Statement of the Lindvik Harbour Board on Bridge Repairs']);
  });

  it('GIVEN a comma after an opening that names no date THEN it is one question ("the board, how many …")', () => {
    expect(describedTopic(plainForm('harbour board statement on bridge repairs, how many will they buy'), facts())).toBeNull();
  });

  it.each([
    'harbour board statement june 2024 - how many ferries will they buy',
    'the zorvian ports memo - how many ferries will they buy',
    'how many ferries will the board buy',
    'lindvik harbour board statement on ferries may 2025 - surge what exactly',
  ])('GIVEN %j (no article of that month, no article of those words, no dash, no question after it) THEN no article is picked', (question) => {
    expect(describedTopic(plainForm(question), facts())).toBeNull();
  });
});

describe('GIVEN two statements of one board, a later update and a council article', () => {
  it.each(bothCasings('Lindvik harbour board statement on ferries, May 2025 - how many ferries will they buy?'))('%j THEN the statement of that month answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(FERRIES);
  });

  it.each(bothCasings('Lindvik harbour board statement on bridge repairs, June 2025, how many will the board buy?'))('%j THEN the statement of that month answers, the opening set off by a comma', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(CRANES);
  });

  it.each(bothCasings('Lindvik harbour board statement on bridge repairs - how many will the board buy?'))('%j THEN the other statement answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(CRANES);
  });

  it('"… statement on ferries may 2025 - how many buses will they buy" THEN it declines, naming the statement that does not say', () => {
    const answer = answerLine('lindvik harbour board statement on ferries may 2025 - how many buses will they buy', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence of “Statement of the Lindvik Harbour Board on Ferry Purchases” answers it/u);
  });

  it('"… statement on ferries may 2025 - how many trams will they buy" THEN it declines, naming what the coverage never mentions', () => {
    const answer = answerLine('lindvik harbour board statement on ferries may 2025 - how many trams will they buy', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions trams/u);
  });
});
