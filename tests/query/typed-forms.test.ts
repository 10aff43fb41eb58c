// What chat types differently from the coverage, and still means the same thing: a name with a
// possessive or a letter short ("tor ber's job"); two words closed up, in another spelling or
// without the coverage's hyphen ("airdefense", "antipersonnel"); a figure asked "per" a named
// source; "how many trips" answered by "her third journey"; a titled thing described in other
// words ("the mine ban treaty": "the treaty, which prohibits mines"); a place named with its
// article ("at The Varnholm"); a rare noun that is a slip of a common word ("minster"); "pct" and
// "this yr" in a keyword string. And what stays declined: a figure the question itself gives, restated.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { commands } from '../../src/commands/index.js';
import { entitySpans } from '../../src/ingest/annotate.js';
import { mendTypingSlips } from '../../src/query/typing-slips.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { ordinalOccasionSpans } from '../../src/query/stated-counts.js';
import { matchPeople } from '../../src/query/person-match.js';
import { namesKnownPerson } from '../../src/query/route-question.js';
import { route, routerContextOf } from '../../src/router.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const BERG = 'Harbour Minister Tor Berg said the ferries would run again in May.';
const SMITHSON = 'Deputy mayor John Smithson opened the new pier.';
const DEFENCE = 'Quellmark has delivered 67% of the pledged air defence systems to Zorvia.';
const MINES = 'Quellmark has sent anti-personnel mines to Zorvia for the first time.';
const SAID = 'Quellmark has given Zorvia $77 million in military, financial and humanitarian aid since 2022, the mayor said.';
const REPORT = 'A report from the harbour office puts Quellmark aid to Zorvia so far at $44 million.';
const SPLIT = 'The $77 million went to ferries, bridges and schools.';
const JOURNEY = 'Berg is on his third journey to Pellonia since the floods.';
const SECOND = 'On the second day of the talks, Berg met the ferry owners.';
const TREATY = 'Zorvia has not signed the Lindvik Treaty, which prohibits the use of mines at sea.';
const SUMMIT = 'The ministers are preparing for the next harbour summit at The Varnholm.';
const PLEDGES = 'The next harbour summit is expected to bring new pledges to Zorvia.';
const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour news\npublisher: Coastal Gazette\npublished: 2025-05-02\n---', BERG, SMITHSON, JOURNEY, SECOND].join('\n\n'),
  'aid.md': ['---\ntitle: Quellmark aid\npublisher: Valley Weekly\npublished: 2025-06-03\n---', DEFENCE, MINES, SAID, SPLIT].join('\n\n'),
  'report.md': ['---\ntitle: Harbour office report\npublisher: Valley Weekly\npublished: 2025-06-10\n---', REPORT].join('\n\n'),
  'treaty.md': ['---\ntitle: Sea treaty\npublisher: Coastal Gazette\npublished: 2025-06-12\n---', TREATY, SUMMIT, PLEDGES].join('\n\n'),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text, title: answer.title, why: answer.message ?? '' };
};

describe('GIVEN a name typed with a possessive or one letter short', () => {
  it('THEN it is the person: a short slip is forgiven beside a whole word of their name, as /who forgives it', () => {
    const people = facts().data.people;
    expect(matchPeople("tor berg's", people)[0]?.person.name).toBe('Tor Berg');
    const context = routerContextOf(facts());
    expect(namesKnownPerson('tor ber', context)).toBe(true);
    expect(namesKnownPerson("tor ber's", context)).toBe(true);
    // One word alone, or a surname that only begins another's, is too little.
    expect(namesKnownPerson('ber', context)).toBe(false);
    expect(namesKnownPerson('john smith', context)).toBe(false);
  });

  it.each(bothCasings("whats tor ber's job"))('%j THEN /who answers with Tor Berg', (question) => {
    const routed = route(question, commands, routerContextOf(facts()));
    expect('command' in routed && routed.command).toBe('who');
    expect(answerOf(question).title).toBe('Tor Berg');
  });
});

describe('GIVEN a name typed with its possessive\'s s but no apostrophe', () => {
  it('THEN it is the name, and a short slip beside it is forgiven', () => {
    expect(matchPeople('tor bergs', facts().data.people)[0]?.person.name).toBe('Tor Berg');
    expect(namesKnownPerson('torr bergs', routerContextOf(facts()))).toBe(true);
  });
});

describe('GIVEN a dictionary word that is only a rare noun, one letter from a word the coverage uses', () => {
  it('THEN it is read as that word ("minster": minister); a word with other uses, or no such neighbour, stays', () => {
    expect(mendTypingSlips('who is the harbour minster', facts())).toBe('who is the harbour minister');
    expect(mendTypingSlips('the hanger', facts())).toBe('the hanger');
    expect(mendTypingSlips('is it quite', facts())).toBe('is it quite');
  });
});

describe('GIVEN a keyword string with "pct" and a period at its end', () => {
  it('THEN it asks for a percentage, and "this year" is a period, not the year asked for', () => {
    expect(plainForm('defence systems pct delivered this yr')).toBe('defence systems percent delivered this year');
    expect(understandQuestion('defence systems percent delivered this year').expects[0]).toBe('percent');
    expect(understandQuestion('ferries delivered this year').expects).toEqual([]);
    expect(understandQuestion('ferry fair date').expects).toEqual(['date']);
  });

  it.each(bothCasings('air defence systems pct delivered by quellmark this yr'))('%j THEN the percentage answers, read without the period the coverage has nothing from', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(DEFENCE);
    expect(why).toContain('Read without “this year”');
  });
});

describe('GIVEN two words typed closed up that the coverage writes apart', () => {
  it('THEN they are split where some sentence has them side by side, in its spelling or hyphened', () => {
    expect(mendTypingSlips('what share of the airdefense systems', facts())).toBe('what share of the air defense systems');
    expect(mendTypingSlips('did quellmark send antipersonnel mines', facts())).toBe('did quellmark send anti personnel mines');
    // A dictionary word the coverage writes whole, or whose halves it never writes together, stays.
    expect(mendTypingSlips('the ferries', facts())).toBe('the ferries');
    expect(mendTypingSlips('the seaport', facts())).toBe('the seaport');
  });

  it.each(bothCasings('what share of the airdefense systems has quellmark delivered'))('%j THEN the sentence on air defence systems answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(DEFENCE);
  });

  it.each(bothCasings('did quellmark ever send antipersonnel mines'))('%j THEN the sentence on anti-personnel mines answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(MINES);
  });
});

describe('GIVEN an aid figure asked "per" a named source', () => {
  it.each(bothCasings('quellmark aid to zorvia so far per the harbour office report how much'))('%j THEN /ask answers with the figure that source states, not /aid with every figure', (question) => {
    const routed = route(question, commands, routerContextOf(facts()));
    expect('command' in routed && routed.command).toBe('ask');
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(REPORT);
  });
});

describe('GIVEN a question that gives the sum it asks a share of', () => {
  it.each(bothCasings('how much of the $77 million was military'))('%j THEN sentences restating that sum do not answer it', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
  });
});

describe('GIVEN "how many" of a thing an ordinal numbers', () => {
  it('THEN only an ordinal of the counted thing counts: "third journey" for trips, not "second day"', () => {
    const trips = new Set(['trip', 'journei', 'visit']);
    expect(ordinalOccasionSpans(JOURNEY, trips).map(([start, end]) => JOURNEY.slice(start, end))).toEqual(['third']);
    expect(ordinalOccasionSpans(SECOND, trips)).toEqual([]);
    expect(ordinalOccasionSpans(SECOND).map(([start, end]) => SECOND.slice(start, end))).toEqual(['second']);
  });

  it.each(bothCasings('how many trips to pellonia has berg made'))('%j THEN "his third journey" tells it', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(JOURNEY);
  });
});

describe('GIVEN a treaty named by what it does', () => {
  it.each(bothCasings('has zorvia signed the mine ban treaty'))('%j THEN the treaty that prohibits mines answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(TREATY);
  });

  it.each(bothCasings('has zorvia signed the ferry tax treaty'))('%j THEN one whose words are never written together is still not in the coverage', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
    expect(why).toContain('never mentions');
  });
});

describe('GIVEN a place named with its article', () => {
  it('THEN "at The Varnholm" names a place, article and all', () => {
    expect(entitySpans(SUMMIT, 'place').map(([start, end]) => SUMMIT.slice(start, end))).toEqual(['The Varnholm']);
    expect(entitySpans('They spoke at The end.', 'place').map(([start, end]) => 'They spoke at The end.'.slice(start, end))).toEqual([]);
  });

  it.each(bothCasings('where is the next harbour summit'))('%j THEN the sentence placing it answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(SUMMIT);
  });
});
