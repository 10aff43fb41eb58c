// A small invented coverage for the follow-up tests: two donors, two ministers, two years, so a
// follow-up that swaps a place, a person or a period finds a different sentence than the question
// before it.
export const FOLLOW_UP_ARTICLES: Readonly<Record<string, string>> = {
  'flood-relief.md': [
    '---\ntitle: Flood relief pledges\npublisher: Harbour Post\npublished: 2024-03-12\n---',
    'Norway has given $40 million in flood relief to Peru, Foreign Minister Marta Lindqvist said on Tuesday.',
    'Chile has given $15 million in flood relief to Peru, Development Minister Erik Haraldsen said.',
    'Lindqvist said the money would rebuild bridges along the coast.',
    'Haraldsen said engineers would arrive before the rainy season.',
    'In 2023, Norway gave $12 million in flood relief to Peru.',
  ].join('\n\n'),
};

/** The sentences each question should lead with. */
export const NORWAY_PLEDGE = 'Norway has given $40 million in flood relief to Peru, Foreign Minister Marta Lindqvist said on Tuesday.';
export const CHILE_PLEDGE = 'Chile has given $15 million in flood relief to Peru, Development Minister Erik Haraldsen said.';
