// Web news often puts each sentence in its own paragraph. A sentence that opens by pointing back
// ("These nations …", "He …", "The diplomat …") leans on the sentences before it even across that
// break: the words it leaves to them count in part.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const BOYCOTT = "These nations have decided to boycott the event because of the envoy's attendance.";
const { facts } = coverageForTests({
  'summit.md': [
    '---\ntitle: Harbour summit opens\npublisher: Coastal Gazette\npublished: 2025-03-08\n---',
    'The harbour summit of coastal ministers opened in Lindvik on Tuesday.',
    'The presence of the Quellmark envoy caused a swift protest from Pellonia and the Zorvian states.',
    BOYCOTT,
    'The summit ends on Friday with a joint statement on fishing quotas.',
  ].join('\n\n'),
  'hill.md': [
    '---\ntitle: Hill town notes\npublisher: Hill Herald\npublished: 2025-03-09\n---',
    'The hill town opened a new library today.',
    'Officials in the hill town said the road would reopen in October.',
  ].join('\n\n'),
});

describe('GIVEN a reason given in a sentence that points back across a paragraph break', () => {
  it.each(bothCasings('Why did Pellonia and the Zorvian states boycott the harbour summit?'))('%j THEN that sentence answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(BOYCOTT);
  });
});

describe('GIVEN a role named only in the sentence before one that points back', () => {
  const { facts: roles } = coverageForTests({
    'ministers.md': [
      '---\ntitle: Coastal talks\npublisher: Coastal Gazette\npublished: 2025-03-10\n---',
      'The coastal defence ministers met in Lindvik on Monday.',
      'This view was shared by Admiral Berg, who said Pellonia would keep its ferries running.',
    ].join('\n\n'),
    'hill.md': ['---\ntitle: Hill town notes\npublisher: Hill Herald\npublished: 2025-03-09\n---', 'The hill town opened a new library today.'].join('\n\n'),
  });

  // The role is stated by the sentence itself: Berg is not given the ministers' role by their neighbour.
  it.each(bothCasings("Who is Pellonia's defence minister?"))('%j THEN it declines', (question) => {
    const answer = answerLine(question, roles());
    expect(answer.abstained, answer.items[0]?.text ?? '').toBe(true);
  });
});
