// "O'Hara" is typed "ohara" in chat. The index splits the written name at its apostrophe, so
// the typed form matches no word of the coverage: the question must still find the person.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const TOLD = "Harbour Secretary Liam O'Hara told reporters that the north pier would reopen in the spring.";
const { facts } = coverageForTests({
  'port.md': [
    '---\ntitle: Pier news\npublisher: Valley Weekly\npublished: 2025-03-01\n---',
    TOLD,
    'The ferry will run from the south quay until then, the council said.',
  ].join('\n\n'),
});

describe("GIVEN Liam O'Hara in the coverage", () => {
  it.each(['/ask question:what did ohara say about the pier', 'liam ohara who is that'])('%j THEN his sentence answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(TOLD);
  });
});
