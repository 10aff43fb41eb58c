// A news sentence that states no date but reports something past is dated by its report: a
// topic timeline with few dated events shows it "reported <day>", and "when did …" answers with
// it rather than declining; a sentence whose only date is another event's is placed at its report.
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/commands/timeline.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { runDirect } from './fixture.js';

const MET = 'During a meeting with Haraldsen in Vardo, Lindqvist warned that any Zorvian troops on the border would meet a firm answer.';
const ASIDE = 'Haraldsen is in Vardo this week, ahead of the Pellonian handover of power in January.';
const { facts } = coverageForTests({
  'report.md': [
    '---\ntitle: Border talks\npublisher: Valley Weekly\npublished: 2024-11-13\n---',
    MET,
    'Haraldsen will travel to Zorvia for the fisheries talks.',
    'Haraldsen is a former fisheries minister.',
    'Haraldsen is closely reviewing what happened at the fisheries office.',
    'Q Did Haraldsen sign the fisheries pact?',
    'The fisheries fund, managed by Haraldsen, pays for new boats.',
    'Haraldsen runs a state-funded fisheries school.',
    ASIDE,
  ].join('\n\n'),
  'undated.md': ['---\ntitle: Quellmark notes\npublisher: Valley Weekly\n---', 'During a meeting with Quellmark, Olsen praised the harbour works.'].join('\n\n'),
});

describe('GIVEN a topic no sentence dates', () => {
  it.each(['haraldsen', 'Haraldsen'])('/timeline topic:%s THEN the past report is shown at its report, and said so; the present, a question and participles are no report', (topic) => {
    const answer = runDirect(timeline, { topic }, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items.map((item) => [item.text, item.date])).toEqual([
      [MET, 'reported 2024-11-13'],
      [ASIDE, 'reported 2024-11-13'],
    ]);
    expect(answer.message).toBe('2 events, oldest first; 2 dated only by the report that tells of them.');
  });

  it('/timeline topic:quellmark (an undated article) THEN there is still nothing to date it by', () => {
    expect(runDirect(timeline, { topic: 'quellmark' }, facts()).abstained).toBe(true);
  });
});

describe('GIVEN a "when" question about what a sentence reports without a date', () => {
  it.each(bothCasings('When did Lindqvist meet Haraldsen?'))('%j THEN it answers with that sentence, dated by its report', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]).toMatchObject({ text: MET, date: 'reported 2024-11-13' });
    expect(answer.message).toBe('The coverage does not say when: it is dated by the report that tells of it.');
  });

  it.each(bothCasings('When is the Pellonian handover of power?'))('%j THEN the sentence naming it in passing answers, with the date it states for it', (question) => {
    expect(answerLine(question, facts()).items[0]).toMatchObject({ text: ASIDE, date: '2025-01' });
  });

  it.each(bothCasings('What is Haraldsen doing in Vardo?'))('%j (no "when") THEN that date is not shown as the sentence’s', (question) => {
    const line = answerLine(question, facts()).items.find((item) => item.text === ASIDE);
    expect(line).toBeDefined();
    expect(line?.date).toBeUndefined();
  });

  it.each(bothCasings('When will Haraldsen travel to Zorvia?'))('%j (a plan, not a report of the past) THEN it declines', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it.each(bothCasings('When did Olsen meet Quellmark?'))('%j (an undated article) THEN it declines', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});
