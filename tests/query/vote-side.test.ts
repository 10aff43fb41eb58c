// A vote asked by its side: a sentence on the other side names the wrong people ("which members
// voted no": not the one who voted for), unless the question checks a claim about it ("did cook
// vote against it": the sentence saying she voted for answers no).
import { describe, expect, it } from 'vitest';
import { aboutOtherVoteSide, askedVoteSide } from '../../src/query/vote-side.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const COOK = 'Council member Ada Cook, a longtime backer of the ferry levy, voted for the ferry levy on Tuesday.';
const BRENN = 'Ola Brenn, the harbour chief, opposed the levy from the start.';

const { first } = coverageForTests({
  'levy.md': ['---\ntitle: Council passes the ferry levy\npublisher: Coast Herald\npublished: 2025-04-24\n---', COOK, BRENN].join('\n\n'),
});

describe('GIVEN a vote asked by its side', () => {
  it.each([
    ['which members voted no', 'against'],
    ['who voted against the levy', 'against'],
    ['who voted in favour of it', 'for'],
    ['who voted yes', 'for'],
    ['when was the vote', null],
  ] as const)('%j THEN it asks about the side %j', (question, side) => {
    expect(askedVoteSide(question)).toBe(side);
  });

  it.each([
    ['against', 'Cook voted for the levy.', true],
    ['against', 'Brenn voted against the levy.', false],
    ['for', 'Brenn voted no.', true],
    ['for', 'Cook voted for it; Brenn voted against it.', false],
    [null, 'Cook voted for the levy.', false],
  ] as const)('side %j, %j THEN about the other side: %j', (side, text, other) => {
    expect(aboutOtherVoteSide(side, text)).toBe(other);
  });

  it.each(bothCasings('which council members voted no on the ferry levy'))('%j THEN the member who voted for it is no answer', (question) => {
    expect(first(question)).not.toBe(COOK);
  });

  it.each(bothCasings('did cook vote against the ferry levy'))('%j THEN a claim checked is answered by the other side', (question) => {
    expect(first(question)).toBe(COOK);
  });
});
