// A question naming a known person asks about them: a sentence that names them neither itself nor
// in the sentences before it in its paragraph is about someone else, though the article's title
// names them. "What did Lindqvist eat for dinner" is not answered by another guest's dinner.
import { describe } from 'vitest';
import { coverageForTests, declinesButKeeps } from '../helpers/built-coverage.js';

const OPENED = 'He opened the new ferry bridge on Tuesday.';

const { facts } = coverageForTests({
  'visit.md': [
    '---\ntitle: Lindqvist visits Quellmark\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    'Minister Sven Lindqvist arrived in Quellmark on Monday for talks on the harbour. ' + OPENED,
    'Haraldsen hosted the harbour council at a working dinner in the old customs house. The council served smoked herring.',
    'The mayor said the ferry bridge would cut travel times by half.',
  ].join('\n\n'),
});

describe('GIVEN an article titled on Lindqvist whose dinner sentence names another host', () => {
  declinesButKeeps(facts, 'What did Lindqvist eat for dinner?', 'When did Lindqvist open the ferry bridge?', OPENED);
});
