// "Who is the <role>" and "who runs <organisation>" are answered first by the sentences from which
// the build gave someone that role, whatever field the role is named by and however the question
// is typed.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { roleSentences } from '../../src/query/roles.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: Harbour board meets on flood defences
publisher: Coast Courier
published: 2025-04-02
---
The harbour board met on Tuesday to discuss the flood defences and the coordinator's report.

Many residents asked who coordinates the flood work, and the board promised answers soon.

Flood Resilience Coordinator Tomas Varga presented the plan to the board.

The coordinator of the harbour festival, Ines Moro, thanked the volunteers.

PHA Director Lena Brook said the port would stay open.

The PHA runs the harbour and its ferries.
`;

const { facts, first } = coverageForTests({ 'board.md': ARTICLE });

describe('GIVEN roles named by a field before their head noun', () => {
  it.each(['who is the flood resilience coordinator', 'Who is the Flood Resilience Coordinator?'])('%j THEN the sentence giving someone that role leads', (question) => {
    expect(first(question)).toBe('Flood Resilience Coordinator Tomas Varga presented the plan to the board.');
  });

  it.each(['who runs the pha', 'who heads pha', 'Who leads the PHA?'])('%j THEN the sentence naming its director is the role holder', (question) => {
    const held = roleSentences(understandQuestion(question), facts(), 10).map((id) => facts().sentence(id).text);
    expect(held).toEqual(['PHA Director Lena Brook said the port would stay open.']);
  });
});

const MINISTERS = `---
title: Ministers meet in Valmora
publisher: Coast Courier
published: 2025-05-02
---
Norwegian Foreign Minister Ana Petrik arrived in Valmora on Monday.

Norway's foreign minister said the talks would last two days.

The Danish Defence Minister, Ivo Sand, did not attend.

Ministers from both countries discussed the border.
`;

const { facts: ministers, first: firstMinister } = coverageForTests({ 'ministers.md': MINISTERS });

describe('GIVEN a foreign minister of one country and a defence minister of another', () => {
  it.each(["who is norway's defence minister", "Who is Norway's defence minister?", 'who is the norwegian defence minister'])(
    '%j THEN it declines: the foreign minister holds another role, the defence minister serves another country',
    (question) => {
      const answer = answerLine(question, ministers());
      expect(answer.abstained, answer.items[0]?.text).toBe(true);
      expect(answer.message).toMatch(/no sentence names (the )?(norway's|norwegian) defence minister/iu);
    },
  );

  it.each(["who is norway's foreign minister", 'who is the norwegian foreign minister'])('%j THEN the sentence naming her leads', (question) => {
    expect(firstMinister(question)).toBe('Norwegian Foreign Minister Ana Petrik arrived in Valmora on Monday.');
  });
});

describe('GIVEN a role held by one person in an older report and by another in a newer one', () => {
  const { facts: successive, first: firstHolder } = coverageForTests({
    'talks.md': [
      '---\ntitle: Border talks resume\npublisher: Coast Courier\npublished: 2023-03-10\n---',
      "Zorvia's Foreign Minister Karl Haraldsen opened the border talks in Varnholm on Friday.",
      'The talks covered fishing rights and the ferry line.',
    ].join('\n\n'),
    'visit.md': [
      '---\ntitle: New minister visits the coast\npublisher: Fjord Courier\npublished: 2024-09-18\n---',
      "The ferry line was the main topic when Zorvia's Foreign Minister Mia Quellmark toured the coast on Wednesday.",
      'She met fishermen in two harbours.',
    ].join('\n\n'),
  });

  it.each(['who is the zorvian foreign minister', 'who is the current foreign minister of zorvia', "who is zorvia's foreign minister now"])(
    '%j THEN the newest holder leads',
    (question) => {
      expect(firstHolder(question)).toContain('Mia Quellmark');
      expect(answerLine(question, successive()).items.map((item) => item.text).join(' ')).toContain('Karl Haraldsen');
    },
  );

  it('"who was the zorvian foreign minister in 2023" THEN the holder of that year answers', () => {
    expect(firstHolder('who was the zorvian foreign minister in 2023')).toContain('Karl Haraldsen');
  });
});

describe('GIVEN a role the coverage reports one holder in often and another, newer, only once', () => {
  const often = Array.from({ length: 11 }, (_, i) => `Berg inspected harbour number ${i + 1} on the island and praised its crew.`);
  const { first: firstCommissioner } = coverageForTests({
    'harbours.md': ['---\ntitle: Harbour inspections\npublisher: Coast Courier\npublished: 2023-05-02\n---', 'Harbour Commissioner Tomas Berg began his inspections in May.', ...often].join('\n\n'),
    'abroad.md': [
      '---\ntitle: Visitors from the south\npublisher: Fjord Courier\npublished: 2024-08-20\n---',
      'The guests included Harbour Commissioner Ivo Olsen of the southern port, who toured the docks on Monday.',
    ].join('\n\n'),
  });

  it.each(['who is the harbour commissioner', 'who is the current harbour commissioner'])('%j THEN the well-reported holder leads, not the one named once', (question) => {
    expect(firstCommissioner(question)).toBe('Harbour Commissioner Tomas Berg began his inspections in May.');
  });
});
