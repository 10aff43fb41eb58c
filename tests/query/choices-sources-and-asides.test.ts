// More of how chat asks what the coverage words otherwise: a form of a dictionary word that is no
// slip of the coverage's ("founded" is not "fund"), a small number in digits where news spells it
// ("2 day": "two-day"), a publisher named as the one telling with no stop after its name, a "why"
// whose words a sentence uses only to date something else, "btw", two counts offered ("3 or 4
// boats"), a purpose told by "to help", shorthand before a question mark ("rn?"), "anyone besides
// x", a possessive typed without its apostrophe ("the other sides leader"), "what even is", a
// short question after a statement that stands alone, a short dictionary word asked to be defined
// that the coverage spells out, "and what about x, <question>", "which expert" answered by an
// analyst, "wait what …", "3 diff teams", and "the first foreign ministers meeting" as another meeting than the second.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { aboutOtherOrdinal, askedOrdinals } from '../../src/query/other-ordinal.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const LEAGUE = 'The Harbour League was established in Tarnby in 1985.';
const FUND = 'The council will fund the harbour fair again next year.';
const LEAGUE_AID = 'The Harbour League got €7 million in aid last year.';
const MEETING = 'Harbour ministers closed a two-day meeting in Lindvik on Wednesday with a pledge to keep the ferries running.';
const HERALD_SUM = 'The council has given about €8 million for the new pier, the Coast Herald reported.';
const GAZETTE_SUM = 'The council has given roughly €5 million for ferry repairs since 2020.';
const TALKS = 'The ferry talks resumed in May, after Zorvia’s withdrawal from the harbour pact.';
const BOATS = 'The council sent 4 rescue boats to the islands after the storm.';
const PIER_AID = 'The county has promised €6 million in aid to help repair the damaged pier.';
const PIER_PAY = 'The county is paying for the pier works this year.';
const CHAIR = 'Ola Brenn, the chairman of the Harbour Board, thanked the crews.';
const COOK_VOTE = 'Mayor Ada Cook voted for the ferry levy.';
const LUND_VOTE = 'Opposition leader Per Lund voted against the ferry levy.';
const SPELLED = 'The Ferry Lanes Agreement for Greener Shipping (FLAGS) will cut fuel use on the island routes.';
const BANNERS = 'Flags flew over the harbour for the fair.';
const TARNBY_GRANT = 'In Tarnby, the grant will rebuild the sea wall and restore the old slipway.';
const LINDVIK_GRANT = 'In Lindvik, the council spent the grant on two new buses.';
const TARNBY_VISIT = 'Mayor Cook is going to Tarnby on Friday.';
const ANALYST = 'Dr. Eva Lind, a shipping analyst at the Coast Institute, said the pier would reopen in June.';
const REOPEN = 'The pier will reopen once the repairs are paid for.';

const { answered, facts, first } = coverageForTests({
  'herald.md': ['---\ntitle: Pier money\npublisher: Coast Herald\npublished: 2025-05-06\n---', LEAGUE, FUND, LEAGUE_AID, MEETING, HERALD_SUM, TALKS, BOATS, PIER_AID, PIER_PAY].join('\n\n'),
  'gazette.md': ['---\ntitle: Ferry repairs\npublisher: Tarnby Gazette\npublished: 2025-06-03\n---', GAZETTE_SUM, COOK_VOTE, LUND_VOTE, SPELLED, BANNERS, CHAIR].join('\n\n'),
  'grant.md': ['---\ntitle: Where the grant goes\npublisher: Valley Weekly\npublished: 2025-06-09\n---', TARNBY_GRANT, LINDVIK_GRANT, TARNBY_VISIT, ANALYST, REOPEN].join('\n\n'),
});

describe('GIVEN words the coverage writes otherwise', () => {
  it.each(bothCasings('harbour league founded?'))('%j THEN "founded" is a form of "found", said as "established", not a slip of "fund"', (question) => {
    expect(analyseQuery(question, facts()).concepts.find((concept) => concept.term === 'found')?.alternatives).not.toContain('fund');
    expect(first(question)).toBe(LEAGUE);
  });

  it.each(bothCasings('what did the harbour ministers agree when the 2 day meeting wrapped up'))('%j THEN "2 day" is the "two-day" meeting', (question) => {
    expect(first(question)).toBe(MEETING);
  });
});

describe('GIVEN a publisher named as the one telling, with no stop after its name', () => {
  it.each(bothCasings('tarnby gazette said the council gave how much, approx'))('%j THEN that publisher’s sentence answers', (question) => {
    expect(first(question)).toBe(GAZETTE_SUM);
  });

  it.each(bothCasings('according to tarnby gazette how much has the council given'))('%j THEN "according to" reads the name up to where the question goes on', (question) => {
    expect(first(question)).toBe(GAZETTE_SUM);
  });
});

describe('GIVEN a "why" or a claim the coverage answers only in part', () => {
  it.each(bothCasings('why did zorvia quit the harbour pact btw'))('%j THEN a sentence that dates the talks by the withdrawal gives no reason for it: declined', (question) => {
    expect(understandQuestion(question).plain).not.toContain('btw');
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('why is the county paying for the pier'))('%j THEN "to help repair" is what the money is for', (question) => {
    expect(first(question)).toBe(PIER_AID);
  });

  it.each(bothCasings('was it 3 or 4 boats the council sent to the islands'))('%j THEN two counts offered are no unknown figures: the count answers', (question) => {
    expect(first(question)).toBe(BOATS);
  });
});

describe('GIVEN chat asking around the question', () => {
  it('THEN "wait" or "quick one," before the question asks nothing, and "diff" before a plural is different', () => {
    expect(understandQuestion('wait what was the second ferry meeting about').plain).toBe('what was the second ferry meeting about');
    expect(understandQuestion('hey bot quick one, how many days does the fair go for').plain).toBe('how many days does the fair go for');
    expect(understandQuestion('wait how long did they wait').plain).toBe('how long did they wait');
    expect(understandQuestion('wait for the mayor or go').plain).toBe('wait for the mayor or go');
    expect(understandQuestion('did cook visit 3 diff islands').plain).toBe('did cook visit 3 different islands');
  });

  it('THEN a sentence counting the noun by another ordinal a few words before it is about another one', () => {
    expect(aboutOtherOrdinal(askedOrdinals('what was the second meeting about'), 'Berg will attend the first foreign ministers meeting of the council.')).toBe(true);
    expect(aboutOtherOrdinal(askedOrdinals('what was the second meeting about'), 'The meeting was held for the second time in June.')).toBe(false);
  });

  it('THEN "end up" before what was done adds nothing: what they agreed on in the end', () => {
    expect(understandQuestion('what did cook and holm end up agreeing on').plain).toBe('what did cook and holm agreeing on');
  });

  it('THEN shorthand before a question mark is spelled out: "rn?" is now', () => {
    expect(understandQuestion('who runs the harbour board rn? the mayor thanked him').plain).toBe('who runs the harbour board now');
  });

  it.each(bothCasings('ada cook voted for the levy, anyone besides her from the council who voted'))('%j THEN "anyone besides her" asks who else', (question) => {
    const understood = understandQuestion(question);
    expect(understood.kind).toBe('who');
    expect(understood.plain).toMatch(/^anyone else\b/u);
    expect(answered(question)).toContain(LUND_VOTE);
    // "else" says the answer is someone besides her; no sentence calls its answer so.
    expect(analyseQuery(question, facts()).concepts.map((concept) => concept.term)).not.toContain('els');
  });

  it.each(bothCasings('besides cook who else voted on the ferry levy'))('%j THEN the sentence on someone other than the one known comes first', (question) => {
    expect(first(question)).toBe(LUND_VOTE);
  });

  it.each(bothCasings('how did the other sides leader vote on the ferry levy'))('%j THEN "sides leader" is the side’s leader: no kind of leader the coverage lacks', (question) => {
    expect(first(question)).toBe(LUND_VOTE);
  });

  it.each(bothCasings('saw a post about greener island ferries. what even is flags'))('%j THEN the short question stands alone, and the word asked to be defined is what the coverage spells out', (question) => {
    expect(understandQuestion(question).plain).toBe('what is flags');
    expect(first(question)).toBe(SPELLED);
  });

  it.each(bothCasings('ok and what about tarnby, what is the grant gonna do there'))('%j THEN a topic opener and the question on it are read together', (question) => {
    expect(understandQuestion(question).plain).toBe('what about tarnby, what is the grant going to do there');
    expect(first(question)).toBe(TARNBY_GRANT);
  });

  it.each(bothCasings('which expert said when the pier reopens'))('%j THEN an expert is found as the analyst the coverage names', (question) => {
    expect(first(question)).toBe(ANALYST);
  });
});
