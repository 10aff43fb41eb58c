// A two-word name or term typed with its second word cut short ("san fran", "vice pres") is read
// whole when WordNet has one two-word noun it starts (a word made from that one aside); a whole
// word ("nuclear arms") and a cut with two readings ("new hamp") stay as typed.
import { describe, expect, it } from 'vitest';
import { completedSecondWord } from '../../src/lexicon/clipped-compounds.js';
import { plainForm } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';

const INAUGURATED = 'I was sworn in as district attorney of San Francisco on January 8, 2004, Holm told the crowd.';
const { facts } = coverageForTests({
  'holm.md': ['---\ntitle: Holm recalls her first office\npublisher: Valley Weekly\npublished: 2024-05-02\n---', INAUGURATED, 'Fran Olsen, the San Jose mayor, said Holm became a close ally in 2010.'].join('\n\n'),
});

describe('a cut second word', () => {
  it.each([
    ['when did holm become san fran da', 'when did holm become san francisco da'],
    ['what did the vice pres say, about the ferries?', 'what did the vice president say, about the ferries'],
    ['who is the attorney gen', 'who is the attorney general'],
    ['nuclear arms talks', 'nuclear arms talks'],
    ['the new hamp primary', 'the new hamp primary'],
    // An everyday word before a noun qualifies it: no "stealth aircraft" here.
    ['what did holm say about the stealth air defence plan', 'what did holm say about the stealth air defence plan'],
    ['the fighter air force base', 'the fighter air force base'],
    ['what did the prime min say', 'what did the prime minister say'],
  ])('%j THEN it reads %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('a word after a punctuation mark starts a phrase of its own', () => {
    expect(completedSecondWord('san', 'fran')).toBe('francisco');
    expect(plainForm('she was in san, fran said')).toBe('she was in san, fran said');
  });

  it('"when did holm become da in san fran" THEN the sentence on San Francisco answers, not one naming a Fran', () => {
    expectAnsweredFirst(facts(), 'when did holm become da in san fran', INAUGURATED);
  });
});
