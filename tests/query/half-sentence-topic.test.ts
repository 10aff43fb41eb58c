// A half-sentence typed in chat names a subject and a topic ("haraldsen on pellonia membership").
// A sentence on the subject answers only if it carries the topic's weightiest word, not merely a
// common one ("pellonia"): otherwise it declines rather than list the subject's other news.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const WARNED = 'Haraldsen warned that Pellonia would close its northern ports to Zorvian ships.';

const { facts } = coverageForTests({
  'ports.md': [
    '---\ntitle: Harbour league talks\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    'Minister Ivar Haraldsen met the Pellonia delegation in Quellmark on Monday.',
    WARNED,
    "Pellonia's bid for membership of the harbour league was discussed by the envoys.",
    'The league admitted two members last year.',
    'Pellonia hosts the next round of talks in June. Pellonia sent four envoys. Fishing boats from Pellonia stayed in port during the talks.',
  ].join('\n\n'),
});

const OFF_TOPIC = bothCasings('Haraldsen on Pellonia membership?');
const ON_TOPIC = bothCasings('Haraldsen on the ports?');

describe('GIVEN Haraldsen never speaking of membership, and the membership bid never naming him', () => {
  it.each([0, 1])('casing %i THEN "haraldsen on pellonia membership" declines, and "haraldsen on the ports" answers', (casing) => {
    const off = answerLine(OFF_TOPIC[casing]!, facts());
    expect(off.abstained, off.items[0]?.text).toBe(true);
    const on = answerLine(ON_TOPIC[casing]!, facts());
    expect(on.abstained).toBe(false);
    expect(on.items[0]?.text).toBe(WARNED);
  });
});
