// Answers to questions typed as people chat, on a small made-up coverage: the sentence stating
// the expected answer leads, abstention names what the coverage lacks, and none of it depends on
// capitals or a question mark.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { builtCoverage } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const ARTICLE = `---
title: Harbour city opens new bridge
publisher: Coastal Gazette
published: 2025-03-05
---
The Tern Bridge was designed by engineer Maria Lindqvist, the city's chief architect.

Construction of the bridge began in 2019 and cost $310 million, city officials said.

The bridge opened to traffic on March 4, 2025, after a ceremony led by Mayor Jonas Berg.

Lindqvist said the bridge would carry 40,000 vehicles a day.

The city also plans a tram line, which the council discussed at length.

Berg said the tram line would open "within three years".
`;

const STATEMENT = `---
title: Statement by Mayor Jonas Berg on tram fares
publisher: City Hall
published: 2025-03-06
---
Fares on the new tram line will be free for pupils in the first year.

MS. HALVORSEN: Thank you all for coming.

MR. BERG: The ferry timetable will change in April.
`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({ 'bridge.md': ARTICLE, 'statement.md': STATEMENT });
}, 30_000);


describe('answers to typed questions', () => {
  it.each([
    ['When did the Tern Bridge open?', 'opened to traffic on March 4, 2025'],
    ['How much did the bridge cost?', 'cost $310 million'],
    ['Who designed the bridge?', 'designed by engineer Maria Lindqvist'],
    ['How many vehicles will the bridge carry?', '40,000 vehicles a day'],
    ['How long until the tram line opens?', 'within three years'],
    ['Who is the city\'s chief architect?', 'designed by engineer Maria Lindqvist'],
    ['who is the mayor', 'led by Mayor Jonas Berg'],
  ])('GIVEN "%s" in any casing THEN the sentence stating the answer leads', (question, expected) => {
    for (const typed of bothCasings(question)) {
      const answer = answerLine(typed, facts);
      expect(answer.abstained, typed).toBe(false);
      expect(answer.items[0]?.text, typed).toContain(expected);
      expect(answer.items[0]?.citations.length, typed).toBeGreaterThan(0);
    }
  });

  it.each([
    ['What is the capital of France?', 'France'],
    ['Did the city order Patriot missiles?', 'Patriot'],
    ['How much did the Eurovision contest cost?', 'Eurovision'],
  ])('GIVEN "%s" in any casing THEN it abstains naming what the coverage never mentions', (question, lacking) => {
    for (const typed of bothCasings(question)) {
      const answer = answerLine(typed, facts);
      expect(answer.abstained, typed).toBe(true);
      expect(answer.message?.toLowerCase(), typed).toMatch(new RegExp(`never mentions .*${lacking.toLowerCase()}`, 'u'));
      expect(answer.items.every((item) => item.closest === true), typed).toBe(true);
    }
  });

  it('GIVEN a question whose words the coverage has but no sentence answers THEN it abstains', () => {
    for (const typed of bothCasings('What did the council decide about the harbour tram fares?')) {
      expect(answerLine(typed, facts).abstained, typed).toBe(true);
    }
  });

  it('GIVEN a typo in a word the coverage uses THEN it is still found', () => {
    const answer = answerLine('when did the brigde open', facts);
    expect(answer.items[0]?.text).toContain('March 4, 2025');
  });

  it.each([
    // Chat shorthand is read as the words it stands for, not as an unknown name.
    ['wat did lindqvist say abt the vehicles', '40,000 vehicles'],
    ['how many yrs until the tram line opens', 'within three years'],
    // A speaker's name with a typo is the name a letter away.
    ['what did lindqvst say abt the vehicles', 'Lindqvist said the bridge'],
    ['what did berrg say about the tram line', 'Berg said the tram line'],
  ])('GIVEN "%s" as typed in chat THEN the sentence it asks for answers', (question, expected) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toContain(expected);
  });

  it('GIVEN "what did X say" for a known person with nothing quoted on the topic THEN /ask answers instead of a bare refusal', () => {
    const answer = answerLine('what did lindqvist say about the vehicles', facts);
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('40,000 vehicles');
  });

  it.each([
    ['what did berg say about tram fares', 'free for pupils'],
    ['what did berg say about the ferry timetable', 'ferry timetable will change'],
  ])('GIVEN "%s" THEN the words of their own statement or of their transcript label count as theirs', (question, expected) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain(expected);
  });

  it.each([...bothCasings('What did Lindqvist say about the tram line?'), ...bothCasings('What did Berg say about the bridge cost?')])(
    'GIVEN %j, a topic the person\'s sentences never touch THEN none of their other words answer it',
    (question) => {
      const answer = answerLine(question, facts);
      expect(answer.abstained, answer.items[0]?.text).toBe(true);
    },
  );

  it('GIVEN a person the coverage does not know asked about THEN nobody else is answered for them', () => {
    const answer = answerLine('who is olga petrova', facts);
    expect(answer.abstained).toBe(true);
    expect(answer.items.every((item) => !item.text.includes('Lindqvist') || item.closest === true)).toBe(true);
  });
});
