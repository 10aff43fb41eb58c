// "What does hsc stand for" is answered by the sentence that spells HSC out, found in the
// coverage by the initials of its capitalised words; a coverage that never spells it out
// declines, whatever else it says about HSC.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { abbreviationAsked, spelledOut } from '../../src/query/abbreviations.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const SPELLED = 'Members of the Harbour Safety Council (HSC) met on Monday to discuss the pier.';
const USED = 'HSC officials said the pier would reopen in the spring, and the HSC will meet again in May.';

const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Pier to reopen\npublisher: Valley Weekly\npublished: 2025-03-01\n---', USED, 'The ferry will run from the north quay until then.', SPELLED].join('\n\n'),
  'fleet.md': ['---\ntitle: Fleet news\npublisher: Valley Weekly\npublished: 2025-03-02\n---', 'The PDA inspected the fishing fleet on Tuesday, and the PDA found no faults.'].join('\n\n'),
});

describe('abbreviationAsked', () => {
  it.each([
    ['what does hsc stand for', 'hsc'],
    ['What does HSC stand for?', 'hsc'],
    ['what do the letters h.s.c. stand for', 'hsc'],
    ['what is hsc short for', 'hsc'],
    ['what is the full name of the hsc', 'hsc'],
    ['what does the hsc do', undefined],
    ['where does the council stand on the pier', undefined],
  ])('%j → %s', (question, expected) => {
    expect(abbreviationAsked(question.toLowerCase().replace(/\?$/u, ''))).toBe(expected);
  });
});

describe('spelledOut', () => {
  it('GIVEN capitalised words whose initials spell the letters, small linking words skipped THEN it is their terms', () => {
    expect(spelledOut('the Board of Valley Ferries (BVF) said', 'bvf')).toEqual([['board', 'vallei', 'ferri']]);
    expect(spelledOut('the board of valley ferries said', 'bvf')).toEqual([]);
  });
});

describe('GIVEN a coverage that spells HSC out once and uses it elsewhere', () => {
  it.each(['what does hsc stand for', 'What does HSC stand for?'])('%j THEN the sentence spelling it out answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(SPELLED);
    expect(answer.items.map((item) => item.text)).not.toContain(USED);
  });

  it('GIVEN PDA, never spelled out THEN it declines and says what is missing', () => {
    const answer = answerLine('what does pda stand for', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('full name of pda');
  });
});

describe('GIVEN "what is hsc", the sentence spelling it out among shorter ones that use it', () => {
  it.each(['what is the hsc', 'What is the HSC?', 'wat is hsc'])('%j THEN the spelled-out sentence leads: it says what HSC is', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(SPELLED);
  });
});
