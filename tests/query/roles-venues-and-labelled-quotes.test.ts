// How chat asks about people, places and sayings in ways the coverage words otherwise: someone's
// "actual day job" or "role" (a title the sentence gives, never called a job), a title typed as
// its initials before a name ("sg rhea solberg"), a guess with "total" after it ("like 7.7 mil
// total"), a remark naming which one ("…, the 40th bday one"), a second question typed short
// ("… and what day"), someone described by role before "what did he say", a place said to be
// the venue ("Lindvik will be the venue"), a city asked (no country answers), "who said" a
// quotation listed after its speaker's label ("Mayor Moreno: “…”") when the surname is two people's,
// and what the second bearer of a surname said (not the first one's "Moreno warned …").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { mendedQuestion } from '../../src/query/question-language.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const DIRECTOR = "Ines Lund is the director of the Tarnby Port Authority's shipping programme.";
const VENUE = 'From June 9 to 11, 2026, Lindvik will be the venue of the harbour fair hosted by the council.';
const EARLIER_FAIR = 'The harbour board was set up at the harbour fair in Tarnby on June 12, with the presence of ministers and other leaders.';
const GIVEN = 'The council has given about $77 million to the islands since the storm, in the form of loans, grants and boats.';
const MET = 'Ada Moreno met Harbour League Secretary General Rhea Solberg in Lindvik on Monday.';
const WARNED = 'During a meeting with Solberg in Lindvik, Moreno warned that any delay to the ferries would trigger a firm response.';
const DINNER = 'Mayor Ada Moreno will host a dinner for the ministers at the Old Exchange Hall on Wednesday.';
const TALKS = 'Harbour ministers will meet in Lindvik from July 9 to 11 for their summer talks.';
const FOCUS_ON_COUNTRY = "At the harbour ministers' conference this week, the main focus will be on shipping in Norway.";
const CAPITAL_CITY = 'The country is hosting a two-day conference for harbour ministers in its capital city, Lindvik.';
const TREASURER = 'Planning Secretary Daniel Moreno told reporters that the schemes had cost too much.';
const EVERY_OFFICE = 'Every single office across the whole district, from the Tarnby Harbour Board to the Tarnby Port Authority, had to close a grant programme.';
const LABELLED = 'Mayor Moreno: "We will close every grant programme across the whole district."';
const PLANNING_OFFICE = 'The planning secretary\'s office said the grant schemes would end in May, after the schemes ran over budget.';
const PIER = 'Assistant Secretary Tom Ferris opened the new pier on Monday.';
const CUT_OFF = 'If the ferry service stops, it means the islands will be cut off for the winter.';
const OTHER_DINNER = 'Rhea Solberg will host a dinner for the harbour ministers and their families.';

const { facts, answered } = coverageForTests({
  'herald.md': [
    '---\ntitle: Council sets out the summer\npublisher: Coast Herald\npublished: 2025-05-06\n---',
    DIRECTOR,
    VENUE,
    EARLIER_FAIR,
    GIVEN,
    MET,
    WARNED,
    DINNER,
    OTHER_DINNER,
    TALKS,
    FOCUS_ON_COUNTRY,
    CAPITAL_CITY,
    PIER,
  ].join('\n\n'),
  'remarks.md': ['---\ntitle: "Remarks by the Mayor at a Campaign Dinner | Norrvik"\npublisher: Tarnby Gazette\npublished: 2025-10-02\n---', CUT_OFF].join('\n\n'),
  'gazette.md': ['---\ntitle: District ends grant schemes\npublisher: Tarnby Gazette\npublished: 2025-07-23\n---', TREASURER, PLANNING_OFFICE, EVERY_OFFICE, `-   ${LABELLED}`].join('\n\n'),
});

describe('GIVEN a sentence giving someone\'s title', () => {
  it.each(bothCasings('Ines Lund — whats her actual day job rn?'))('%j THEN "day job" asks the job, no day: the title answers', (question) => {
    expect(understandQuestion(question).expects).not.toContain('date');
    expect(answered(question)[0]).toBe(DIRECTOR);
  });

  it.each(['ines lund whats her job', 'ines lund whats her role', "what is ines lund's job title"])('%j THEN the word for an occupation is no topic the coverage must write', (question) => {
    expect(answered(question)[0]).toBe(DIRECTOR);
  });

  it('THEN a framing noun before a plural, which may be a verb, still frames: "which country hosts the fair" asks a place', () => {
    expect(understandQuestion('which country hosts the fair').expects[0]).toBe('place');
    expect(understandQuestion('what day is the fair').expects[0]).toBe('date');
  });

  it('THEN "how many jobs" still asks about jobs, which a coverage without them cannot answer', () => {
    expect(answerLine('how many jobs did the council create', facts()).abstained).toBe(true);
  });
});

describe('GIVEN a title typed as its initials before a name', () => {
  it.each(bothCasings('moreno met sg rhea solbrg in lindvik, what did she warn about the ferries'))('%j THEN it reads as the title the coverage gives her, not a name it never mentions', (question) => {
    expect(answered(question)).toContain(WARNED);
  });

  it('THEN a function word is never a title\'s initials: "as tom ferris left" is no "assistant secretary tom ferris"', () => {
    expect(mendedQuestion('what did the mayor say as tom ferris left', facts())).toBe('what did the mayor say as tom ferris left');
    expect(mendedQuestion('what did as tom ferris open', facts())).toBe('what did as tom ferris open');
  });

  it('THEN initials that are no title of the person after them stay a word of their own', () => {
    expect(answerLine('moreno met xq rhea solberg in lindvik, what did she warn about the ferries', facts()).message).toMatch(/never mentions xq/u);
  });
});

describe('GIVEN a guess or a remark typed beside the question', () => {
  it('THEN "total" after a guessed figure goes with the guess', () => {
    expect(understandQuestion('did the council give the islands like 7.7 mil total since the storm').plain).toBe('did the council give the islands since the storm');
    expect(understandQuestion('was it around 5 bn overall').plain).toBe('was it');
  });

  it.each(bothCasings("where's the june 2026 harbour fair gonna be, the 40th bday one"))('%j THEN the remark only helps, and the place named as the venue answers', (question) => {
    expect(understandQuestion(question).restated).toBe('the 40th birthday one');
    expect(answered(question)[0]).toBe(VENUE);
  });

  it.each(bothCasings('where was the harbour ministers conference held, which city'))('%j THEN a country is no city: the capital named answers', (question) => {
    expect(answered(question)[0]).toBe(CAPITAL_CITY);
  });

  it.each(bothCasings('whos throwing the dinner for the ministers and what day'))('%j THEN the first question is answered, and a sentence giving the day too comes first', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who', alsoExpects: 'date' });
    expect(answered(question)[0]).toBe(DINNER);
  });

  it('THEN a first question asking for no kind of answer is asked by the second: "…, who takes over and when" wants a date', () => {
    expect(understandQuestion('the mayor is on her way out, who takes over and when').expects).toEqual(['date']);
  });

  it('THEN "what the … guy thinks" is what someone thinks, no question asking which guy', () => {
    expect(understandQuestion('explain what the planning guy thinks about the schemes').expects).toEqual([]);
  });

  it('THEN "and what else" closing a request is no second question', () => {
    expect(understandQuestion('tell me about the ferries and what else').restated).toBeUndefined();
  });
});

describe('GIVEN a quotation listed after its speaker\'s label, the surname two people\'s', () => {
  it.each(bothCasings('who said theyd close every single grant programme across the whole district'))('%j THEN the labelled quotation comes first and the label says who', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items[0]?.text).toBe(LABELLED);
    expect(answer.message).toBe('Said by Mayor Moreno.');
  });

  it('THEN a sentence reporting no one\'s words ranks after it, whatever it shares with the question', () => {
    expect(answered('who said they would close every single grant programme across the whole district').indexOf(EVERY_OFFICE)).toBeGreaterThan(0);
  });
});

describe('GIVEN someone described by their role before "what did he say"', () => {
  it.each(bothCasings('ok and the planning secretary, what did he say abt the schemes'))('%j THEN the holder of that role is the one speaking', (question) => {
    expect(answered(question)[0]).toBe(TREASURER);
  });
});

describe('GIVEN someone\'s words asked in place ("x said what") and dated by another event', () => {
  it.each(bothCasings('the planning secretary said what the weekend before the vote'))('%j THEN it asks what he said; the weekend and the vote only help', (question) => {
    expect(understandQuestion(question)).toMatchObject({ plain: 'what did the planning secretary say', restated: 'the weekend before the vote' });
    expect(answered(question)[0]).toBe(TREASURER);
  });

  it('THEN a question asking the date keeps the event that dates it', () => {
    expect(understandQuestion('when did she leave the day after the vote').plain).toBe('when did she leave the day after the vote');
  });
});

describe('GIVEN a place named only in an article\'s title', () => {
  it.each(bothCasings('the mayor at the norrvik dinner — what did she say happens if the ferry service stops'))('%j THEN the coverage mentions it: nothing asked is unknown, and the sentence answers', (question) => {
    expect(analyseQuery(question, facts()).unknownNames).toEqual([]);
    expect(answered(question)[0]).toBe(CUT_OFF);
  });
});

describe('GIVEN two people of one surname, one named in the article where the surname alone speaks', () => {
  it.each(bothCasings('what did daniel moreno say'))('%j THEN the bare surname there is not his: only his own words answer', (question) => {
    const texts = answerLine(question, facts()).items.map((item) => item.text);
    expect(texts).toContain(TREASURER);
    expect(texts).not.toContain(WARNED);
  });

  it('THEN it is still the words of the one that article names', () => {
    expect(answerLine('what did ada moreno say', facts()).items.map((item) => item.text)).toContain(WARNED);
  });
});
