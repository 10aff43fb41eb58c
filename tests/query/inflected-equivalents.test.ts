// A word's inflections bring their equivalents: "die" is typed, the equivalents are listed for
// "died" ("killed", "dead"), and "how did … die" is answered by "was killed".
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const KILLED = 'Captain Orla Brenn was killed when her boat capsized off the north quay.';

const { first } = coverageForTests({
  'quay.md': [
    '---\ntitle: Harbour news\npublisher: Valley Weekly\npublished: 2025-02-01\n---',
    'Orla Brenn said in March that the quay was unsafe.',
    'Orla Brenn ran the harbour ferry for twenty years.',
    KILLED,
  ].join('\n\n'),
});

describe('GIVEN a death reported as "was killed"', () => {
  it.each(['how did orla brenn die', 'How did Orla Brenn die?'])('%j THEN that sentence answers', (question) => {
    expect(first(question)).toBe(KILLED);
  });
});
