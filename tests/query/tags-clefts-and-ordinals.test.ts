// How chat asks when it does not ask plainly: a statement closed by "right?" before a remark that
// asks nothing ("… right? shes the gop leader"), a cleft ("who was it that blamed …"), keywords
// ("solberg quote"), a possessive name typed with a slip ("brenans job"), a description after the
// role asked ("whats x's job exactly, the guy who …"), "day 1 of the summit", "the rest" still to
// come, a size word in a bill's name ("the big transit bill"), a yes/no about the biggest one, the
// anchor of a "when" question ("before moreno leaves office"), a pronoun whose age is asked, and
// who said a claim: a guess at the speaker ("was it the minister who said …"), a speaker described
// and not named ("a senior port official stating …"); a share ruled out ("the actual number not a %");
// what a "what …" asks about past "else" and describing words, or told of before "what was it".
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const VOTE = 'The assembly on Tuesday voted 61 to 12 to approve an $80 billion transit bill that includes about $30 billion for the rail link.';
const VOTED_FOR = 'Assembly Leader Ada Moreno, a longtime supporter of the rail link, voted for the bill.';
const OTHER_FUNDS = 'The bill also provides $20 billion for ports and $9 billion for bus lines.';
const ORDER = 'Harbour Minister Rhea Solberg announced on Monday that Tarnby will provide the islands with a new $2 billion ferry package.';
const QUOTE = '"The islands need ferries now, not next summer," Solberg said.';
const LARGEST = 'The package is the largest since the council bought its second fleet in 2019.';
const PIER = 'Planning Secretary Daniel Brennan told reporters that the new pier would open in June.';
const DRONES = '"Most of the drones used in the largest-ever raid on the port were built and shipped by Varnia," he said.';
const BUOYS = 'Most of the buoys have been delivered.';
const REMAINING = 'The remaining deliveries depend on a shipyard in Norrvik.';
const DIED = 'Tom Ferris, president of the Dockworkers Union, died on Sunday.';
const THANKS = '"I want to thank Tom Ferris, who I spoke to today, for his partnership," Moreno said.';
const GATHERING = 'Harbour ministers are gathering in Tarnby today, December 3, for their winter meeting.';
const LAST_MEETING = 'The Tarnby meeting is the last before the Moreno administration exits office in January.';
const OPENS = 'The summit opens on Tuesday with a ceremony at the Old Exchange Hall in Tarnby.';
const FINAL_DAY = 'Mayor Ines Lund is expected to speak on the final day of the summit.';
const SLOW = 'Repairs are expected to be slow, with a senior port official stating, "It will take weeks and months to fix the crane."';
const CRANE_BUDGET = 'Brennan told reporters that the crane budget would be set in the coming weeks.';
const CLOSER = 'Solberg, at the harbour office, stated that the islands are now closer to getting a bridge than ever before.';
const BUOYS_SHARE = 'The port said it has delivered 90% of the buoys it promised to the islands.';
const FAIR_GREETING = '"It is great to have you all here at the harbour fair," Solberg told the crowd at the fair.';
const FAIR_RECORD = 'This is a record high, and it shows the islands are growing.';
const MINISTER_VISIT = 'The harbour minister, Rhea Solberg, has reaffirmed the council\'s commitment to the islands.';

const { facts, answered } = coverageForTests({
  'herald.md': [
    '---\ntitle: Assembly approves transit bill\npublisher: Coast Herald\npublished: 2025-05-06\n---',
    `${VOTE} ${VOTED_FOR}`,
    OTHER_FUNDS,
    `${ORDER} ${QUOTE} ${LARGEST}`,
    PIER,
    DRONES,
    `${BUOYS} ${REMAINING}`,
    `${DIED} ${THANKS}`,
    `${SLOW} ${CRANE_BUDGET}`,
    `${MINISTER_VISIT} ${CLOSER}`,
    BUOYS_SHARE,
    `${FAIR_GREETING} ${FAIR_RECORD}`,
  ].join('\n\n'),
  'gazette.md': ['---\ntitle: Harbour ministers meet in Tarnby\npublisher: Tarnby Gazette\npublished: 2025-12-03\n---', `${GATHERING} ${LAST_MEETING}`, `${OPENS} ${FINAL_DAY}`].join('\n\n'),
});

const answer = (question: string) => answerLine(question, facts());

describe('GIVEN a claim asked with "right?" and a remark after it', () => {
  it.each(bothCasings('Ada Moreno voted against the transit bill right? shes the gop leader'))('%j THEN the remark cannot decline it: the vote answers', (question) => {
    expect(answered(question)[0]).toBe(VOTED_FOR);
  });

  it('THEN a tag before a question still closes a statement told first', () => {
    expect(plainForm('he was in tarnby right? what did he see')).toBe('he was in tarnby. what did he see');
  });
});

describe('GIVEN a quote whose speaker is named only as "he"', () => {
  it.each(bothCasings('Who was it that blamed Varnia for the drones in that massive raid on the port?'))('%j THEN the cleft\'s "it" is no empty subject: the quote answers', (question) => {
    expect(answered(question)[0]).toBe(DRONES);
  });
});

describe('GIVEN a minister quoted once', () => {
  it.each(['solberg quote', 'solbergs quotes', "Solberg's quotes"])('%j THEN keywords ask for her quotes', (question) => {
    const reply = answer(question);
    expect(reply.command).toBe('quote');
    expect(reply.items[0]?.text).toContain('The islands need ferries now');
  });
});

describe('GIVEN a planning secretary', () => {
  it.each(bothCasings('whats brenans job exactly, the planning guy who talked about the pier'))('%j THEN the possessive name with a slip and the description after it still ask his role', (question) => {
    const reply = answer(question);
    expect(reply.command).toBe('who');
    expect(reply.items[0]?.text).toBe('Secretary');
  });

  it('THEN a filler closing a clause leaves its comma to the word before', () => {
    expect(plainForm('whats his job exactly, the guy who talked about the pier')).toBe('what is his job, the guy who talked about the pier');
  });
});

describe('GIVEN a summit whose opening and final day are reported', () => {
  it.each(bothCasings("What went down on day 1 of the summit, where's the opening thing?"))('%j THEN the opening answers, not the final day', (question) => {
    expect(plainForm(question)).toContain('first day of the summit');
    expect(answered(question)[0]).toBe(OPENS);
  });
});

describe('GIVEN most buoys delivered and the rest waiting on a shipyard', () => {
  it('THEN "the rest" before its verb are the remaining ones; a clause-closing "tho" only hedges, "by name" says how', () => {
    expect(plainForm('the rest are still coming tho')).toBe('the remaining ones are still coming');
    expect(plainForm('though he left, why did he go')).toBe('though he left, why did he go');
    expect(plainForm('who did solberg thank by name')).toBe('who did solberg thank');
  });

  it('THEN "which is cool" after a clause asks for nothing cool', () => {
    const { concepts } = analyseQuery('most of the buoys already went out which is cool, what are the rest waiting on', facts());
    expect(concepts.filter((concept) => concept.focus).map((concept) => concept.term)).not.toContain('cool');
  });
});

describe('GIVEN a transit bill with rail, port and bus money', () => {
  it.each(bothCasings('Besides the rail money, what else is the big transit bill paying for?'))('%j THEN "big" is no part of the bill\'s name: it is answered, by the money besides the rail money', (question) => {
    expect(answered(question)[0]).toBe(OTHER_FUNDS);
  });

  it.each(bothCasings('what all is in the transit bill'))('%j THEN "what all" asks what is in it', (question) => {
    expect(plainForm(question)).toBe('what is in the transit bill');
  });
});

describe('GIVEN a ferry package reported as the largest since 2019', () => {
  it.each(bothCasings("Is the ferry package the biggest one they've ever done?"))('%j THEN the sentence saying so answers, not a listing by size', (question) => {
    expect(answer(question).command).toBe('ask');
    expect(answered(question)).toContain(LARGEST);
  });
});

describe('GIVEN a meeting dated, and said to be the last before an administration exits', () => {
  it.each(bothCasings('harbour ministers meetup in tarnby, the last one before moreno leaves office.. what day was that'))('%j THEN the verb of the anchor is no event the coverage must report', (question) => {
    expect(answered(question)).toContain(GATHERING);
  });
});

describe('GIVEN a union president who died, his age never given', () => {
  it.each(bothCasings('so sad about Tom Ferris from the dockworkers, how old was he when he passed'))('%j THEN "he" is Ferris, whose age no sentence states: declined', (question) => {
    expect(answer(question).abstained).toBe(true);
  });
});

describe('GIVEN a question opening with chat shorthand', () => {
  it.each(bothCasings('wdym ferries.. what did Solberg announce'))('%j THEN "wdym" is chat, not a word the coverage lacks', (question) => {
    expect(answered(question)[0]).toBe(ORDER);
  });
});

describe('GIVEN a claim said by a minister and another by an official not named', () => {
  it.each(bothCasings('was it the harbour minister who said the islands have never been this close to getting a bridge'))('%j THEN the guess is no topic: the claim answers', (question) => {
    expect(plainForm(question)).toBe('who said the islands have never been this close to getting a bridge');
    expect(answered(question)[0]).toBe(CLOSER);
  });

  it.each(bothCasings('who said itll take weeks n months to fix the crane'))('%j THEN the official described answers who said it', (question) => {
    expect(answered(question)[0]).toBe(SLOW);
  });
});

describe('GIVEN a share of the buoys delivered, and no count of them', () => {
  it.each(bothCasings('how many buoys did the port promise the islands, like the actual number not a %'))('%j THEN the share ruled out answers nothing: declined', (question) => {
    expect(answer(question).abstained).toBe(true);
  });

  it.each(bothCasings('how many buoys did the port promise the islands'))('%j THEN the share still answers when not ruled out', (question) => {
    expect(answered(question)[0]).toBe(BUOYS_SHARE);
  });
});

describe('GIVEN a record reported at a fair the minister spoke at', () => {
  it.each(bothCasings('solberg bragged about some record at the harbour fair, what was it'))('%j THEN "it" is the record told of: the record answers', (question) => {
    expect(answered(question)[0]).toBe(FAIR_RECORD);
  });

  it.each([
    ['besides the rail money what else is the big transit bill paying for', 'bill'],
    ['what is the new foreign transit bill for', 'bill'],
    // Words asked for are a quote, no thing called so.
    ['what were her exact words about the ferries', null],
  ])('%j THEN the question asks about the %j', (question, focus) => {
    expect(analyseQuery(question, facts()).concepts.filter((concept) => concept.focus).map((concept) => concept.term)).toEqual(focus === null ? [] : [focus]);
  });
});
