// Questions as chat puts them: a claim naming the wrong weekday ("so the fair kicks off monday?",
// checked against the day the coverage states), a figure said in words with its decimals ("sixty
// one point four"), another language's stop words mixed into English ("que dijo olsen …"), the
// source of a figure asked ("says who"), a phrasal verb after a name ("did holm push back"),
// "wait" opening a later clause, "what's going on with x", a guess asked of the bot, "what word
// did x use", what something hangs on ("what does x have to do before …"), how someone reacted
// (done or said), who voted no (one named beside no such vote did not), "28 mil" (not "28 boats"),
// a name spelled out that the coverage abbreviates ("coastal ferry safety board": CFSB), "on hold",
// who put out a described article ("who reported the ferry story": its publisher), and a dictated
// sound-alike of a word the coverage lacks too ("after the brake in crossings").
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { questionWords } from '../../src/query/parts-of-speech.js';
import { mendedQuestion, readsAsEnglish } from '../../src/query/question-language.js';
import { figuresForNumberWords } from '../../src/lexicon/number-words.js';
import { abbreviationsOfNames } from '../../src/query/abbreviations.js';
import { answerLine } from '../../src/pipeline.js';
import { answeredTexts, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const FAIR_DATES = 'LINDVIK — Mayors of the 12 league towns will meet in Lindvik from May 4 to 6, 2025, for a fair marking the league\'s 50th year.';
const OPENS = 'The fair opens on Tuesday with a parade at the harbour hall, where the league was founded in 1975.';
const LAST_DAY = 'Mayor Olsen is expected to open the harbour hall on the final day of the fair.';
const DINNER = 'Mayor Dahl will host a dinner for the mayors at the town hall on Wednesday.';
const REQUEST = 'Worries about the ferry have grown as the council stalls on Mayor Dahl\'s request for $61.4 million in new aid for the islands.';
const OTHER_SUM = 'Valley towns have given over $65 million in ferry aid to Lindvik since 2020.';
const TOTAL = 'Since March 2021, Tarnby has delivered about €28 million in ferry aid to Lindvik, according to the Harbour Office.';
const ANALYST = 'Dr. Mara Keller, a ferry analyst at the Coast Institute, said the first boats would arrive in the following weeks.';
const NEW_GRANT = 'Mayor Holm announced on Tuesday that Tarnby will provide Lindvik with a new €1.4 million ferry grant.';
const SENT_SINCE = 'Mayor Holm said Tarnby has sent millions to Lindvik since 2021.';
const LEVY_WARNING = 'During a meeting with Dahl in Tarnby, Olsen warned that any new ferry levy would trigger a "firm response" from the islands.';
const ISLAND_SHIPS = 'Vesta is also providing significant fuel shipments to the islands.';
const HOLM_VOTED = 'Council leader Lena Holm, a longtime supporter of the ferry, voted for the levy.';
const ONLY_IF = "The port will reopen only if the harbour board approves a new safety plan, Mayor Dahl said.";
const PORT_BID = "Tarnby's bid to reopen the port may not get a decision anytime soon, according to officials.";
const WINTER = '"We enter the second winter of the valley\'s hardship," Olsen said.';

const { facts } = coverageForTests({
  'fair.md': ['---\ntitle: Mayors gather in Lindvik\npublisher: Coast Herald\npublished: 2025-05-03\n---', FAIR_DATES, OPENS, LAST_DAY, DINNER].join('\n\n'),
  'aid.md': ['---\ntitle: Ferry aid so far\npublisher: Valley Weekly\npublished: 2025-06-11\n---', REQUEST, OTHER_SUM, TOTAL, ANALYST, NEW_GRANT, SENT_SINCE].join('\n\n'),
  'levy.md': ['---\ntitle: Olsen warns on the levy\npublisher: Tarnby Gazette\npublished: 2025-06-20\n---', LEVY_WARNING, ISLAND_SHIPS, HOLM_VOTED, WINTER].join('\n\n'),
  'port.md': ['---\ntitle: Port stays shut\npublisher: Coast Herald\npublished: 2025-07-01\n---', ONLY_IF, PORT_BID].join('\n\n'),
});

describe('GIVEN a claim naming a weekday the coverage does not give', () => {
  it.each(bothCasings('so the fair kicks off monday?'))('%j THEN the day is the claim, and the sentence stating the real day answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ expects: ['date'], restated: 'monday' });
    expectAnsweredFirst(facts(), question, OPENS);
  });

  it.each(bothCasings('did the fair start on a monday'))('%j THEN a yes/no question is answered by the dates stated too, "start" said as "opens"', (question) => {
    expect(answeredTexts(question, facts()).slice(0, 2)).toEqual(expect.arrayContaining([OPENS, FAIR_DATES]));
  });

  it('THEN days offered to choose from stay the question\'s', () => {
    expect(understandQuestion('was the fair on a monday or a tuesday').plain).toContain('monday or a tuesday');
  });

  it('THEN a day told before a question further on is no claim: it stays the question\'s', () => {
    expect(understandQuestion('holm bday sunday at the harbour hall in lindvik oct 2025, which sf pastor of hers did she shout out').plain).toContain('sunday');
  });

  it('THEN a claim with nothing else to date is left as typed', () => {
    expect(understandQuestion('is it monday').plain).toBe('is it monday');
  });
});

describe('GIVEN a figure said in words with its decimals', () => {
  it('THEN the digits after "point" are its decimals', () => {
    expect(figuresForNumberWords('sixty one point four million'.split(' '))).toEqual(['61.4', 'million']);
    expect(figuresForNumberWords('two point five billion'.split(' '))).toEqual(['2.5', 'billion']);
    expect(figuresForNumberWords('the point is'.split(' '))).toEqual(['the', 'point', 'is']);
  });

  it.each(bothCasings("sixty one point four million, what's that about"))('%j THEN the sentence stating that figure answers', (question) => {
    expectAnsweredFirst(facts(), question, REQUEST);
  });
});

describe("GIVEN another language's stop words mixed into an English question", () => {
  it.each(bothCasings('que dijo olsen about a new ferry levy from dahl'))('%j THEN they are no names the coverage lacks: the question is answered', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(false);
    expect(mendedQuestion(question, facts())).not.toMatch(/\bque\b/iu);
    expectAnsweredFirst(facts(), question, LEVY_WARNING);
  });

  it.each(['was ist das', 'wie viel hat tarnby gegeben'])('%j THEN a question mostly of another language is still declined as such', (question) => {
    expect(readsAsEnglish(question, facts())).toBe(false);
  });

  it('THEN English prepositions and web addresses are kept', () => {
    expect(mendedQuestion('tarnby aid per the harbour office', facts())).toBe('tarnby aid per the harbour office');
    expect(mendedQuestion('saw it on example.com what is the levy', facts())).toBe('saw it on example.com what is the levy');
  });
});

describe('GIVEN the source of a claimed figure asked for', () => {
  it.each(bothCasings('tarnby sent 28 mil since 2021?? says who'))('%j THEN the body the sentence credits answers as a person would', (question) => {
    expectAnsweredFirst(facts(), question, TOTAL);
  });
});

describe('GIVEN a phrasal verb after the name in a "did" question', () => {
  it('THEN the verb and its particle are read as a verb, not a noun run', () => {
    const words = questionWords('did holm push back on the levy');
    expect(words.find(({ word }) => word === 'push')).toMatchObject({ action: true, thing: false });
    expect(words.find(({ word }) => word === 'holm')?.phrase).toBe('holm');
  });

  it.each(bothCasings('did holm push back on the levy or'))('%j THEN "push back" is no thing the coverage lacks', (question) => {
    expect(analyseQuery(question, facts()).unknownNames).toEqual([]);
  });
});

describe('GIVEN chat openers inside a message', () => {
  it('THEN "wait" opening a later clause is surprise, no word of the question', () => {
    expect(understandQuestion('where did dahl go on friday, and wait did they really talk for hours').plain).not.toMatch(/\bwait\b/u);
    expect(understandQuestion('where did dahl go and wait for the boat').plain).toMatch(/\bwait\b/u);
  });

  it.each(bothCasings("what's going on with olsen n dahl"))('%j THEN it asks about them: the sentence naming both leads', (question) => {
    expect(understandQuestion(question).plain).toMatch(/^what is olsen/u);
    expectAnsweredFirst(facts(), question, LEVY_WARNING);
  });
});

describe('GIVEN a guess asked of the bot', () => {
  it.each(bothCasings('honestly do u think holm survives the next vote in tarnby'))('%j THEN a verb the coverage never writes in any form is what it lacks', (question) => {
    expect(answerLine(question, facts()).message).toContain('never mentions survives');
  });
});

describe('GIVEN the wording someone used asked for', () => {
  it.each(bothCasings('what word did olsen use for the valley, like the second winter of ___'))('%j THEN "word" asks for the words said, no thing of that name', (question) => {
    expect(analyseQuery(question, facts()).unknownNames).toEqual([]);
    expectAnsweredFirst(facts(), question, WINTER);
  });
});

describe('GIVEN what something hangs on asked for', () => {
  it.each(bothCasings('what does the port have to do before it can actually reopen'))('%j THEN a sentence stating a condition leads', (question) => {
    expect(understandQuestion(question).expects).toEqual(['condition']);
    expectAnsweredFirst(facts(), question, ONLY_IF);
  });

  it.each(['under what conditions will the port reopen', 'what are the requirements for reopening the port', 'what needs to happen first'])('%j THEN it asks for a condition too', (question) => {
    expect(understandQuestion(question).expects).toEqual(['condition']);
  });
});

describe('GIVEN how a people reacted to something', () => {
  const ANNOUNCED = 'Mayor Holm announced on Tuesday that Tarnby will provide the islands with a new ferry grant for the winter crossings.';
  const THANKED = 'Island council leader Mara Lund thanked Tarnby, writing that the decision "will keep the crossings open."';
  const ISLANDER_MET = 'Dahl met island harbour master Per Lund in Tarnby last month.';
  const { facts: reactFacts } = coverageForTests({
    'grant.md': ['---\ntitle: Tarnby backs the crossings\npublisher: Coast Herald\npublished: 2025-09-02\n---', ANNOUNCED, ISLANDER_MET, THANKED].join('\n\n'),
    'notes.md': VALLEY_NOTES,
  });

  it.each(bothCasings("how did the island council react to tarnby's ferry grant thing"))('%j THEN the reaction leads, though it names the grant only as "the decision"', (question) => {
    expect(understandQuestion(question).expects).toEqual(['reaction']);
    expectAnsweredFirst(reactFacts(), question, THANKED);
  });

  it("THEN \"what was x's response\" asks for one too", () => {
    expect(understandQuestion("what was the council's response to the grant").expects).toEqual(['reaction']);
  });
});

describe('GIVEN who voted on one side asked, where the coverage names no one who did', () => {
  const TALLY = 'The town council on Tuesday voted 9 to 2 to approve the ferry levy.';
  const CALLED = 'Council member Lena Holm, the council leader, called the ferry levy vote "a message to the valley."';
  const VOTED_FOR = 'Council member Per Dahl voted for the levy.';
  const { facts: voteFacts } = coverageForTests({
    'vote.md': ['---\ntitle: Council backs the levy\npublisher: Coast Herald\npublished: 2025-04-23\n---', TALLY, CALLED, VOTED_FOR].join('\n\n'),
    'notes.md': VALLEY_NOTES,
  });

  it.each(bothCasings('which council members voted no on the ferry levy'))('%j THEN it is declined: no one named is said to have voted no', (question) => {
    expect(answerLine(question, voteFacts()).abstained).toBe(true);
  });

  it.each(bothCasings('who voted for the levy'))('%j THEN the one who voted for it still answers', (question) => {
    expectAnsweredFirst(voteFacts(), question, VOTED_FOR);
  });
});

describe('GIVEN a figure typed with its scale word', () => {
  const IN_MILLIONS = 'Since March 2021, Tarnby has delivered about €28 million in ferry aid to Lindvik, according to the Harbour Office.';
  const BOATS = 'Mayor Holm said Tarnby has sent 28 boats to Lindvik since 2021.';
  const { facts: sumFacts } = coverageForTests({
    'aid.md': ['---\ntitle: Ferry aid so far\npublisher: Valley Weekly\npublished: 2025-06-11\n---', IN_MILLIONS, BOATS, 'Valley towns have given over $65 million in ferry aid to Lindvik since 2020.'].join('\n\n'),
  });

  it.each(bothCasings('tarnby sent 28 mil since 2021?? says who'))('%j THEN "28 boats" does not state it: the sum in millions answers', (question) => {
    expectAnsweredFirst(sumFacts(), question, IN_MILLIONS);
  });
});

describe('GIVEN a name spelled out that the coverage mostly abbreviates', () => {
  const DEFINED = 'The Coastal Ferry Safety Board (CFSB) was set up in 1998 to inspect the island boats.';
  const INCREASE = "Mayor Dahl said she secured the CFSB's first budget increase in almost a decade.";
  const OTHER_BOARD = 'The coastal safety board of the valley towns met for the first time in years.';
  const { facts: boardFacts } = coverageForTests({
    'board.md': ['---\ntitle: Ferry board funded\npublisher: Coast Herald\npublished: 2025-03-02\n---', DEFINED, INCREASE, OTHER_BOARD].join('\n\n'),
    'notes.md': VALLEY_NOTES,
  });

  it.each(bothCasings('did the coastal ferry safety board really get its first budget increase in like 10 yrs'))('%j THEN the sentence naming it by its abbreviation answers', (question) => {
    expectAnsweredFirst(boardFacts(), question, INCREASE);
  });

  const { facts: stemFacts } = coverageForTests({
    'studio.md': ['---\ntitle: Studio opens\npublisher: Coast Herald\npublished: 2025-05-02\n---', 'The National Design Studio (NDS) opened in May.', 'The 2nd round of ferry talks ended on Friday.'].join('\n\n'),
  });

  it('THEN an abbreviation the index stems to another term ("nds": "nd", as in "2nd") is not taken', () => {
    expect(abbreviationsOfNames('how much is going into the national design studio', stemFacts())).toEqual(new Map());
  });
});

describe('GIVEN something asked about as "on hold"', () => {
  const PAUSED = 'Ferry crossings to the islands have been paused because of storm damage at the pier.';
  const HOLDS = 'The island ferry holds the valley record for crossings in one year.';
  const { facts: holdFacts } = coverageForTests({
    'ferry.md': ['---\ntitle: Crossings stop\npublisher: Coast Herald\npublished: 2025-10-02\n---', HOLDS, PAUSED].join('\n\n'),
    'notes.md': VALLEY_NOTES,
  });

  it.each(bothCasings('why r the island ferry crossings on hold'))('%j THEN it reads as halted: the sentence saying they were paused answers', (question) => {
    expect(understandQuestion(question).plain).not.toMatch(/\bhold\b/u);
    expectAnsweredFirst(holdFacts(), question, PAUSED);
  });
});

describe('GIVEN who put out a described article asked', () => {
  const LEAD = 'The first ferry in three weeks left Lindvik on Thursday carrying 300 passengers, the harbour office said.';
  const FAIR = 'Mayors of the league towns will meet in Lindvik in May.';
  const { facts: outletFacts } = coverageForTests({
    'ferry.md': ['---\ntitle: Island ferry sails again after storm\npublisher: Coast Herald\npublished: 2025-10-02\n---', LEAD, 'Crews worked through the night to repair the pier.'].join('\n\n'),
    'fair.md': ['---\ntitle: League fair comes to Lindvik\npublished: 2025-04-01\n---', FAIR].join('\n\n'),
  });

  it.each(bothCasings('who reported the island ferry story, like where does the 300 number come from'))('%j THEN its publisher is named, over its opening sentence', (question) => {
    const answer = answerLine(question, outletFacts());
    expect(answer.message).toBe('“Island ferry sails again after storm” was published by Coast Herald.');
    expect(answer.items[0]?.text).toBe(LEAD);
  });

  it.each(['which outlet ran the ferry piece', 'who published the island ferry article'])('%j THEN likewise', (question) => {
    expect(answerLine(question, outletFacts()).message).toContain('was published by Coast Herald');
  });

  it('THEN an article without a known publisher says so', () => {
    expect(answerLine('who published the league fair story', outletFacts()).message).toBe('The coverage does not say who published “League fair comes to Lindvik”.');
  });
});

describe('GIVEN a dictated sound-alike of a word the coverage lacks too', () => {
  const FIRST_FERRY = 'The first ferry in three weeks left Lindvik on Thursday carrying 300 passengers, the harbour office said.';
  const { facts: soundFacts } = coverageForTests({
    'ferry.md': ['---\ntitle: Island ferry sails again\npublisher: Coast Herald\npublished: 2025-10-02\n---', FIRST_FERRY, 'Crews worked through the night to repair the pier.'].join('\n\n'),
    'notes.md': VALLEY_NOTES,
  });

  it.each(bothCasings('ok so how many people were on the first ferry that left lindvik after the brake in crossings'))('%j THEN "brake" names no device it lacks: the question is answered', (question) => {
    expectAnsweredFirst(soundFacts(), question, FIRST_FERRY);
  });

  it.each(bothCasings('did the brake on the ferry fail'))('%j THEN a question about the thing itself is still declined', (question) => {
    expect(answerLine(question, soundFacts()).message).toContain('never mentions brake');
  });
});
