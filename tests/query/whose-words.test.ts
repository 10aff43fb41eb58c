// "What did X say" must show X's words and no one else's: a name beside someone else's speech
// verb, a name that is only the object of a preposition, a joint statement's other speaker and a
// reporter's question are not X speaking. Misattribution is the worst error a news bot can make.
import { describe, expect, it } from 'vitest';
import { terms } from '../../src/factbase/terms.js';
import { answerLine } from '../../src/pipeline.js';
import { speaks } from '../../src/query/speakers.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const named = (name: string): ReadonlySet<string> => new Set(terms(name));

describe('speaks', () => {
  it.each([
    ['During a meeting with Lindqvist in Oslo, Haraldsen warned that the talks would fail.', 'Lindqvist'],
    ['The mayor thanked Governor Ana Reyes for her visit, saying the bridge would open soon.', 'Reyes'],
    ['The mayor expressed his gratitude to Governor Ana Reyes, saying the bridge would open soon.', 'Reyes'],
    ['Later, the minister will meet Tomas Berg, according to the ministry schedule.', 'Berg'],
    ['Lindqvist arrived late, and she said the talks would fail.', 'Lindqvist'],
    ['"Governor Lindqvist and I stand with the port," said Mayor Ana Reyes.', 'Lindqvist'],
    ["December 8: Governor Lindqvist's call with Mayor Reyes", 'Lindqvist'],
  ])('GIVEN %j THEN %s is not the one speaking', (text, name) => {
    expect(speaks(text, named(name))).toBe(false);
  });

  it.each([
    ['During a meeting with Lindqvist in Oslo, Haraldsen warned that the talks would fail.', 'Haraldsen'],
    ['According to Berg, the bridge will open in May.', 'Berg'],
    ['Secretary of State Mara Olsen said the talks went well.', 'Olsen'],
    ['Olsen, at the ministry, stated that the talks went well.', 'Olsen'],
    ['Olsen criticized the decision to close the port.', 'Olsen'],
    ['"The port stays open," said Olsen on Tuesday.', 'Olsen'],
    ['Olsen said Tuesday that the port stays open.', 'Olsen'],
  ])('GIVEN %j THEN %s is speaking', (text, name) => {
    expect(speaks(text, named(name))).toBe(true);
  });
});

describe('GIVEN coverage where some people are only met, thanked or named beside others', () => {
  const { facts } = coverageForTests({
    'port.md': [
      '---\ntitle: Harbour talks in Bergen\npublisher: Fjord Courier\npublished: 2024-05-06\n---',
      'During a meeting with Lindqvist in Bergen, Haraldsen warned that the port fees would rise.',
      'Tomas Berg criticized the port fees, claiming that they had driven ships away from the harbour.',
      'He stressed that no ship could wait for weeks at the quay.',
    ].join('\n\n'),
    'remarks.md': [
      '---\ntitle: Remarks by Mayor Ana Reyes and Governor Olaf Lindqvist on the bridge\npublisher: City Hall\npublished: 2024-05-07\n---',
      'Governor Lindqvist, I am honoured to welcome you to the city hall today.',
    ].join('\n\n'),
    'briefing.md': [
      '---\ntitle: Press Briefing by Press Secretary Mara Olsen\npublisher: City Hall\npublished: 2024-05-08\n---',
      'MS. OLSEN: Thank you so much.',
      'Q On the bridge, there is a report that the governor approved the tolls.',
      'MS. OLSEN: The bridge will open in May, and the tolls are not decided.',
      // His labelled paragraphs on other things outrank the one whose second sentence answers.
      ...Array.from({ length: 12 }, (_, n) => `MR. HALVORSEN: Halvorsen here, on tolls ${n}.`),
      'MR. HALVORSEN: Thank you. On the ferries, the new timetable starts in June and runs all summer.',
    ].join('\n\n'),
    // Many sentences on ferries by no one in particular, which crowd the index's first candidates.
    ...Object.fromEntries(
      Array.from({ length: 8 }, (_, article) => [
        `ferries-${article}.md`,
        [`---\ntitle: Ferry notes ${article}\npublisher: Coast Post\npublished: 2024-04-0${article + 1}\n---`, ...Array.from({ length: 12 }, (_, n) => `Ferry route ${article * 12 + n} on the ferries list carried ${n + 2} ferries this week.`)].join('\n\n'),
      ]),
    ),
  });
  const answer = (question: string) => answerLine(question, facts());

  it.each(['what did lindqvist say', 'What did Lindqvist say about the port fees?'])('%j THEN none of the sentences is shown as his words', (question) => {
    const shown = answer(question);
    expect(shown.abstained).toBe(true);
    expect(shown.items.every((item) => item.closest === true)).toBe(true);
  });

  it('"what did berg say" THEN his words and the paragraph that goes on with "He stressed" answer', () => {
    const texts = answer('what did berg say').items.map((item) => item.text);
    expect(texts.slice(0, 2)).toEqual([
      'Tomas Berg criticized the port fees, claiming that they had driven ships away from the harbour.',
      'He stressed that no ship could wait for weeks at the quay.',
    ]);
  });

  it('"what did olsen say about the bridge" THEN her labelled answer leads and the reporter\'s question is not hers', () => {
    const shown = answer('what did olsen say about the bridge');
    expect(shown.items[0]?.text).toBe('MS. OLSEN: The bridge will open in May, and the tolls are not decided.');
    expect(shown.items.map((item) => item.text)).not.toContain('Q On the bridge, there is a report that the governor approved the tolls.');
  });

  it('"what did olsen say" THEN her courtesy line is not an answer', () => {
    expect(answer('what did olsen say').items.map((item) => item.text)).not.toContain('MS. OLSEN: Thank you so much.');
  });

  it('"what did halvorsen say about the ferries" THEN his words lead though the sentence under his label does not name him', () => {
    expect(answer('what did halvorsen say about the ferries').items[0]?.text).toBe('On the ferries, the new timetable starts in June and runs all summer.');
  });
});

describe('GIVEN a briefing transcript whose turns run over several paragraphs', () => {
  const { facts } = coverageForTests({
    'briefing.md': [
      '---\ntitle: Press Briefing by Press Secretary Mara Olsen\npublisher: City Hall\npublished: 2024-06-03\n---',
      'MS. OLSEN: Good afternoon. The harbour tolls will stay at four crowns this summer.',
      'Q Mara, a follow-up on the harbour tolls. You mentioned the ferry timetable at the top.',
      // The reporter's turn goes on in a paragraph of its own, without a label.
      'But there is no mention of the harbour tolls in that. Will the harbour tolls rise next year?',
      'MS. OLSEN: We have not decided anything on the tolls for next year.',
      'MR. HALVORSEN: On the cranes, let me add one thing.',
      // His turn goes on: these are his words, not the press secretary's whose briefing it is.
      'The old harbour cranes will be replaced next spring by electric ones.',
    ].join('\n\n'),
  });
  const answer = (question: string) => answerLine(question, facts());

  it('"what did olsen say about the harbour tolls" THEN her words answer and the reporter\'s unlabelled paragraph is not hers', () => {
    const texts = answer('what did olsen say about the harbour tolls').items.map((item) => item.text);
    expect(texts[0]).toContain('The harbour tolls will stay at four crowns this summer.');
    expect(texts.join(' ')).not.toContain('no mention of the harbour tolls');
  });

  it('"what did olsen say about the cranes" THEN the paragraph that goes on with another speaker\'s turn is not hers', () => {
    const shown = answer('what did olsen say about the cranes');
    expect(shown.items.filter((item) => item.closest !== true).map((item) => item.text).join(' ')).not.toContain('electric');
  });

  it('"who said the harbour cranes will be replaced" THEN the speaker of the turn is named, with his labelled paragraph cited', () => {
    const shown = answer('who said the harbour cranes will be replaced next spring');
    expect(shown.abstained).toBe(false);
    expect(JSON.stringify(shown)).toMatch(/halvorsen/iu);
    expect(JSON.stringify(shown)).not.toMatch(/Said by Mara Olsen/u);
  });
});

describe('GIVEN remarks whose transcript labels name only a title ("THE MAYOR:")', () => {
  const { facts } = coverageForTests({
    'remarks.md': [
      '---\ntitle: Remarks by Mayor Ana Reyes at the Harbour Festival\npublisher: City Hall\npublished: 2024-06-04\n---',
      'THE MAYOR: Welcome, everyone. The new ferry terminal opens in August.',
      'The tram line to the harbour will follow in the spring.',
      'Q Madam Mayor, will the festival return next year?',
      'THE MAYOR: The festival returns every June, as long as I am mayor.',
    ].join('\n\n'),
    'news.md': ['---\ntitle: Festival opens\npublisher: Coast Post\npublished: 2024-06-04\n---', 'Mayor Ana Reyes opened the harbour festival on the quay.'].join('\n\n'),
  });
  const answer = (question: string) => answerLine(question, facts());

  it.each([
    ['what did reyes say about the ferry terminal', 'The new ferry terminal opens in August.'],
    ['what did reyes say about the tram line', 'The tram line to the harbour will follow in the spring.'],
    ['what did reyes say about the festival', 'The festival returns every June'],
  ])('%j THEN the remarks\' title says whose the labelled and the following paragraphs are', (question, expected) => {
    const shown = answer(question);
    expect(shown.abstained, shown.message ?? '').toBe(false);
    expect(shown.items[0]?.text).toContain(expected);
  });
});

describe('GIVEN someone’s words retold in another speaker’s transcript turn, and reported in their own right', () => {
  const RETOLD = 'MR. BERG: As Olsen noted, the ferry budget doubles.';
  const OWN = 'Olsen said the budget for the island ferries would pay for two new boats and a new quay in the north harbour.';
  const { facts } = coverageForTests({
    'briefing.md': [
      '---\ntitle: Press Briefing by Harbour Director Tomas Berg\npublisher: City Hall\npublished: 2024-06-10\n---',
      'MR. BERG: Good afternoon, everyone.',
      RETOLD,
    ].join('\n\n'),
    'news.md': ['---\ntitle: Ferry budget\npublisher: Coast Post\npublished: 2024-06-11\n---', 'Budget Secretary Mara Olsen visited the harbour.', OWN].join('\n\n'),
  });

  it.each(['what did olsen say about the ferry budget', 'What did Mara Olsen say about the ferry budget?'])('%j THEN her own reported words lead, the retelling after', (question) => {
    const items = answerLine(question, facts()).items.map((item) => item.text);
    expect(items[0]).toBe(OWN);
  });
});
