// A name made of common words ("the come home safe act") loses its stop words to the index: what
// is left ("home", "act") would match any act, or anyone coming home. The whole name is what a
// sentence must write; a coverage that never writes it never mentions it. Chat typing (lower
// case, no punctuation) must hold as well as the name as written.
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/commands/timeline.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { runDirect } from './fixture.js';

const ARTICLE = [
  '---\ntitle: Pellonia parliament diary\npublisher: Valley Weekly\npublished: 2024-09-01\n---',
  'Lawmakers in Pellonia passed the Come Home Safe Act on March 3, 2024.',
  'President Lindqvist signed the Come Home Safe Act into law on April 9, 2024.',
  'Parliament passed the Fisheries Act on May 2, 2024.',
  'Minister Olsen got home safe after the vote on the Border Act on July 1, 2024.',
  'Olsen signed the Border Act on June 5, 2024, and the guards came home safe.',
  'Haraldsen said the new act would come into force in the autumn.',
  'Ministers met Quellmark officials in Zorvia on August 8, 2024.',
].join('\n\n');

const { facts } = coverageForTests({ 'diary.md': ARTICLE });
const listed = (topic: string): string[] => runDirect(timeline, { topic }, facts()).items.map((item) => String(item.text));

describe('GIVEN a law whose name is made of common words, beside other acts and other homecomings', () => {
  it.each(bothCasings('the Come Home Safe Act'))('/timeline topic:%s THEN only the events of that act are listed', (topic) => {
    expect(listed(topic)).toEqual([
      'Lawmakers in Pellonia passed the Come Home Safe Act on March 3, 2024.',
      'President Lindqvist signed the Come Home Safe Act into law on April 9, 2024.',
    ]);
  });

  it.each(bothCasings('the Come Home Safe Acts'))('/timeline topic:%s (typed in the plural) THEN the events of that act are listed', (topic) => {
    expect(listed(topic)).toHaveLength(2);
  });

  it.each(bothCasings('the Come Home Now Act'))('/timeline topic:%s (never written) THEN it is declined by that name', (topic) => {
    const answer = runDirect(timeline, { topic }, facts());
    expect(answer.items).toEqual([]);
    expect(answer.message?.toLowerCase()).toContain('never mentions “come home now act”');
  });

  it.each(bothCasings('When was the Come Home Safe Act signed?'))('%s THEN the signing is the answer', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe('President Lindqvist signed the Come Home Safe Act into law on April 9, 2024.');
  });

  it.each(bothCasings('What is the Come Home Now Act?'))('%s (never written) THEN it is declined by that name', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message?.toLowerCase()).toContain('never mentions “come home now act”');
  });

  it.each(bothCasings('fisheries act'))('/timeline topic:%s (an ordinary topic) THEN it is listed as before', (topic) => {
    expect(listed(topic)).toEqual(['Parliament passed the Fisheries Act on May 2, 2024.']);
  });
});
