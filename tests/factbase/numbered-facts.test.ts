// Facts kept as their JSON (numbered-facts.ts): the section written from each article's tails is
// the JSON of the facts renumbered across the coverage, validated and in schema key order, as
// saving the objects writes it; the objects are made from it only when asked for.
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/factbase/file-format.js';
import { NumberedFacts, tailsFit, tailsOf } from '../../src/factbase/numbered-facts.js';
import { AidFactSchema, EventSchema, type AidFact, type DatedEvent } from '../../src/factbase/schema.js';

// Keys in another order than the schema's, non-ASCII text, an optional key present and absent.
const EVENTS: DatedEvent[][] = [
  [
    { date: { text: 'on Wednesday', precision: 'day', start: '2026-03-04' }, sentenceId: 2, id: 7 },
    { sentenceId: 5, aside: true, id: 8, date: { start: '2026-03-01', end: '2026-03-31', precision: 'month', text: 'im März' } },
  ],
  [],
  [{ id: 0, sentenceId: 0, date: { start: '2025-01-01', precision: 'year', text: '“2025”' } }],
];
const FIGURE: AidFact = {
  sentenceId: 1,
  id: 3,
  amount: { value: 48_300_000, currency: 'EUR', text: '€48.3 million' },
  percent: null,
  subject: 'footbridge repairs',
  donor: 'the county',
  recipient: null,
  kind: 'financial',
  status: null,
  qualifier: 'about',
  cumulative: false,
  date: null,
};

/** The facts as saving them as objects numbers them: in order from 0, their sentence ids moved by their article's first sentence. */
function renumbered<T extends { id: number; sentenceId: number }>(lists: readonly T[][], firsts: readonly number[]): T[] {
  return lists.flatMap((list, a) => list.map((fact) => ({ ...fact, sentenceId: fact.sentenceId + firsts[a]! }))).map((fact, id) => ({ ...fact, id }));
}

describe('facts kept as their JSON', () => {
  it('GIVEN articles of events THEN the section is the JSON of the events renumbered and in schema order, and its objects parse from it', () => {
    const firsts = [0, 9, 1_000_000];
    const kept = new NumberedFacts<DatedEvent>(EVENTS.map((list, a) => ({ tails: tailsOf(list, EventSchema), firstSentence: firsts[a]! })));
    const expected = EventSchema.array().parse(renumbered(EVENTS, firsts));
    expect(kept.length).toBe(3);
    expect(kept.json().toString('latin1')).toBe(asciiJson(expected));
    expect(kept.all()).toEqual(expected);
    expect(kept.citingFrom(1_000_001)).toBeUndefined();
    expect(kept.citingFrom(1_000_000)).toBe(1_000_000);
  });

  it('GIVEN an aid figure THEN its JSON is the one its schema orders, and a fact whose JSON does not start with its numbers is refused', () => {
    const kept = new NumberedFacts<AidFact>([{ tails: tailsOf([FIGURE], AidFactSchema), firstSentence: 4 }]);
    expect(kept.json().toString('latin1')).toBe(asciiJson(AidFactSchema.array().parse([{ ...FIGURE, id: 0, sentenceId: 5 }])));
    expect(() => tailsOf([{ ...FIGURE, amount: { value: -1, currency: 'EUR', text: 'x' } }], AidFactSchema)).toThrow();
  });

  it('GIVEN tails THEN they fit only with ends ascending to their bytes, each closing an object, and sentences in the article', () => {
    const tails = tailsOf(EVENTS[0]!, EventSchema);
    expect(tailsFit(tails, 6)).toBe(true);
    expect(tailsFit(tails, 5)).toBe(false);
    expect(tailsFit({ ...tails, ends: Int32Array.of(tails.ends[1]!, tails.ends[1]!) }, 6)).toBe(false);
    // Cut inside its text: "…Wednesday"}} less the last two braces.
    expect(tailsFit({ ...tails, ends: Int32Array.of(tails.ends[0]! - 2, tails.ends[1]!) }, 6)).toBe(false);
    expect(tailsFit({ ...tails, bytes: tails.bytes.subarray(0, tails.bytes.length - 1) }, 6)).toBe(false);
  });

  it('GIVEN the facts exposed on an object THEN they are made when read, and no longer kept once read', () => {
    const kept = new NumberedFacts<DatedEvent>([{ tails: tailsOf(EVENTS[0]!, EventSchema), firstSentence: 0 }]);
    const target = { events: [] as DatedEvent[] };
    kept.exposeAs(target, 'events');
    expect(kept.keptIn(target, 'events')).toBe(true);
    expect(kept.keptIn({ events: [] }, 'events')).toBe(false);
    expect(target.events[1]!.aside).toBe(true);
    expect(kept.keptIn(target, 'events')).toBe(false);
    target.events = [];
    expect(target.events).toEqual([]);
  });
});
