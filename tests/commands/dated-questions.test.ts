// GIVEN invented coverage from several days, questions that name a period relative to their
// asking ("yesterday", "last month"), a calendar month, or an event ("after the summit") are
// answered from that period, at a fixed time of asking, in both casings.
import { describe, expect, it } from 'vitest';
import { answerLine, Pipeline } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const article = (published: string, title: string, body: string) => `---\ntitle: ${title}\npublisher: Quellmark Courier\npublished: ${published}\n---\n${body}\n`;

const { facts } = coverageForTests({
  'bridge.md': article(
    '2024-11-20',
    'Zorvia bridge opens',
    'Yesterday, Minister Lindqvist opened the Zorvia bridge over the Pellonia river.\n\n"The bridge is open to every family in Zorvia," Lindqvist said at the ceremony.',
  ),
  'summit.md': article(
    '2024-09-20',
    'After the Zorvia summit',
    'The Zorvia summit was held on September 3, 2024 in Pellonia.\n\nOn August 1, 2024, Berg announced the agenda of the meeting in Pellonia.\n\nOn September 10, 2024, Haraldsen signed the ferry treaty with Pellonia.\n\nCrowds in Pellonia watched the harvest parade with lanterns.',
  ),
  'budget.md': article(
    '2025-04-15',
    'Council budget',
    '"We will finish the second bridge before winter," Lindqvist said on Tuesday.',
  ),
  'council.md': article('2025-05-12', 'Council vote', 'Yesterday, the Quellmark council approved the harbour budget after a long debate.'),
});

// Monday 2025-05-12, the day of the latest article.
const NOW = new Date('2025-05-12T09:00:00Z');
const ask = (question: string, now = NOW) => answerLine(question, facts(), undefined, now);
const texts = (question: string, now = NOW) => ask(question, now).items.map((item) => item.text);

describe('GIVEN a question naming a period relative to its asking', () => {
  it.each(bothCasings('What happened yesterday?'))('"%s" lists the events of that day, not sentences saying "yesterday"', (question) => {
    const answer = ask(question);
    expect(answer.query).toContain('from:2025-05-11');
    expect(texts(question)).toEqual(['Yesterday, the Quellmark council approved the harbour budget after a long debate.']);
  });

  it.each(bothCasings('What happened last week?'))('"%s" asked long after the coverage says it has nothing then, with its latest article', (question) => {
    const answer = ask(question, new Date('2026-12-02T12:00:00Z'));
    expect(answer.abstained).toBe(true);
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('its latest article is from 2025-05-12');
  });

  it.each(bothCasings('Which bridge did Lindqvist open last month?'))(
    '"%s" asked after the coverage ends says it has nothing then, and answers the question read without the period, which may be the article\'s own words',
    (question) => {
      const answer = ask(question, new Date('2026-12-02T12:00:00Z'));
      expect(answer.abstained).toBe(false);
      expect(answer.message).toBe('The coverage has nothing from 2026-11: its latest article is from 2025-05-12. Read without “last month”, it says:');
      expect(answer.items[0]?.text).toBe('Yesterday, Minister Lindqvist opened the Zorvia bridge over the Pellonia river.');
    },
  );

  it.each(bothCasings('Which river did Haraldsen swim across last month?'))('"%s" read without the period still declines when nothing answers it', (question) => {
    const answer = ask(question, new Date('2026-12-02T12:00:00Z'));
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('The coverage has nothing from 2026-11');
  });

  it.each(bothCasings('What did Lindqvist say last month?'))('"%s" quotes only what was said in that month', (question) => {
    expect(texts(question)).toEqual(['“We will finish the second bridge before winter,”']);
  });

  it.each(bothCasings('What did Lindqvist say recently?'))('"%s" asked years later says it has nothing then, and gives his words read without the period', (question) => {
    const answer = ask(question, new Date('2027-03-01T00:00:00Z'));
    expect(answer.abstained).toBe(false);
    expect(answer.message).toBe('The coverage has nothing from 2027-01-31 – 2027-03-01: its latest article is from 2025-05-12. Read without “recently”, it says:');
    expect(answer.items.map((item) => item.text)).toContain('"We will finish the second bridge before winter," Lindqvist said on Tuesday.');
  });

  it('a typed /ask is bounded the same way', () => {
    const outcome = new Pipeline({ facts: facts() }).handle({ command: 'ask', options: { question: 'what happened yesterday' } }, undefined, undefined, new Date('2026-12-02T00:00:00Z'));
    expect('answer' in outcome && outcome.answer.message).toBe('The coverage has nothing from 2026-12-01: its latest article is from 2025-05-12.');
  });
});

describe('GIVEN a quote question with a calendar period', () => {
  it.each(bothCasings('What did Lindqvist say about the bridge in November 2024?'))('"%s" keeps the period', (question) => {
    const answer = ask(question);
    expect(answer.query).toContain('from:2024-11');
    expect(texts(question)).toEqual(['“The bridge is open to every family in Zorvia,”']);
  });

  it.each(bothCasings('What did Lindqvist say in March 2024?'))('"%s" says it has no quote then rather than dropping the date', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('no quote by');
    expect(answer.message).toContain('from 2024-03');
  });
});

describe('GIVEN a question about the time before or after a dated event', () => {
  it.each(bothCasings('What happened after the Zorvia summit?'))('"%s" lists what followed it, nearest first, with the date used', (question) => {
    const answer = ask(question);
    expect(answer.message?.toLowerCase()).toContain('after the zorvia summit (2024-09-03), nearest first');
    expect(texts(question)[0]).toContain('Haraldsen signed the ferry treaty');
    expect(texts(question).join(' ')).not.toContain('summit was held');
  });

  it.each(bothCasings('What happened before the Zorvia summit?'))('"%s" lists what preceded it, nearest first', (question) => {
    expect(texts(question)).toEqual(['On August 1, 2024, Berg announced the agenda of the meeting in Pellonia.']);
  });

  it.each(bothCasings('What happened before the harvest parade?'))('"%s" says the coverage does not date the event', (question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('does not date “the harvest parade”');
    expect(answer.items).toEqual([]);
  });
});

// A meeting the coverage tells of without a date of its own, beside a sentence on part of it
// ("Haraldsen met with his counterparts …") that dates something else.
const { facts: meetingFacts } = coverageForTests({
  'talks.md': article('2025-03-18', 'Haraldsen warns on the levy', 'During a meeting with Berg in Lindvik, Haraldsen warned that the ferry levy would rise.\n\nHaraldsen met with his counterparts to plan the fair, due the following year.'),
  'later.md': article('2025-04-02', 'Levy passed', 'On March 30, 2025, the Quellmark council passed the ferry levy.'),
  'earlier.md': article('2025-01-10', 'Hall opens', 'On January 8, 2025, Berg opened the harbour hall in Lindvik.'),
});

describe('GIVEN an event the coverage tells of only in an undated sentence', () => {
  it.each(bothCasings('What happened after Haraldsen met Berg?'))('"%s" says the coverage does not date it, rather than take the date of a sentence on part of it', (question) => {
    const answer = answerLine(question, meetingFacts(), undefined, NOW);
    expect(answer.abstained).toBe(true);
    expect(answer.message?.toLowerCase()).toContain('does not date “haraldsen met berg”');
  });
});
