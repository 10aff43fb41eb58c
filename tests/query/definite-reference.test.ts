// A definite phrase ("the drones") refers back to the sentence that named the thing in full
// ("Kestrel reconnaissance drones"): a later sentence answering in those words answers a question
// about the thing by its full name, even when the name's sentence is in another paragraph.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const ORDERED = 'The coastal guard ordered forty Kestrel reconnaissance drones from a local firm on Monday.';
const BUILT = 'Officials said the drones would be assembled at a plant in the port town of Orvik.';

const { first, ranked } = coverageForTests({
  'drones.md': [
    '---\ntitle: Coastal guard expands its fleet\npublisher: Harbour Gazette\npublished: 2025-04-02\n---',
    ORDERED,
    'The order is the largest the guard has placed in a decade.',
    'Captain Idris Molnar said the crews would begin training in the summer.',
    BUILT,
  ].join('\n\n'),
  // Another report, built right after the first, whose "the drones" are its own.
  'other.md': [
    '---\ntitle: Farm drones\npublisher: Valley Weekly\npublished: 2025-04-03\n---',
    'Farmers in the valley bought crop-spraying drones this spring.',
    'A supplier said the drones would be assembled at a workshop in Tarsk.',
  ].join('\n\n'),
});

describe('GIVEN a thing named in full once and then by a definite phrase', () => {
  it.each(['where will the kestrel drones be assembled', 'Where will the Kestrel drones be assembled?'])('%j THEN the sentence saying where "the drones" will be assembled answers it', (question) => {
    expect(first(question)).toBe(BUILT);
  });

  it('THEN a definite phrase in another article does not refer back to it', () => {
    const order = ranked('where will the kestrel drones be assembled');
    expect(order.indexOf(BUILT)).toBeLessThan(order.indexOf('A supplier said the drones would be assembled at a workshop in Tarsk.'));
  });
});
