// A question in the asker's own words: WordNet's synonyms of its word in the sense it commonly has
// ("fatigue": weariness, and the verb tire; "go": travel) find the sentence that words it
// otherwise.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const WEARINESS = 'Pellonia shows no signs of weariness in its support for Zorvia, Minister Haraldsen said.';
const TIRING = 'Zorvia is showing no sign of tiring, Berg told the council.';
const TRAVEL = 'Foreign Minister Lindqvist travelled to Varnholm on Monday for talks on the harbour.';
const ARTICLE = [
  '---\ntitle: Pellonia and Zorvia\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  WEARINESS,
  'Soldiers in Pellonia wear new winter uniforms this year.',
  'Pellonia approved a budget for roads and schools.',
  TRAVEL,
  'Lindqvist spoke in Quellmark about the harbour in Varnholm.',
  TIRING,
  'The Zorvia council met to discuss the ferry timetable.',
].join('\n\n');

const { facts } = coverageForTests({ 'pellonia.md': ARTICLE });

describe('GIVEN coverage that words fatigue and going otherwise', () => {
  it.each([
    ...bothCasings('Is there Pellonia fatigue?').map((question) => [question, WEARINESS]),
    ...bothCasings('Is there Zorvia fatigue?').map((question) => [question, TIRING]),
    ...bothCasings('Where did Lindqvist go?').map((question) => [question, TRAVEL]),
  ])('%j THEN the sentence saying it in other words answers', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });
});

describe('GIVEN coverage that words a phrasal verb otherwise ("hand over": deliver; "step down": resign)', () => {
  const DELIVERED = 'Pellonia has delivered 40 ferries to Zorvia since the spring.';
  const RESIGNED = 'Mayor Haraldsen resigned on Friday after the harbour vote.';
  const { facts: verbs } = coverageForTests({
    'handover.md': [
      '---\ntitle: Ferries\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
      'Pellonia promised Zorvia new ferries for the harbour.',
      DELIVERED,
      'Haraldsen spoke at the harbour on Friday.',
      RESIGNED,
      'The ferries were built in Lindvik over the winter.',
    ].join('\n\n'),
  });

  it.each([
    ...bothCasings('How many ferries has Pellonia handed over?').map((question) => [question, DELIVERED]),
    ...bothCasings('When did Haraldsen step down?').map((question) => [question, RESIGNED]),
  ])('%j THEN the sentence with the phrasal verb\'s meaning answers', (question, expected) => {
    const answer = answerLine(question, verbs());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });
});

describe('GIVEN coverage that names a thing only by a synonym ("automobiles" for "cars")', () => {
  const BOUGHT = 'The council of Pellonia bought 40 automobiles for its staff this year.';
  const { facts: cars } = coverageForTests({
    'fleet.md': ['---\ntitle: Fleet\npublisher: Valley Weekly\npublished: 2025-09-01\n---', 'Pellonia opened a new depot in Lindvik.', BOUGHT].join('\n\n'),
  });

  it.each(bothCasings('How many cars did the Pellonia council buy?'))('%j THEN the thing counts as mentioned and the sentence answers', (question) => {
    const answer = answerLine(question, cars());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(BOUGHT);
  });
});
