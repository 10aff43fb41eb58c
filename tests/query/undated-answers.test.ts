// A "when" question is answered by a date, a "how many" one by a figure: a sentence that names
// the event but dates nothing ("the upcoming summit at the harbour town"), or the thing but counts
// nothing ("most of the boats were built in the valley"), leaves it unanswered, however well it matches.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const DATED = 'The valley fair will open on June 4, 2025, the council said.';
const { facts } = coverageForTests({
  'summits.md': [
    '---\ntitle: Council plans\npublisher: Valley Weekly\npublished: 2025-03-01\n---',
    'Ministers discussed priorities for the upcoming summit at the harbour town.',
    'Most of the rescue boats were built in the valley shipyards, the council said.',
    DATED,
  ].join('\n\n'),
});

describe('GIVEN one event named without a date and another dated', () => {
  it.each(bothCasings('When is the harbour town summit?'))('%j THEN it declines, citing the closest sentences', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.items.every((item) => item.closest === true)).toBe(true);
  });

  it.each(bothCasings('When will the valley fair open?'))('%j THEN the dated sentence answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(DATED);
  });

  it.each(bothCasings('How many rescue boats were built in the valley shipyards?'))('%j (no figure stated) THEN it declines', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});
