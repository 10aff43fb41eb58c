// "How many frigates does Pellonia have": the thing counted is the phrase after "how many" up to
// the verb group, not the name after it. A count of something else about Pellonia ("40 ports"),
// or one beside a sentence naming frigates, does not answer it: it declines.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PORTS = 'Pellonia has 40 ports on its northern coast.';

const { facts } = coverageForTests({
  'navy.md': [
    '---\ntitle: Pellonia navy news\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    "Pellonia's navy bought new frigates from the Quellmark shipyards. Zorvia and 12 other nations backed the purchase.",
    PORTS,
  ].join('\n\n'),
});

const FRIGATES = bothCasings('How many frigates does Pellonia have?');
const PORT_COUNT = bothCasings('How many ports does Pellonia have?');

describe('GIVEN frigates never counted, and counts of ports and of nations', () => {
  it.each([0, 1])('casing %i THEN the frigates question declines, and the ports question is answered', (casing) => {
    const frigates = answerLine(FRIGATES[casing]!, facts());
    expect(frigates.abstained, frigates.items[0]?.text).toBe(true);
    const ports = answerLine(PORT_COUNT[casing]!, facts());
    expect(ports.abstained).toBe(false);
    expect(ports.items[0]?.text).toBe(PORTS);
  });
});
