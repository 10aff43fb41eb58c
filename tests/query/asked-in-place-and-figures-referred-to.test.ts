// Questions as chat puts them: a question word asked in place with a phrase after it ("the $12
// million goes where in the bill"), a figure the question gives as a share ("what does the 90
// percent mean": what it is of, not a share to find), an article described by the adjective of
// the place its title names ("the chilean article"), occurrences counted by their start ("how many
// times has it broken out"), a figure the asker bounds ("was it over 60 million"), and a name offered
// after a who question ("whose idea was it, olsen?"), where someone is headed, and a country
// doing something after an opening phrase ("Earlier this week, Tarnby granted …"), and a question
// carried on from the conversation ("ok and hwo signed it"), and how often something happens.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { answerLine } from '../../src/pipeline.js';
import { mendTypingSlips } from '../../src/query/typing-slips.js';
import { guessedRangeFigures } from '../../src/query/guessed-ranges.js';
import { answeredTexts, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const BILL = 'LINDVIK — The council on Tuesday voted 9 to 4 to approve a $74 million harbour bill that includes about $40 million for the ferry.';
const SCHOOLS = '$12 million for new schools in Tarnby';
const ROADS = '$8 million for roads in Vesta';
const DELIVERED = 'Holm said the board has delivered 70% of the buoys it promised to the islands this year.';
const BRIEFING = 'Harbour board spokeswoman Lena Holm speaks to reporters at the harbour office.';
const CHILE_TOTAL = 'Since March 2021, Chile has delivered about $28 million in ferry aid to Lindvik, according to its transport ministry.';
const CHILE_GRANT = 'Chile will give Lindvik a new $3 million ferry grant, the minister said on Monday.';
const OTHER_TOTAL = 'Tarnby has also given $28 million to the valley museum since 2019.';
const CLASHES = 'Clashes between Tarnby and Vesta fishermen have occurred twice in recent months, prompting the mayor of neighbouring Holm to call for more coast guard patrols.';
const REQUEST = "Worries about the ferry have grown as the council stalls on Mayor Dahl's request for $61.4 million in new aid for the islands.";
const EARLIER = "Worries about the ferry grew last year as the council turned down Mayor Dahl's request for $44.2 million in new aid for the islands.";
const FAR_ABOVE = 'The valley league has spent $150 million on roads since 2010.';
const GRANT_ANNOUNCED = 'Mayor Holm announced on Tuesday that Tarnby will give Lindvik a new €1.4 million ferry grant.';
const MET_EARLIER = 'Holm met Mayor Olsen of Lindvik in Vesta last month.';
const TRAVEL_NEXT = 'Harbour Secretary Lena Holm will travel to Tarnby next week, her office said.';
const OVERFLIGHT = "Earlier this week, Portugal granted approval for Mayor Dahl's plane to fly over its airspace.";
const BOYCOTT = 'Several towns decided to boycott the fair because of the levy.';
const LEAGUE_MEETS = 'Mayors of the valley league meet in Lindvik every spring.';
const FIRST_FERRY = 'The first ferry in three weeks left Tarnby on Friday.';
const BOARD_MET = 'The harbour board met in Vesta on Monday with 12 members present.';

const { facts } = coverageForTests({
  'bill.md': ['---\ntitle: Council approves harbour bill\npublisher: Coast Herald\npublished: 2025-04-24\n---', BILL, 'Key provisions of the bill:', `- about $40 million for the ferry, including new boats\n- ${SCHOOLS}\n- ${ROADS}`].join('\n\n'),
  'buoys.md': ['---\ntitle: Harbour board says most promised buoys are in place\npublisher: Valley Weekly\npublished: 2025-10-15\n---', BRIEFING, DELIVERED].join('\n\n'),
  'chile.md': ['---\ntitle: Chile pledges new ferry grant for Lindvik\npublisher: Rhine Ledger\npublished: 2025-06-11\n---', CHILE_GRANT, CHILE_TOTAL].join('\n\n'),
  'museum.md': ['---\ntitle: Museum funding\npublisher: Tarnby Gazette\npublished: 2025-06-20\n---', OTHER_TOTAL].join('\n\n'),
  'clashes.md': ['---\ntitle: Tarnby and Vesta argue over fishing grounds\npublisher: Coast Herald\npublished: 2025-05-02\n---', CLASHES].join('\n\n'),
  'ask.md': ['---\ntitle: Ferry money stalls\npublisher: Valley Weekly\npublished: 2025-08-01\n---', EARLIER, REQUEST, FAR_ABOVE].join('\n\n'),
  'grant.md': ['---\ntitle: Tarnby grant for the ferry\npublisher: Tarnby Gazette\npublished: 2025-06-10\n---', GRANT_ANNOUNCED].join('\n\n'),
  'trips.md': ['---\ntitle: Holm on the road\npublisher: Coast Herald\npublished: 2025-07-02\n---', MET_EARLIER, TRAVEL_NEXT].join('\n\n'),
  'flight.md': ['---\ntitle: Dahl flies to the fair\npublisher: Valley Weekly\npublished: 2025-07-03\n---', BOYCOTT, OVERFLIGHT].join('\n\n'),
  'league.md': ['---\ntitle: Around the valley\npublisher: Coast Herald\npublished: 2025-07-04\n---', LEAGUE_MEETS, FIRST_FERRY, BOARD_MET].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a question word asked in place, with a phrase of place or time after it', () => {
  it.each(bothCasings('the $12 million is spent where under the harbour bill?'))('%j THEN it asks where, and the item stating the figure answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'where', expects: ['place'] });
    expectAnsweredFirst(facts(), question, SCHOOLS);
  });

  it.each([
    ['he went where last week', 'where'],
    ['they sent what to the islands', 'what'],
    ['the bill was signed when in the end', 'when'],
  ])('%j THEN it asks %s', (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });

  it('THEN a question word followed by a clause of its own is not asked in place', () => {
    expect(understandQuestion('i dont know who in the team did it').kind).toBe('statement');
  });
});

describe('GIVEN a share the question gives rather than asks for', () => {
  it.each(bothCasings('so what does the 70 percent mean in the harbour board story?'))('%j THEN it asks what the figure is, and the sentence stating it answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'what', expects: [] });
    expectAnsweredFirst(facts(), question, DELIVERED);
  });

  it.each(['90 per cent', '90 pct', '90percent'])('"%s" is the share written with its sign', (figure) => {
    expect(understandQuestion(`what does the ${figure} mean`).plain).toBe('what does the 90% mean');
  });

  it('THEN a share asked for is still asked for, and one claimed is the claim', () => {
    expect(understandQuestion('what percent did they deliver')).toMatchObject({ kind: 'percent', expects: ['percent', 'money', 'count'] });
    expect(understandQuestion('did they deliver 90 percent')).toMatchObject({ kind: 'yes-no', restated: '90%', expects: ['percent', 'money', 'count'] });
  });
});

describe('GIVEN an article described by the adjective of the place its title names', () => {
  it.each(bothCasings("what's the 28 million in the chilean article about"))('%j THEN the figure is looked for in that article only', (question) => {
    const answered = answeredTexts(question, facts());
    expect(answered[0]).toBe(CHILE_TOTAL);
    expect(answered).not.toContain(OTHER_TOTAL);
  });

  it('THEN an adjective of a place no title names still matches no article', () => {
    expect(answerLine('what is the 28 million in the peruvian article', facts()).message).toContain('No article in the coverage matches');
  });
});

describe('GIVEN occurrences counted by a verb of starting the coverage never writes', () => {
  it.each(bothCasings('so the tarnby vesta thing, how many times has it actually broken out?'))('%j THEN a sentence counting how often it occurred answers', (question) => {
    expectAnsweredFirst(facts(), question, CLASHES);
  });
});

describe('GIVEN a figure the asker bounds', () => {
  it.each(bothCasings("dahl wanted more ferry cash, was it over 60 mil?"))('%j THEN the sentence stating a figure within the bound leads', (question) => {
    expectAnsweredFirst(facts(), question, REQUEST);
  });

  it.each(bothCasings("dahl's ask for ferry money, was it under 50 mil?"))('%j THEN so it does below a bound', (question) => {
    expectAnsweredFirst(facts(), question, EARLIER);
  });

  it('THEN the coverage\'s figures of the same scale within the bound stand for it, and not those far beyond it', () => {
    const over = guessedRangeFigures('was it over 60 million', facts()).get('60');
    expect(over).toContainEqual(['61.4', 'million']);
    expect(over).not.toContainEqual(['44.2', 'million']);
    // Ten times the bound is likelier another sum.
    expect(guessedRangeFigures('was it over 70 million', facts()).get('70')).not.toContainEqual(['150', 'million']);
    const under = guessedRangeFigures('was it under 60 million', facts()).get('60');
    expect(under).toContainEqual(['44.2', 'million']);
    expect(under).not.toContainEqual(['61.4', 'million']);
    expect(guessedRangeFigures('was it around 45 million', facts()).get('45')).toContainEqual(['44.2', 'million']);
    // A figure with no bound ("the 60 million request") is no guess to widen.
    expect(guessedRangeFigures('the 60 million request', facts()).size).toBe(0);
  });
});

describe('GIVEN a name offered after a who question', () => {
  it.each(bothCasings('whose idea was the 1.4 mil ferry grant, olsen?'))('%j THEN it is the asker\'s guess: a name the coverage lacks there declines nothing', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who', restated: 'olsen' });
    expectAnsweredFirst(facts(), question, GRANT_ANNOUNCED);
  });

  it.each(['who leads the party, germany', 'who is the mayor, the guy'])('%j THEN a place or words of the language stay the question\'s', (question) => {
    expect(understandQuestion(question).restated).toBeUndefined();
  });
});

describe('GIVEN where someone is headed', () => {
  it.each(bothCasings("where's holm headed?"))('%j THEN it asks where they are going, and the trip ahead answers', (question) => {
    expect(understandQuestion(question).plain).toBe('where is holm going');
    expectAnsweredFirst(facts(), question, TRAVEL_NEXT);
  });

  it.each([["where is she heading next", 'where is she going next'], ["where's he off to after the fair", 'where is he going after the fair']])('%j reads as %j', (question, plain) => {
    expect(understandQuestion(question).plain).toBe(plain);
  });

  it.each(['where did holm fly off to after the fair', 'where is he flying off to'])('%j THEN another verb\'s particle is left as typed', (question) => {
    expect(understandQuestion(question).plain).toBe(question);
  });
});

describe('GIVEN a country doing what a who question asks, after an opening phrase', () => {
  it.each(bothCasings('who let dahl fly to the fair?'))('%j THEN the country granting it answers', (question) => {
    expectAnsweredFirst(facts(), question, OVERFLIGHT);
  });
});

describe('GIVEN a question carried on from the conversation', () => {
  it.each([
    ['ok and who signed it', 'who'],
    ['and when did it start', 'when'],
    ['also who paid for it', 'who'],
  ])('%j THEN the joiner before the question word asks nothing: it asks %s', (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });

  it.each([
    ['hwo signed it', 'who signed it'],
    ['ok and hwo is the mayor', 'ok and who is the mayor'],
    ['hwo much did they give', 'how much did they give'],
    ['hwo did they pay', 'how did they pay'],
  ])('%j THEN "hwo" is read by the word after it: %j', (typed, mended) => {
    expect(mendTypingSlips(typed, facts())).toBe(mended);
  });
});

describe('GIVEN how often something happens is asked', () => {
  it.each([
    ['how often do the league mayors meet?', LEAGUE_MEETS],
    ['how often do ferries leave tarnby', FIRST_FERRY],
  ])('%j THEN the sentence stating how often answers', (question, expected) => {
    expect(understandQuestion(question).expects).toEqual(['frequency']);
    expectAnsweredFirst(facts(), question, expected);
  });

  // A bare count is no frequency: any sentence on the scene may hold one, as the clashes' "twice" here.
  it.each(bothCasings('how often does the harbour board meet?'))('%j THEN a count of members, or of other things that happened, is no answer: it is declined, saying so', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('how often');
  });
});
