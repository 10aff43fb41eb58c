// A "when" question dates what its verb names: "when was architect maria lindqvist born" is
// answered by the sentence giving her birth year, not by one dating a lamp she designed, though
// that one carries the rarer word "architect".
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const BORN = 'Maria Lindqvist (Swedish, born in 1941) spoke at the opening.';
const LAMP = 'Lot 12 is a 1989 lamp designed by Maria Lindqvist, the Swedish architect.';
const ARTICLE = [
  '---\ntitle: Design auction\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  LAMP,
  BORN,
  // "born" is in two sentences, "architect" in one: the lamp sentence carries the rarer word.
  'Jonas Berg was born in Oslo and moved to the valley as a child.',
  'Anna Berg has lived in Bergen since the war.',
  'The auction house said prices rose by a third.',
].join('\n\n');

const { facts, first } = coverageForTests({ 'auction.md': ARTICLE });

describe('GIVEN a sentence dating the person\'s birth and another dating something they made', () => {
  it.each(['When was architect Maria Lindqvist born?', 'when was architect maria lindqvist born'])('%j THEN the birth leads', (question) => {
    expect(first(question)).toBe(BORN);
  });

  it('GIVEN the question THEN its verb, not its other words, is the event the date must belong to', () => {
    const events = analyseQuery('when was architect maria lindqvist born', facts()).concepts.filter((concept) => concept.event).map((concept) => concept.term);
    expect(events).toEqual(['born']);
    expect(analyseQuery('when is the auction', facts()).concepts.some((concept) => concept.event)).toBe(false);
  });
});
