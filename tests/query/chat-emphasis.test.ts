// Chat's emphasis and shorthand read as meant ("whyyy", "til", "acc to", "ngl … fr", "such a big
// deal", "how many $$", "what was it for"), a kind named by a closed-up compound ("warships" are
// ships), the thing a share is of required ("what % of the warships"), and a figure asked for a
// period answered only by a sentence from it, when its date is known.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { mendTypingSlips } from '../../src/query/typing-slips.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { questionWords } from '../../src/query/parts-of-speech.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const WARSHIPS = 'Zorvia sent four warships to Lindvik after the harbour ice closed the ferry lanes.';
const PLAN = 'The ferry plan is contentious because it closes the old harbour at Varnholm.';
const DEAL = 'Quellmark signed a timber deal with Pellonia in Varnholm.';
const GRANT = 'Quellmark has given Zorvia $40 million in ferry aid.';
const DELIVERED = 'Quellmark has delivered 80% of the promised munitions and 40% of the radios to Zorvia.';
// Reported from 2023 too, so "in 2023" asks for a period the coverage knows.
const { facts } = coverageForTests({
  'ships.md': ['---\ntitle: Zorvia ships\npublisher: Coastal Gazette\npublished: 2025-05-02\n---', WARSHIPS].join('\n\n'),
  'plan.md': ['---\ntitle: Harbour plans\npublisher: Valley Weekly\npublished: 2023-06-03\n---', PLAN, DEAL].join('\n\n'),
  'aid.md': ['---\ntitle: Ferry aid\npublisher: Valley Weekly\npublished: 2025-06-05\n---', GRANT, DELIVERED].join('\n\n'),
});
// The same grant reported where nothing dates it: a source without a date may be the period's.
const undated = coverageForTests({ 'aid.md': ['---\ntitle: Ferry aid\npublisher: Valley Weekly\n---', GRANT].join('\n\n') }).facts;

const answerOf = (question: string, coverage = facts()) => {
  const answer = answerLine(question, coverage);
  return { abstained: answer.abstained, first: answer.items[0]?.text ?? '' };
};

describe('GIVEN a letter held down for emphasis', () => {
  it('THEN the word is read as meant, two letters kept where that is a word; a name the coverage lacks stays', () => {
    expect(mendTypingSlips('whyyy did they', facts())).toBe('why did they');
    expect(mendTypingSlips('sooo goood', facts())).toBe('so good');
    expect(mendTypingSlips('what did zzzorvex say', facts())).toBe('what did zzzorvex say');
  });

  it.each(bothCasings('whyyy did zorvia send warships to lindvik'))('%j THEN the reason answers', (question) => {
    expect(answerOf(question).first).toBe(WARSHIPS);
  });
});

describe('GIVEN chat shorthand and fillers', () => {
  it('THEN "til", "smth", "wknd" and "acc to" are spelled out, "ngl", "fr", "tbf" dropped', () => {
    expect(plainForm('will it last til june')).toBe('will it last until june');
    expect(plainForm('was there smth last wknd')).toBe('was there something last weekend');
    expect(plainForm('how much aid acc to berg')).toBe('how much aid according to berg');
    expect(plainForm('ngl whats the ferry plan fr')).toBe('what is the ferry plan');
    expect(plainForm('tbf who sent it')).toBe('who sent it');
  });
});

describe('GIVEN "how many $$"', () => {
  it('THEN it asks for a sum of money, as "how many dollars" does', () => {
    expect(understandQuestion('how many $$ was the ferry grant').expects).toEqual(['money']);
    expect(understandQuestion('how many € did quellmark give').expects).toEqual(['money']);
    expect(understandQuestion('how many ferries did quellmark give').expects).toEqual(['count', 'percent']);
  });
});

describe('GIVEN "what was X for"', () => {
  it('THEN it asks for its purpose, unless the word before "for" asks something else', () => {
    expect(understandQuestion('what was the late june ferry meeting for').expects).toEqual(['reason']);
    expect(understandQuestion('whats the fund meant for').expects).toEqual(['reason']);
    // Asking for something is a demand, not a purpose.
    expect(understandQuestion('what is the council asking for').expects).toEqual(['demand']);
    expect(understandQuestion('what did they vote for').expects).toEqual([]);
    expect(understandQuestion('what is the mayor responsible for').kind).not.toBe('why');
  });
});

describe('GIVEN "why is X such a big deal"', () => {
  it('THEN it asks why X matters: "deal" names no topic', () => {
    expect(plainForm('why is the ferry plan such a big deal')).toBe('why is the ferry plan');
    expect(plainForm('what was the big deal')).toBe('what was the big deal');
  });

  it.each(bothCasings('why is the ferry plan such a big deal'))('%j THEN the reason answers, not a deal', (question) => {
    expect(answerOf(question).first).toBe(PLAN);
  });
});

describe('GIVEN a noun the coverage writes only inside a closed-up compound ("warships")', () => {
  it.each(bothCasings('how many ships did zorvia send to lindvik'))('%j THEN the compound names a kind of it and answers', (question) => {
    expect(answerOf(question)).toEqual({ abstained: false, first: WARSHIPS });
  });
});

describe('GIVEN a share asked of a thing ("what % of the promised warships")', () => {
  it('THEN a past form after "the" describes the noun after it, which the tagger read as a verb', () => {
    const words = questionWords('what % of the promised boats has quellmark delivered');
    expect(words.find(({ word }) => word === 'boats')?.thing).toBe(true);
    expect(words.find(({ word }) => word === 'promised')?.describes).toBe(true);
  });

  it.each(bothCasings('what % of the promised munitions has quellmark delivered'))('%j THEN a share of that thing answers', (question) => {
    expect(answerOf(question).first).toBe(DELIVERED);
  });

  it.each(bothCasings('what % of the promised warships has quellmark delivered'))('%j THEN shares of other things the coverage names do not', (question) => {
    expect(answerOf(question).first).not.toBe(DELIVERED);
  });

  it.each(bothCasings('what % of the promised ammo has quellmark delivered'))('%j THEN a word the coverage never writes may be its paraphrase', (question) => {
    expect(answerOf(question).first).toBe(DELIVERED);
  });
});

describe('GIVEN an amount asked for a period', () => {
  it.each(bothCasings('how much ferry aid did quellmark give zorvia in 2023'))('%j THEN a figure reported in another period does not answer', (question) => {
    expect(answerOf(question).abstained).toBe(true);
  });

  it('THEN a figure reported in that period answers, and so does one whose sentence and source have no date', () => {
    expect(answerOf('how much ferry aid did quellmark give zorvia in 2025').first).toBe(GRANT);
    expect(answerOf('how much ferry aid did quellmark give zorvia in 2023', undated()).first).toBe(GRANT);
  });
});
