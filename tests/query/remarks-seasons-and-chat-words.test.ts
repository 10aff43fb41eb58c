// Questions as chat types them, read for what they ask:
// - a long remark of the asker's own before a short question ("i think the council has been way too
//   slow …. how much did they put up"), a word turning to the question ("… anyway whats in it"), and
//   a topic before the question after a comma ("the guy who spoke at the fair, how much …");
// - an idiom's irregular plural in the remark ("dragging its feet") is a word, not a name the
//   coverage lacks; a name the coverage lacks there still declines;
// - "break down the bill" asks what it includes ("the main chunks" of it are no topic);
// - "who is the quellmark pm that …" asks for a name: a sentence repeating the role does not answer;
// - "seeks to" states a purpose and "…, as it marks …" a reason, which a why-question asks for;
// - "last summer" is dated by its months, "which night" asks for a day, "sat down w the mayor" is
//   "with" him, "holt who's that" is "who is holt", "potus" is the president, and "for" is never the
//   cut end of a two-word noun.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { answeredFirst, coverageForTests, declinesButKeeps, expectAnsweredFirst } from '../helpers/built-coverage.js';

const PORT_GRANT = 'Varnholm has promised $50 million in aid to help repair the damaged port of Lindvik.';
const RUSHING = 'The timing of the ferry grant is crucial, as the outgoing council seeks to finish the coast road before the handover to the new mayor.';
const SIGNIFICANT = 'The fair in Ostby is particularly significant, as it marks the last one before the outgoing mayor leaves office.';
const FAIR_IMPORTANT = 'The outgoing mayor called the Ostby fair important for the town on Monday.';
const PAID_BY = 'The outgoing council said on Monday that the ferry grant would be paid out before the new mayor takes over the coast road.';
const FERRY_BILL = 'The council on Tuesday approved a $95 million ferry bill that includes about $61 million for Lindvik.';
const BILL_PARTS = ['The bill includes:', '- about $61 million for Lindvik, including new ferries and repairs', '- $26 million for Ostby and its harbour', '- $8 million for the coast road'].join('\n');
const CHUCK = 'Council leader Chuck Dahl called the vote "a message to the coast."';
const UNREST = 'Unrest on the coast road has prompted the prime minister of neighbouring Quellmark to call for more guards, according to Reuters.';
const UNION_FERRIES = 'The European Union has given Lindvik two ferries for the coast road.';
const CARGO = 'The first cargo ship in three weeks left the port of Lindvik on Thursday carrying 30,000 tonnes of salt.';
const CONTENTS = 'The package includes two new ferries, 100 buoys and spare parts, Berg told reporters in Varnholm.';
const LARGEST = 'The package is the largest since Varnholm approved its second ferry grant last autumn.';
const FAIR_PLEDGE = 'At the harbour fair, envoy Ada Holm said Varnholm was on track to give $11 million per year to coastal towns by 2026.';
const FAIR_OPENS = 'The harbour fair opens in Lindvik with a record of new ferry routes across the coast.';
const SECOND_MEETING = 'The ferry council met for the second time in late July to address safety on the coast road.';
const FOUNDED = 'The ferry council was founded in Lindvik in 2019 to bring the coastal towns together.';
const DINNER = 'Governor Tomas Berg will host a dinner for the mayors at the harbour hall on Wednesday.';
const MAYORS_MEET = 'The mayors of the 12 coastal towns will meet in Lindvik from March 9 to 11 for the ferry summit.';
const MET_MAYOR = 'Berg met Lindvik Mayor Mira Holt in Ostby last month.';
const TRAVEL = 'Berg will travel to Quellmark next week, his office said.';

const { facts } = coverageForTests({
  'port.md': ['---\ntitle: Port repairs funded\npublisher: Coastal Gazette\npublished: 2024-05-16\n---', PORT_GRANT, CARGO, UNION_FERRIES, UNREST].join('\n\n'),
  'package.md': ['---\ntitle: Varnholm ferry package\npublisher: Coastal Gazette\npublished: 2024-06-11\n---', CONTENTS, LARGEST].join('\n\n'),
  'fair.md': ['---\ntitle: Harbour fair opens\npublisher: Coastal Gazette\npublished: 2024-11-13\n---', FAIR_OPENS, FAIR_PLEDGE].join('\n\n'),
  'council.md': ['---\ntitle: Ferry council meets again\npublisher: Coastal Gazette\npublished: 2023-11-29\n---', FOUNDED, SECOND_MEETING].join('\n\n'),
  'summit.md': ['---\ntitle: Mayors meet in Lindvik\npublisher: Coastal Gazette\npublished: 2024-03-08\n---', MAYORS_MEET, DINNER].join('\n\n'),
  'visits.md': ['---\ntitle: Berg on the road\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', MET_MAYOR, TRAVEL].join('\n\n'),
  'bill.md': ['---\ntitle: Council approves ferry bill\npublisher: Coastal Gazette\npublished: 2024-04-23\n---', FERRY_BILL, BILL_PARTS, CHUCK].join('\n\n'),
  'grant.md': ['---\ntitle: Council hurries ferry grant\npublisher: Coastal Gazette\npublished: 2024-11-20\n---', PAID_BY, RUSHING, SIGNIFICANT, FAIR_IMPORTANT].join('\n\n'),
});

describe('a long remark before a short question', () => {
  it('"i think varnholm has been way too slow … . how much did they put up for the port" is answered by the grant', () => {
    expectAnsweredFirst(facts(), 'tbh i think varnholm has been way too slow on everything lindvik related, all talk and summits and no cash, and this salt thing is no different. how much did they put up for the port', PORT_GRANT);
  });

  it('the remark is a lead-in: the question alone says what is asked', () => {
    const question = understandQuestion('i think varnholm has been way too slow on everything lindvik related, all talk and summits and no cash, and this salt thing is no different. how much did they put up for the port');
    expect(question.plain).toBe('how much did they put up for the port');
    expect(question.kind).toBe('how-much');
  });

  it('a short statement the question leans on is still read with it ("so the council met. what did they agree on")', () => {
    expect(understandQuestion('so the council met. what did they agree on').plain).toBe('the council met. what did they agree on');
    expect(understandQuestion('ngl i always assumed the ferry fund was just more taxpayer money lol. how does it get paid for').plain).toBe('i always assumed the ferry fund was just more taxpayer money. how does it get paid for');
  });

  it('"… dragging its feet … . anyway whats in the new varnholm package": "feet" is a word, not a name the coverage lacks', () => {
    expectAnsweredFirst(facts(), 'honestly varnholm has been dragging its feet on ferries for 2 yrs and just waiting on lindvik to do everything, its kinda embarrassing. anyway whats actually in the new varnholm package', CONTENTS);
  });

  it('a short form in the remark is known by the name the coverage spells out ("the eu": European Union)', () => {
    expectAnsweredFirst(facts(), 'i think the eu has been way too slow on everything coastal, all talk and summits and no real help for towns. how many ferries did they give lindvik', UNION_FERRIES);
  });

  // A name the coverage lacks in the remark still declines.
  declinesButKeeps(facts, 'i think the zorvian parliament is useless and slow and never does anything right for its people. what did they agree on', 'so the ferry council met again. why did they meet', SECOND_MEETING);

  it('a topic, then the question after a comma: "the guy who spoke at the harbour fair, how much a yr did he say"', () => {
    expectAnsweredFirst(facts(), 'honestly i think these fairs are mostly talk and rich towns never pay up what they promise, feels like theater tbh. anyway the guy who spoke at the harbour fair, how much money a yr did he say they were on track for', FAIR_PLEDGE);
  });
});

describe('times typed loosely', () => {
  it('"why did the ferry council meet again last summer" is answered by the July meeting', () => {
    expectAnsweredFirst(facts(), 'why did the ferry council meet again last summer', SECOND_MEETING);
  });

  it('"which night" asks for the day: "on Wednesday" answers it', () => {
    expectAnsweredFirst(facts(), 'governor berg doing a dinner for the mayors, which night', DINNER);
    expect(understandQuestion('berg doing a dinner for the mayors, which night').expects).toEqual(['date']);
  });
});

describe('who holds a role', () => {
  // "who is the quellmark pm that wanted more guards": a sentence giving only the role names no one.
  declinesButKeeps(facts, 'who is the quellmark pm that wanted more guards', 'who is the lindvik mayor berg met in ostby', MET_MAYOR);
});

describe('what a bill is made of', () => {
  it('"break down the ferry bill for me, what are the main chunks" asks what it includes', () => {
    expect(understandQuestion('break down the ferry bill for me, what are the main chunks and who gets what').expects).toEqual(['contents']);
    expect(understandQuestion('give me a breakdown of the ferry deal').plain).toBe('what does the ferry deal include');
    expect(understandQuestion('did the talks break down').kind).toBe('yes-no');
    const answer = answerLine('break down the ferry bill for me, what are the main chunks and who gets what', facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items.map((item) => item.text).join(' ')).not.toContain('Chuck');
  });
});

describe('a purpose stated', () => {
  it('"seeks to" gives the reason a why-question asks for', () => {
    expectAnsweredFirst(facts(), 'why is teh council rushing out the ferry grant before the new mayor takes over 🤔', RUSHING);
  });

  it('"…, as it marks …" gives the reason too', () => {
    expectAnsweredFirst(facts(), 'why is the ostby fair important for the outgoing mayor', SIGNIFICANT);
  });
});

describe('chat words', () => {
  it('"r" is "are" after a question word and three words that are no verb', () => {
    expect(plainForm('wat kind of ferries r in that package')).toBe('what kind of ferries are in that package');
    expect(plainForm('what did r kelly say')).toBe('what did r kelly say');
  });

  it('"sat down w the lindvik mayor" is "with" her', () => {
    expect(plainForm('how long ago did berg sit down w the lindvik mayor')).toBe('how long ago did berg meet with the lindvik mayor');
    expect(plainForm('what happened in w virginia')).toBe('what happened in west virginia');
    expectAnsweredFirst(facts(), 'how long ago did berg sit down w the lindvik mayor in ostby', MET_MAYOR);
  });

  it('"holt who\'s that": a name, then "who is that", asks who she is', () => {
    expect(plainForm("mira holt who's that, berg met her in ostby")).toBe('who is mira holt, berg met her in ostby');
    expect(plainForm('what is that, who is he')).toBe('what is that, who is he');
    const profile = answeredFirst('who is holt, berg met her in ostby', facts());
    expect(profile).toContain('Mayor');
    expect(answeredFirst("holt who's that, berg met her in ostby", facts())).toBe(profile);
  });

  it('"potus", "flotus" and "scotus" are the offices', () => {
    expect(plainForm('potus and flotus at the scotus')).toBe('president and first lady at the supreme court');
  });

  it('"for" is never the cut end of a two-word noun: "air defense for 2 yrs" is no "defense force"', () => {
    expect(plainForm('waiting on air defense for 2 yrs')).toBe('waiting on air defense for 2 years');
    expect(plainForm('the prime min said')).toBe('the prime minister said');
  });
});
