// A statement's speaker is named by its title up to what it is about ("Statement by Mayor Berg
// Welcoming the Reopening of the Ferry Line": Berg), or after "as prepared for delivery"; their
// "I will be the first mayor to …" names them as surely as their name would. Chat forms read as
// what they say: "it'll", "spokespeople", a topic set off by a spaced dash, a guess told as
// hearsay ("i heard around 20 million"), a "think tank guy", and a "family photo" where the coverage
// writes "group photo".
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { ownWordsSpeaker } from '../../src/query/speakers.js';
import { understandQuestion } from '../../src/query/question.js';
import { wordForms } from '../../src/query/parts-of-speech.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { terms } from '../../src/factbase/terms.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

describe('the speaker an own-words title names', () => {
  it.each([
    ['Statement by Mayor Tomas Berg Welcoming the Reopening of the Ferry Line', 'Mayor Tomas Berg'],
    ['Remarks by Governor Ana Holm Announcing New Harbour Grants', 'Governor Ana Holm'],
    ['Remarks as Prepared for Delivery by Harbour Minister Ana Holm at the Lindvik Fair', 'Harbour Minister Ana Holm'],
    ['Remarks as Delivered by Mayor Berg on the Harbour', 'Mayor Berg'],
  ])('"%s" THEN %s', (title, speaker) => {
    expect(ownWordsSpeaker(title)).toBe(speaker);
  });

  it.each([
    ['Statement by Senator Karl Browning', 'Senator Karl Browning'],
    ['Statement by President Xi Jinping on the Talks', 'President Xi Jinping'],
    ['Remarks by Mayor Lena Ewing Honoring the Lifeboat Crews', 'Mayor Lena Ewing'],
  ])('"%s" THEN %s: a name ending in -ing is no participle', (title, speaker) => {
    expect(ownWordsSpeaker(title)).toBe(speaker);
  });
});

const FIRST = 'Today, I will be the first mayor of Lindvik to sail from Pellonia to Zorvia on the new ferry.';
const OPENING = 'The reopening of the ferry line between Pellonia and Zorvia is an important step for the region.';
const CONFIDENT = 'Harbour Minister Ana Holm said she is confident it will be approved.';
const STUCK = 'The council has stalled on Mayor Berg’s request for $40 million in harbour aid.';
const SPOKES = 'Harbour spokeswoman Lena Dahl said the ferries would run on time.';
const PHOTO = 'Minister Holm was not present in Lindvik at the time of the group photo taken by the harbour ministers.';
const FAIR = 'Mayor Tomas Berg opened the harbour fair in Lindvik on Saturday.';
const ANALYST = 'Dr. Karl Ostrom, a harbour analyst at the Institute for Coastal Policy, said the ferry deliveries would begin next month.';

const SENDING = 'Pellonia will send two patrol ferries to Lindvik this winter.';
const STOCKS = 'Admiral Karl Ostby said the boats would come from Pellonian stocks.';

const FAIR_DATES = 'LINDVIK — Ministers of the 12 harbour states will meet in Lindvik from May 4 to 6 for the fair.';
const ATTENDING = 'Harbour Minister Ivo Vorensky is expected to attend the closing day of the fair.';

const { facts } = coverageForTests({
  'fair.md': ['---\ntitle: Harbour states meet in Lindvik\npublisher: Coastal Gazette\npublished: 2024-04-20\n---', FAIR_DATES, ATTENDING].join('\n\n'),
  'ferries.md': ['---\ntitle: Pellonia to send patrol ferries\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', SENDING, STOCKS].join('\n\n'),
  'ferry-statement.md': ['---\ntitle: Statement by Mayor Tomas Berg Welcoming the Reopening of the Ferry Line to Zorvia\npublisher: Lindvik Town Hall\npublished: 2024-07-15\n---', OPENING, FIRST].join('\n\n'),
  'harbour-aid.md': ['---\ntitle: Council stalls on harbour aid\npublisher: Coastal Gazette\npublished: 2024-11-26\n---', STUCK, CONFIDENT, SPOKES, PHOTO, FAIR, ANALYST].join('\n\n'),
});

describe('a speaker speaking of themselves', () => {
  it('"was berg really the first mayor to sail from pellonia to zorvia" THEN his "I will be the first mayor …" answers', () => {
    expectAnsweredFirst(facts(), 'Was Berg really the first mayor to sail from Pellonia to Zorvia?', FIRST);
  });
});

describe('chat forms', () => {
  it('"berg\'s 40 mil harbour ask stuck in council - does holm think it\'ll pass" THEN the question after the dash says what is asked: yes or no, no sum', () => {
    for (const typed of bothCasings('Berg’s 40 mil harbour ask stuck in council - does Holm think it’ll pass?')) {
      const question = understandQuestion(typed);
      expect(question.kind).toBe('yes-no');
      expect(question.expects).toEqual([]);
      expect(question.plain).toContain('40 million');
    }
  });

  it('"berg\'s harbour aid request stalled in council - does holm think it\'ll pass" THEN her view answers', () => {
    expectAnsweredFirst(facts(), 'Berg’s harbour aid request stalled in council - does Holm think it’ll pass?', CONFIDENT);
  });

  it('"it\'ll" is "it will": no word "ll" is searched for', () => {
    expect(understandQuestion("does holm think it'll pass").plain).toBe('does holm think it will pass');
  });

  it('"spokespeople" is the plural of "spokesperson", and the harbour spokeswoman answers "which harbour spokespeople"', () => {
    expect(wordForms('spokespeople')).toContain('spokesperson');
    expect(wordForms('german')).not.toContain('germen');
    expectAnsweredFirst(facts(), 'Which harbour spokespeople were quoted about the ferries?', SPOKES);
  });

  it('"…, i heard around 20 million" is a guess: the hearsay is no part of what is asked', () => {
    for (const typed of bothCasings('How many people signed up for the ferry pass, I heard around 20 mil')) {
      const question = understandQuestion(typed);
      expect(question.plain).toBe('how many people signed up for the ferry pass');
      expect(question.restated).toBe('20 million');
    }
  });

  it('"berg was gonna be out by like 2030 anyway wasnt he" THEN the tag asks to confirm, and the guessed year asks for a date', () => {
    for (const typed of bothCasings('Berg was gonna be out by like 2030 anyway, wasn’t he?')) {
      const question = understandQuestion(typed);
      expect(question.plain).not.toMatch(/wasn/u);
      expect(question.expects).toEqual(['date']);
      expect(question.restated).toBe('2030');
    }
  });

  it('"was holm in the family photo" THEN the sentence on the group photo answers: the coverage writes a broader word before "photo"', () => {
    expectAnsweredFirst(facts(), 'Was Holm in the family photo?', PHOTO);
  });

  it('"which think tank guy said when the ferry deliveries start" THEN the analyst who said it answers: a think tank is no tank', () => {
    expectAnsweredFirst(facts(), 'Which think tank guy said when the ferry deliveries start?', ANALYST);
  });

  it('"which tank commander said when the ferry deliveries start" THEN declined: the coverage has no commander', () => {
    const answer = answerLine('which tank commander said when the ferry deliveries start', facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it('"are the pellonian ferries newly built or what" THEN Pellonia is not read as the builder: the name says whose ferries', () => {
    for (const typed of bothCasings('Are the Pellonian ferries newly built or what?')) {
      const pellonian = analyseQuery(typed, facts()).concepts.find((concept) => concept.term === 'pellonian');
      expect(pellonian?.doerOf).toBeUndefined();
      expect(answerLine(typed, facts()).message ?? '').not.toMatch(/doing it/u);
    }
  });

  it('"is vorensky going to lindvik for the fair" THEN "going" is the verb, and the sentence saying he will attend answers without naming Lindvik', () => {
    expectAnsweredFirst(facts(), 'Is Vorensky going to Lindvik for the fair?', ATTENDING);
  });

  it('"who is the harbour spokeswoman giving these briefings" THEN the role ends at its title: the clause after it need not be written', () => {
    expectAnsweredFirst(facts(), 'Who is the harbour spokeswoman giving these briefings?', SPOKES);
  });

  it('"where are the boats being made" THEN "made" is searched with its group\'s words ("production"): stemming leaves irregular forms apart', () => {
    const made = analyseQuery('where are the boats being made', facts()).concepts.find((concept) => concept.term === 'made');
    expect([...(made?.alternatives ?? [])]).toEqual(expect.arrayContaining(terms('production manufacture')));
  });
});
