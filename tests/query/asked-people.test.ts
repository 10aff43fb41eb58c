// A "who" question that names a person asks for someone else: "who replaced Berg" is not answered
// by a sentence that only names Berg (or his city hall), however much of the question it covers.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MET = 'Jonas Berg met Governor Anna Holm at the harbour on Monday.';
const ARTICLE = [
  '---\ntitle: Harbour city news\npublisher: Coastal Gazette\npublished: 2025-03-05\n---',
  'Mayor Jonas Berg opened the new bridge after a ceremony at City Hall.',
  'Jonas Berg said the bridge would carry 40,000 vehicles a day.',
  'The harbour will get a new ferry terminal next year, the council said.',
].join('\n\n');

const MEETING = ['---\ntitle: Governor visits\npublisher: Coastal Gazette\npublished: 2025-03-06\n---', MET].join('\n\n');

const { facts } = coverageForTests({ 'harbour.md': ARTICLE });
const withMeeting = coverageForTests({ 'harbour.md': ARTICLE, 'meeting.md': MEETING });

describe('GIVEN coverage that names Berg but never says who replaced him', () => {
  it.each(bothCasings('Who replaced Jonas Berg?'))('%j THEN it declines rather than answering with Berg himself', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('Who did Jonas Berg meet at the harbour?'))('%j THEN a sentence naming another person with him answers', (question) => {
    const answer = answerLine(question, withMeeting.facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(MET);
  });
});
