// A relation a noun narrows is another relation ("the herring capital of Pellonia" is no answer to
// "what is the capital of pellonia", "deputy mayor" none to "who is the mayor"), and a question
// asking which holder in turn ("the first foreign minister") is not answered by a sentence on the present one.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { answeredFirst, coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const HERRING = 'Lindvik, the herring capital of Pellonia, hosted the harbour fair on Monday.';
const DEPUTY = 'Ivar Berg, deputy mayor of Varnholm, opened the new quay.';
const NEW_MAYOR = 'The new mayor of Quellmark, Lena Marsh, cut the ribbon.';
const CHAIR = 'Pellonian Foreign Minister Mara Olsen said on Sunday that the ferries would run all winter.';
const FIRST_CHAIR = 'Anna Keller, the first Pellonian foreign minister, founded the ferry service in 1990.';

const towns = coverageForTests({
  'towns.md': ['---\ntitle: Harbour Towns\npublisher: Coastal Gazette\npublished: 2025-06-03\n---', HERRING, DEPUTY, NEW_MAYOR, 'The fair drew visitors from Zorvia.'].join('\n\n'),
});
const board = (withFirst: boolean) =>
  coverageForTests({
    'board.md': ['---\ntitle: Pellonian Ministers\npublisher: Coastal Gazette\npublished: 2025-06-03\n---', CHAIR, ...(withFirst ? [FIRST_CHAIR] : []), 'The first winter ferry left on Tuesday.'].join('\n\n'),
  });
const withoutFirst = board(false);
const withFirst = board(true);

describe('a relation narrowed by a noun before it', () => {
  it.each(bothCasings('What is the capital of Pellonia?'))('%j THEN "the herring capital of Pellonia" does not answer it', (question) => {
    const answer = answerLine(question, towns.facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence names the capital of pellonia/iu);
  });

  it.each(bothCasings('What is the herring capital of Pellonia?'))('%j THEN the herring capital answers', (question) => {
    expect(answeredFirst(question, towns.facts())).toBe(HERRING);
  });

  it('"who is the mayor of varnholm" THEN its deputy mayor is not named as its mayor', () => {
    expect(answerLine('who is the mayor of varnholm', towns.facts()).abstained).toBe(true);
  });

  it('"who is the mayor of quellmark" THEN "the new mayor of Quellmark" answers (a describing word narrows nothing)', () => {
    expect(answeredFirst('who is the mayor of quellmark', towns.facts())).toBe(NEW_MAYOR);
  });
});

describe('which holder in turn', () => {
  it.each(bothCasings('Who was the very first Pellonian foreign minister?'))('%j THEN the present minister does not answer it', (question) => {
    expect(answerLine(question, withoutFirst.facts()).abstained).toBe(true);
  });

  it.each(bothCasings('Who was the very first Pellonian foreign minister?'))('%j THEN where the coverage names the first minister, she answers', (question) => {
    expect(answeredFirst(question, withFirst.facts())).toBe(FIRST_CHAIR);
  });

  it('"who is the pellonian foreign minister" THEN the present one answers', () => {
    expect(answeredFirst('who is the pellonian foreign minister', withoutFirst.facts())).toBe(CHAIR);
  });
});

describe('a role asked with a clause after it', () => {
  const ministers = coverageForTests({
    'talks.md': [
      '---\ntitle: Talks in Lindvik\npublisher: Coastal Gazette\npublished: 2025-06-03\n---',
      'Berg met with Ivo Rask, the Foreign Minister of Quellmark, in Lindvik on Tuesday.',
      'Berg also held talks with Pellonian Foreign Minister Mara Olsen separately.',
      'Zorvian Defence Minister Tor Lund said on Monday that the ferries would sail.',
      'Pellonian ferries carried grain to Varnholm.',
      'Pellonian ports stayed open all winter.',
    ].join('\n\n'),
  });

  it.each(bothCasings("Who's the Pellonian FM Berg met one on one in Lindvik on Tuesday?"))('%j THEN the Pellonian minister answers, not the one Berg met by name', (question) => {
    expect(answeredFirst(question, ministers.facts())).toBe('Berg also held talks with Pellonian Foreign Minister Mara Olsen separately.');
  });

  it('"who is the foreign minister of quellmark" THEN the relation still answers', () => {
    expect(answeredFirst('who is the foreign minister of quellmark', ministers.facts())).toMatch(/Ivo Rask/u);
  });
});

describe('a figure before the verb of a yes/no question', () => {
  const ferries = coverageForTests({
    'package.md': [
      '---\ntitle: Ferry Package\npublisher: Coastal Gazette\npublished: 2025-06-03\n---',
      'The board announced a ferry package worth €725 million for Lindvik.',
      'This package includes two tugs, mooring cranes and spare engines for the old ferries.',
    ].join('\n\n'),
  });

  it.each(bothCasings('Did the 725m package have tugs or cranes or what?'))('%j THEN the package named before answers through "this package"', (question) => {
    expect(answeredFirst(question, ferries.facts())).toBe('This package includes two tugs, mooring cranes and spare engines for the old ferries.');
  });
});
