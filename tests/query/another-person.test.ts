// "Who is replacing Vos" asks for someone else: a sentence naming only Vos, however much of the
// question it covers, does not answer it. What Vos said is answered by her own words.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FARES = 'Transport Minister Ingrid Vos said on Sunday that the ministry would agree on new ferry fares.';
const { facts } = coverageForTests({
  'fares.md': [
    '---\ntitle: Ferry fares\npublisher: Coastal Gazette\npublished: 2025-03-08\n---',
    FARES,
    'The ministry meets in Lindvik every month.',
    'The council will replace two old ferries next year.',
    'Workers will replace the pier lights in May.',
    'Ferry fares rose in Quellmark.',
    'The ferries sail daily.',
    'Crews will replace the dock ramps soon.',
    'The town may replace its ferry timetable.',
  ].join('\n\n'),
});

describe('GIVEN coverage naming a minister but not who will follow her', () => {
  it.each(bothCasings("Who's replacing Ingrid Vos as transport minister?"))('%j THEN it declines: the sentence names no one but her', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
  it.each(bothCasings('What did Ingrid Vos say about the ferry fares?'))('%j THEN her own words answer', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(FARES);
  });
});
