// A /timeline topic that is a phrase is about its last noun and the names in it: "alliance
// summits" lists summits, not every dated alliance event; "berg visits" lists Berg's visits, not
// someone else's.
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/commands/timeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { runDirect } from './fixture.js';

const ARTICLE = [
  '---\ntitle: Alliance and city diary\npublisher: Valley Weekly\npublished: 2024-08-01\n---',
  'The alliance held its summit in Vilnius on July 11, 2023.',
  'Alliance ministers approved a new training plan for alliance troops on March 3, 2024.',
  'Alliance leaders met for a summit in Washington on July 9, 2024.',
  'Mayor Jonas Berg visited the harbour on May 2, 2024.',
  'Governor Anna Holm visited the new bridge on June 5, 2024.',
  'Berg said the harbour needs a new ferry terminal.',
  'Berg told the council that the budget was balanced.',
  'The council thanked Berg for the new library.',
  'Berg and the council disagree about parking fees.',
].join('\n\n');

const { facts } = coverageForTests({ 'diary.md': ARTICLE });
const listed = (topic: string): string[] => runDirect(timeline, { topic }, facts()).items.map((item) => String(item.text));

describe('GIVEN dated events of the alliance and of two officials', () => {
  it.each(['alliance summits', 'Alliance summits'])('/timeline topic:%s THEN only the summits are listed', (topic) => {
    expect(listed(topic)).toEqual(['The alliance held its summit in Vilnius on July 11, 2023.', 'Alliance leaders met for a summit in Washington on July 9, 2024.']);
  });

  it.each(['berg visits', 'Berg visits'])('/timeline topic:%s THEN only his visit is listed', (topic) => {
    expect(listed(topic)).toEqual(['Mayor Jonas Berg visited the harbour on May 2, 2024.']);
  });
});

// A topic's words are each meant: "harbour act" is not the Fisheries Act, and "berlin" is not every
// event in Germany, though a capital may stand for its country elsewhere.
const LAWS = [
  '---\ntitle: Laws and places\npublisher: Valley Weekly\npublished: 2024-08-01\n---',
  'Parliament passed the Harbour Act on February 2, 2024.',
  'The Harbour Act took effect on April 1, 2024.',
  'Parliament passed the Fisheries Act on March 5, 2024.',
  'The harbour reopened on May 6, 2024.',
  'Germany signed the fisheries treaty on June 7, 2024.',
  'The festival in Berlin opened on July 8, 2024.',
].join('\n\n');
const { facts: lawFacts } = coverageForTests({ 'laws.md': LAWS });
const listedIn = (topic: string): string[] => runDirect(timeline, { topic }, lawFacts()).items.map((item) => String(item.text));

describe('GIVEN dated events of two acts, a harbour, a country and its capital', () => {
  it.each(['harbour act', 'Harbour Act'])('/timeline topic:%s THEN only that act is listed', (topic) => {
    expect(listedIn(topic)).toEqual(['Parliament passed the Harbour Act on February 2, 2024.', 'The Harbour Act took effect on April 1, 2024.']);
  });

  it.each(['berlin', 'Berlin'])('/timeline topic:%s THEN only the events naming the city are listed', (topic) => {
    expect(listedIn(topic)).toEqual(['The festival in Berlin opened on July 8, 2024.']);
  });
});
