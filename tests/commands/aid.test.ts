import { beforeAll, describe, expect, it } from 'vitest';
import { aid } from '../../src/commands/aid.js';
import { donorMatches } from '../../src/commands/aid-figures.js';
import { formatMoney } from '../../src/commands/aid-format.js';
import { AnswerSchema } from '../../src/answer.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { citedSentences, loadFixture, runDirect } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

describe('formatMoney', () => {
  it.each([
    [61.4e9, 'USD', '$61.4 billion'],
    [65e9, 'EUR', '€65 billion'],
    [725e6, 'USD', '$725 million'],
    [1.25e12, 'USD', '$1.25 trillion'],
    [250_000, 'GBP', '£250,000'],
    [2.5e9, 'CAD', 'CAD 2.5 billion'],
  ])('%d %s → %s', (value, currency, text) => {
    expect(formatMoney(value, currency)).toBe(text);
  });
});

describe('donorMatches', () => {
  it.each(['us', 'U.S.', 'USA', 'america', 'Americans', 'Washington', 'United States', 'the United States'])('"%s" matches "United States" and "U.S."', (query) => {
    expect(donorMatches(query, 'United States')).toBe(true);
    expect(donorMatches(query, 'U.S.')).toBe(true);
  });
  it('"europe" matches "European allies" and "European Union" but not "Canada"', () => {
    expect(donorMatches('europe', 'European allies')).toBe(true);
    expect(donorMatches('europe', 'European Union')).toBe(true);
    expect(donorMatches('europe', 'Canada')).toBe(false);
  });
  it.each(['UK', 'Britain', 'Great Britain', 'British'])('"%s" matches "United Kingdom" and "U.K."', (query) => {
    expect(donorMatches(query, 'United Kingdom')).toBe(true);
    expect(donorMatches(query, 'U.K.')).toBe(true);
  });
  it('"us" does not match "Russia"', () => {
    expect(donorMatches('us', 'Russia')).toBe(false);
  });
});

describe('/aid on the fixture coverage', () => {
  it('lists every figure newest first, undated last, each with a structured line and its sentence', () => {
    const answer = runDirect(aid, {}, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.abstained).toBe(false);
    expect(answer.items.map((item) => [item.date, item.figure])).toEqual([
      ['2024-07-12', 'approximately $50 billion'],
      ['2024-07-10', '$400 million'],
      ['2024-03-12', '$2.5 billion (military aid)'],
      ['2024-02', '€5 billion (humanitarian aid)'],
      [undefined, '80% of the promised shells'],
    ]);
    expect(answer.items[1]?.text).toBe('$400 million · announced · U.S. → Ukraine · military');
    expect(citedSentences(answer, 1)).toEqual(['U.S. Secretary of Defense David Reyes announced a $400 million package on July 10.']);
  });

  it('GIVEN one running total reported by two articles THEN it is one line citing both, marked cumulative, and nothing is summed', () => {
    const answer = runDirect(aid, {}, facts);
    const totals = answer.items.filter((item) => item.figure === 'approximately $50 billion');
    expect(totals).toHaveLength(1);
    expect(totals[0]?.cumulative).toBe(true);
    expect(totals[0]?.text).toContain('cumulative total');
    expect(citedSentences(answer, 0)).toHaveLength(2);
    expect(answer.message).toMatch(/not added up/);
    expect(JSON.stringify(answer)).not.toMatch(/\$50\.4 billion|\$52\.9 billion/);
  });

  it('GIVEN donor "us" THEN only United States / U.S. figures are listed', () => {
    const answer = runDirect(aid, { donor: 'us' }, facts);
    expect(answer.items.map((item) => item.donor)).toEqual(['United States', 'U.S.']);
  });

  it('GIVEN two donors separated by a comma THEN the figures of both are listed, and no other', () => {
    const answer = runDirect(aid, { donor: 'us, canada' }, facts);
    expect(answer.items.map((item) => item.donor)).toEqual(['United States', 'U.S.', 'Canada']);
  });

  it('GIVEN kind military THEN military figures are listed, not humanitarian ones', () => {
    const answer = runDirect(aid, { kind: 'military' }, facts);
    expect(answer.items.map((item) => item.kind)).toEqual(['military', 'military', 'military']);
  });

  it('GIVEN a date window THEN only figures dated inside it are listed, an overlapping report by its own date', () => {
    const answer = runDirect(aid, { from: '2024-02', to: 'March 2024' }, facts);
    expect(answer.items.map((item) => [item.date, item.figure])).toEqual([
      ['2024-03-14', 'approximately $50 billion'],
      ['2024-03-12', '$2.5 billion (military aid)'],
      ['2024-02', '€5 billion (humanitarian aid)'],
    ]);
    expect(answer.title).toBe('Aid figures in the coverage, 2024-02 – March 2024');
  });

  it('GIVEN a donor the coverage lacks THEN it abstains and names the donors it has', () => {
    const answer = runDirect(aid, { donor: 'Japan' }, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('Japan');
    expect(answer.message).toMatch(/United States.*Canada|Canada.*United States/);
  });

  it('GIVEN from later than to THEN the options are rejected', () => {
    const result = aid.options.safeParse({ from: '2024-08', to: '2024-07' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('`from` (2024-08) is later than `to` (2024-07)');
  });

  it('GIVEN an unknown kind THEN the options are rejected listing the kinds', () => {
    expect(aid.options.safeParse({ kind: 'cash' }).error?.issues[0]?.message).toMatch(/one of: military, financial/);
  });

  it('autocompletes donors by prefix', () => {
    expect(aid.autocomplete?.('donor', 'euro', facts).map((c) => c.value)).toEqual(['European allies', 'European Union']);
    expect(aid.autocomplete?.('donor', 'EU', facts).map((c) => c.value)).toEqual(['European Union']);
    expect(aid.autocomplete?.('donor', '', facts).length).toBeGreaterThan(3);
    expect(aid.autocomplete?.('kind', '', facts)).toEqual([]);
  });

  it('declares Discord limits: autocomplete on donor, a bounded recipient, choices on kind, all install contexts', () => {
    const [donor, recipient, kind] = aid.data.options ?? [];
    expect(donor).toMatchObject({ name: 'donor', autocomplete: true, max_length: 100 });
    expect(recipient).toMatchObject({ name: 'recipient', max_length: 100 });
    expect(kind && 'choices' in kind ? kind.choices?.map((c) => c.value) : []).toContain('military');
    expect(aid.data.contexts).toEqual([0, 1, 2]);
    expect(aid.data.integration_types).toEqual([0, 1]);
  });
});
