// "What's in the package", "what does the package include": the sentence listing its contents
// answers, not one saying what the package is ("the package is the largest since …"), though
// that one names more of the question's words.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const CONTENTS = 'The package includes ten small ferries, 40 water pumps and spare parts, the mayor told reporters.';
const { facts } = coverageForTests({
  'relief.md': [
    '---\ntitle: Relief for the valley\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    'The package is the largest since the valley approved its flood fund last autumn.',
    CONTENTS,
    'The council announced the package on Tuesday.',
  ].join('\n\n'),
  // "Includes" is a common word here, so it weighs little.
  'hill.md': [
    '---\ntitle: Hill town notes\npublisher: Hill Herald\npublished: 2025-09-02\n---',
    'The hill town opened a new library today.',
    'The new library includes a reading room for children.',
    'The road plan includes two new bus stops.',
    'The school budget includes money for teachers.',
  ].join('\n\n'),
});

describe('GIVEN a package described, announced and listed', () => {
  it.each([...bothCasings('What does the valley package include?'), "what's in the valley package", 'whats actually in the valley package'])('%j THEN the sentence listing its contents leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(CONTENTS);
  });
});
