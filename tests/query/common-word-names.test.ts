// Which runs of typed words are names made of common words: a stop word standing where ordinary
// phrasing has none ("the *take it* down act") makes one; "of" or "and" between nouns, a question's
// own auxiliaries and pronouns, and a verb's object do not. Typed as chat is: lower case, no
// punctuation.
import { describe, expect, it } from 'vitest';
import { commonWordNames } from '../../src/query/common-word-names.js';

const named = (query: string): string[] => commonWordNames(query).map(({ typed }) => typed);

describe('GIVEN names made of common words', () => {
  it.each([
    ['take it down act', 'take it down act'],
    ['when was the take it down act signed', 'take it down act'],
    ['what is take it down act', 'take it down act'],
    ['tell me about the buy now pay later rule', 'buy now pay later rule'],
    ['what is the do not call registry', 'do not call registry'],
    ['updates on the stand your ground law', 'stand your ground law'],
  ])('%s THEN the whole run is one name', (query, name) => {
    expect(named(query)).toEqual([name]);
  });
});

describe('GIVEN ordinary questions (negative cases)', () => {
  it.each([
    'updates about lindqvist trips',
    'what did haraldsen say about north zorvia',
    'how much aid has the us given to pellonia',
    'who is the secretary of state',
    'what is the capital of pellonia',
    'what is the name of the disease',
    'did the war still rage',
    'does the aid still flow freely to pellonia',
    'the president now says he wants peace',
    'what are the weapons you need',
    'give me updates on berg trips',
    'did reyes come to zorvia',
    'when will the war now end',
    'the aid it gave pellonia',
    'did the president send them weapons',
    'when did the army take it back',
    'what did olsen say he would do next',
    'what was agreed at the summit then aid talks',
    'does the council plan to make zorvia pay reparations',
    'will the senate pass it next week',
    'does the army now plan new offensives',
    'is the war your biggest worry',
    'get latest news on pellonia',
    'when will the ministry send you new passports',
  ])('%s THEN no run is read as a name', (query) => {
    expect(named(query)).toEqual([]);
  });
});
