// A sentence that is itself a question (a reporter's, in a briefing's transcript) asks; it
// states nothing, so it must not lead over the sentence that answers.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const ASKED = 'Q Governor Varn, what did you tell the harbour board?';
const TOLD = 'Governor Ilse Varn told the harbour board on Monday that the port would reopen in the spring after the repairs to the main pier are finished.';

const { ranked } = coverageForTests({
  'briefing.md': ['---\ntitle: Briefing\npublisher: Valley Weekly\npublished: 2025-03-01\n---', ASKED, TOLD].join('\n\n'),
});

describe('GIVEN a reporter\'s question and the statement that answers it', () => {
  it.each(['what did varn tell the harbour board', 'What did Governor Varn tell the harbour board?'])('%j THEN the statement leads', (question) => {
    expect(ranked(question)[0]).toBe(TOLD);
  });
});
