// The commands on the bundled coverage (data/articles), built fresh: actual figures, names,
// dates and order as the five articles state them.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../src/answer.js';
import { donorMatches } from '../../src/commands/aid-figures.js';
import { runCommand } from '../../src/commands/index.js';
import { buildFactBase } from '../../src/ingest/build.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { loadViaFile } from '../helpers/factbase-file.js';
import { citedSentences } from './fixture.js';
import { BUNDLED_ARTICLES as ARTICLES } from '../helpers/paths.js';


let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadViaFile((await buildFactBase(ARTICLES)).factBase);
}, 60_000);

const run = (name: string, raw: Record<string, string | number>): Answer => AnswerSchema.parse(runCommand(name, raw, facts));

describe('/aid on the bundled coverage', () => {
  it('lists the reported figures with their status, never summed, newest first', () => {
    const answer = run('aid', {});
    expect(answer.abstained).toBe(false);
    const figure = (amount: string) => answer.items.find((item) => String(item.figure).includes(amount));

    const requested = figure('$61.4 billion');
    expect(requested?.status).toBe('requested');
    expect(donorMatches('United States', String(requested?.donor))).toBe(true);
    expect(requested?.recipient).toMatch(/Ukraine|Kyiv/);

    expect(figure('$77 billion')?.cumulative).toBe(true);
    expect(figure('€65 billion')?.status).toBe('delivered');
    expect(figure('$725 million')?.status).toBe('announced');
    expect(figure('$44.2 billion')).toBeDefined();

    const dates = answer.items.map((item) => item.date).filter((date): date is string => date !== undefined);
    expect(dates).toEqual([...dates].sort().reverse());
    const undatedFrom = answer.items.findIndex((item) => item.date === undefined);
    if (undatedFrom >= 0) expect(answer.items.slice(undatedFrom).every((item) => item.date === undefined)).toBe(true);
  });

  it('GIVEN donor "us" or "america" THEN the same United States figures are listed', () => {
    const us = run('aid', { donor: 'us' }).items.map((item) => item.figure);
    expect(us.length).toBeGreaterThan(0);
    expect(run('aid', { donor: 'america' }).items.map((item) => item.figure)).toEqual(us);
    expect(us.some((figure) => String(figure).includes('$61.4 billion'))).toBe(true);
  });
});

describe('/who on the bundled coverage', () => {
  it('GIVEN "Rutte" THEN Mark Rutte, Secretary General of NATO, reported 2024-11-13', () => {
    const answer = run('who', { name: 'Rutte' });
    expect(answer.title).toBe('Mark Rutte');
    const role = answer.items.find((item) => item.kind === 'role' && String(item.title).includes('Secretary General'));
    expect(role?.organisation).toBe('NATO');
    expect(role?.date).toBe('2024-11-13');
  });

  it('GIVEN "kuleba" and "Zelensky" THEN they resolve to the people the coverage names', () => {
    expect(run('who', { name: 'kuleba' }).title).toBe('Dmytro Kuleba');
    expect(run('who', { name: 'Zelensky' }).title).toBe('Volodymyr Zelenskyy');
  });

  it('GIVEN someone the coverage never names THEN not-found', () => {
    expect(run('who', { name: 'Emmanuel Macron' }).error).toBe('not-found');
  });
});

describe('/timeline on the bundled coverage', () => {
  it('lists the Washington summit and 13 November 2024 in chronological order across pages', () => {
    const first = run('timeline', {});
    const total = first.page?.total ?? 1;
    const items = [first, ...Array.from({ length: total - 1 }, (_, i) => run('timeline', { page: i + 2 }))].flatMap((a) => a.items);
    const dates = items.map((item) => String(item.date));
    expect(dates).toContain('2024-07-09 – 2024-07-11');
    expect(dates).toContain('2024-11-13');
    const starts = items.map((item) => String(item.start));
    expect(starts).toEqual([...starts].sort());
  });

  it('places a sentence at the day it names, not at a year it mentions in passing', () => {
    const answer = run('timeline', { from: '2023-11-28', to: '2023-11-28' });
    const index = answer.items.findIndex((_, i) => citedSentences(answer, i).some((s) => s.startsWith('Yesterday, a high-ranking official')));
    expect(answer.items[index]?.date).toBe('2023-11-28');
  });

  it('GIVEN topic "summit" and 2024 THEN the Washington summit is listed', () => {
    const answer = run('timeline', { topic: 'summit', from: '2024', to: '2024' });
    expect(answer.items.map((item) => item.date)).toContain('2024-07-09 – 2024-07-11');
  });
});

describe('/ask on the bundled coverage', () => {
  it('answers how much military aid the US has given with a figure sentence first', () => {
    const answer = run('ask', { question: 'How much military aid has the US given Ukraine?' });
    expect(answer.abstained).toBe(false);
    expect(citedSentences(answer, 0).join(' ')).toMatch(/\$44\.2 billion|\$77 billion/);
  });

  it('abstains on what the coverage does not say', () => {
    for (const question of ['What is the capital of France?', 'Who won the 2024 Super Bowl?', 'How much aid has Japan given Ukraine?']) {
      expect(run('ask', { question }).abstained, question).toBe(true);
    }
  });
});

describe('/sources on the bundled coverage', () => {
  it('lists the five articles with their publishers and dates', () => {
    const answer = run('sources', {});
    expect(answer.items).toHaveLength(5);
    expect(answer.items.map((item) => item.publisher)).toContain('TURAN');
    expect(answer.items.map((item) => item.published)).toContain('2024-11-13');
  });
});
