// A claim with a figure ("holm said 90% of the pledged boats were delivered?") checks the figure:
// the sentence stating the coverage's own ("82%") answers it, as one stating the same would; the
// claim's other words still decide whether the coverage covers it. A question too thin to stand
// alone after a claim ("the deal was signed right? who signed it") is read with it for its topic,
// but it alone says what is asked.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const DELIVERED = 'Harbour Minister Ana Holm reported that Pellonia has delivered 82% of the pledged boats since March.';
const PACKAGE = 'Pellonia announced a ferry package worth $40 million for Lindvik on Monday.';
const CONTENTS = 'The package includes a third patrol boat, 60 life rafts and spare engines, Holm said.';
const LARGEST = 'The package is the largest since Pellonia approved its No. 2 harbour fund last spring.';
const SIGNED = 'The ferry deal was signed in Lindvik by Deputy Mayor Tomas Berg.';
const TALKS = 'The talks on the ferry deal lasted several weeks.';

const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Pellonia pledges ferry package\npublisher: Coastal Gazette\npublished: 2024-11-26\n---', PACKAGE, CONTENTS, DELIVERED, LARGEST, TALKS, SIGNED].join('\n\n'),
});

describe('a claim with a figure the coverage states otherwise', () => {
  it('"Holm said 90% of the pledged boats were delivered?" THEN the sentence stating 82% answers', () => {
    expectAnsweredFirst(facts(), 'Holm said 90% of the pledged boats were delivered?', DELIVERED);
  });

  it('"Saw on twitter the ferry package Pellonia announced was over 1 bn, true?" THEN the sentence stating its size answers', () => {
    expectAnsweredFirst(facts(), 'Saw on twitter the ferry package Pellonia announced was over 1 bn, true?', PACKAGE);
  });

  it('reads the figure as the one asked for, not a thing asked about', () => {
    const question = understandQuestion('holm said 90% of the pledged boats were delivered');
    expect(question.expects[0]).toBe('percent');
    expect(question.plain).not.toContain('90');
  });

  it('"did holm approve the 40 million ferry package" THEN the figure names the package: it is asked about, and nothing more is expected', () => {
    const question = understandQuestion('did holm approve the 40 million ferry package');
    expect(question.plain).toContain('40 million');
    expect(question.expects).toEqual([]);
  });

  it('"did the school board request 40 million" THEN declined: the coverage never covers the rest of the claim', () => {
    const answer = answerLine('did the school board request 40 million', facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });
});

describe('a thin question after a claim', () => {
  it('"The ferry deal was signed right? Who signed it" THEN asks for a person, and the sentence naming the signer answers', () => {
    for (const question of bothCasings('The ferry deal was signed right? Who signed it')) expect(understandQuestion(question).expects[0]).toBe('person');
    expectAnsweredFirst(facts(), 'The ferry deal was signed right? Who signed it', SIGNED);
  });

  it('"Pellonia sending Lindvik 2 more patrol boats right? Whats in the package" THEN asks for contents, and the sentence listing them answers', () => {
    for (const question of bothCasings('Pellonia sending Lindvik 2 more patrol boats right? Whats in the package')) expect(understandQuestion(question).expects).toEqual(['contents']);
    expectAnsweredFirst(facts(), 'Pellonia sending Lindvik 2 more patrol boats right? Whats in the package', CONTENTS);
  });
});
