// "Who is the …" asks who holds a role now, and "how many …" asks for a figure: a sentence naming
// a former holder, or giving only a rough size ("tens of thousands"), answers in part and must
// not lead over one that answers in full — however the question is typed.
import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../src/query/rank.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const FORMER = 'Former Zorvian Ambassador to the Quellan League Tam Oduya spoke.';
const CURRENT = 'On Tuesday the delegation was received in the capital by the Zorvian Ambassador to the Quellan League, Rin Valdt, who gave a long address.';
const ROUGH = 'Crews evacuated tens of thousands of people from Quellport.';
const FIGURE = 'Officials said 12,400 people had been evacuated from Quellport by boat over the weekend, the port authority reported in a statement.';

const { facts } = coverageForTests({
  'league.md': ['---\ntitle: League report\npublisher: Valley Weekly\npublished: 2025-09-01\n---', FORMER, CURRENT].join('\n\n'),
  'port.md': ['---\ntitle: Port report\npublisher: Valley Weekly\npublished: 2025-09-02\n---', ROUGH, FIGURE].join('\n\n'),
});

const first = (question: string): string => {
  const [top] = rankSentences(analyseQuery(question, facts()), facts());
  return top === undefined ? '' : facts().sentence(top.sentenceId).text;
};

describe('GIVEN a former and a current holder of a role', () => {
  it.each(['who is the zorvian ambassador to the quellan league', 'Who is the Zorvian ambassador to the Quellan League?', 'whos the zorvian ambassador to the quellan league'])(
    '%j THEN the current holder leads',
    (question) => expect(first(question)).toBe(CURRENT),
  );

  it('WHEN the question asks about the past THEN the former holder may lead', () => {
    expect(first('who was the former zorvian ambassador to the quellan league')).toBe(FORMER);
  });
});

describe('GIVEN a rough size and a figure for the same count', () => {
  it.each(['how many people were evacuated from quellport', 'How many people were evacuated from Quellport?'])('%j THEN the figure leads', (question) => {
    expect(first(question)).toBe(FIGURE);
  });
});
