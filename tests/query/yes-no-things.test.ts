// "Did the council send drones to the coast guard" asks about the drones: a sentence on the rest
// of the question ("the council has given $5 million in aid to the coast guard") does not answer
// it, and one whose neighbour names drones does not either. The thing the verb acts on must be in
// the sentence; its subject ("is the harbour office slowing down") may be left to the context.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const GIVEN = 'The valley council has sent $5 million in aid to the coast guard since the spring floods.';
const DRONES = 'The new package includes drones, radios and two rescue boats.';

const { facts } = coverageForTests({
  'council.md': [
    '---\ntitle: Valley council sends aid to coast guard\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    GIVEN,
    'The coast guard thanked the valley council for the support, which arrived in June.',
    DRONES,
    'The harbour office said on Monday that it was not slowing down its repairs to the pier.',
  ].join('\n\n'),
});

describe('GIVEN what the council sent, the drones named in a sentence of their own', () => {
  it.each(bothCasings('Did the council send drones to the coast guard?'))('%j THEN the sentence naming drones leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items[0]?.text).toBe(DRONES);
  });

  it.each(bothCasings('Is the harbour office slowing down its repairs?'))('%j THEN the subject need not be repeated by the answer', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(false);
  });
});
