// "Who is the …" asks who holds a role now, and "how many …" asks for a figure: a sentence naming
// a former holder or a deputy, a roster of many names and titles, or a sentence giving only a
// rough size ("tens of thousands") answers in part and must not lead over one that answers in
// full — however the question is typed.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const FORMER = 'Former Zorvian Ambassador to the Quellan League Tam Oduya spoke.';
const DEPUTY = 'Deputy Zorvian Ambassador to the Quellan League Ode Brin spoke.';
const ROSTER =
  'Attending: Harbour Minister Ana Rell, Port Director Ivo Sand, Zorvian Ambassador to the Quellan League Pia Torm, Fleet Admiral Oren Vask, Customs Chief Lia Dorn, Treasury Secretary Max Fenn, Mayor Ute Kolb and Judge Rina Holt.';
const CURRENT =
  'On Tuesday the visiting delegation from the northern provinces was received in the capital by the Zorvian Ambassador to the Quellan League, Rin Valdt, who gave a long address about trade, fishing rights, the new harbour, the winter ferry timetable, the price of grain and the repair of the old coastal road that links the two largest towns of the region.';
const ROUGH = 'Crews evacuated tens of thousands of people from Quellport.';
const FIGURE = 'Officials said 12,400 people had been evacuated from Quellport by boat over the weekend, the port authority reported in a statement.';

const { ranked } = coverageForTests({
  'league.md': ['---\ntitle: League report\npublisher: Valley Weekly\npublished: 2025-09-01\n---', FORMER, DEPUTY, ROSTER, CURRENT].join('\n\n'),
  'port.md': ['---\ntitle: Port report\npublisher: Valley Weekly\npublished: 2025-09-02\n---', ROUGH, FIGURE].join('\n\n'),
});

const first = (question: string): string => ranked(question)[0] ?? '';

describe('GIVEN a former holder of a role, a deputy, a roster naming the role and the current holder', () => {
  it.each(['who is the zorvian ambassador to the quellan league', 'Who is the Zorvian ambassador to the Quellan League?', 'whos the zorvian ambassador to the quellan league'])(
    '%j THEN the sentence naming the current holder leads',
    (question) => expect(first(question)).toBe(CURRENT),
  );

  it('WHEN the question asks about the past THEN the former holder may lead', () => {
    expect(first('who was the former zorvian ambassador to the quellan league')).toBe(FORMER);
  });

  it('WHEN the question asks for the deputy THEN the deputy leads', () => {
    expect(first('who is the deputy zorvian ambassador to the quellan league')).toBe(DEPUTY);
  });
});

describe('GIVEN a rough size and a figure for the same count', () => {
  it.each(['how many people were evacuated from quellport', 'How many people were evacuated from Quellport?'])('%j THEN the figure leads', (question) => {
    expect(first(question)).toBe(FIGURE);
  });
});
