// Two words that name one thing together ("rowing club", "pension fund") are the question's
// topic: a sentence carrying neither is about something else, however much of the rest it has.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const LEAVING = 'More than 300 people leave the island of Quellmark every year, the council said.';
const CLUB = 'The rowing club in Lindvik counts 140 members, its chair Ingrid Vos said.';
const RATE = 'Pellonia has paid out 70% of its harbour fund through the Lindvik Ferry Programme.';
const ARTICLE = [
  '---\ntitle: Island life\npublisher: Pellonia Weekly\npublished: 2025-05-02\n---',
  LEAVING,
  CLUB,
  RATE,
  'The ferry programme lends money to boat owners who replace old engines.',
  'Boat owners have shown strong interest in the scheme.',
  'Fares rose at a slower rate this spring.',
].join('\n\n');

const { facts } = coverageForTests({ 'island.md': ARTICLE });

describe('GIVEN coverage on people leaving an island and on a rowing club', () => {
  it.each(bothCasings('How many people leave the rowing club?'))('%j THEN the island sentence is no answer (declined, or the club leads)', (question) => {
    const answer = answerLine(question, facts());
    // Declining still shows the closest sentences, marked as not answering.
    const answering = answer.abstained ? [] : (answer.items ?? []).map((item) => item.text);
    expect(answering).not.toContain(LEAVING);
  });
  it.each(bothCasings('How many people leave Quellmark every year?'))('%j THEN the island sentence answers', (question) => {
    expect(answerLine(question, facts()).items?.[0]?.text).toBe(LEAVING);
  });
  it.each(bothCasings('How many members does the rowing club have?'))('%j THEN the club sentence answers', (question) => {
    expect(answerLine(question, facts()).items?.[0]?.text).toBe(CLUB);
  });
});

describe('GIVEN a programme whose share of a fund is stated but not its interest rate', () => {
  it.each(bothCasings("What's the interest rate on Lindvik Ferry Programme loans?"))('%j THEN it declines: a share of a fund is no interest rate', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});
