import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { sources } from '../../src/commands/sources.js';
import { PAGE_SIZE, timeline } from '../../src/commands/timeline.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { loadViaFile } from '../helpers/factbase-file.js';
import { citedSentences, fixtureFactBase, loadFixture, runDirect } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

describe('/timeline on the fixture coverage', () => {
  it('lists dated events oldest first, each at its stated precision, a page at a time', () => {
    const answer = runDirect(timeline, {}, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.items.map((item) => item.date)).toEqual([
      '2023',
      '2024-01',
      '2024-02',
      '2024-03-12',
      '2024-04',
      '2024-06-03',
      '2024-07-09 – 2024-07-11',
      '2024-07-10',
    ]);
    expect(answer.items).toHaveLength(PAGE_SIZE);
    expect(answer.page).toEqual({ number: 1, total: 2 });
    expect(citedSentences(answer, 6)).toEqual(['NATO leaders met in Washington from July 9 to 11, 2024, for the alliance summit.']);
  });

  it('GIVEN page 2 THEN it continues where page 1 stopped', () => {
    const answer = runDirect(timeline, { page: 2 }, facts);
    expect(answer.items.map((item) => item.date)).toEqual(['2024-12']);
    expect(answer.page).toEqual({ number: 2, total: 2 });
  });

  it('GIVEN a sentence with two dates THEN it appears once, with its more precise date', () => {
    const answer = runDirect(timeline, {}, facts);
    const january = answer.items.filter((item) => String(item.text).startsWith('Kovalenko met Solberg'));
    expect(january.map((item) => item.date)).toEqual(['2024-01']);
  });

  it('GIVEN from and to THEN only events overlapping the window are listed', () => {
    const answer = runDirect(timeline, { from: '2024-07-10', to: '2024-07' }, facts);
    expect(answer.items.map((item) => item.date)).toEqual(['2024-07-09 – 2024-07-11', '2024-07-10']);
    // The title says which window is listed, so a short list is not read as all there is.
    expect(answer.title).toBe('Timeline: 2024-07-10 – 2024-07');
  });

  it('GIVEN a topic THEN only events about it are listed', () => {
    const answer = runDirect(timeline, { topic: 'summit' }, facts);
    // One dated event is few: what the summit's undated sentences report joins it, at their report.
    expect(answer.items.map((item) => item.date)).toEqual(['2024-07-09 – 2024-07-11', 'reported 2024-07-12', 'reported 2024-07-12']);
    const artillery = runDirect(timeline, { topic: 'artillery production' }, facts);
    expect(artillery.items.map((item) => item.date)).toEqual(['2024-06-03', 'reported 2024-07-12']);
  });

  it('GIVEN a topic the coverage never mentions THEN it abstains and says what span it covers', () => {
    const answer = runDirect(timeline, { topic: 'Olympics' }, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('about “Olympics”');
    expect(answer.message).toContain('from 2023 to 2024-12');
  });

  it('GIVEN a page past the end THEN it says how many pages there are', () => {
    const answer = runDirect(timeline, { page: 5 }, facts);
    expect(answer.error).toBe('bad-input');
    expect(answer.message).toBe('Page 5 is past the end: this timeline has 2 pages.');
  });

  it('GIVEN from after to THEN the options are rejected', () => {
    expect(timeline.options.safeParse({ from: '2025', to: '2024' }).success).toBe(false);
  });

  it('GIVEN near-duplicate dated sentences in two articles THEN the event is listed once citing both', async () => {
    const base = fixtureFactBase();
    // A copy: the fixture's arrays are shared by every test.
    base.events = [
      ...base.events,
      { id: 10, sentenceId: 10, date: { start: '2024-07-12', precision: 'day', text: 'x' } },
      { id: 11, sentenceId: 3, date: { start: '2024-07-12', precision: 'day', text: 'x' } },
    ];
    const answer = runDirect(timeline, { from: '2024-07-12', to: '2024-07-12' }, await loadViaFile(base));
    expect(answer.items).toHaveLength(1);
    expect(citedSentences(answer, 0)).toHaveLength(2);
  });

  it('GIVEN a sentence whose older date it is not placed at THEN the span it states and the count are those of the listed events', async () => {
    const base = fixtureFactBase();
    // "…the 2024 summit, since the founding in April 1949": listed at 2024-07, never at 1949.
    base.events = [...base.events, { id: 10, sentenceId: 11, date: { start: '1949-04-01', precision: 'month', text: 'in April 1949' } }];
    const withOlderDate = await loadViaFile(base);
    const listed = runDirect(timeline, {}, withOlderDate);
    expect(listed.message).toBe('9 events, oldest first.');
    expect(listed.items[0]?.date).toBe('2023');
    const none = runDirect(timeline, { to: '1990' }, withOlderDate);
    expect(none.abstained).toBe(true);
    expect(none.message).toContain('Its events run from 2023 to 2024-12.');
    expect(runDirect(sources, {}, withOlderDate).message).toContain('· 9 dated events ·');
  });
});
