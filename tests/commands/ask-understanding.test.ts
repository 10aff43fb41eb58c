// /ask on a small made-up article built through the real pipeline (paragraphs, title, dates):
// what the question asks for ("how long", "what weapons", "what did X say") and what the
// sentence leaves to its context ("It contains …") decide the order, not sentence length.
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/commands/ask.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { runDirect } from './fixture.js';
import { builtCoverage } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: Norway funds harbour defences for Odesa
publisher: Fjord Courier
published: 2024-05-06
---
Norwegian Defence Minister Lars Dahl announced a harbour defence package for Odesa on Monday. It contains 40 howitzers, 12 coastal missile launchers and a radar.

Dahl said the first deliveries of the package would reach the coast in about six weeks, weather permitting.

Officials praised Dahl for the deliveries.

Odesa port officials said the harbour was busy, with Norwegian ships arriving every day.
`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({ 'harbour.txt': ARTICLE });
}, 30_000);

const first = (question: string) => {
  const answer = runDirect(ask, { question }, facts);
  expect(answer.abstained, question).toBe(false);
  return answer.items[0]?.text;
};

describe('/ask reads what the question asks for', () => {
  it('GIVEN "what weapons" THEN the sentence listing them answers, its subject taken from the sentence before', () => {
    expect(first('What weapons are in the Norwegian package?')).toBe('It contains 40 howitzers, 12 coastal missile launchers and a radar.');
  });

  it('GIVEN "how long" THEN the sentence stating a duration beats a shorter one sharing the words', () => {
    expect(first('How long will the deliveries take?')).toBe(
      'Dahl said the first deliveries of the package would reach the coast in about six weeks, weather permitting.',
    );
  });

  it('GIVEN "what did X say" THEN the sentence where X speaks beats a shorter one that only names X', () => {
    expect(first('What did Dahl say about the deliveries?')).toBe(
      'Dahl said the first deliveries of the package would reach the coast in about six weeks, weather permitting.',
    );
  });

  it('GIVEN a question about something the article does not report THEN it still abstains', () => {
    expect(runDirect(ask, { question: 'How many tanks did Norway send to Odesa?' }, facts).abstained).toBe(true);
  });
});
