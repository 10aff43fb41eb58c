// How chat wraps and words a question the coverage answers in other words: a link and an
// "@name" pasted in, two figures offered ("was it 3 or 4"), a word cut short ("anniv"), "anyone
// else" after the one the asker knows, a remark after the question mark, "going forward", a
// decimal comma and a currency's name ("1,4 million euro"), "is it the biggest" checked by "the
// largest", a given name spelled another way before a known surname ("steven holm"), an everyday
// word mistyped ("recieved"), "this grant" in a sentence pointing back, a yes/no about whether
// something goes on ("will cook keep the ferry going"), a who-question about a thing no sentence
// names, the name of a thing asked, an abbreviation the coverage spells out once ("hsb"), "og"
// and a bare "list pls" after the question.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { mendedQuestion } from '../../src/query/question-language.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const LEVY = 'The ferry levy is a charge of two crowns on every ticket, and it stays in force until the end of the season.';
const BOATS = 'The council sent 4 rescue boats to the islands after the storm.';
const FOUNDED = 'The Harbour League will celebrate its 40th anniversary, having been founded in May 1985.';
const NORWAY = 'Norway sent two ferries to the islands in March.';
const DENMARK = 'Denmark is also sending ferries to the islands.';
const COOK = 'Mayor Ada Cook announced a ferry grant before the vote in May.';
const GRANT = 'Mayor Cook announced a €1.4 million harbour grant on Tuesday.';
const TIMING = 'The timing of this grant is crucial, as the council wants the boats running before the winter storms.';
const LARGEST = 'The grant is the largest since the council approved its second harbour fund.';
const HOLM = 'Harbour Secretary Stephen Holm said the new pier "will keep the islands open all winter."';
const FUTURE = 'Holm said it is vital that the level of council support does not decrease in the future.';
const DELIVERED = 'So far the islands have got 3 of the 5 boats the council promised.';
const PIER = 'The council will close the old pier in Tarnby next month.';
const UNCLE = 'His uncle runs a bakery next to the pier.';
const FAIR = 'Mayor Cook opened the harbour fair on Saturday.';
const UNNAMED_FERRY = 'A second ferry left the harbour at Lindvik on Monday with 200 passengers.';
const NAMED_PIER = 'The new pier, the Harbour Light, will open in Tarnby in June.';
const TUG = 'The old harbour tug, the Grey Heron, was sold last year.';
const BOARD_SET_UP = 'The Harbour Safety Board (HSB) was set up in 2019.';
const BOARD_CLOSED = 'The Harbour Safety Board closed the old slipway on Friday.';
const GRAIN_SHIP = 'The Tarnby grain ship left Lindvik on Sunday.';
const HALL = 'The winter market opens at the Oskar Hall on Saturday.';
const CAKE = 'A cake shaped like the old lighthouse was the hit of the harbour fair.';

const { facts, answered } = coverageForTests({
  'coast.md': ['---\ntitle: Islands get ferries\npublisher: Coast Herald\npublished: 2025-05-06\n---', LEVY, BOATS, FOUNDED, NORWAY, DENMARK, COOK, PIER, UNCLE, FAIR, CAKE, UNNAMED_FERRY, NAMED_PIER, TUG, GRAIN_SHIP, HALL].join('\n\n'),
  'grant.md': ['---\ntitle: Council grant for the harbour\npublisher: Tarnby Gazette\npublished: 2025-06-03\n---', GRANT, 'Ferry crews come in to welcome the money.', TIMING, LARGEST, HOLM, FUTURE, DELIVERED, BOARD_SET_UP, BOARD_CLOSED].join('\n\n'),
});

describe('GIVEN a message with a link or an "@name" in it', () => {
  it.each(bothCasings('@newsbot saw the ferry levy on coastherald.example/news/2025/05/06 what is it'))('%j THEN the link and the addressee are no words of the question', (question) => {
    expect(understandQuestion(question).plain).not.toMatch(/newsbot|coastherald|\bon\b/u);
    expect(answered(question)[0]).toBe(LEVY);
  });

  it('THEN the link is left as pasted when slips are mended: "example.com" is no "come"', () => {
    expect(mendedQuestion('saw it on coastherald.com/news/12 what is the ferry levy', facts())).toBe('saw it on coastherald.com/news/12 what is the ferry levy');
  });
});

describe('GIVEN a question offering two figures, a clipped word or a remark after it', () => {
  it.each(bothCasings('HOW MANY rescue boats did the council send, was it 3 or 4'))('%j THEN the figures only help: the count answers', (question) => {
    expect(understandQuestion(question).restated).toBe('3 or 4');
    expect(answered(question)[0]).toBe(BOATS);
  });

  it.each(bothCasings('since when has the harbour league been around, the 40th anniv thing'))('%j THEN "anniv" is the anniversary the coverage writes, no unknown name', (question) => {
    expect(answered(question)[0]).toBe(FOUNDED);
  });

  it.each(bothCasings('so the council is gonna close the pier?? 😬 thats what my uncle keeps saying'))('%j THEN the remark after the question mark only helps', (question) => {
    expect(understandQuestion(question).plain).not.toContain('uncle');
    expect(answered(question)[0]).toBe(PIER);
  });

  it('THEN "going forward" is the future, as news writes it', () => {
    expect(understandQuestion('ok but what does holm want from the council going forward').plain).toBe('what does holm want from the council in the future');
    expect(answered('ok but what does holm want from the council going forward')[0]).toBe(FUTURE);
  });
});

describe('GIVEN chat words for "original" and a bare request to list', () => {
  it('THEN "og" is the original one', () => {
    expect(understandQuestion('where was the og harbour league founded').plain).toBe('where was the original harbour league founded');
  });

  it.each(bothCasings('mayor cook announced a harbour grant, whats actually in it? list pls'))('%j THEN "list pls" after the question adds nothing to it: it still asks what is in it', (question) => {
    expect(understandQuestion(question).expects).toEqual(['contents']);
  });
});

describe('GIVEN "anyone else" or "who else" after the one the asker knows', () => {
  it.each(bothCasings('ok norway sent the ferries, anyone else sending them to the islands'))('%j THEN it asks who else, and another country answers', (question) => {
    expect(understandQuestion(question).kind).toBe('who');
    expect(answered(question)[0]).toBe(DENMARK);
  });

  it('THEN "besides x who else" reads the same', () => {
    expect(understandQuestion('besides norway who else is sending ferries').plain).toBe('who else is sending ferries');
    expect(answered('besides norway who else is sending ferries')[0]).toBe(DENMARK);
  });
});

describe('GIVEN an abbreviation the coverage spells out once', () => {
  it.each(bothCasings('what has the hsb done lately'))('%j THEN a sentence naming it in full answers too', (question) => {
    expect(answered(question)).toContain(BOARD_CLOSED);
  });
});

describe('GIVEN a yes/no question claiming the biggest', () => {
  it.each(bothCasings('is the 1.4 million harbour grant the biggest one the council gave'))('%j THEN the sentence saying it is "the largest" checks the claim, not the one giving its sum', (question) => {
    expect(answered(question)[0]).toBe(LARGEST);
  });
});

describe('GIVEN figures typed the way chat does', () => {
  it('THEN a decimal comma and a currency\'s name read as the coverage writes the sum', () => {
    expect(understandQuestion('is the 1,4 million euro harbour grant the biggest ever').plain).toContain('€1.4 million');
    expect(understandQuestion('they gave 300 million dollars').restated ?? understandQuestion('they gave 300 million dollars').plain).toContain('$300 million');
  });
});

describe('GIVEN names and words typed with slips', () => {
  it.each(bothCasings('what did steven holm say about the pier'))('%j THEN a given name spelled another way before a known surname is that person', (question) => {
    expect(mendedQuestion(question.toLowerCase(), facts())).toContain('stephen holm');
    expect(answered(question)[0]).toBe(HOLM);
  });

  it('THEN a given name far from the bearer\'s is someone else, never them', () => {
    expect(mendedQuestion('what did hunter holm say', facts())).toBe('what did hunter holm say');
    expect(answerLine('what did hunter holm say', facts()).abstained).toBe(true);
  });

  it.each(bothCasings('have the islands actually recieved the boats the council promised'))('%j THEN an everyday word mistyped is that word, though the coverage words it otherwise', (question) => {
    expect(mendedQuestion(question.toLowerCase(), facts())).toContain('received');
    expect(answered(question)[0]).toBe(DELIVERED);
  });

  it('THEN a short unknown name one slip from a word stays a name', () => {
    expect(mendedQuestion('what did wray say', facts())).toBe('what did wray say');
  });
});

describe('GIVEN a sentence pointing back with "this"', () => {
  it.each(bothCasings('why the rush on the 1.4 million harbour grant'))('%j THEN "this grant" carries the sum named before it, and the reason answers', (question) => {
    expect(answered(question)[0]).toBe(TIMING);
  });
});

describe('GIVEN a question asking the name of a thing', () => {
  it.each(bothCasings('whats the name of the ferry that left lindvik on monday'))('%j THEN a sentence on the ferry that never names it does not answer', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it('THEN the name may stand beside the word describing the thing, where the writer calls it otherwise ("harbour boat": "harbour tug")', () => {
    expect(answered('what was the name of the harbour boat that was sold')[0]).toBe(TUG);
  });

  it('THEN a name before the describing word says whose or where, not what it is called ("the Tarnby grain ship")', () => {
    expect(answerLine('whats the name of the grain ship that left lindvik', facts()).abstained).toBe(true);
  });

  it('THEN a name the noun ends answers ("the Oskar Hall")', () => {
    expect(answered('whats the name of the hall where the winter market opens')[0]).toBe(HALL);
  });

  it.each(bothCasings('what is the name of the new pier in tarnby'))('%j THEN the sentence naming it beside its noun answers, not the one on another pier', (question) => {
    expect(answered(question)).toEqual([NAMED_PIER]);
  });
});

describe('GIVEN a question about whether something goes on, or who did something to a thing', () => {
  it.each(bothCasings('will cook keep the ferry grant going once the vote is done'))('%j THEN only a sentence saying it goes on answers: the coverage has none', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it.each(bothCasings('who is baking the cake for the harbour fair'))('%j THEN a sentence on the fair but no cake says nothing of who bakes it, nor one on the cake but no one', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});
