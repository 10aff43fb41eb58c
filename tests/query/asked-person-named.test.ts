// A question naming a known person asks about them: a sentence that names them neither itself nor
// in the sentences before it in its paragraph is about someone else, though the article's title
// names them. "What did Lindqvist eat for dinner" is not answered by another guest's dinner.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const OPENED = 'He opened the new ferry bridge on Tuesday.';

const { facts } = coverageForTests({
  'visit.md': [
    '---\ntitle: Lindqvist visits Quellmark\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    'Minister Sven Lindqvist arrived in Quellmark on Monday for talks on the harbour. ' + OPENED,
    'Haraldsen hosted the harbour council at a working dinner in the old customs house. The council served smoked herring.',
    'The mayor said the ferry bridge would cut travel times by half.',
  ].join('\n\n'),
});

const DINNER = bothCasings('What did Lindqvist eat for dinner?');
const BRIDGE = bothCasings('When did Lindqvist open the ferry bridge?');

describe('GIVEN an article titled on Lindqvist whose dinner sentence names another host', () => {
  it.each([0, 1])('casing %i THEN the dinner question declines, and "He …" after the sentence naming him still answers', (casing) => {
    const dinner = answerLine(DINNER[casing]!, facts());
    expect(dinner.abstained, dinner.items[0]?.text).toBe(true);
    const bridge = answerLine(BRIDGE[casing]!, facts());
    expect(bridge.abstained).toBe(false);
    expect(bridge.items[0]?.text).toBe(OPENED);
  });
});
