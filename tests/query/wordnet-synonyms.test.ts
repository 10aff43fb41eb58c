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
