// A "who" question is answered by someone it does not name itself: a name made only of the
// question's own words ("the Quellmark Lindqvist cult") is the thing asked about, not its answer.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const SIEGE = 'The 40-day siege of the Quellmark Lindqvist cult near Zorvia ended in a fire after a raid by federal agents.';
const LEADER = 'Another child was released from the farm near Zorvia, where cult leader Edvin Haraldsen refuses to surrender.';

const { ranked } = coverageForTests({
  'siege.md': ['---\ntitle: Siege ends\npublisher: Valley Weekly\npublished: 2025-04-20\n---', SIEGE, LEADER].join('\n\n'),
});

describe('GIVEN a sentence naming only the group asked about and one naming its leader', () => {
  it.each([
    'who was the leader of the quellmark lindqvist cult besieged by federal agents near zorvia',
    'Who was the leader of the Quellmark Lindqvist cult besieged by federal agents near Zorvia?',
  ])('%j THEN the sentence naming the leader leads', (question) => {
    expect(ranked(question)[0]).toBe(LEADER);
  });
});
