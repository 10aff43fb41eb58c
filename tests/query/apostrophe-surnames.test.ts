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
  it('"/ask question:what did ohara say about the pier" THEN his sentence answers', () => {
    const answer = answerLine('/ask question:what did ohara say about the pier', facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(TOLD);
  });

  it('"liam ohara who is that" THEN he is found, as "who is liam ohara" finds him', () => {
    const answer = answerLine('liam ohara who is that', facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items).toEqual(answerLine('who is liam ohara', facts()).items);
    expect(answer.items[0]).toMatchObject({ personId: 'liam-o-hara' });
  });
});
