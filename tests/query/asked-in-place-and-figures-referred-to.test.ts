// Questions as chat puts them: a question word asked in place with a phrase after it ("the $26
// million goes where in the bill"), a figure the question gives as a share ("what does the 90
// percent mean": what it is of, not a share to find), and an article described by the adjective of
// the place its title names ("the chilean article").
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { answerLine } from '../../src/pipeline.js';
import { answeredTexts, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const BILL = 'LINDVIK — The council on Tuesday voted 9 to 4 to approve a $74 million harbour bill that includes about $40 million for the ferry.';
const SCHOOLS = '$26 million for new schools in Tarnby';
const ROADS = '$8 million for roads in Vesta';
const DELIVERED = 'Holm said the board has delivered 90% of the buoys it promised to the islands this year.';
const BRIEFING = 'Harbour board spokeswoman Lena Holm speaks to reporters at the harbour office.';
const CHILE_TOTAL = 'Since March 2021, Chile has delivered about $28 million in ferry aid to Lindvik, according to its transport ministry.';
const CHILE_GRANT = 'Chile will give Lindvik a new $3 million ferry grant, the minister said on Monday.';
const OTHER_TOTAL = 'Tarnby has also given $28 million to the valley museum since 2019.';

const { facts } = coverageForTests({
  'bill.md': ['---\ntitle: Council approves harbour bill\npublisher: Coast Herald\npublished: 2025-04-24\n---', BILL, 'Key provisions of the bill:', `- about $40 million for the ferry, including new boats\n- ${SCHOOLS}\n- ${ROADS}`].join('\n\n'),
  'buoys.md': ['---\ntitle: Harbour board says most promised buoys are in place\npublisher: Valley Weekly\npublished: 2025-10-15\n---', BRIEFING, DELIVERED].join('\n\n'),
  'chile.md': ['---\ntitle: Chile pledges new ferry grant for Lindvik\npublisher: Rhine Ledger\npublished: 2025-06-11\n---', CHILE_GRANT, CHILE_TOTAL].join('\n\n'),
  'museum.md': ['---\ntitle: Museum funding\npublisher: Tarnby Gazette\npublished: 2025-06-20\n---', OTHER_TOTAL].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a question word asked in place, with a phrase of place or time after it', () => {
  it.each(bothCasings('the $26 million goes where in the harbour bill?'))('%j THEN it asks where, and the item stating the figure answers', (question) => {
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
  it.each(bothCasings('what does the 90 percent mean in the harbour board story?'))('%j THEN it asks what the figure is, and the sentence stating it answers', (question) => {
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
  it.each(bothCasings("wait what's the 28 million in the chilean article, is that the new grant or"))('%j THEN the figure is looked for in that article only', (question) => {
    const answered = answeredTexts(question, facts());
    expect(answered[0]).toBe(CHILE_TOTAL);
    expect(answered).not.toContain(OTHER_TOTAL);
  });

  it('THEN an adjective of a place no title names still matches no article', () => {
    expect(answerLine('what is the 28 million in the peruvian article', facts()).message).toContain('No article in the coverage matches');
  });
});
