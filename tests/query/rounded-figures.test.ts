// A figure typed rounded ("38 billion") is the coverage's figure that rounds to it ("$37.6
// billion"), with a scale word of the same size written either way ("38bn"). A claim with a
// figure that does not round to it ("did the council request 37 billion?") is answered by the
// sentence stating the coverage's own, which corrects it; a question about a figure that does
// not round to it ("why did they request 39 billion") asks about one the coverage never mentions.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const REQUEST = 'The Varnholm council requested $37.6 billion in reconstruction funds for the harbour.';
const ARTICLE = [
  '---\ntitle: Varnholm budget news\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  REQUEST,
  'Mayor Lindqvist said the harbour bridge would reopen in October.',
  'The council approved a budget of $2 million for roads.',
].join('\n\n');

const { facts } = coverageForTests({ 'varnholm.md': ARTICLE });

describe('GIVEN coverage stating $37.6 billion', () => {
  it.each([
    ...bothCasings('Did the council request 38 billion?').map((question) => [question, question.replace('38', '37')]),
    ['council request 38bn', 'council request 39bn'],
    ['council request 38 billion', 'council request 37.5 billion'],
  ])('%j THEN the sentence stating $37.6 billion answers, and so it does %j (a claim it corrects)', (rounded, other) => {
    for (const claim of [rounded, other]) {
      const answer = answerLine(claim, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe(REQUEST);
    }
  });

  it.each(bothCasings('Why did the council request 39 billion?'))('%j (a figure no sentence states, asked about) THEN it is declined for that figure', (question) => {
    const declined = answerLine(question, facts());
    expect(declined.abstained, declined.items[0]?.text).toBe(true);
    expect(declined.message).toMatch(/never mentions 39/u);
  });
});
