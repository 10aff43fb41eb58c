// A headline states a fact in fewer words than the body sentence reporting it, so the index
// scores it higher; the body sentence, which says who announced it and when, leads when it
// answers as fully. A headline that answers alone still answers.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const BODY = 'Transport Minister Ingrid Vos announced on Monday that Pellonia will set up a $2 billion ferry fund for the islands.';
const { facts } = coverageForTests({
  'fund.md': ['---\npublisher: Harbour Post\npublished: 2025-04-02\n---\n# Pellonia pledges $2 billion ferry fund', BODY, 'The fund will replace six ferries by 2030.', 'Island mayors welcomed the plan.'].join('\n\n'),
  'fares.md': ['---\npublisher: Coast Courier\npublished: 2025-04-03\n---\n# Quellmark ferry fares rise again', 'Fares on the Quellmark ferries rose by 12% in March.'].join('\n\n'),
});

describe('GIVEN a headline and a body sentence stating the same amount', () => {
  it.each([...bothCasings("How much is Pellonia's ferry fund?"), 'pellonia ferry fund how many billions'])('%j THEN the body sentence leads, the headline after it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items.map((item) => item.text).slice(0, 2)).toEqual([BODY, 'Pellonia pledges $2 billion ferry fund']);
  });

  it.each(bothCasings('Did Quellmark ferry fares rise again?'))('%j THEN a headline still answers when the body does not say as much', (question) => {
    expect(answerLine(question, facts()).items.map((item) => item.text)).toContain('Quellmark ferry fares rise again');
  });
});
