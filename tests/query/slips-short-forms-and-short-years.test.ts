// Readings of chat that earlier ones missed: a misspelling that shares its index term with another
// word ("offical" → "offic", as "office"), a figure's clipped scale before the noun a yes/no
// question asks about ("did the 640 mil package have …"), plural shorthand ("govts"), "sec def",
// "nov 24" as chat's November 2024, a question clause typed after its topic ("the nets - who sent them"),
// the state a subject "became" ("when did pellonia become independent"), the role someone "took
// over as", and "the very first" holder of a role named by a phrase ("press officer").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const OFFICE = 'The harbour office announced a second ferry desk on Monday.';
const OFFICIAL = 'A harbour official announced that the quays would close for repairs in March.';
const PACKAGE_NAMED = 'The board announced a €640 million ferry package for Lindvik on Tuesday.';
const PACKAGE_CONTENTS = 'This package includes two ice-class ferries, spare engines and training for crews.';
const WORRIED = 'Some northern governments have expressed concerns that the storms could close the eastern quays.';
const GIVEN = 'Berg also said that the board has given more than €90 million to Lindvik since the floods.';
const DEFENSE = 'Pellonian Secretary of Defense Ana Holm said the coast guard would patrol the ferry routes.';
const NETS = 'Most of the drift nets seized in the raid were made and supplied by Quellmark, the inspectors said.';
const MINES = 'Neither Zorvia nor Pellonia has signed the treaty banning landmines in coastal waters.';
const INDEPENDENCE = 'Zorvia declared its independence in 1991, two years after the coast guard was founded.';
const PELLONIA = 'Pellonia joined the coast guard pact in 2004 and has sent patrol boats every year since.';
const CHAIR = 'Mara Olsen took over as chair of the harbour board in May, after Ivar Berg retired.';
const FIRST_MASTER = 'Nils Aune, the first harbour master of the new port, opened its gates in 2019.';
const OFFICER = 'Press Officer Ana Lind said the port would reopen on Friday.';
const FIRST_MEETING = 'Her first meeting of the day was with Press Officer Ana Lind.';
const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour Board Update\npublisher: Coastal Gazette\npublished: 2024-11-28\n---', OFFICE, OFFICIAL, PACKAGE_NAMED, PACKAGE_CONTENTS, WORRIED, GIVEN].join('\n\n'),
  'port.md': ['---\ntitle: Port Reopens\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', FIRST_MASTER, OFFICER, FIRST_MEETING].join('\n\n'),
  'coast.md': ['---\ntitle: Coast Guard Patrols\npublisher: Coastal Gazette\npublished: 2024-06-12\n---', DEFENSE, NETS, MINES, INDEPENDENCE, PELLONIA, CHAIR].join('\n\n'),
});

const expectAnswered = (question: string, expected: string): void => expectAnsweredFirst(facts(), question, expected);

describe('a misspelling whose index term is another word’s', () => {
  it('"offical" THEN it is read as "official", not as the "office" its stem shares', () => {
    expectAnswered('what did the harbour offical announce', OFFICIAL);
  });

  it('"landmine", written by the coverage as "landmines" THEN it is the coverage’s word, not split into "land mine"', () => {
    expectAnswered('has zorvia signed the landmine treaty', MINES);
  });
});

describe('a figure with its clipped scale before the thing a yes/no question asks about', () => {
  it('"did the 640 mil ferry package have spare engines" THEN "million" is no doer: the package’s contents answer', () => {
    expect(plainForm('did the 640 mil ferry package have spare engines')).toBe('did the 640 million ferry package have spare engines');
    expectAnswered('did the 640 mil ferry package have spare engines or just training', PACKAGE_CONTENTS);
  });
});

describe('shorthand', () => {
  it.each([
    ['why are some northern govts worried about the storms', 'why are some northern governments worried about the storms'],
    ['which depts run the quays', 'which departments run the quays'],
    ['what did the sec def say about the ferry routes', 'what did the secretary of defense say about the ferry routes'],
    ["what did pellonia's secdef say", "what did pellonia's secretary of defense say"],
    ['who runs the recovery ops in the north', 'who runs the recovery operations in the north'],
  ])('%j THEN it reads %j', (typed, read) => {
    expect(plainForm(typed)).toBe(read);
  });

  it('"govts" THEN the governments’ concerns answer', () => {
    expectAnswered('why are some northern govts worried about the storms', WORRIED);
  });

  it('"the sec def" THEN the secretary of defense answers', () => {
    expectAnswered('what did the sec def say about the ferry routes', DEFENSE);
  });
});

describe('"nov 24": a day of November, or chat’s November 2024', () => {
  it('"how much has the board given lindvik per berg nov 24" THEN the sentence of an article of November 2024 answers', () => {
    expectAnswered('how much has the board given lindvik per berg nov 24', GIVEN);
  });

  it('"… per berg nov 25" THEN neither reading holds: declined', () => {
    const answer = answerLine('how much has the board given lindvik per berg nov 25', facts());
    expect(answer.abstained, answer.message).toBe(true);
  });
});

describe('a question clause typed after its topic, past a dash or colon', () => {
  it.each([
    ['the drift nets in the raid - who supplied them', 'who', 'person'],
    ['the storms near the eastern quays — what magnitude were they', 'how-many', 'count'],
    ['the new ferry desk: what floor is it on', 'what', undefined],
  ])('%j THEN it asks as the clause typed alone: %s', (typed, kind, expected) => {
    const question = understandQuestion(typed);
    expect(question.kind).toBe(kind);
    expect(question.expects[0]).toBe(expected);
  });

  it('"the storms near the eastern quays — what magnitude were they" THEN the coverage has no such figure: declined, saying so', () => {
    for (const typed of bothCasings('the storms near the eastern quays — what magnitude were they')) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, typed).toBe(true);
      expect(answer.message).toMatch(/never mentions magnitude|no sentence states a number/u);
    }
  });

  it('a who-clause within a question does not make it one: "berg, who chairs the board, said what"', () => {
    expect(understandQuestion('what did berg, who chairs the board, say about quays').kind).toBe('what');
  });
});

describe('the state a question asks its subject came into', () => {
  it('"when did zorvia become independent" THEN the independence the coverage reports answers', () => {
    expectAnswered('when did zorvia become independent', INDEPENDENCE);
  });

  it('"what year did pellonia become neutral" THEN a coverage that never writes "neutral" (nor neutrality) declines, saying so', () => {
    for (const typed of bothCasings('what year did pellonia become neutral')) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, typed).toBe(true);
      expect(answer.message).toMatch(/never mentions “neutral”/iu);
    }
  });
});

describe('the role a who-question asks someone took over', () => {
  it('"who took over as harbour board chair after berg" THEN the new chair answers', () => {
    expectAnswered('who took over as harbour board chair after berg', CHAIR);
  });

  it('"who took over as coast guard commander" THEN no sentence names a commander: declined', () => {
    for (const typed of bothCasings('who took over as coast guard commander')) expect(answerLine(typed, facts()).abstained, typed).toBe(true);
  });
});

describe('the very first holder of a role named by a phrase', () => {
  it('"who was the first ever harbour master" THEN the one the coverage calls the first answers', () => {
    expectAnswered('who was the first ever harbour master', FIRST_MASTER);
  });

  it('"who was the very first press officer" THEN a first meeting with the press officer does not say: declined', () => {
    for (const typed of bothCasings('who was the very first press officer')) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, typed).toBe(true);
      expect(answer.message).toMatch(/no sentence names the first press officer/iu);
    }
  });
});
