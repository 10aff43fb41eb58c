// Readings of chat that earlier ones missed: a guess typed after a bare topic ("board ferry pkg,
// like 1.5 bil?"), newsroom and office shorthand ("spox", "asst", "infra"), where the user saw it
// ("saw this on twitter, …"), a count the asker claims ("so all 30 ministers met?"), the person
// "they quoted", "back in june", a question asked in place ("waiting on what"), and a month before
// a year that is no part of the name typed before it ("berg jan 2025 order").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { answeredFirst, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PACKAGE = 'Harbour minister Ivar Berg announced on Tuesday that the board will provide Lindvik with a new €1.4 billion ferry package.';
const DELIVERED = 'Board spokesperson Mara Olsen said the board has delivered 90% of the ferries it promised to Lindvik this year.';
const ASSISTANT = 'Assistant Harbour Master Lena Marsh said the new quay would open in the spring.';
const NETS = 'In a surprising step, the board has sent drift nets to Pellonia for the first time in decades.';
const MINISTERS = 'Fisheries ministers from all 32 Quellmark states are meeting in Lindvik this week.';
const ANALYST = 'Dr. Anna Keller, a shipping analyst at the Lindvik Institute, said the ferries would arrive in the following month.';
const PLEDGE = 'Berg pledged €300 million for the northern quays at the June summit.';
const ORDER = 'The order signed by Berg January 20, 2025 lets ferry operators keep the old timetable for 90 days.';
const REMAINING = 'He added that the remaining ferries depend on shipyards in Varnholm.';
const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour Board Update\npublisher: Coastal Gazette\npublished: 2025-06-03\n---', PACKAGE, DELIVERED, ASSISTANT, NETS, MINISTERS, ANALYST, PLEDGE, REMAINING].join('\n\n'),
  'order.md': ['---\ntitle: Timetable Order Signed\npublisher: Coastal Gazette\npublished: 2025-01-21\n---', ORDER, 'Operators welcomed the decision.'].join('\n\n'),
});

const expectAnswered = (question: string, expected: string): void => expectAnsweredFirst(facts(), question, expected);

describe('a guess after a bare topic', () => {
  it('"lindvik ferry pkg, like 1.5 bil?" THEN the guess is read as one, not as the topic', () => {
    expect(plainForm('lindvik ferry pkg, like 1.5 bil?')).toBe('lindvik ferry package');
    expect(understandQuestion('lindvik ferry pkg, like 1.5 bil?').restated).toBe('1.5 billion');
  });

  it('THEN the package is answered, not declined for "1.5"', () => {
    for (const typed of bothCasings('lindvik ferry pkg, like 1.5 bil?')) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, answer.message).toBe(false);
      expect(answer.items.slice(0, 2).map((item) => item.text).join(' ')).toMatch(/€1\.4 billion/u);
    }
  });

  it.each([
    ['lindvik ferry pkg, like 1.5 bil?', 'how-much', 'money'],
    ['harbour board delivery share, about 90%', 'how-much', 'percent'],
    ['the lindvik quay talks, 2 hrs?', 'how-long', 'duration'],
    ['the lindvik quay talks, 2 and a half hours?', 'how-long', 'duration'],
    ['quellmark ministers in lindvik, like 30?', 'how-many', 'count'],
  ])('%j THEN it asks for the guessed figure: %s, expecting %s first', (typed, kind, expected) => {
    const question = understandQuestion(typed);
    expect(question.kind).toBe(kind);
    expect(question.expects[0]).toBe(expected);
  });

  it('"the drift nets sent to pellonia, like 2 bil?" THEN no sentence states an amount for them: declined, saying so', () => {
    const answer = answerLine('the drift nets sent to pellonia, like 2 bil?', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence states an amount/u);
  });

  it('"ferry, 2" THEN a one-word topic is no topic a guess can stand on', () => {
    expect(plainForm('ferry, 2')).toBe('ferry, 2');
  });
});

describe('shorthand of newsrooms and offices', () => {
  it.each([
    ['board spox said how much of the ferries got delivered', 'board spokesperson said how much of the ferries got delivered'],
    ['who is the asst harbour master', 'who is the assistant harbour master'],
    ['how much infra money', 'how much infrastructure money'],
    ['who did berg meet one on one', 'who did berg meet'],
    ['who chaired the steering cmte', 'who chaired the steering committee'],
  ])('%j THEN it reads %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('"board spox said how much of the ferries got delivered, nine tenths?" THEN the spokesperson answers', () =>
    expectAnswered('board spox said how much of the ferries got delivered, nine tenths?', DELIVERED));

  it('"who\'s the asst harbour master" THEN the assistant answers', () => expectAnswered("who's the asst harbour master", ASSISTANT));
});

describe('where the user saw it', () => {
  it.each([
    ['saw this on twitter, the board sent drift nets?? first time in like forever?', 'the board sent drift nets?? first time in like forever'],
    ['heard it on the radio, did the board send drift nets', 'did the board send drift nets'],
  ])('%j THEN the remark is dropped: %j', (typed, plain) => {
    expect(understandQuestion(typed).plain).toBe(plain);
  });

  it('THEN the medium is not what the coverage must mention', () => {
    expect(analyseQuery('saw this on twitter, the board sent drift nets?? first time in like forever?', facts()).unknownNames).toEqual([]);
    expectAnswered('saw this on twitter, the board sent drift nets?? first time in like forever?', NETS);
  });

  it('"i saw berg in lindvik" (no remark before a question) THEN it is kept', () => {
    expect(understandQuestion('i saw berg in lindvik').plain).toBe('i saw berg in lindvik');
  });
});

describe('a count the asker claims', () => {
  it('"so all 30 quellmark fisheries ministers are in lindvik this week?" THEN the sentence with the true count answers', () =>
    expectAnswered('so all 30 quellmark fisheries ministers are in lindvik this week?', MINISTERS));

  it('"how many of the 30 ministers came" (a count asked, not claimed) THEN "30" is still unknown', () => {
    expect(analyseQuery('what did the 30 ministers agree on', facts()).unknownNames).toEqual(['30 ministers']);
  });

  it('"did the board send 40 whaling boats" THEN a count of a thing the coverage never names still declines', () => {
    expect(answerLine('did the board send 40 whaling boats', facts()).abstained).toBe(true);
  });
});

describe('the person the coverage quoted', () => {
  it.each([
    ["who's the analyst they quoted, when does she say ferries arrive", 'who is the analyst, when does she say ferries arrive'],
    ['what did the analyst the article cites say', 'what did the analyst say'],
    ['what did they quote berg saying', 'what did they quote berg saying'],
  ])('%j THEN it reads %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('THEN the analyst answers', () => expectAnswered("who's the analyst they quoted and when does she say ferries arrive", ANALYST));
});

describe('"back in" a time', () => {
  it.each([
    ['how much did berg pledge back in june', 'how much did berg pledge in june'],
    ['did the ferries come back in june', 'did the ferries come back in june'],
    ['the ferries pulled back on monday right', 'the ferries pulled back on monday'],
  ])('%j THEN it reads %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('THEN "back" is no topic of the pledge', () => {
    expect(analyseQuery('how much did berg pledge back in june', facts()).concepts.map((concept) => concept.term)).not.toContain('back');
  });
});

describe('a question asked in place', () => {
  it.each([
    ['the rest of the ferries are waiting on what', 'what'],
    ['the package has nets or what', 'statement'],
  ])('%j THEN its kind is %j', (typed, kind) => {
    expect(understandQuestion(typed).kind).toBe(kind);
  });
});

describe('a month before a year after a name', () => {
  it('"berg jan 2025 timetable order, how long can operators keep the old one" THEN "january" dates it, Berg is named alone', () => {
    const terms = analyseQuery('berg jan 2025 timetable order, how long can operators keep the old one', facts()).concepts.map((concept) => concept.term);
    expect(terms).toContain('berg');
    expect(terms.some((term) => term.includes(' '))).toBe(false);
  });

  it('THEN the order answers', () => expectAnswered('berg jan 2025 timetable order - how long can ferry operators keep the old timetable', ORDER));
});

describe('a name in the possessive typed without its apostrophe', () => {
  const quotas = coverageForTests({
    'quotas.md': [
      '---\ntitle: "Fact Sheet: Governor Ivar Berg Eases Salmon Imports"\npublisher: Coastal Gazette\npublished: 2025-05-12\n---',
      'The proclamation permits an additional 8,000 tonnes of salmon from Pellonia to come in duty-free each year.',
      'Salmon prices have risen for three years.',
    ].join('\n\n'),
    'berg.md': ['---\ntitle: Berg Visits Lindvik\npublisher: Coastal Gazette\npublished: 2025-05-20\n---', 'Governor Ivar Berg visited the Lindvik fish market on Monday.'].join('\n\n'),
  });

  it.each(bothCasings('how much pellonian salmon can come in duty free under bergs may 2025 proclamation'))(
    '%j THEN the proclamation under his title answers: the name says whose it is',
    (question) => {
      expect(answeredFirst(question, quotas.facts())).toBe('The proclamation permits an additional 8,000 tonnes of salmon from Pellonia to come in duty-free each year.');
    },
  );
});
