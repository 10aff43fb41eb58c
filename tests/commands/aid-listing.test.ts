// How /aid lists figures: one statement reported twice within days is one line citing both; for
// a recipient, figures whose sentence merely names it follow those given to it, saying so; by
// size, amounts of one currency are ranked and others follow, never converted.
import { beforeAll, describe, expect, it } from 'vitest';
import { aid } from '../../src/commands/aid.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { builtCoverage } from '../helpers/built-coverage.js';
import { citedSentences, runDirect } from './fixture.js';

const article = (title: string, published: string, text: string) => `---\ntitle: ${title}\npublisher: Berg Daily\npublished: ${published}\n---\n${text}\n`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({
    'march.md': article(
      'Donors step up support for Zorvia',
      '2025-03-02',
      [
        'Pellonia pledged $300 million in military aid to Zorvia on March 2.',
        'The Haraldsen Fund gave $40 million in humanitarian aid to Zorvia on March 1.',
        'Pellonia has given approximately $2 billion to Zorvia since 2022.',
        'Quellmark Bank pledged €500 million in loans to Zorvia on March 2.',
      ].join('\n\n'),
    ),
    'confirmed.md': article('Pellonia confirms its pledge', '2025-03-04', 'Officials in the capital confirmed that Pellonia pledged $300 million in military aid to Zorvia.'),
    'may.md': article('A second package this spring', '2025-05-20', 'Pellonia pledged $300 million in military aid to Zorvia on May 20.'),
    'report.md': article('Recovery report', '2025-06-01', "Donors have provided at least $90 million in support, a report on Zorvia's recovery said."),
  });
}, 30_000);

const figures = (raw: Record<string, string>) => runDirect(aid, raw, facts).items.map((item) => `${item.figure} ${item.date ?? ''}`.trim());

describe('/aid listing', () => {
  it('GIVEN one pledge reported by two articles two days apart THEN it is one line citing both, and the same sum pledged again in May is its own line', () => {
    const answer = runDirect(aid, {}, facts);
    const pledges = answer.items.flatMap((item, index) => (item.figure === '$300 million (military aid)' ? [index] : []));
    expect(pledges).toHaveLength(2);
    expect(citedSentences(answer, pledges[0]!)).toEqual(['Pellonia pledged $300 million in military aid to Zorvia on May 20.']);
    expect(citedSentences(answer, pledges[1]!).sort()).toEqual(
      ['Officials in the capital confirmed that Pellonia pledged $300 million in military aid to Zorvia.', 'Pellonia pledged $300 million in military aid to Zorvia on March 2.'].sort(),
    );
  });

  it.each(['zorvia', 'Zorvia'])('GIVEN recipient %j THEN a figure with no recipient whose sentence names Zorvia comes after those given to Zorvia, and the answer says why', (recipient) => {
    const answer = runDirect(aid, { recipient }, facts);
    expect(answer.items.at(-1)?.figure).toBe('at least $90 million (support)');
    expect(answer.items.slice(0, -1).every((item) => item.recipient === 'Zorvia')).toBe(true);
    expect(answer.message).toContain(`Figure ${answer.items.length} names no recipient: listed after the others because the sentence mentions Zorvia.`);
  });

  it('GIVEN order largest THEN dollar amounts come largest first, then the euro amount, unconverted, and the answer says so', () => {
    const answer = runDirect(aid, { order: 'largest' }, facts);
    expect(figures({ order: 'largest' })).toEqual([
      'approximately $2 billion 2025-03-02',
      '$300 million (military aid) 2025-05-20',
      '$300 million (military aid) 2025-03-04',
      'at least $90 million (support) 2025-06-01',
      '$40 million (humanitarian aid) 2025-03-01',
      '€500 million (loans) 2025-03-02',
    ]);
    expect(answer.message).toMatch(/^Largest amount first\. Amounts in USD are compared; amounts in EUR \(not converted\) follow them\./u);
    expect(figures({ order: 'smallest' })[0]).toBe('$40 million (humanitarian aid) 2025-03-01');
  });

  it('GIVEN packages THEN running totals are left out', () => {
    expect(figures({ order: 'largest', packages: 'true' })).toEqual([
      '$300 million (military aid) 2025-05-20',
      '$300 million (military aid) 2025-03-04',
      '$40 million (humanitarian aid) 2025-03-01',
      '€500 million (loans) 2025-03-02',
    ]);
  });
});

describe('/aid totals', () => {
  it('GIVEN totals THEN only running totals, newest first', () => {
    expect(figures({ totals: 'true' })).toEqual(['at least $90 million (support) 2025-06-01', 'approximately $2 billion 2025-03-02']);
  });

  it('GIVEN totals THEN an amount comes before a newer share of deliveries, which is no sum', async () => {
    const shares = await builtCoverage({
      'spring.md': article('Pellonia sums up its help', '2025-03-02', 'Pellonia has given approximately $2 billion to Zorvia since 2022.'),
      'autumn.md': article('Deliveries to Zorvia', '2025-10-01', 'Officials said Pellonia has delivered 80% of the promised shells to Zorvia.'),
    });
    expect(runDirect(aid, { totals: 'true' }, shares).items.map((item) => item.figure)).toEqual(['approximately $2 billion', '80% of promised shells']);
  });

  it('GIVEN totals and packages together THEN the options are rejected, since they leave each other nothing', () => {
    const result = aid.options.safeParse({ totals: 'true', packages: 'true' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('`packages` and `totals` leave each other nothing: choose one');
  });

  it.each([
    ['total pellonia aid to zorvia', '/aid donor:pellonia recipient:zorvia totals:true'],
    ['how much aid has pellonia given zorvia so far', '/aid donor:pellonia recipient:zorvia totals:true'],
    ['How much aid has Pellonia given Zorvia in total?', '/aid donor:pellonia recipient:Zorvia totals:true'],
    ['pellonia aid to zorvia to date', '/aid donor:pellonia recipient:zorvia totals:true'],
  ])('GIVEN %j (what was given in all) THEN the running totals: %s', (line, query) => {
    const answer = answerLine(line, facts);
    expect(answer.query).toBe(query);
    expect(answer.items[0]?.figure).toBe('approximately $2 billion');
  });
});

describe('aid questions with a superlative', () => {
  it.each(['whats the biggest aid package', 'What is the largest aid package?', 'whats the bigest aid pakage', 'the largst aid package'])('GIVEN %j THEN single packages by size, largest first', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.query).toBe('/aid order:largest packages:true');
    expect(answer.items[0]?.figure).toBe('$300 million (military aid)');
  });

  it.each(['which donor gave the most aid to zorvia', 'Which donor gave the most aid to Zorvia?'])('GIVEN %j THEN every figure for Zorvia by size, running totals included', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.query).toMatch(/^\/aid recipient:zorvia order:largest$/iu);
    expect(answer.items[0]?.figure).toBe('approximately $2 billion');
  });

  it('GIVEN the smallest pledge THEN the smallest first', () => {
    expect(answerLine('what was the smallest pledge', facts).items[0]?.figure).toBe('$40 million (humanitarian aid)');
  });

  it.each(['what was the most recent aid package', 'at least how much aid did pellonia give'])('GIVEN %j (no size asked) THEN no order by size', (line) => {
    expect(answerLine(line, facts).query).not.toMatch(/order:/u);
  });
});
