// A question about what will happen ("who will win the cup", "when will the strike end") is
// answered only by a sentence stating that happening; past facts about the same things (the
// cup's holder, the strike's start) answer something else, and the question is declined. A
// question asking for a thing ("which trophy will …") or one whose verb only says that its
// subject takes place is not held to the verb.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FERRY_END = 'The union said the ferry strike will end on June 2, 2025.';
const HARBOUR = [
  '---\ntitle: Harbour report\npublisher: Valley Weekly\npublished: 2025-05-20\n---',
  'The Quellmark Cup final in Pellonia drew a record crowd on May 3, 2025.',
  'Haraldsen scored twice for the Pellonian side in the Quellmark Cup semi-final.',
  'The dock strike in Zorvia began on April 14, 2025, and the port has stood idle since.',
  'Dock workers in Zorvia marched through the harbour town on Saturday.',
  'The mayor said the end of the month would bring new council elections.',
  'The regatta will take place on July 12, 2025, in the harbour town.',
].join('\n\n');
const FERRY = ['---\ntitle: Ferry report\npublisher: Valley Weekly\npublished: 2025-05-21\n---', 'The ferry strike in Pellonia began on May 1, 2025.', FERRY_END].join('\n\n');

const { facts } = coverageForTests({ 'harbour.md': HARBOUR });
const { facts: withFerry } = coverageForTests({ 'harbour.md': HARBOUR, 'ferry.md': FERRY });

describe('GIVEN coverage of a cup final, a strike and a regatta, no end of the strike announced', () => {
  it.each(bothCasings('Who will win the Quellmark Cup?'))('%j THEN it declines, naming the verb the coverage never writes', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message).toMatch(/win/u);
  });

  it.each(bothCasings('When will the dock strike end?'))('%j THEN it declines: no sentence states that strike ending', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each([...bothCasings('When will the regatta be held?'), ...bothCasings('When was the regatta held?')])('%j THEN a verb saying only that it takes place is not required', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toContain('July 12, 2025');
  });
});

describe('GIVEN the same coverage and a report announcing when another strike ends', () => {
  it.each(bothCasings('When will the ferry strike end?'))('%j THEN the sentence announcing its end answers', (question) => {
    const answer = answerLine(question, withFerry());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(FERRY_END);
  });
});
