// A "who" question that names a person asks for someone else: "who replaced Berg" is not answered
// by a sentence that only names Berg (or his city hall), however much of the question it covers;
// "who met Haraldsen" is not answered by a meeting of other people.
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

const WELCOMED = 'Foreign Minister Erik Lindqvist welcomed Anna Haraldsen at the harbour in Pellonia on Tuesday.';
const OTHERS_MET = 'Mayor Tomas Reyes met Governor Lena Olsen at the harbour on Monday.';
const welcome = coverageForTests({
  'terminal.md': [
    '---\ntitle: Grain terminal opens in Zorvia\npublisher: Coastal Gazette\npublished: 2025-04-02\n---',
    'Port Director Anna Haraldsen opened the new grain terminal in Zorvia.',
    'Haraldsen said the terminal would handle two million tonnes a year.',
    WELCOMED,
    'The grain terminal, Haraldsen added, was built by local firms.',
  ].join('\n\n'),
  'ferry.md': ['---\ntitle: Mayor and governor agree on ferry plan\npublisher: Coastal Gazette\npublished: 2025-04-03\n---', OTHERS_MET, 'They agreed to run a second ferry to Pellonia from June.'].join('\n\n'),
});

describe('GIVEN a harbour meeting of two other people and a sentence where someone receives Haraldsen at the harbour', () => {
  it.each([...bothCasings('Who met Haraldsen at the harbour?'), 'who did haraldsen meet at the harbour'])('%j THEN the sentence naming Haraldsen answers, and the meeting of others is no answer', (question) => {
    const answer = answerLine(question, welcome.facts());
    expect(answer.items.map((item) => item.text)).toEqual([WELCOMED]);
  });
});
