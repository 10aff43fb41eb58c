// GIVEN invented coverage where a period or an event is dated loosely as well as precisely, and
// where many sentences from other days match better, questions about a period ("last week",
// "yesterday", "anything new this month") or around an event ("after the Lindvik summit") are
// answered from what is dated at their precision, at a fixed time of asking, in both casings.
import { describe, expect, it } from 'vitest';
import { agreedDate, type Anchor } from '../../src/commands/event-anchor.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const article = (published: string, title: string, body: string) => `---\ntitle: ${title}\npublisher: Quellmark Courier\npublished: ${published}\n---\n${body}\n`;

// Invented words, so that no two of the many older sentences are near-duplicates of each other.
const SYLLABLES = ['ka', 'lo', 've', 'dri', 'sun', 'mar', 'pel', 'tox', 'qui', 'ben'];
const inventedWord = (n: number, salt: number) => `${SYLLABLES[n % 10]}${SYLLABLES[(n * 7 + salt) % 10]}${SYLLABLES[(n * 3 + salt * 5 + 1) % 10]}${n}`;
const olderRemarks = Array.from({ length: 90 }, (_, n) => `The mayor said ${inventedWord(n, 1)} ${inventedWord(n, 2)} ${inventedWord(n, 3)}.`).join('\n\n');

const { facts } = coverageForTests({
  'ferry.md': article('2025-03-12', 'Ferry terminal', 'On March 10, 2025, Olsen opened the Quellmark ferry terminal.'),
  'fees.md': article('2025-03-03', 'Harbour fees', 'In March 2025, the Pellonia council raised the harbour fees.'),
  'roads.md': article('2025-01-08', 'Roads plan', 'The Zorvia roads plan runs from January 2021 through January 2026.\n\nIn 2025, Berg will lead the Zorvia trade office.'),
  'remarks.md': article('2024-02-01', 'Remarks', olderRemarks),
  'storm.md': article(
    '2025-03-16',
    'Storm season',
    'Speaking at the Pellonia harbour after a long week of repairs to the storm walls, the mayor of Quellmark said the ferry would sail again once the storm season ends.',
  ),
  'lindvik-preview.md': article('2024-06-02', 'Preparing the Lindvik summit', 'On June 2, 2024, Olsen met Berg to prepare for the Lindvik summit.'),
  'lindvik.md': article(
    '2024-07-13',
    'The Lindvik summit',
    'The Lindvik summit was held in Pellonia on July 11-12, 2024.\n\nOn July 11, 2024, leaders arrived in Pellonia for the Lindvik summit.\n\nOn July 12, 2024, Reyes signed the harbour pact at the Lindvik summit.\n\nIn July 2024, the Lindvik summit welcomed Zorvia as a partner.',
  ),
  'after.md': article('2024-07-30', 'Rail link', 'On June 20, 2024, Berg opened the Zorvia rail museum.\n\nOn July 20, 2024, Haraldsen opened the Zorvia rail link.'),
});

// Monday 2025-03-17: last week is 2025-03-10 – 2025-03-16.
const NOW = new Date('2025-03-17T09:00:00Z');
const ask = (question: string) => answerLine(question, facts(), undefined, NOW);
const texts = (question: string) => ask(question).items.map((item) => item.text);

describe('GIVEN events dated to the day, the month, a year and a range of years', () => {
  it.each(bothCasings('What happened last week?'))('"%s" lists only the day-dated event and says how many looser ones were left out', (question) => {
    const answer = ask(question);
    expect(texts(question)).toEqual(['On March 10, 2025, Olsen opened the Quellmark ferry terminal.']);
    expect(answer.message).toContain('3 events dated only to a longer period left out');
  });

  it.each(bothCasings('Anything new this month?'))('"%s" lists the month\'s events, the month-dated one too, not the year-dated ones', (question) => {
    const answer = ask(question);
    expect(answer.command).toBe('timeline');
    expect(texts(question)).toEqual(['In March 2025, the Pellonia council raised the harbour fees.', 'On March 10, 2025, Olsen opened the Quellmark ferry terminal.']);
  });
});

describe('GIVEN many better-matching sentences from other days', () => {
  it.each(bothCasings('What did the mayor say yesterday?'))('"%s" finds the one from that day', (question) => {
    expect(texts(question)[0]).toContain('the mayor of Quellmark said the ferry would sail again');
  });
});

describe('GIVEN an event dated incidentally by its best-matching sentence and agreed by the others', () => {
  it.each(bothCasings('What happened after the Lindvik summit?'))('"%s" starts after the days most sentences date it to', (question) => {
    const answer = ask(question);
    expect(answer.message).toContain('(2024-07-11 – 2024-07-12)');
    expect(texts(question)[0]).toBe('On July 20, 2024, Haraldsen opened the Zorvia rail link.');
    expect(texts(question).join(' ')).not.toContain('rail museum');
  });

  it('a range of years votes for no period: the year two dates agree on is chosen', () => {
    const dated = (start: string, precision: 'day' | 'month' | 'year', first: string, last: string, end?: string): Anchor => ({
      date: { start, precision, text: start, ...(end === undefined ? {} : { end }) },
      first,
      last,
      sentenceId: 0,
    });
    const years = dated('2014-01-01', 'year', '2014-01-01', '2026-12-31', '2026-01-01');
    const june = dated('2024-06-02', 'day', '2024-06-02', '2024-06-02');
    const year = dated('2023-01-01', 'year', '2023-01-01', '2023-12-31');
    const july = dated('2023-07-01', 'month', '2023-07-01', '2023-07-31');
    expect(agreedDate([years, june, year, july])).toBe(year);
  });
});
