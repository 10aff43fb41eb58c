// A question the router sends to another command by its shape must not be answered worse than
// /ask would answer it: when both find nothing, the abstention that offers the closest
// sentences (the person's reported speech) is the better one.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

describe('GIVEN a person with reported speech and no quotation, and a topic their words never name', () => {
  const { facts } = coverageForTests({
    'harbour.md': [
      '---\ntitle: Harbour talks in Bergen\npublisher: Fjord Courier\npublished: 2024-05-06\n---',
      'Transport Minister Tomas Berg met the harbour board in Bergen on Monday.',
      'Berg criticized the port fees, claiming that they had driven ships away from the harbour.',
      'The Coastal Fishing Council is holding its yearly meeting in Bergen this week.',
      'Members of the Coastal Fishing Council voted on the new quay.',
    ].join('\n\n'),
  });

  it.each(['what did berg say about the fishing council', 'What did Berg say about the Fishing Council?'])(
    '%j THEN the closest sentences are offered, his words among them, not a bare "quotes no words"',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained).toBe(true);
      expect(answer.items.map((item) => item.text)).toContain('Berg criticized the port fees, claiming that they had driven ships away from the harbour.');
    },
  );

  it('"what did berg say" THEN his reported speech answers', () => {
    const answer = answerLine('what did berg say', facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe('Berg criticized the port fees, claiming that they had driven ships away from the harbour.');
  });
});
