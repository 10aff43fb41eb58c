// "Where will the ferries be taken from" asks for the place they come from: a place named after
// "from" ("from Pellonian yards"), not any place the sentence names ("told reporters in Zorvia").
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const SOURCE = 'Haraldsen said the ferries would come from Pellonian yards.';
const ARTICLE = [
  '---\ntitle: Ferry fleet\npublisher: Quellmark Weekly\npublished: 2025-05-02\n---',
  'The harbour board will lease three new ferries for the Quellmark route, Lindqvist told reporters in Zorvia.',
  SOURCE,
  'The ferries will carry up to 400 passengers each.',
].join('\n\n');

const { ranked } = coverageForTests({ 'ferries.md': ARTICLE });

describe('GIVEN a where-question ending on "from"', () => {
  it.each([...bothCasings('Where will the new ferries be taken from?'), ...bothCasings('Where is Haraldsen from?'), 'from where will the ferries come'])('%j THEN it expects the place something comes from', (question) => {
    expect(understandQuestion(question).expects).toEqual(['origin']);
  });

  it.each(bothCasings('Where will the new ferries be taken from?'))('%j THEN the place they come from leads, not a place named for something else', (question) => {
    expect(ranked(question)[0]).toBe(SOURCE);
  });
});
