// A relation a noun narrows is another relation ("the herring capital of Pellonia" is no answer to
// "what is the capital of pellonia", "deputy mayor" none to "who is the mayor"), and a question
// asking which holder in turn ("the first foreign minister") is not answered by a sentence on the present one.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
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
    expect(answerLine(question, towns.facts()).items[0]?.text).toBe(HERRING);
  });

  it('"who is the mayor of varnholm" THEN its deputy mayor is not named as its mayor', () => {
    expect(answerLine('who is the mayor of varnholm', towns.facts()).abstained).toBe(true);
  });

  it('"who is the mayor of quellmark" THEN "the new mayor of Quellmark" answers (a describing word narrows nothing)', () => {
    expect(answerLine('who is the mayor of quellmark', towns.facts()).items[0]?.text).toBe(NEW_MAYOR);
  });
});

describe('which holder in turn', () => {
  it.each(bothCasings('Who was the very first Pellonian foreign minister?'))('%j THEN the present minister does not answer it', (question) => {
    expect(answerLine(question, withoutFirst.facts()).abstained).toBe(true);
  });

  it.each(bothCasings('Who was the very first Pellonian foreign minister?'))('%j THEN where the coverage names the first minister, she answers', (question) => {
    expect(answerLine(question, withFirst.facts()).items[0]?.text).toBe(FIRST_CHAIR);
  });

  it('"who is the pellonian foreign minister" THEN the present one answers', () => {
    expect(answerLine('who is the pellonian foreign minister', withoutFirst.facts()).items[0]?.text).toBe(CHAIR);
  });
});
