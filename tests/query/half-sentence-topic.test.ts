// A half-sentence typed in chat names a subject and a topic ("haraldsen on pellonia membership").
// A sentence on the subject answers only if it carries the topic's weightiest word, not merely a
// common one ("pellonia"): otherwise it declines rather than list the subject's other news.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { bothCasings } from '../helpers/casings.js';
import { coverageForTests, declinesButKeeps } from '../helpers/built-coverage.js';

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

describe('GIVEN Haraldsen never speaking of membership, and the membership bid never naming him', () => {
  declinesButKeeps(facts, 'Haraldsen on Pellonia membership?', 'Haraldsen on the ports?', WARNED);
});

// "Updates about berg visits": "updates" frames the request, though the coverage writes it as a name.
const VISIT = 'Minister Ana Berg visited the Quellmark shipyard on Tuesday.';
const { facts: withHeading } = coverageForTests({
  'updates.md': [
    '---\ntitle: Harbour league news\npublisher: Coast Courier\npublished: 2025-05-09\n---',
    'Read the Latest Updates on the Harbour League below.',
    VISIT,
    'The league admitted two members last year.',
    'Berg met the league envoys in June.',
  ].join('\n\n'),
});

describe('GIVEN "Latest Updates" written as a name and a visit by Berg', () => {
  it.each(bothCasings('Updates about Berg visits?'))('%j THEN the visit answers: "updates" is no subject', (question) => {
    const answer = answerLine(question, withHeading());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(VISIT);
  });
});
