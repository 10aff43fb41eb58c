// What chat puts around a question that earlier readings took for its topic: a remark ending on
// "timeline" after a when-question, where the user saw it ("saw on twitter …" with no "this"),
// what they know before "so" and the question, a guess asked as a question ("…, was it about 2
// bil"), "mil" for military before a noun, and "the rest of" for what remains. A name the user
// tells first that the coverage never mentions declines, as it would in the question itself.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { commands } from '../../src/commands/index.js';
import { route, routerContextOf } from '../../src/router.js';
import { nameRuns } from '../../src/query/name-runs.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const ANNOUNCED = 'Pellonian Harbour Minister Ana Holm announced on Monday that Pellonia will give Lindvik a new €1.7 billion ferry package.';
const BEGIN = 'Dr. Nils Aune, a shipping analyst at the Coastal Institute, said the crossings would begin in the following month.';
const TOTAL = 'Since 2019, Pellonia has delivered about €9 billion in ferry aid to Lindvik, the harbour ministry said.';
const MILITARY = 'Officials said the coast guard partners aim to provide at least €3 billion in military aid to Lindvik next year.';
const REMAINING = 'He added that the remaining ferries depend on shipyards in Varnholm and Quellmark.';
const DELIVERED = 'Berg said Pellonia has delivered 60% of the ferries it promised to Lindvik this year.';
const FOUNDED = 'The harbour board has met every spring since it was first established in April 1961.';
const BOARD_AGE = 'The harbour board will mark its 60th anniversary at the spring meeting in Lindvik.';
const FLIGHT = "Earlier this week, Norway granted approval for Zorvian Minister Ivar Berg's aircraft to fly over its airspace.";
const ARRIVED = 'Berg arrived in Lindvik for the ferry talks on Tuesday.';

const CARRIES = '"Every ferry that leaves Lindvik carries someone home," Holm said.';
const REOPENED = 'Varnholm harbour reopened after the storm, the port authority said.';
const DOCKED = 'In March 2024, 40 boats were docked at the northern quay for repairs.';

const AMBER_OPENED = 'Tomas Amber opened a ferry office in Lindvik on Monday.';
const HOUSE_OPENED = 'Amber House opened its ferry office in Lindvik in May 2023.';
const HOUSE_AGAIN = ['Amber House said the crossings would resume.', 'Staff at Amber House counted the boats.', 'The ferry board met at Amber House in June.'];

const NEITHER = 'Notably, neither Chile nor Norway has signed the 2001 Harbour Treaty, which bans drift nets.';
const REQUESTING = 'Following the storm, Peru began requesting these drift nets, highlighting the strain on its fleet.';
const SENT = 'Chile sent two patrol boats to the harbour in March.';

const { facts } = coverageForTests({
  'nets.md': ['---\ntitle: Drift nets\npublisher: Coastal Gazette\npublished: 2024-05-20\n---', REQUESTING, NEITHER, SENT].join('\n\n'),
  'amber.md': ['---\ntitle: Ferry offices\npublisher: Coastal Gazette\npublished: 2024-02-14\n---', AMBER_OPENED, HOUSE_OPENED, ...HOUSE_AGAIN].join('\n\n'),
  'ferries.md': ['---\ntitle: Pellonia pledges ferry package\npublisher: Coastal Gazette\npublished: 2024-11-26\n---', ANNOUNCED, BEGIN, TOTAL, MILITARY, CARRIES].join('\n\n'),
  'shipyards.md': ['---\ntitle: Ferry deliveries\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', DELIVERED, REMAINING, REOPENED, DOCKED].join('\n\n'),
  'board.md': ['---\ntitle: Harbour board at sixty\npublisher: Coastal Gazette\npublished: 2024-03-12\n---', BOARD_AGE, FOUNDED, ARRIVED, FLIGHT].join('\n\n'),
});

const expectAnswered = (question: string, expected: string): void => expectAnsweredFirst(facts(), question, expected);

describe('a when-question with a remark that ends on "timeline"', () => {
  it('"when do the pellonian ferry crossings start, some analyst gave a timeline" THEN /ask answers with the date, not the dated list', () => {
    const routed = route('when do the pellonian ferry crossings start, some analyst gave a timeline', commands, routerContextOf(facts()));
    expect('command' in routed && routed.command).toBe('ask');
    expectAnswered('when do the pellonian ferry crossings start, some analyst gave a timeline', BEGIN);
  });

  it.each(['harbour board timeline', 'whats the ferry aid timeline'])('%j THEN it still asks for the dated list', (typed) => {
    const routed = route(typed, commands, routerContextOf(facts()));
    expect('command' in routed && routed.command).toBe('timeline');
  });
});

describe('a guessed figure asked as a question of its own', () => {
  it('"pellonia sending lindvik another ferry package, was it about 2 bil" THEN the package’s real size answers', () => {
    expect(understandQuestion('pellonia sending lindvik another ferry package, was it about 2 bil').kind).toBe('how-much');
    expectAnswered('pellonia sending lindvik another ferry package, was it about 2 bil', ANNOUNCED);
  });
});

describe('"mil" before a noun is military', () => {
  it.each([
    ['how much are the partners aiming to give lindvik in mil aid next yr', 'how much are the partners aiming to give lindvik in military aid next year'],
    ['did the 640 mil package have ferries', 'did the 640 million package have ferries'],
    ['sixty mil for lindvik', '60 million for lindvik'],
    ['how many mil', 'how many mil'],
  ])('%j THEN it reads %j', (typed, read) => {
    expect(plainForm(typed)).toBe(read);
  });

  it('"… in mil aid next yr" THEN the military aid aimed at answers, not declined for "mil"', () => {
    expectAnswered('how much are the partners aiming to give lindvik in mil aid next yr', MILITARY);
  });
});

describe('"the rest of" what was promised', () => {
  it('"what are the rest of the ferry deliveries waiting on" THEN the remaining ferries answer, not declined for "rest"', () => {
    expectAnswered('what are the rest of the pellonian ferries waiting on', REMAINING);
  });
});

describe('what the user tells before asking', () => {
  it('"saw on twitter berg flew to lindvik, which country let his plane through its airspace" THEN only the medium is dropped: the flight answers', () => {
    expect(understandQuestion('saw on twitter berg flew to lindvik, which country let his plane through its airspace').plain).toBe('berg flew to lindvik, which country let his plane through its airspace');
    expect(understandQuestion('read in the paper that berg flew to lindvik').plain).toBe('berg flew to lindvik');
    expectAnswered('saw on twitter berg flew to lindvik, which country let his plane through its airspace', FLIGHT);
  });

  it('"the harbour board turns 60 so what month and year was it founded" THEN the question after "so" is asked, the remark only helps', () => {
    const question = understandQuestion('the harbour board turns 60 so what month and year was it founded');
    expect(question.kind).toBe('when');
    expect(question.told).toBe('the harbour board turns 60');
    expectAnswered('the harbour board turns 60 so what month and year was it founded', FOUNDED);
  });

  it('"… so when was it built": too thin to stand alone, the whole line is the question', () => {
    expect(understandQuestion('the harbour board turns 60 so when was it built').told).toBeUndefined();
  });

  it.each(['zembla hosted the regatta so who won the most races', 'zembla hosted the regatta and i was wondering who won the most races'])(
    '%j THEN a place the coverage never mentions, told first, declines it',
    (typed) => {
      for (const casing of bothCasings(typed)) {
        const answer = answerLine(casing, facts());
        expect(answer.abstained, casing).toBe(true);
        expect(answer.message, casing).toMatch(/never mentions zembla/iu);
      }
    },
  );
});

describe('chat’s intensifiers and office shorthand', () => {
  it.each([
    ['the treaty is super short right? how many words', 'the treaty is short. how many words'],
    ['who won the super bowl', 'who won the super bowl'],
    ['what did the def minister say', 'what did the defence minister say'],
    ['def not the same thing', 'def not the same thing'],
  ])('%j THEN it reads %j', (typed, read) => {
    expect(plainForm(typed)).toBe(read);
  });
});

describe('a role named in full, asked what its holder said', () => {
  it('"what did the harbour minister say about who the ferries carry" THEN the minister’s words answer, said under her name only', () => {
    expectAnswered('what did the harbour minister say about who the ferries carry', CARRIES);
  });
});

describe('a slip of a name the question is about', () => {
  it('"how many boats at varnhom" THEN it is declined as about Varnholm, as the name typed right is', () => {
    for (const typed of ['how many boats at varnhom', 'how many boats at varnholm']) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, typed).toBe(true);
      expect(answer.message, typed).toMatch(/no sentence about varnho?l?m states a number/iu);
    }
  });
});

describe('a title’s word the coverage always writes into a name', () => {
  it('"amber house" THEN one name, as the coverage writes "Amber House", not the person Amber and a house', () => {
    expect(nameRuns('when did amber house open its ferry office', facts()).map(({ phrase }) => phrase.join(' '))).toEqual(['amber hous']);
    expect(nameRuns('when did president amber open the office', facts())).toEqual([]);
    expectAnswered('when did amber house open its ferry office', HOUSE_OPENED);
  });
});

describe('a country listed beside the one asked about', () => {
  it('"since norway signed the harbour treaty how can it even send drift nets to peru" THEN "neither Chile nor Norway" is about Norway too, and corrects the premise', () => {
    expectAnswered('since norway signed the harbour treaty how can it even send drift nets to peru', NEITHER);
  });
});
