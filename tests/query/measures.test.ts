// "How far", "how tall", "how heavy", "how hot" ask for a measurement: a number with its unit
// ("240 km", "3 tonnes", "41 degrees") answers, not a sentence repeating the question beside
// some other number.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { measureSpans } from '../../src/query/stated-measures.js';

const ROAD_COUNT = 'Zorvia is 12 stops from Pellonia on the coastal line.';
const ROAD_LENGTH = 'The road between Pellonia and Zorvia runs for 240 km through the hills.';
const BELL_COUNT = 'The Haraldsen bell rang 9 times when the Haraldsen bell was hung.';
const BELL_WEIGHT = 'The bell in the Haraldsen tower weighs 3 tonnes.';

const { ranked } = coverageForTests({
  'road.md': ['---\ntitle: Road report\npublisher: Valley Weekly\npublished: 2025-06-01\n---', ROAD_COUNT, ROAD_LENGTH].join('\n\n'),
  'bell.md': ['---\ntitle: Bell report\npublisher: Valley Weekly\npublished: 2025-06-02\n---', BELL_COUNT, BELL_WEIGHT].join('\n\n'),
});

const first = (question: string): string => ranked(question)[0] ?? '';

describe('GIVEN a count and a distance about the same road', () => {
  it.each(['how far is zorvia from pellonia', 'How far is Zorvia from Pellonia?'])('%j THEN the distance leads', (question) => {
    expect(first(question)).toBe(ROAD_LENGTH);
  });
});

describe('GIVEN a count and a weight about the same bell', () => {
  it.each(['how heavy is the haraldsen bell', 'How heavy is the Haraldsen bell?'])('%j THEN the weight leads', (question) => {
    expect(first(question)).toBe(BELL_WEIGHT);
  });
});

describe('measureSpans', () => {
  it.each([
    ['The tower is 2,000 feet tall.', 'length', '2,000 feet'],
    ['The span is 1.5 kilometres long.', 'length', '1.5 kilometres'],
    ['The cargo weighed 40 pounds.', 'weight', '40 pounds'],
    ['It reached 41 degrees on Friday.', 'temperature', '41 degrees'],
  ] as const)('GIVEN %j THEN it finds a %s: %j', (text, kind, measure) => {
    expect(measureSpans(text, kind).map(([start, end]) => text.slice(start, end))).toEqual([measure]);
  });

  it.each(['Berg said 12 boats sank.', 'The ferry leaves at 5 in the morning.'])('GIVEN %j THEN it finds no length', (text) => {
    expect(measureSpans(text, 'length')).toEqual([]);
  });
});
