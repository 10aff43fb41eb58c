// "When did …" is answered by a sentence giving the event's calendar date, not by one dating the
// report's own news relative to it ("last Friday marked one year since …"); "when will …" may be
// answered by a date relative to the report ("next month").
import { describe, expect, it } from 'vitest';
import { statedDateShare } from '../../src/query/sentence-facts.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: Harbour law turns one
publisher: Coast Courier
published: 2025-05-10
---
Last Friday marked a year since the governor signed the harbour law.

The governor signed the harbour law in May 2024, after a long debate in the old town hall about ferry fees.

The new ferry will start next month, the harbour master said.
`;

const { facts, first } = coverageForTests({ 'harbour.md': ARTICLE });
const idOf = (start: string) => [...facts().data.sentences].findIndex((sentence) => sentence.text.startsWith(start));

describe('GIVEN dates written out and dates relative to the report', () => {
  it('THEN a relative date answers "when" by the share asked for, a calendar one fully', () => {
    expect(statedDateShare(facts(), idOf('Last Friday'), 0.5)).toBe(0.5);
    expect(statedDateShare(facts(), idOf('The new ferry'), 0.5)).toBe(0.5);
    expect(statedDateShare(facts(), idOf('The governor signed'), 0.5)).toBe(1);
    expect(statedDateShare(facts(), idOf('Last Friday'))).toBe(1);
  });
});

describe('GIVEN a past event dated both by the calendar and relative to a later report', () => {
  it.each(['when did the governor sign the harbour law', 'When did the governor sign the harbour law?'])('%j THEN the calendar date leads', (question) => {
    expect(first(question)).toBe("The governor signed the harbour law in May 2024, after a long debate in the old town hall about ferry fees.");
  });
});

describe('GIVEN a future event dated relative to the report', () => {
  it('THEN the relative date answers', () => {
    expect(first('when will the new ferry start')).toBe('The new ferry will start next month, the harbour master said.');
  });
});
