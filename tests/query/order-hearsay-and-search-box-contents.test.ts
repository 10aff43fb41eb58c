// Questions as chat asks them: a size told before the question ("they said it's the biggest since
// …, what was that one called") asks for no listing by size; "x - what's his role in the govt";
// "x package contents" typed as a search box; a founding date asked by keyword, answered by the
// month; "i read x asked for like 3 mil more, what's the exact number"; "how come"; "do u think x
// will …", a guess only a forecast can stand in for; "which came first, a or b"; "the actual
// amount"; "the council met, who chaired it".
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { answerLine } from '../../src/pipeline.js';
import { route, routerContextOf } from '../../src/router.js';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PACKAGE = 'Harbour Minister Ola Dahl announced on Tuesday that Tarnby will give Lindvik a new €2 million lantern package.';
const CONTENTS = 'The package includes a third lantern system, 40 spare bulbs and cables, Dahl told reporters in Tarnby.';
const LARGEST = 'The package is the largest since Tarnby approved its No. 2 lantern tranche last autumn.';
const FOUNDED = 'The towns will mark the 75th anniversary of the league, which was first established in April 1950.';
const COUNCIL = 'The League-Vesta Council was established at the league summit in Lindvik on July 12.';
const REQUEST = "Worries grew as the council stalled on Mayor Olsen's request for €3.4 million in new aid for Lindvik.";
const OTHER_SUM = 'The ferry operator has received roughly €1.2 million from the towns so far.';
const HOSTING = 'Tarnby is hosting a two-day fair for mayors from the Coastal League in its old harbour.';
const BOYCOTT = "These towns have decided to boycott the fair because of Governor Brenn's participation.";
const SKIPPED = 'Mayors from several towns skipped the opening of the fair in Tarnby.';
const RETURN = "Mayors gathered in Lindvik, with top priority given to rallying support for the ferry ahead of Mayor Olsen's return to the town hall in January.";
const FORETOLD = 'Olsen will cut the ferry subsidy in March, his aides said.';
const SPRING_MEETING = 'The harbour board met for the second time in late May to discuss the storm damage.';

const { facts, first, ranked } = coverageForTests({
  'lanterns.md': ['---\ntitle: Tarnby pledges a lantern package to Lindvik\npublisher: Coast Herald\npublished: 2025-06-11\n---', PACKAGE, CONTENTS, LARGEST].join('\n\n'),
  'league.md': ['---\ntitle: Towns gather for the league summit\npublisher: Valley Weekly\npublished: 2025-07-08\n---', FOUNDED, COUNCIL, SPRING_MEETING].join('\n\n'),
  'council.md': ['---\ntitle: Council stalls on aid\npublisher: Tarnby Gazette\npublished: 2025-04-24\n---', REQUEST, OTHER_SUM, RETURN, FORETOLD].join('\n\n'),
  'fair.md': ['---\ntitle: Tarnby hosts the fair\npublisher: Valley Weekly\npublished: 2025-09-14\n---', HOSTING, SKIPPED, BOYCOTT].join('\n\n'),
});

const routed = (question: string) => route(question, commands, routerContextOf(facts()));

describe('GIVEN a size the user tells before asking something else', () => {
  it.each(bothCasings('wait they said its the biggest one since some earlier tranche?? what number was that one called'))('%j THEN no listing by size is asked for', (question) => {
    expect(routed(question)).toMatchObject({ command: 'ask' });
  });

  it.each(bothCasings('been reading about the lantern package. so what was the biggest package'))('%j THEN a size asked in the asking sentence still lists by size', (question) => {
    expect(routed(question)).toMatchObject({ command: 'aid', options: { order: 'largest' } });
  });
});

describe('GIVEN a role asked with the body it is held in', () => {
  it.each(bothCasings('dahl - whats his role in the govt'))('%j THEN it is his record that answers, under his name alone', (question) => {
    expect(routed(question)).toMatchObject({ command: 'who', options: { name: 'dahl' } });
  });

  it.each(bothCasings('whats dahl\'s role in the deal'))('%j THEN a part in an event is no post: the question is asked as typed', (question) => {
    expect(routed(question)).toMatchObject({ command: 'ask' });
  });
});

describe('GIVEN contents asked as a search box takes them', () => {
  it.each(bothCasings('tarnby lantern package contents'))('%j THEN it asks what the package includes', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'what', expects: ['contents'] });
    expectAnsweredFirst(facts(), question, CONTENTS);
  });

  it('THEN "what are the contents of the package" asks the same, and "table of contents" asks nothing of the kind', () => {
    expect(understandQuestion('what are the contents of the package').expects).toEqual(['contents']);
    expect(understandQuestion('table of contents').expects).toEqual([]);
  });
});

describe('GIVEN a date asked by a keyword query', () => {
  it.each(bothCasings('league founding date'))('%j THEN the month the coverage gives answers it, before a day of something else', (question) => {
    expectAnsweredFirst(facts(), question, FOUNDED);
  });
});

describe('GIVEN news the user read, then the question', () => {
  it.each(bothCasings('i read olsen asked the council for like 3 mil more for lindvik, whats the exact number'))('%j THEN the reading is no topic, and the sum guessed says the figure is a sum', (question) => {
    const read = understandQuestion(question);
    expect(read.plain.startsWith('olsen asked')).toBe(true);
    expect(read.expects[0]).toBe('money');
    expectAnsweredFirst(facts(), question, REQUEST);
  });
});

describe('GIVEN "how come"', () => {
  it.each(bothCasings('how come some towns skipped the fair in tarnby'))('%j THEN it asks why: the reason given answers first', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'why', expects: ['reason'] });
    expectAnsweredFirst(facts(), question, BOYCOTT);
  });
});

describe('GIVEN the bot asked for its guess about what someone will do', () => {
  it.each(bothCasings('do u think olsen will just close the ferry once hes back'))('%j THEN a sentence that only names him, the ferry and his return declines', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('do you think olsen will cut the ferry subsidy'))('%j THEN a sentence foretelling it answers', (question) => {
    expect(first(question)).toBe(FORETOLD);
  });
});

describe('GIVEN which of two came first', () => {
  it.each(bothCasings('which came first: the harbour board meeting about the storm, or the league summit?'))('%j THEN each happening\'s dated sentence is shown, for the user to compare', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'when', expects: ['date'], ordered: ['harbour board meeting about the storm', 'league summit'] });
    expect(ranked(question)[0]).toBe(SPRING_MEETING);
    const answer = answerLine(question, facts());
    expect(answer.message).toContain('for you to compare');
    expect(answer.items.map((item) => item.text).slice(0, 2)).toEqual([SPRING_MEETING, COUNCIL]);
  });
});

describe('GIVEN how exactly the answer is wanted', () => {
  it.each(bothCasings('the mayor asked for more money, whats the actual amount'))('%j THEN "actual" is no word a sentence must carry', (question) => {
    expect(analyseQuery(question, facts()).concepts.map((concept) => concept.term)).not.toContain('actual');
    expectAnsweredFirst(facts(), question, REQUEST);
  });
});

describe('GIVEN a question after a clause that ends on its verb', () => {
  it.each(bothCasings('the council stalled, who asked for the money'))('%j THEN it asks who', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who' });
    expectAnsweredFirst(facts(), question, REQUEST);
  });

  it('THEN after a noun "who" starts a relative clause, told and not asked', () => {
    expect(understandQuestion('i met the mayor, who chaired it').kind).toBe('statement');
  });
});

describe('GIVEN a name asked for by a title and the town it is of', () => {
  const CLASHES = 'Clashes between Tarnby and Vesta have broken out twice in recent months, prompting the mayor of neighbouring Orsa to call for more harbour patrols.';
  const DEPUTY = 'Deputy Harbour Secretary Ola Dahl told reporters that Governor Brenn supports increasing the harbour patrols to help the two towns settle.';
  const HOLM = 'Mayor Lena Holm of Tarnby said the patrols would start in May.';
  const DIRECTOR = 'Mr Per Lund, Vesta Ferries managing director, said new boats would cut costs.';
  const FUND = 'Harbour spokeswoman Ada Berg said the Lindvik Ferry Fund will remain open until the end of the year.';
  const patrols = coverageForTests({
    'patrols.md': ['---\ntitle: Towns weigh harbour patrols\npublisher: Coast Herald\npublished: 2025-05-02\n---', `${CLASHES} ${DEPUTY}`, HOLM, DIRECTOR, FUND].join('\n\n'),
    'ferry.md': ['---\ntitle: Ferry money\npublisher: Valley Weekly\npublished: 2025-05-03\n---', 'The ferry operator has received roughly €1.2 million from the towns so far.'].join('\n\n'),
  });

  it.each(bothCasings('orsa mayor name, the one asking for more patrols'))('%j THEN no one named near the title is given as its holder: it declines', (question) => {
    expect(understandQuestion(question)).toMatchObject({ plain: 'orsa mayor name', restated: 'the one asking for more patrols' });
    expect(patrols.first(question)).toBe('');
  });

  it.each(bothCasings('whats the name of the mayor of tarnby'))('%j THEN the one the coverage gives that title, of that town, answers', (question) => {
    expect(patrols.first(question)).toBe(HOLM);
  });

  it.each(bothCasings('what is the name of the managing director of vesta ferries'))('%j THEN a sentence writing the title beside the name and the firm answers', (question) => {
    expect(patrols.first(question)).toBe(DIRECTOR);
  });

  it.each(bothCasings('whats the name of the fund the harbour spokeswoman said stays open till the end of the year'))('%j THEN a name asked of a thing, not of the title, is no title question', (question) => {
    expect(patrols.first(question)).toBe(FUND);
  });
});
