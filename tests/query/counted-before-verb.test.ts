// "How many frigates does Pellonia have": the thing counted is the phrase after "how many" up to
// the verb group, not the name after it. A count of something else about Pellonia ("40 ports"),
// or one beside a sentence naming frigates, does not answer it: it declines.
import { describe } from 'vitest';
import { coverageForTests, declinesButKeeps } from '../helpers/built-coverage.js';

const PORTS = 'Pellonia has 40 ports on its northern coast.';

const { facts } = coverageForTests({
  'navy.md': [
    '---\ntitle: Pellonia navy news\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    "Pellonia's navy bought new frigates from the Quellmark shipyards. Zorvia and 12 other nations backed the purchase.",
    PORTS,
  ].join('\n\n'),
});

describe('GIVEN frigates never counted, and counts of ports and of nations', () => {
  declinesButKeeps(facts, 'How many frigates does Pellonia have?', 'How many ports does Pellonia have?', PORTS);
});
