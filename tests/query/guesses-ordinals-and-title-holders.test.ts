// Chat around a figure and a person that earlier readings lost: a guess after a question mark
// ("how big was it? like 2 bil") or marked by "like" alone ("… in like two months"), a remark
// after the question mark, a people's name in the plural ("are the norwegians building …"),
// "which number package" asked of an ordinal, and "which minister said …" answered by a quote
// whose speaker the coverage gives that title elsewhere. "Who was the chair before berg" asks for
// whoever came before, which only a sentence of succession tells. "What was the main topic of …"
// is answered by the sentence saying what the talks focused on; "the dollar value of …" by a sum,
// never by a count.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { asksHolderInTurn } from '../../src/query/asked-in-sentence.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { questionWords } from '../../src/query/parts-of-speech.js';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';

const ANNOUNCED = 'Pellonian Harbour Minister Ana Holm announced on Monday that Pellonia will give Lindvik a new €1.7 billion ferry package.';
const CARRIES = '"Every ferry that leaves Lindvik carries someone home," Holm said.';
const SEVENTH = 'It is the seventh ferry aid package that Pellonia has sent to Lindvik since 2019.';
const FIRST_FERRY = 'The first ferry in three weeks left the port of Lindvik on Thursday carrying 400 passengers, the port authority said.';
const BEGIN = 'Dr. Nils Aune, a shipping analyst at the Coastal Institute, said the crossings would begin in the following month.';
const NORWEGIAN = 'Norwegian shipyards are building two new ferries for Lindvik, the harbour board said.';
const STORM = 'The storm closed the northern quay for a week.';
const SUCCEEDED = 'Tor Berg succeeded Kari Dahl as chair of the harbour board in 2019.';
const COMMISSIONER = 'Ferry Commissioner Lise Moen opened the new quay on Friday.';
const COMMISSIONER_AGAIN = 'Moen said the quay would serve four ferries a day.';
const MET = 'Pellonian Harbour Minister Ana Holm welcomed Zorvian Minister Ivar Berg to Lindvik on Monday.';
const THANKED = 'Holm thanked Berg for his visit to Lindvik, which lasted three hours.';
const FOCUS = 'The primary focus of their discussion was "ferry safety and the winter timetable."';
const MAYORS = 'Holm unveiled a winter ferry plan for Varnholm on Friday, joined by more than 20 mayors.';
const ACCORDING = 'According to Holm, in the years since the storm, Pellonia has given approximately €9 billion to Lindvik.';

const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Pellonia pledges ferry package\npublisher: Coastal Gazette\npublished: 2024-11-26\n---', ANNOUNCED, SEVENTH, BEGIN, CARRIES, ACCORDING].join('\n\n'),
  'port.md': ['---\ntitle: Ferries sail again\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', FIRST_FERRY, NORWEGIAN, STORM].join('\n\n'),
  'talks.md': ['---\ntitle: Ministers meet in Lindvik\npublisher: Coastal Gazette\npublished: 2024-12-02\n---', THANKED, `${MET} ${FOCUS}`].join('\n\n'),
  'winter.md': ['---\ntitle: Winter ferries\npublisher: Coastal Gazette\npublished: 2024-12-06\n---', MAYORS].join('\n\n'),
  'board.md': ['---\ntitle: Harbour board\npublisher: Coastal Gazette\npublished: 2024-09-12\n---', SUCCEEDED, COMMISSIONER, COMMISSIONER_AGAIN].join('\n\n'),
});

const expectAnswered = (question: string, expected: string): void => expectAnsweredFirst(facts(), question, expected);

describe('a guess after the question', () => {
  it('"…, how big was it? like 2 bil" THEN the package’s real size answers, not declined for "2"', () => {
    expect(understandQuestion('saw pellonia announced another ferry package, how big was it? like 2 bil')).toMatchObject({ restated: '2 billion' });
    expectAnswered('saw pellonia announced another ferry package, how big was it? like 2 bil', ANNOUNCED);
  });

  it('"so that was the first ferry leaving in like two months" THEN the sentence giving three weeks answers', () => {
    expect(understandQuestion('so that was the first ferry leaving in like two months')).toMatchObject({ plain: 'that was the first ferry leaving in', restated: 'two months' });
    expectAnswered('so that was the first ferry leaving in like two months', FIRST_FERRY);
  });

  it.each(['what did holm say about 2 billion', 'how many ferries sail in two months'])('%j THEN a figure without a guess’s marker stays part of the question', (typed) => {
    expect(understandQuestion(typed)).toMatchObject({ plain: typed });
    expect(understandQuestion(typed).restated).toBeUndefined();
  });
});

describe('a remark after the question mark', () => {
  it('"when do the crossings begin? some guy on the radio brought it up" THEN the date answers, the remark’s words not required', () => {
    expect(understandQuestion('when do the crossings begin? some guy on the radio brought it up').plain).toBe('when do the crossings begin');
    expectAnswered('when do the crossings begin? some guy on the radio brought it up', BEGIN);
  });

  it('"when do the crossings begin? who said so" THEN a second question is no remark', () => {
    expect(understandQuestion('when do the crossings begin? who said so').plain).not.toBe('when do the crossings begin');
  });
});

describe('a people named in the plural, doing something', () => {
  it('"are the norwegians building new ferries for lindvik" THEN the shipyards’ sentence answers: "norwegians" is the Norwegian people, "building" their verb', () => {
    const building = questionWords('are the norwegians building new ferries for lindvik').find(({ word }) => word === 'building');
    expect(building?.thing).toBe(false);
    expect(analyseQuery('are the norwegians building new ferries for lindvik', facts()).unknownNames).toEqual([]);
    expectAnswered('are the norwegians building new ferries for lindvik', NORWEGIAN);
  });
});

describe('"per" someone, and a press conference typed short', () => {
  it('"how much has pellonia given lindvik overall per holm nov 2024 press conf" THEN her figure answers: "according to" is no part of a name', () => {
    expect(analyseQuery('how much has pellonia given lindvik overall per holm nov 2024 press conf', facts()).unknownNames).toEqual([]);
    expectAnswered('how much has pellonia given lindvik overall per holm nov 2024 press conf', ACCORDING);
  });

  it('"press conf" THEN it reads "press conference"', () => {
    expect(understandQuestion('what did holm say at the press conf').plain).toBe('what did holm say at the press conference');
  });
});

describe('an ordinal asked as "which number"', () => {
  it('"which number ferry package is this for lindvik" THEN the sentence calling it the seventh answers', () => {
    expectAnswered('which number ferry package is this for lindvik', SEVENTH);
  });
});

describe('"which minister said …" answered by the quote itself', () => {
  it('"which minister had the quote about every ferry carrying someone home" THEN Holm’s quote answers: the coverage gives her the title elsewhere', () => {
    expectAnswered('which minister had the quote about every ferry carrying someone home', CARRIES);
  });
});

describe('who held a place before or after someone', () => {
  it('"who was chair of the harbour board before berg" THEN the sentence of succession answers', () => {
    expectAnswered('who was chair of the harbour board before berg', SUCCEEDED);
  });

  it.each(['who was the ferry commissioner before moen', 'who was moens predecessor as ferry commissioner'])('%j THEN declined: the coverage names only Moen in the role, and no one before her', (typed) => {
    expect(answerLine(typed, facts()).abstained).toBe(true);
  });

  it('"who opened the quay after moen spoke" THEN "after" says when: not asked of a holder in turn', () => {
    expect(asksHolderInTurn(understandQuestion('who opened the quay after moen spoke'), analyseQuery('who opened the quay after moen spoke', facts()).concepts)).toBe(false);
  });
});

describe('what something was about', () => {
  it('"what was the main topic of holm and berg talks in lindvik" THEN the sentence on their discussion’s focus answers', () => {
    expect(understandQuestion('what was the main topic of holm and berg talks in lindvik').expects).toEqual(['topic']);
    expectAnswered('what was the main topic of holm and berg talks in lindvik', FOCUS);
  });
});

describe('a sum asked in a currency', () => {
  it('"whats the dollar value of the winter ferry plan holm unveiled" THEN declined: a count of mayors states no sum', () => {
    expect(understandQuestion('whats the dollar value of the winter ferry plan holm unveiled').expects).toEqual(['money']);
    expect(answerLine('whats the dollar value of the winter ferry plan holm unveiled', facts()).abstained).toBe(true);
  });
});
