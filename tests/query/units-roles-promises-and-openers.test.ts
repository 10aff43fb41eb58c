// Questions as chat puts them: a length asked in its unit ("how long is the causeway in km"),
// "till" for "until", "how many years ago", someone's role or part in something, what someone
// promised (their words "we will …"), "how come x is such a big deal", a claim that someone said
// nothing ("berg didnt say anything about it did she"), "any mention of x", and who gave more of
// two givers.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { measureSpans } from '../../src/query/stated-measures.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const CAUSEWAY = 'The new causeway to Holm Island is 12 kilometres long and took three years to build.';
const CAUSEWAY_OPENING = 'The causeway opened to traffic in weeks, the roads office said.';
const CANAL = 'Work on the canal will last six weeks, the council said.';
const CANAL_LAKES = 'The canal joins the two lakes north of the town.';
const BERG_FERRY = 'Ferry chief Ola Berg said the winter timetable would stay as it is.';
const BERG_NEWS = 'The ferry company named Ola Berg its chief in 2019.';
const HEADLINE = 'Island ferry keeps its winter timetable';
const TALKS_HOST = 'The harbour town of Vesta hosted the two-day talks on the ferry fares.';
const TALKS_OTHER = 'The two-day talks on the ferry fares drew ministers from five towns.';
const PROMISE = '"We will keep every crossing running through the storms," Mayor Lena Holt told the islanders.';
const HOLT_OTHER = 'Mayor Lena Holt visited the islanders on Tuesday and toured the harbour.';
const HOLT_OTHER_QUOTE = '"The harbour has never looked better," Holt said.';
const HOLT_CAUSEWAY = 'Mayor Lena Holt drove across the causeway on its first day.';
const FOUNDED = 'The island school was founded almost 40 years ago by the fishing families.';
const TOLL = 'The bridge toll is contested because it doubles the cost of a crossing for islanders.';
const TOLL_NEWS = 'The bridge toll was approved by the council in March.';
const HOLM_GIFT = 'Holm Shipping gave the island school a new boat worth 40,000 crowns on Friday.';
const HOLM_TOTAL = 'Since 2019 Holm Shipping has given the island school 300,000 crowns in all.';
const VESTA_TOTAL = 'Since 2019 the Vesta council has given the island school 250,000 crowns.';
const SCHOOL_MENTION = 'Mayor Lena Holt said the island school would get a new roof before winter.';

const { facts } = coverageForTests({
  'causeway.md': ['---\ntitle: Causeway opens\npublisher: Coast Herald\npublished: 2025-03-02\n---', CAUSEWAY, CAUSEWAY_OPENING, CANAL, CANAL_LAKES].join('\n\n'),
  'ferry.md': [`---\ntitle: ${HEADLINE}\npublisher: Valley Weekly\npublished: 2025-04-11\n---`, HEADLINE, BERG_FERRY, BERG_NEWS, TALKS_HOST, TALKS_OTHER].join('\n\n'),
  'holt.md': ['---\ntitle: Mayor visits the islands\npublisher: Tarnby Gazette\npublished: 2025-06-05\n---', HOLT_OTHER, PROMISE, HOLT_OTHER_QUOTE, HOLT_CAUSEWAY, FOUNDED, TOLL, TOLL_NEWS].join('\n\n'),
  'school.md': ['---\ntitle: Gifts for the island school\npublisher: Coast Herald\npublished: 2025-07-01\n---', HOLM_GIFT, HOLM_TOTAL, VESTA_TOTAL, SCHOOL_MENTION].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a length asked in its unit', () => {
  it.each(bothCasings('how long is the causeway in km'))('%j THEN it asks a length, and the sentence that states one answers', (question) => {
    expect(understandQuestion(question).expects).toEqual(['length']);
    expectAnsweredFirst(facts(), question, CAUSEWAY);
  });

  it.each(bothCasings('how long is the canal in miles'))('%j THEN a span of weeks or a bare count is no length: the bot says no sentence states one', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('length or distance');
  });

  it.each(['how long will the canal work last', 'how long did the talks go in days', 'how many pounds did it cost'])('%j THEN no unit of length, weight or temperature asked: it reads as before', (question) => {
    expect(understandQuestion(question).expects).not.toContain('length');
    expect(understandQuestion(question).expects).not.toContain('weight');
  });

  it('THEN a span of years measures no length (a unit of two words is neither of them)', () => {
    expect(measureSpans('It took 3 years to build.', 'length')).toEqual([]);
    expect(measureSpans('It is 12 kilometres long.', 'length')).toHaveLength(1);
  });
});

describe('GIVEN chat words for time', () => {
  it('THEN "till" is "until", no topic of its own', () => {
    const terms = analyseQuery('how long till the causeway opens', facts()).concepts.map((concept) => concept.term);
    expect(terms).not.toContain('till');
  });

  it.each(bothCasings('how many years ago was the island school founded'))('%j THEN "how many years ago" asks when, as "how long ago" does', (question) => {
    expect(understandQuestion(question).kind).toBe('when');
    expectAnsweredFirst(facts(), question, FOUNDED);
  });
});

describe("GIVEN someone's role or part in something asked for", () => {
  it.each(bothCasings('what role did vesta play in the ferry talks'))('%j THEN what they did there answers', (question) => {
    expect(understandQuestion(question).plain).toBe('what did vesta do in the ferry talks');
    expectAnsweredFirst(facts(), question, TALKS_HOST);
  });

  it.each([
    ["what was vesta's part in the talks", 'what did vesta do in the talks'],
    ['whats the councils role in the toll', 'what does the councils do in the toll'],
  ])('%j THEN it reads as %j', (question, plain) => {
    expect(understandQuestion(question).plain).toBe(plain);
  });

  it('THEN a role alone still asks the role', () => {
    expect(understandQuestion("what was berg's role").plain).toBe("what was berg's role");
  });
});

describe('GIVEN what someone promised asked for', () => {
  it.each(bothCasings('what did holt promise the islanders'))('%j THEN her words that commit to something answer, though they never say "promise"', (question) => {
    expect(understandQuestion(question).expects).toEqual(['commitment']);
    expectAnsweredFirst(facts(), question, PROMISE);
  });

  it.each(["what was the mayor's pledge", "what are holt's promises", 'what has holt vowed to do'])('%j THEN it asks for a commitment too', (question) => {
    expect(understandQuestion(question).expects).toEqual(['commitment']);
  });
});

describe('GIVEN why something matters asked with "how come … such a big deal"', () => {
  it.each(bothCasings('how come the bridge toll is such a big deal'))('%j THEN it asks why, and the reason answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'why', plain: 'why is the bridge toll' });
    expectAnsweredFirst(facts(), question, TOLL);
  });
});

describe('GIVEN a claim that someone said nothing about a thing', () => {
  it.each(bothCasings('holt didnt say anything about the causeway did she'))('%j THEN she must be the one speaking: a sentence that only names her does not answer', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it.each(bothCasings('berg didnt say anything about the timetable did he'))('%j THEN his words on it answer', (question) => {
    expectAnsweredFirst(facts(), question, BERG_FERRY);
  });
});

describe('GIVEN whether the coverage mentions something at all', () => {
  it.each(bothCasings('any mention of a roof in what holt said'))('%j THEN the sentence that mentions it answers, not one that "mentions" something', (question) => {
    expect(understandQuestion(question).plain).not.toContain('mention');
    expectAnsweredFirst(facts(), question, SCHOOL_MENTION);
  });
});

describe('GIVEN who gave more, of two givers', () => {
  it.each(bothCasings('who gave more to the island school, holm shipping or the vesta council'))('%j THEN each side is shown by its total so far, not by one gift', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items.map((item) => item.text)).toEqual([HOLM_TOTAL, VESTA_TOTAL]);
  });
});
