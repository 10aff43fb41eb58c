// Questions as chat types them, answered as if spelled out: a verb and its particle closed up
// ("meetup"), clipped words and figures ("convo", "dems", "725 mil"), "what's the deal with",
// "how long ago", a gerund before its particle ("the sticking around thing"), the quote asked
// for as "the exact line", "the size of" a sum, a second question joined on with "and", a sum in
// the currency asked for, a "him" that stands for someone the paragraph before names, and a
// keyword string opening on whose thing it asks about ("berg ferry memo, what does it …").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { mendTypingSlips } from '../../src/query/typing-slips.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MEETING = 'The harbour ministers will hold their next meeting in Lindvik on May 3.';
const HAUL = 'During a visit to Lindvik, Harbour Minister Tor Berg said Quellmark "will stay with Zorvia for as long as it takes."';
const FERRIES = '"The ferries will run again in May," Tor Berg said.';
const PACKAGE = 'Quellmark announced an aid package worth $40 million for Zorvia.';
const CONTENTS = 'The package includes cranes, radios and two pilot boats.';
const ALLIES = 'Ferry aid worth over €15 million has reached Zorvia.';
const QUELLMARK = 'The allies have sent Zorvia $27 million in ferry aid since 2022.';
const LEAGUE = 'The Harbour League was first founded in April 1951 in Lindvik.';
const TREATY = 'The Lindvik Treaty bans fishing with nets in the bay.';
const TALK = 'Olsen and Holm had a long discussion lasting more than two hours.';
const TOPICS = 'The main topic of their talk was the ferry timetable.';
const ASKED = 'Reporters asked about the talks with Mayor Ingrid Holm in Varnholm.';
const WITH_HER = 'Tor Berg was with her for about three hours, the spokesman said.';
const BACK = 'Tor Berg said both parties back the ferry plan.';
const MEMO = 'The memo tells the port office to reopen the ferry lanes by June.';
const { facts } = coverageForTests({
  'memo.md': ['---\ntitle: Harbour Minister Tor Berg signs a ferry memo\npublisher: Valley Weekly\npublished: 2025-06-11\n---', MEMO].join('\n\n'),
  'harbour.md': ['---\ntitle: Harbour news\npublisher: Coastal Gazette\npublished: 2025-05-02\n---', MEETING, HAUL, FERRIES, BACK].join('\n\n'),
  'aid.md': ['---\ntitle: Zorvia aid\npublisher: Valley Weekly\npublished: 2025-06-03\n---', PACKAGE, CONTENTS, ALLIES, QUELLMARK].join('\n\n'),
  'league.md': ['---\ntitle: League history\npublisher: Valley Weekly\npublished: 2025-06-05\n---', LEAGUE, TREATY].join('\n\n'),
  'talks.md': ['---\ntitle: Talks in Varnholm\npublisher: Coastal Gazette\npublished: 2025-06-09\n---', `${TALK} ${TOPICS}`, ASKED, WITH_HER].join('\n\n'),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text ?? '', why: answer.message ?? '' };
};

describe('GIVEN a verb and its particle typed as one word the coverage never writes', () => {
  it('THEN they are read apart when the coverage uses the verb; a name ending like a particle stays', () => {
    expect(mendTypingSlips('when is the lindvik meetup', facts())).toBe('when is the lindvik meet up');
    expect(mendTypingSlips('what did the varnholmout say', facts())).toBe('what did the varnholmout say');
  });

  it.each(bothCasings('when is the harbour ministers meetup'))('%j THEN it is answered by the meeting', (question) => {
    expect(answerOf(question).first).toContain('May 3');
  });
});

describe('GIVEN words and figures clipped as chat clips them', () => {
  it('THEN they are spelled out: "convo", "dems", "mtg", "725 mil", "60 bil"', () => {
    expect(plainForm('the berg holm convo')).toBe('the berg holm conversation');
    expect(plainForm('what did the dems say')).toBe('what did the democrats say');
    expect(plainForm('berg mtg with holm')).toBe('berg meeting with holm');
    expect(plainForm('the 725 mil package, whats in it')).toContain('725 million package');
    expect(plainForm('a 60 bil bill')).toContain('60 billion');
    expect(plainForm('what did her dad do in ww2')).toBe('what did her dad do in world war ii');
    // Words that only announce a question ask nothing.
    expect(plainForm('quick q: who runs the ferries')).toBe('who runs the ferries');
    expect(plainForm('ok so serious question, who runs the ferries')).toBe('who runs the ferries');
    expect(plainForm('quick ferries to lindvik')).toBe('quick ferries to lindvik');
    // Alone they are other words; before a noun "mil" is military.
    expect(plainForm('the bil was passed')).toBe('the bil was passed');
    expect(plainForm('the mil budget')).toBe('the military budget');
  });

  it.each(bothCasings("quick q: the 40 mil package, whats actually in it"))('%j THEN what that package includes answers, the thing typed before "what\'s in it"', (question) => {
    expect(understandQuestion(question).expects).toEqual(['contents']);
    expect(answerOf(question).first).toContain('cranes, radios');
  });
});

describe('GIVEN "what\'s the deal with" and "how long ago"', () => {
  it('THEN the first asks what the thing is, the second when: neither "deal" nor "long ago" is a topic', () => {
    expect(plainForm("what's the deal with the lindvik treaty")).toBe('what is the lindvik treaty');
    const terms = analyseQuery('how long ago was the harbour league founded', facts()).concepts.map((concept) => concept.term);
    expect(terms).not.toContain('long');
    expect(terms).not.toContain('ago');
    expect(understandQuestion('how long ago was the harbour league founded').expects[0]).toBe('date');
  });

  it.each(bothCasings('how long ago was the harbour league founded'))('%j THEN the founding answers', (question) => {
    expect(answerOf(question).first).toContain('1951');
  });
});

describe('GIVEN a gerund before its particle ("the sticking around thing")', () => {
  it.each(bothCasings('tor berg quote in lindvik, the sticking around thing'))('%j THEN it is no concrete thing the coverage lacks: the quote answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained).toBe(false);
    expect(answer.first).toContain('as long as it takes');
  });
});

describe('GIVEN the words asked for as "the exact line" beside a verb of saying', () => {
  it.each(bothCasings('tor berg said the ferries will be running in may, whats the exact line'))('%j THEN the quote answers, "line" is no topic the coverage lacks', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained).toBe(false);
    expect(answer.first).toContain('The ferries will run again');
  });

  it('THEN "line" without a verb of saying is a topic: a coverage without it declines', () => {
    expect(answerOf('what is the lindvik ferry line').abstained).toBe(true);
  });
});

describe('GIVEN "the size of" a sum', () => {
  it('THEN it asks how much, not for a size the coverage must name', () => {
    const question = understandQuestion("what's the size of the quellmark aid package");
    expect(question.kind).toBe('how-much');
    expect(question.expects[0]).toBe('money');
    expect(answerOf("whats the size of the quellmark aid package").first).toContain('$40 million');
  });
});

describe('GIVEN a second question joined on with "and"', () => {
  it('THEN the first is the question; the second\'s words may only help', () => {
    const question = understandQuestion('olsen holm convo, how long did they talk and was it mostly about the ferry timetable');
    expect(question.plain).toBe('olsen holm conversation, how long did they talk');
    expect(question.restated).toContain('timetable');
  });

  it.each(bothCasings('olsen holm convo, how long did they talk and was it mostly about the ferry timetable'))('%j THEN the length of the talk answers', (question) => {
    expect(answerOf(question).first).toContain('two hours');
  });
});

describe('GIVEN a money question naming its currency', () => {
  it.each(bothCasings('how many million euros in ferry aid have the allies sent to zorvia'))('%j THEN a sum in that currency answers, not one in dollars', (question) => {
    expect(answerOf(question).first).toContain('€15 million');
  });

  it.each(bothCasings('how many dollars in ferry aid have the allies sent to zorvia'))('%j THEN in dollars, the dollar sum', (question) => {
    expect(answerOf(question).first).toContain('$27 million');
  });
});

describe('GIVEN a "him" or "her" that stands for someone the paragraph before names', () => {
  it.each(bothCasings('how long was tor berg with ingrid holm'))('%j THEN the sentence is about both people', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained).toBe(false);
    expect(answer.first).toContain('three hours');
  });
});

describe('GIVEN a keyword string that opens on whose thing it asks about', () => {
  it.each(bothCasings('tor berg ferry memo, what does it tell the port office to do'))('%j THEN a sentence on the thing under their title answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained).toBe(false);
    expect(answer.first).toContain('ferry lanes');
  });
});

describe('GIVEN a noun before a verb\'s "-ing" form ("farmers backing zorvia")', () => {
  it('THEN it narrows no noun: a word the coverage lacks there may be paraphrase, not a kind it never reports', () => {
    const { unknownNames, unmentioned } = analyseQuery('what did tor berg say about farmers backing zorvia', facts());
    expect(unknownNames).toEqual([]);
    expect(unmentioned).toContain('farmers');
    // A noun before a noun still names a kind the coverage never reports.
    expect(analyseQuery('did tor berg send steam ferries', facts()).unknownNames).toEqual(['steam ferries']);
  });
});

describe('GIVEN someone\'s "take" or "view" on a topic', () => {
  it('THEN it asks what they think of it: they must be the one speaking', () => {
    expect(plainForm("whats tor berg's take on the ferries")).toBe('what does tor berg think about the ferries');
    expect(plainForm("harbour minister tor berg, what's his view on the ferries")).toBe('harbour what does minister tor berg think about the ferries');
    expect(understandQuestion("what's the view of the bay from lindvik").plain).toBe('what is the view of the bay from lindvik');
  });

  it.each(bothCasings("tor berg whats his take on the ferries"))('%j THEN his words on them answer', (question) => {
    expect(answerOf(question).first).toContain('The ferries will run again');
  });
});
