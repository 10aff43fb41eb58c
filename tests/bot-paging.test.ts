import Keyv from 'keyv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageTag, CUSTOM_ID_MAX, decodePageId, inlinePageId, pagingButtons, storedPageId } from '../src/discord/paging.js';
import { PagingState } from '../src/store/paging-state.js';
import { ResilientStore } from '../src/store/resilient-store.js';

const requesterId = '123456789012345678';
const coverage = coverageTag('3-0123456789ab');
const owner = { requesterId, coverage };
const failing = () => Promise.reject(new Error('down'));
const downState = () =>
  new PagingState(new ResilientStore(new Keyv({ store: Object.assign(new Map(), { get: failing, set: failing }), throwOnErrors: true })));

describe('paging custom ids', () => {
  it('GIVEN a short request THEN the id carries command, options, page and requester, and decodes back', () => {
    const query = { command: 'timeline', options: { topic: 'summit | Washington', from: '2024' } };
    const id = inlinePageId(query, { page: 3, ...owner });
    expect(id).toBeDefined();
    expect(id!.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(decodePageId(id!)).toEqual({ kind: 'inline', page: 3, requesterId, coverage, query });
  });

  it('GIVEN a request too long for 100 characters THEN no inline id is made', () => {
    expect(inlinePageId({ command: 'timeline', options: { topic: 'x'.repeat(80) } }, { page: 2, ...owner })).toBeUndefined();
  });

  it('decodes stored ids', () => {
    expect(decodePageId(storedPageId('abcDEF_-12345678', { page: 2, ...owner }))).toEqual({ kind: 'stored', page: 2, requesterId, coverage, key: 'abcDEF_-12345678' });
  });

  it.each([
    'page:none:next',
    'pg1|0|123|timeline|{}',
    'pg1|2|not-a-user|timeline|{}',
    'pg1|2|123|timeline|{broken',
    'pg1|2|123|timeline|[1,2]',
    'pk1|2|123|',
    'pg2|2|123||timeline|{}',
    'pk2|2|123|abcdef|',
    'other|2|123|x',
    '',
  ])('GIVEN a foreign or forged id %j THEN it is rejected', (id) => {
    expect(decodePageId(id)).toBeUndefined();
  });

  it('GIVEN an id from before the coverage tag THEN it still decodes, with no tag', () => {
    expect(decodePageId(`pg1|2|${requesterId}|timeline|{}`)).toEqual({ kind: 'inline', page: 2, requesterId, coverage: undefined, query: { command: 'timeline', options: {} } });
    expect(decodePageId(`pk1|2|${requesterId}|abc`)).toEqual({ kind: 'stored', page: 2, requesterId, coverage: undefined, key: 'abc' });
  });

  it('round-trips any options that fit (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('topic', 'from', 'to'), fc.string({ maxLength: 30 })),
        fc.integer({ min: 1, max: 1000 }),
        (options, page) => {
          const id = inlinePageId({ command: 'timeline', options }, { page, ...owner });
          if (id === undefined) return;
          expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
          expect(decodePageId(id)).toEqual({ kind: 'inline', page, requesterId, coverage, query: { command: 'timeline', options } });
        },
      ),
    );
  });
});

describe('pagingButtons', () => {
  it('GIVEN page 1 of 3 THEN only Next has an id, pointing at page 2', async () => {
    const buttons = await pagingButtons({ command: 'timeline', options: {} }, owner, 1, 3, downState());
    expect(buttons?.previousId).toBeUndefined();
    expect(decodePageId(buttons!.nextId!)).toMatchObject({ page: 2, ...owner });
  });

  it('GIVEN a long request THEN both ids point at one stored key that loads the request', async () => {
    const state = new PagingState(new ResilientStore(new Keyv()));
    const query = { command: 'timeline', options: { topic: 'y'.repeat(200) } };
    const buttons = await pagingButtons(query, owner, 2, 3, state);
    const previous = decodePageId(buttons!.previousId!);
    const next = decodePageId(buttons!.nextId!);
    expect(previous).toMatchObject({ kind: 'stored', page: 1 });
    expect(next).toMatchObject({ kind: 'stored', page: 3 });
    if (next?.kind !== 'stored' || previous?.kind !== 'stored') throw new Error('expected stored ids');
    expect(next.key).toBe(previous.key);
    expect(await state.load(next.key)).toEqual(query);
  });

  it('GIVEN a long request while the store is down THEN there are no buttons rather than dead ones', async () => {
    expect(await pagingButtons({ command: 'timeline', options: { topic: 'z'.repeat(200) } }, owner, 1, 3, downState())).toBeUndefined();
  });
});
