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
  it.each([
    ...bothCasings('What does the valley package include?'),
    "what's in the valley package",
    'whats actually in the valley package',
    // Nobody is asked to be speaking: the council announced the package, the question asks what is in it.
    'whats actually in the package the council announced, like what kind of pumps',
  ])('%j THEN the sentence listing its contents leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(CONTENTS);
  });
});

// The listing names only "package"; the announcement names every other word of the question.
const LISTED = 'This package contains sandbags, 12 pumps and two field kitchens, such as the ones used last spring.';
const { facts: announced } = coverageForTests({
  'storm.md': [
    '---\ntitle: Storm aid for Pellonia\npublisher: Coast Courier\npublished: 2025-10-03\n---',
    'The governor of Pellonia announced a $5 million storm relief package for the coastal towns on Monday.',
    LISTED,
    'Storm relief for the coastal towns of Pellonia was debated for weeks.',
  ].join('\n\n'),
});

describe('GIVEN a package announced with every word of the question, and listed by "this package" alone', () => {
  it.each([...bothCasings("What's in the Pellonia storm relief package?"), 'what was included in the pellonia storm relief package', 'what does the pellonia storm relief package contain'])(
    '%j THEN the listing leads, the announcement after it',
    (question) => {
      const answer = answerLine(question, announced());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items.map((item) => item.text).slice(0, 2)).toEqual([LISTED, 'The governor of Pellonia announced a $5 million storm relief package for the coastal towns on Monday.']);
    },
  );
});
