// "according to the june 3 article", "in the coastal gazette piece", "what does the valley weekly
// story say": the words say which article is asked about (its day, publisher or title), so the
// answer comes from it, and a source the coverage does not have is said to be missing.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { namesSource, sourceReference } from '../../src/query/source-reference.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MAY = 'Tor Berg said the Lindvik ferry fund will reach $20 million.';
const JUNE = 'Tor Berg said the Lindvik ferry fund will reach $35 million.';
const SITE = 'Tor Berg said the Lindvik ferry fund is on hold until the harbour reopens.';
const article = (publisher: string, published: string, title: string, body: string) => `---\ntitle: ${title}\npublisher: ${publisher}\npublished: ${published}\n---\n\n${body}\n`;
const { facts } = coverageForTests({
  'gazette.md': article('Coastal Gazette', '2025-05-02', 'Harbour minister on the budget', MAY),
  'weekly.md': article('Valley Weekly', '2025-06-03', 'Budget talks in Lindvik', JUNE),
  'site.md': article('harbournews.com', '2025-06-09', 'Harbour budget update', SITE),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text ?? '', message: answer.message ?? '' };
};

describe('GIVEN a question saying which article it asks about', () => {
  it.each(bothCasings('what did tor berg say about the ferry fund according to the june 3 article'))('%j THEN the article of that day answers', (question) => {
    expect(answerOf(question).first).toBe(JUNE);
  });

  it.each(bothCasings('how big is the ferry fund according to the coastal gazette piece'))('%j THEN the article of that publisher answers', (question) => {
    expect(answerOf(question).first).toBe(MAY);
  });

  it.each(bothCasings('what does the valley weekly story say about the ferry fund'))('%j THEN the source named as the subject answers', (question) => {
    expect(answerOf(question).first).toBe(JUNE);
  });

  it('THEN a publisher known by its site is named by the start of its address', () => {
    expect(answerOf('what did tor berg say about the ferry fund in the harbournews article').first).toBe(SITE);
  });

  it.each(bothCasings('what did tor berg say about the ferry fund in the june 20 article'))('%j THEN a source the coverage lacks is said to be missing', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('No article in the coverage matches');
  });
});

describe('GIVEN words that only look like a source', () => {
  it('THEN a post held, a post office or a treaty\'s article is no article of the coverage: the question is left as it is', () => {
    expect(namesSource('what is the post of tor berg')).toBe(false);
    expect(namesSource('who works in the post office in lindvik')).toBe(false);
    expect(namesSource('what does the article 5 pledge mean')).toBe(false);
    expect(sourceReference('what is the post of tor berg', facts())).toBeNull();
    expect(sourceReference('what is the ferry story', facts())).toBeNull();
  });

  it('THEN "in the article" alone keeps every article and drops only those words', () => {
    const reference = sourceReference('what did berg say in the article', facts());
    expect(reference?.rest).toBe('what did berg say');
    expect(reference?.articles.size).toBe(3);
  });
});

describe('GIVEN an article described by a headline quoted in part', () => {
  const QUOTED_TITLE = 'Berg: "We Will Not Sell The Pier"';
  const PIER = 'Tor Berg told the council the pier would stay in public hands, the Valley Weekly correspondent reports.';
  const OTHER = 'Tor Berg said the pier needs new lights.';
  const { facts: headlines } = coverageForTests({
    // Quoted for the front matter's YAML, as a title with a colon must be.
    'pier.md': article('Valley Weekly', '2025-07-01', `'${QUOTED_TITLE}'`, PIER),
    'lights.md': article('Coastal Gazette', '2025-07-02', `'Berg: "We Will Sell The Old Lights"'`, OTHER),
  });

  it.each(bothCasings(`who published the berg 'we will not sell' story`))('%j THEN the quoted words pick the article whose headline has them, stop words and all', (question) => {
    expect(answerLine(question, headlines()).message).toBe(`“${QUOTED_TITLE}” was published by Valley Weekly.`);
  });

  it.each(bothCasings('which outlet ran the we will not sell the pier piece'))('%j THEN a description as long as a headline is read as one', (question) => {
    expect(answerLine(question, headlines()).message).toBe(`“${QUOTED_TITLE}” was published by Valley Weekly.`);
  });

  it('THEN words quoted loosely, as no headline has them, still describe the article by its words', () => {
    expect([...(sourceReference("what does the berg 'selling the old lights' story say", headlines())?.articles ?? [])]).toEqual(['lights']);
  });
});
