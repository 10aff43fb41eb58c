// Names and clauses as chat types them: a place cut short ("zorv"), never a person's surname; a
// "she noted …" that goes on with what a ministry's spokeswoman said; a claimed "-ing" quality
// the coverage writes as its noun ("threatening": "threats"); the giver of a "how much has X given
// Y"; a second question joined on with "+"; a half-sentence asking by "name".
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { clippedName } from '../../src/query/expansion.js';
import { namedSubject } from '../../src/query/named-subject.js';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const ZORVIA_AID = 'Zorvia will receive $25 million in ferry aid from Quellmark, the harbour ministry said.';
const ZORVIAN_FLEET = 'The Zorvian fleet has 40 ferries, most of them built in Lindvik.';
const ZORVIA_PORT = 'Ships returned to Zorvia after its main port reopened in March.';
const PELLONIA_AID = 'Pellonia will receive $30 million in ferry aid.';
const BERGLUND = 'Harbour Minister Tor Berglund visited Lindvik on Monday.';
const BERGLUND_AGAIN = 'Berglund said the ferry lanes would reopen by June.';
const SPOKESWOMAN = 'Lena Ostby, a spokeswoman for the Pellonian Harbour Ministry, visited Lindvik on Monday.';
const OSTBY_TOLD = 'Ostby told reporters that the ferry talks would go on.';
const SHE_NOTED = 'She noted that the fishing quotas must be settled before any deal.';
const UNRELATED_QUOTAS = 'Fishing quotas were first set in 1990.';
const THREATS = 'Officials said the ferry lane would stay open despite threats from Quellmark.';
const QUELLMARK_GAVE = 'Quellmark has given Pellonia $90 million in ferry aid since the storm.';
const ZORVIA_GAVE = 'Zorvia has given Pellonia $15 million in ferry aid.';
const QUELLMARK_AGAIN = 'Quellmark also gave Pellonia radios and cranes.';
const SIGNED = 'Mayor Ingrid Holm signed the ferry deal in Varnholm on May 3.';
const MINISTER = 'Pellonian Fisheries Minister Arne Dahl opened the new terminal.';

const { facts } = coverageForTests({
  'zorvia.md': ['---\ntitle: Zorvia news\npublisher: Valley Weekly\npublished: 2025-06-11\n---', PELLONIA_AID, ZORVIA_AID, ZORVIAN_FLEET, ZORVIA_PORT, BERGLUND, BERGLUND_AGAIN].join('\n\n'),
  'talks.md': ['---\ntitle: Ferry talks\npublisher: Coastal Gazette\npublished: 2025-06-12\n---', SPOKESWOMAN, `${OSTBY_TOLD} ${SHE_NOTED}`, UNRELATED_QUOTAS, THREATS].join('\n\n'),
  'aid.md': ['---\ntitle: Ferry aid for Pellonia\npublisher: Coastal Gazette\npublished: 2025-06-13\n---', QUELLMARK_GAVE, ZORVIA_GAVE, QUELLMARK_AGAIN, SIGNED, MINISTER].join('\n\n'),
});

describe('clippedName', () => {
  it('GIVEN "zorv" THEN it stands for the place the coverage writes as a name, in its forms', () => {
    expect(clippedName('zorv', facts())).toEqual(expect.arrayContaining(['zorvia']));
  });

  it.each(['bergl', 'ferr', 'quel'.slice(0, 2)])('GIVEN %j (a surname cut short, a word cut short, too few letters) THEN it stands for nothing', (typed) => {
    expect(clippedName(typed, facts())).toBeUndefined();
  });
});

describe('GIVEN coverage of two places, a ministry spokeswoman going on in a second sentence and aid from two givers', () => {
  it.each([
    ...bothCasings('How much ferry aid will Zorv receive?').map((question) => [question, ZORVIA_AID]),
    ...bothCasings('What did the Harbour Ministry say about the fishing quotas?').map((question) => [question, SHE_NOTED]),
    ...bothCasings('What did the ministry spokeswoman say about fishing quotas?').map((question) => [question, SHE_NOTED]),
    ...bothCasings('Is the ferry lane gonna stay open even with Quellmark threatening?').map((question) => [question, THREATS]),
    ...bothCasings('How much has Zorvia given Pellonia?').map((question) => [question, ZORVIA_GAVE]),
    ...bothCasings('Who signed the ferry deal + when was it?').map((question) => [question, SIGNED]),
    ...bothCasings('Pellonian fisheries minister name?').map((question) => [question, MINISTER]),
  ])('%j THEN it answers with %j', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });

  it.each([
    ['how much has zorvia given pellonia', 'zorvia'],
    ['how much ferry aid has pellonia given zorvia', 'pellonia'],
  ])('%j THEN the figure is the giving of %j, the first name after the auxiliary, when no name outweighs the rest', (typed, giver) => {
    const analysis = analyseQuery(typed, facts());
    expect(namedSubject(analysis.concepts, facts(), analysis.question)?.term).toBe(giver);
  });

  it('"what did bergl say" THEN no one is read into a surname cut short', () => {
    expect(answerLine('what did bergl say', facts()).items.map((item) => item.text)).not.toContain(BERGLUND_AGAIN);
  });

  it.each([
    ['who signed the ferry deal + when was it', 'who signed the ferry deal'],
    ['pellonian fisheries minister name', 'pellonian fisheries minister name'],
  ])('GIVEN %j THEN the question asked is %j, asking for a person', (typed, main) => {
    const question = understandQuestion(typed);
    expect(question.plain).toBe(main);
    expect(question.expects[0]).toBe('person');
  });
});
