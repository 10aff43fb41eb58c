// Questions as chat puts them about a span, a figure's source and a reaction: "how many days" (the
// unit frames the span asked, which a date range states without the word), "<claim>. is that
// true?? <question>" (the tag checks the statement, the question after it asks), "x stands for?",
// "where's the 40 mil figure from" (who states it), "weather or not" (dictated "whether"), and "how
// did pellonia react" (a country reacts by deeds as often as by words), "meat" dictated for "meet",
// "gave 65 mil??" read as English, and "when did the talks wrap up" (the end dated in any verb).
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FAIR_DATES = "LINDVIK — Mayors of the 12 league towns will meet in Lindvik from May 4 to 6, 2025, for a fair marking the league's 50th year.";
const LAST_DAY = 'Mayor Olsen is expected to open the harbour hall on the final day of the fair.';
const TOTAL = 'Since March 2021, Tarnby has delivered about €28 million in ferry aid to Lindvik, according to the town hall.';
const NEW_GRANT = 'Tarnby will provide Lindvik with a new €1.4 million ferry grant, Mayor Dahl announced on Tuesday.';
const SPELLED_OUT = 'She noted that the Coastal Ferry Support Fund (CFSF) will stay open until the board ends its term.';
const CLAIMED = 'A fact sheet from the harbour board claims that Tarnby has provided roughly €44 million in ferry aid to Lindvik.';
const OTHER_SUM = 'Valley towns have delivered over €65 million in ferry aid to Lindvik since 2020.';
const TREATY = 'Neither Tarnby nor Vesta has signed the 1997 Holm Pact, which bans the use of fishing nets at night.';
const PROTEST = 'The arrival of Holm at the fair caused a swift protest from Pellonia and the Nordic towns of Vesta and Tarnby.';
const UNFAIR = 'Mayor Lena Holm said the protest was unfair to the fair.';
const MET_IN_TARNBY = 'Olsen and Dahl will meet in Tarnby on Friday to discuss the ferry.';
const AID_SO_FAR = 'Valley towns have given over €65 million in ferry aid to Lindvik so far.';
const CLOSED_TALKS = 'Mayors of the valley towns closed two days of ferry talks in Tarnby on Wednesday with a pledge to keep the boats running.';

const { facts } = coverageForTests({
  'fair.md': ['---\ntitle: Mayors gather in Lindvik\npublisher: Coast Herald\npublished: 2025-05-03\n---', FAIR_DATES, LAST_DAY, PROTEST, UNFAIR].join('\n\n'),
  'aid.md': ['---\ntitle: Tarnby backs the ferry\npublisher: Valley Weekly\npublished: 2025-06-11\n---', TOTAL, NEW_GRANT, SPELLED_OUT].join('\n\n'),
  'sums.md': ['---\ntitle: Ferry aid so far\npublisher: Valley Weekly\npublished: 2025-06-12\n---', CLAIMED, OTHER_SUM, TREATY].join('\n\n'),
});

describe('GIVEN a span asked as "how many days"', () => {
  it.each(bothCasings('lindvik fair where and how many days'))('%j THEN the day is the unit of the answer, not a topic: the date range leads', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'how-long', frame: 'days' });
    expectAnsweredFirst(facts(), question, FAIR_DATES);
  });
});

describe('GIVEN a claim, a tag of its own, then a question', () => {
  it.each(bothCasings('my uncle keeps saying tarnby has barely given lindvik anything. is that true?? how much has tarnby sent in total'))(
    '%j THEN the question after the tag is asked, with the claim told before it',
    (question) => {
      const read = understandQuestion(question);
      expect(read.plain).toBe('how much has tarnby sent in total');
      expect(read.told).toContain('barely given lindvik anything');
      expectAnsweredFirst(facts(), question, TOTAL);
    },
  );

  it('THEN a tag that is the last sentence still asks whether the claim holds', () => {
    expect(understandQuestion('tarnby gave nothing. is that true').plain).toBe('is it true that tarnby gave nothing');
  });
});

describe('GIVEN an abbreviation asked about as a half-sentence', () => {
  it.each(bothCasings('cfsf stands for?'))('%j THEN the sentence spelling it out answers', (question) => {
    expectAnsweredFirst(facts(), question, SPELLED_OUT);
  });
});

describe("GIVEN the source of a figure asked for", () => {
  it.each(bothCasings("where's the 44 mil ferry aid figure from"))('%j THEN who states it is asked, and the sentence attributing that figure answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who', frame: 'figure' });
    expectAnsweredFirst(facts(), question, CLAIMED);
  });

  it('THEN where things come from is still a place asked', () => {
    expect(understandQuestion('where are the boats from').expects).toEqual(['origin']);
  });
});

describe('GIVEN "whether" typed as its homophone', () => {
  it.each(bothCasings('did tarnby and vesta ever sign that holm pact weather or not'))('%j THEN it reads as "whether or not" and is answered', (question) => {
    expectAnsweredFirst(facts(), question, TREATY);
  });
});

describe('GIVEN how a country reacted', () => {
  it.each(bothCasings('how did pellonia and vesta react to holm showing up in lindvik'))('%j THEN a deed answers as well as words: the protest leads', (question) => {
    expectAnsweredFirst(facts(), question, PROTEST);
  });

  it.each(bothCasings('how did holm react to the protest'))('%j THEN a person asked by name must still be the one speaking', (question) => {
    expectAnsweredFirst(facts(), question, UNFAIR);
  });
});

describe('GIVEN a word dictated as its sound-alike, or an irregular verb beside a clipped figure', () => {
  const { facts: soundFacts } = coverageForTests({
    'talks.md': ['---\ntitle: Mayors meet\npublisher: Coast Herald\npublished: 2025-04-02\n---', MET_IN_TARNBY, AID_SO_FAR].join('\n\n'),
  });

  it.each(bothCasings('olsen and dahl meat where'))('%j THEN the word the coverage uses is read, and answered', (question) => {
    expectAnsweredFirst(soundFacts(), question, MET_IN_TARNBY);
  });

  it.each(bothCasings('valley towns gave 65 mil??'))('%j THEN it reads as English ("gave" is "give"), and is answered', (question) => {
    expectAnsweredFirst(soundFacts(), question, AID_SO_FAR);
  });
});

describe('GIVEN when an event ended, asked by a verb of ending', () => {
  const { facts: endFacts } = coverageForTests({
    'talks.md': ['---\ntitle: Ferry talks end\npublisher: Coast Herald\npublished: 2025-04-03\n---', CLOSED_TALKS].join('\n\n'),
  });

  it.each(bothCasings('which day did the ferry talks in tarnby wrap up'))('%j THEN the talks dated in whatever verb answer', (question) => {
    expectAnsweredFirst(endFacts(), question, CLOSED_TALKS);
  });
});

describe('GIVEN a letter typed twice and an intensifier', () => {
  const MONTANA_PLANT = 'Thanks to the grant, Tarnby Steel will build a third mill in Montana, raising its total investment there to $65 million.';
  const { facts: slipFacts } = coverageForTests({
    'steel.md': [
      '---\ntitle: Tarnby Steel grows\npublisher: Valley Weekly\npublished: 2025-02-10\n---',
      'In Montana, Tarnby Steel has committed $40 million.',
      MONTANA_PLANT,
      'Montana ranchers welcomed the mill.',
      'A Montanan welder said the jobs were welcome.',
    ].join('\n\n'),
  });

  it.each(bothCasings('is tarnby steel seriously putting like 65 mil into montanna now or am i misremembering'))('%j THEN the word typed once is read, the intensifier asks nothing, and the sum claimed answers', (question) => {
    expectAnsweredFirst(slipFacts(), question, MONTANA_PLANT);
    const searched = analyseQuery(question, slipFacts()).concepts.map((concept) => concept.term);
    expect(searched).toContain('montana');
    expect(searched).not.toContain('montanan');
    expect(searched).not.toContain('serious');
  });
});

describe('GIVEN "whats" before an abbreviation the coverage never mentions', () => {
  it.each(bothCasings('whats qxbr'))('%j THEN it reads as English and says what the coverage lacks', (question) => {
    expect(answerLine(question, facts()).message).toContain('never mentions qxbr');
  });
});

describe('GIVEN a yes/no question naming a day or a month', () => {
  const VOTED = 'The town council on Tuesday voted 9 to 2 to approve the ferry grant.';
  const CALLED = 'Council member Olsen called the council vote "a message to the valley."';
  const { facts: voteFacts } = coverageForTests({
    'vote.md': ['---\ntitle: Council backs the ferry\npublisher: Coast Herald\npublished: 2025-04-23\n---', CALLED, VOTED, 'The ferry grant is the largest in years.'].join('\n\n'),
  });

  it.each(bothCasings('was the council vote on a monday'))('%j THEN the sentence dating the vote leads: it settles the claim', (question) => {
    expectAnsweredFirst(voteFacts(), question, VOTED);
  });

  it.each(bothCasings('which weekday was the council vote'))('%j THEN "weekday" frames the day asked, no topic the coverage lacks', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'when', frame: 'weekday' });
    expectAnsweredFirst(voteFacts(), question, VOTED);
  });
});
