// A question the coverage's words match but cannot answer is declined by evidence: "what time is
// it in lindvik" wants a time of day, which no dated sentence about Lindvik states; "is it going
// to rain in lindvik" is about rain, which the coverage never mentions, whatever it says of Lindvik.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const { facts } = coverageForTests({
  'lindvik.md': [
    '---\ntitle: Lindvik harbour reopens\npublisher: Valley Weekly\npublished: 2025-03-05\n---',
    'Mayor Haraldsen reopened the harbour in Lindvik on 3 March 2025.',
    'The Lindvik council met on Tuesday, 4 March, to discuss the ferry budget.',
    'Haraldsen said the ferry from Lindvik to Quellmark would run twice a week from April.',
  ].join('\n\n'),
  'ostrand.md': [
    '---\ntitle: Ostrand trade fair\npublisher: Pellonia Post\npublished: 2025-03-06\n---',
    'The Pellonia trade fair opens in Ostrand at 9:30 a.m. on Friday, 7 March.',
    'Storms flooded the Ostrand quay last winter, the organisers said.',
    'Traders called the new Ostrand ferry timetable generous.',
  ].join('\n\n'),
});

describe('GIVEN coverage that dates events in Lindvik but states no time of day there', () => {
  it.each(['what time is it in lindvik', 'What time is it in Lindvik?'])('%j THEN it declines: no sentence about Lindvik states a time of day', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence about lindvik states a time of day/iu);
  });

  it('GIVEN a sentence that states the time THEN "what time" is answered with it', () => {
    const answer = answerLine('what time does the trade fair open in ostrand', facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('9:30 a.m.');
  });
});

describe('GIVEN coverage that never mentions rain or snow', () => {
  it.each(['is it gonna rain in lindvik', 'is it going to rain in lindvik', 'Will it snow in Lindvik?'])('%j (the verb of an empty "it") THEN it declines, naming the weather it never mentions', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions (?:rain|snow)/iu);
  });

  it('GIVEN the verb of an empty "it" that the coverage uses in another form THEN it is not declined for it', () => {
    const answer = answerLine('did it flood in ostrand', facts());
    expect(answer.message ?? '').not.toMatch(/never mentions/iu);
    expect(answer.items[0]?.text).toContain('flooded the Ostrand quay');
  });
});

describe('GIVEN coverage that often names Lindvik and its mayor but never a mascot nor a judgement of him', () => {
  it.each(['what is the mascot of lindvik', 'What is the mascot of Lindvik?'])('%j (the noun the question asks about) THEN it declines, naming the mascot it never mentions', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions mascot/iu);
  });

  it.each(['is haraldsen a good mayor', 'is haraldsen a popular mayor', 'Is Haraldsen a good mayor?'])('%j (a quality the coverage never claims) THEN it declines, naming it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions “(?:good|popular)”/iu);
  });

  it('GIVEN a quality the coverage does claim THEN the yes/no question is answered with the sentence claiming it', () => {
    const answer = answerLine('is the ostrand ferry timetable generous', facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('timetable generous');
  });
});

describe('GIVEN a question naming a country the coverage never mentions beside one it does', () => {
  it.each(['how much did the uk give pellonia', 'How much did the UK give Pellonia?'])('%j THEN the decline names only what is missing, not the run of words after it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions uk\b(?! give)/iu);
  });
});
