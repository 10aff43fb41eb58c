// A sentence that is itself a question (a reporter's, in a briefing's transcript) asks; it
// states nothing, so it must not lead over the sentence that answers.
import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../src/query/rank.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ASKED = 'Q Governor Varn, what did you tell the harbour board?';
const TOLD = 'Governor Ilse Varn told the harbour board on Monday that the port would reopen in the spring after the repairs to the main pier are finished.';

const { facts } = coverageForTests({
  'briefing.md': ['---\ntitle: Briefing\npublisher: Valley Weekly\npublished: 2025-03-01\n---', ASKED, TOLD].join('\n\n'),
});

describe('GIVEN a reporter\'s question and the statement that answers it', () => {
  it.each(['what did varn tell the harbour board', 'What did Governor Varn tell the harbour board?'])('%j THEN the statement leads', (question) => {
    const [top] = rankSentences(analyseQuery(question, facts()), facts());
    expect(top === undefined ? '' : facts().sentence(top.sentenceId).text).toBe(TOLD);
  });
});
