// "How long …" is answered by a span ("two and a half hours", "for weeks"); "in the coming weeks"
// or "in recent days" say when something happens, not how long it lasts.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const LASTED = 'Berg said the meeting with Olsen ran well past lunch, lasting more than two and a half hours.';
const ARTICLE = [
  '---\ntitle: Harbour talks\npublisher: Pellonia Weekly\npublished: 2025-05-02\n---',
  'Berg met Olsen in Quellmark on Thursday to discuss the ferry tariffs.',
  LASTED,
  'Berg and Olsen will meet the Zorvia delegation in the coming weeks, officials said.',
  'In recent days Olsen has met harbour workers twice.',
].join('\n\n');

const { ranked } = coverageForTests({ 'talks.md': ARTICLE });

describe('GIVEN coverage stating how long a meeting lasted, and when others will happen', () => {
  it.each(bothCasings('How long did Berg and Olsen meet?'))('%j THEN the stated span leads', (question) => {
    expect(ranked(question)[0]).toBe(LASTED);
  });
});

describe('GIVEN a meeting reported with no span and no date', () => {
  const MET = 'Haraldsen also held talks with Lindqvist separately.';
  const { facts: talks } = coverageForTests({
    'talks.md': ['---\ntitle: Talks\npublisher: Pellonia Weekly\npublished: 2025-05-02\n---', 'Ministers from Pellonia and Zorvia met in Lindvik.', MET].join('\n\n'),
  });
  it.each(bothCasings('How long was Haraldsen\'s meeting with Lindqvist?'))('%j THEN it declines: the sentence naming the meeting says nothing of how long it was', (question) => {
    expect(answerLine(question, talks()).abstained).toBe(true);
  });
});
