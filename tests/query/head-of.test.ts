// "Who leads / heads / runs / chairs X", "who is in charge of X", as users type them: answered by
// the sentences naming whoever holds a leading role of X (its secretary general, director,
// secretary …), the latest to be reported in it first, though no sentence says "leads".
import { describe, expect, it } from 'vitest';
import { bothCasings } from '../helpers/casings.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const article = (published: string, title: string, body: string) => `---\ntitle: ${title}\npublisher: Coast Courier\npublished: ${published}\n---\n${body}\n`;

const { first, facts } = coverageForTests({
  'ports-2023.md': article(
    '2023-05-02',
    'Port alliance meets in Gdansk',
    `CPA Secretary General Oskar Lind opened the meeting in Gdansk on Tuesday.

CPA Press Secretary Tomas Hale said the ports would share cargo data.

Tug crews will lead the CPA parade on Sunday, and the CPA leads the region in cargo volumes.`,
  ),
  'ports-2025.md': article(
    '2025-03-10',
    'New head for the port alliance',
    `CPA Secretary General Mara Olsen visited the container terminal on Monday.

CPA Chief of Staff Nora Vik said the terminal would reopen in June.

Secretary of Energy Pia Dahl toured the power plant with Assistant Secretary of Energy Leo Moe.

The energy department runs the power plants, and volunteers lead the plant tours.

Secretary of State Lena Moss met the foreign ministers of three countries.

The state department heads a task force on exports, Ivo Sand told reporters, and Sand said it would meet in May.`,
  ),
});

describe('GIVEN two successive secretaries general of an organisation, its press secretary and sentences saying "lead"', () => {
  it.each([
    ...bothCasings('Who leads the CPA?'),
    'who heads cpa',
    'who runs the cpa',
    'who is in charge of the cpa',
    'who is the head of the cpa',
    'whos leading the cpa',
    'who runs the cpa these days',
    'who leads cpa right now',
  ])('%j THEN the latest secretary general leads the answer', (question) => {
    expect(first(question)).toBe('CPA Secretary General Mara Olsen visited the container terminal on Monday.');
  });

  it.each(['who heads the state department', 'who is in charge of the state department'])('%j THEN the secretary of state, though "state department" is one phrase no title says', (question) => {
    expect(first(question)).toBe('Secretary of State Lena Moss met the foreign ministers of three countries.');
  });

  it.each(['who heads the energy department', 'who runs the department of energy'])('%j THEN the secretary of that portfolio, not the assistant', (question) => {
    expect(first(question)).toMatch(/^Secretary of Energy Pia Dahl/u);
  });

  it('THEN the people found hold those roles (the build reads them)', () => {
    const roles = facts().data.people.flatMap((person) => person.roles.map((role) => `${person.name}: ${role.title} · ${role.organisation ?? ''}`));
    expect(roles).toEqual(expect.arrayContaining(['Mara Olsen: Secretary General · CPA', 'Oskar Lind: Secretary General · CPA', 'Tomas Hale: Press Secretary · CPA']));
  });
});

describe('GIVEN "who is the head of" the organisation, as a whole answer', () => {
  it.each([...bothCasings('Who is the head of the CPA?'), 'who is the leader of cpa'])('%j THEN it is answered, not declined for want of the words "head of"', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe('CPA Secretary General Mara Olsen visited the container terminal on Monday.');
  });
});

describe('GIVEN the same coverage, asked for the organisation\'s chief, head or boss', () => {
  it.each([...bothCasings('Who is the CPA chief?'), "who is cpa's head", 'who is the cpa boss', "who's the cpa leader"])('%j THEN the latest secretary general answers, not the chief of staff', (question) => {
    expect(first(question)).toBe('CPA Secretary General Mara Olsen visited the container terminal on Monday.');
  });
});

const ZORVIAN_MINISTER = 'Zorvian Foreign Minister Lena Quellmark arrived in Pellonia for talks on fishing rights.';
const epithets = coverageForTests({
  'talks.md': article(
    '2025-06-02',
    'Fishing talks open',
    `Top diplomats from Zorvia and Pellonia opened two days of talks on fishing rights on Monday.

${ZORVIAN_MINISTER}

Pellonian Foreign Minister Arne Haraldsen said the quotas would be shared fairly.

The top diplomats will meet again in August, a Pellonian diplomat said.`,
  ),
});

describe('GIVEN two foreign ministers and sentences about "top diplomats"', () => {
  it.each([...bothCasings("Who is Zorvia's top diplomat?"), 'who is the top zorvian diplomat', 'who is the zorvian top diplomat'])('%j THEN the Zorvian foreign minister answers', (question) => {
    expect(epithets.first(question)).toBe(ZORVIAN_MINISTER);
  });

  it("\"who is pellonia's top diplomat\" THEN the other country's foreign minister", () => {
    expect(epithets.first("who is pellonia's top diplomat")).toBe('Pellonian Foreign Minister Arne Haraldsen said the quotas would be shared fairly.');
  });
});

describe('GIVEN the same talks, with no one given the role asked for', () => {
  it.each(["who is pellonia's top prosecutor", 'who is the pellonian top prosecutor'])('%j THEN it declines, saying no sentence names that role', (question) => {
    const answer = answerLine(question, epithets.facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message).toMatch(/no sentence names .*top prosecutor/u);
  });
});
