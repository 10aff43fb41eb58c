// "What did X say" on the words around a speaker: a "he" inside someone's remarks is not the one
// who speaks, an organisation speaks through the people whose role is its own, and a remark that
// leans on "it" for its topic answers with the sentence "it" stands for.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { bothCasings } from '../helpers/casings.js';
import { coverageForTests } from '../helpers/built-coverage.js';

describe('GIVEN remarks where the speaker goes on about someone as "he"', () => {
  const CLAIM = 'He claims the ferry quay was built for fishing boats alone.';
  const { facts } = coverageForTests({
    'remarks.md': [
      '---\ntitle: Remarks by Mayor Ana Reyes at the Harbour Festival\npublisher: City Hall\npublished: 2024-06-04\n---',
      'THE MAYOR: Thank you all for coming to the harbour today.',
      'Governor Tomas Haraldsen wants the old ferry quay closed.',
      CLAIM,
      'But the ferry quay has carried passengers for a hundred years.',
    ].join('\n\n'),
    'news.md': ['---\ntitle: Festival opens\npublisher: Coast Post\npublished: 2024-06-04\n---', 'Mayor Ana Reyes opened the harbour festival on the quay.'].join('\n\n'),
  });

  it.each(bothCasings('What did Reyes say about the ferry quay?'))('%j THEN her line on him is hers, never labelled as his words', (question) => {
    const items = answerLine(question, facts()).items;
    const claim = items.find((item) => item.text === CLAIM);
    expect(claim, JSON.stringify(items)).toBeDefined();
    expect(claim?.speaker).not.toBe('Tomas Haraldsen');
  });
});

describe('GIVEN an organisation whose spokespeople report and say things', () => {
  const REPORTED = 'Earlier, Defence Ministry spokesperson Lena Quellmark reported that the army has delivered 83% of the promised cranes to the north quay.';
  const SAID = 'Defence Ministry spokesman Erik Olsen said the south quay would reopen in May.';
  const { facts } = coverageForTests({
    'port.md': [
      '---\ntitle: Port works run late\npublisher: Coast Post\npublished: 2024-05-02\n---',
      'The port of Vellby has been rebuilding its quays since last year.',
      REPORTED,
      SAID,
      'Shipping firms complained about the delays at the quays all spring.',
    ].join('\n\n'),
    'council.md': ['---\ntitle: Council meets\npublisher: Coast Post\npublished: 2024-05-03\n---', 'The town council met on Thursday to discuss the cranes and the budget.'].join('\n\n'),
  });

  it.each(bothCasings('What did Quellmark say about the cranes?'))('%j THEN what she reported answers', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.abstained, shown.message ?? '').toBe(false);
    expect(shown.items[0]?.text).toBe(REPORTED);
  });

  it.each(bothCasings('What did the Defence Ministry say?'))('%j THEN its spokespeople\'s words answer', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.abstained, shown.message ?? '').toBe(false);
    expect(shown.items.map((item) => item.text)).toEqual(expect.arrayContaining([REPORTED, SAID]));
  });
});

describe('GIVEN another country\'s defence ministry speaking, and the Pentagon', () => {
  const ABROAD = 'Pellonian Defence Ministry spokesman Erik Olsen said the naval drills would end in May.';
  const PENTAGON = 'The Pentagon said it would send two engineers to Zorvia.';
  const { facts } = coverageForTests({
    'drills.md': ['---\ntitle: Drills end\npublisher: Coast Post\npublished: 2024-05-02\n---', ABROAD, 'The drills closed the Vellby strait to fishing boats.'].join('\n\n'),
    'engineers.md': ['---\ntitle: Engineers for Zorvia\npublisher: Coast Post\npublished: 2024-05-03\n---', PENTAGON].join('\n\n'),
  });

  it.each(bothCasings('What did the Pentagon say?'))('%j THEN the Pentagon answers, not another country\'s ministry', (question) => {
    const texts = answerLine(question, facts()).items.map((item) => item.text);
    expect(texts[0]).toBe(PENTAGON);
    expect(texts).not.toContain(ABROAD);
  });

  it.each(['when will the pentagon drills end', 'pentagon drills'])('%j THEN another country\'s ministry\'s drills are not the Pentagon\'s: it declines', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.abstained).toBe(true);
  });

  it('"pentagon spokesman" THEN another country\'s ministry spokesman does not answer for the Pentagon: no Pentagon spokesman is reported, so it declines', () => {
    const shown = answerLine('pentagon spokesman', facts());
    expect(shown.abstained).toBe(true);
    expect(shown.message).toMatch(/^The coverage doesn't say: no sentence about pentagon answers it\./u);
  });
});

describe('GIVEN a remark whose "it" stands for what the sentence before names', () => {
  const STALLS = 'Worries about the harbour have grown as the Pellonian parliament stalls in passing the harbour levy.';
  const CONFIDENT = 'Lindqvist said she is confident it will be approved.';
  const { facts } = coverageForTests({
    'levy.md': [
      '---\ntitle: Harbour levy in doubt\npublisher: Coast Post\npublished: 2024-03-02\n---',
      'Harbour Commissioner Ingrid Lindqvist visited the north quay on Friday.',
      `${STALLS} ${CONFIDENT}`,
      'The levy would pay for two new cranes.',
    ].join('\n\n'),
    'bridge.md': [
      '---\ntitle: Bridge vote\npublisher: Coast Post\npublished: 2024-03-05\n---',
      'Governor Tomas Haraldsen opened the new bridge over the fjord.',
      'The Zorvian parliament approved the bridge budget last year.',
      // A paragraph of its own whose "they" leans on the paragraph before.
      'Haraldsen said they acted quickly.',
    ].join('\n\n'),
  });

  it.each([...bothCasings('What did Lindqvist say about the parliament?'), 'what did lindqvist say abt parliament'])(
    '%j THEN her remark answers, with the sentence its "it" leans on cited beside it',
    (question) => {
      const shown = answerLine(question, facts());
      expect(shown.abstained, shown.message ?? '').toBe(false);
      const line = shown.items[0];
      expect(line?.text).toBe(CONFIDENT);
      const cited = (line?.citations ?? []).map((n) => shown.citations.find((citation) => citation.n === n)?.sentence);
      expect(cited).toEqual([CONFIDENT, STALLS]);
    },
  );

  it.each(bothCasings('What did Haraldsen say about the parliament?'))('%j THEN a remark opening its own paragraph leans on the paragraph before', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.abstained, shown.message ?? '').toBe(false);
    expect(shown.items[0]?.text).toBe('Haraldsen said they acted quickly.');
  });
});

describe('GIVEN a transcript label whose organisation carries a known surname ("SENIOR CASTLE OFFICE OFFICIAL")', () => {
  // The turn goes on in a paragraph of its own, whose line is shown with the label's speaker.
  const OFFICIAL = 'The harbour tolls will rise in May, and the ferries will pay the most.';
  const { facts } = coverageForTests({
    'call.md': [
      '---\ntitle: Background Press Call on the Harbour Tolls\npublisher: Castle Office\npublished: 2024-04-02\n---',
      'MODERATOR: Thank you all for joining this call on the harbour tolls.',
      'SENIOR CASTLE OFFICE OFFICIAL: Thanks, everyone.',
      OFFICIAL,
    ].join('\n\n'),
    'people.md': [
      '---\ntitle: Council news\npublisher: Coast Post\npublished: 2024-04-03\n---',
      'Councillor Mara Castle opened the new library on Tuesday.',
      'Castle said the library would stay open late on Fridays.',
    ].join('\n\n'),
  });

  it.each(bothCasings('What did Castle say about the harbour tolls?'))('%j THEN the official\'s words are not hers', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.items.filter((item) => item.closest !== true).map((item) => item.text)).not.toContain(OFFICIAL);
  });

  it.each(bothCasings('Who said the harbour tolls will rise?'))('%j THEN the official is named as the label has it, not as her', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.items[0]?.text).toBe(OFFICIAL);
    expect(shown.message).toBe('Said by SENIOR CASTLE OFFICE OFFICIAL.');
  });
});

describe('GIVEN an organisation whose name holds the surname of someone else ("White House", Governor Ada White)', () => {
  const SPOKESPERSON = 'White House spokesperson Lena Quellmark said the harbour tariffs would stay until the autumn.';
  const { facts } = coverageForTests({
    'tariffs.md': [
      '---\ntitle: Tariffs stay\npublisher: Coast Post\npublished: 2024-07-01\n---',
      'The harbour tariffs were the talk of the port this week.',
      SPOKESPERSON,
    ].join('\n\n'),
    'library.md': [
      '---\ntitle: Library opens\npublisher: Coast Post\npublished: 2024-07-02\n---',
      'Governor Ada White opened the new library on the harbour front.',
      'White said the harbour tariffs had kept the library waiting for books.',
    ].join('\n\n'),
  });

  it.each(bothCasings('What did the White House say about the harbour tariffs?'))('%j THEN its spokesperson answers, and the governor does not', (question) => {
    const shown = answerLine(question, facts());
    expect(shown.abstained, shown.message ?? '').toBe(false);
    expect(shown.items.map((item) => item.text)).toEqual([SPOKESPERSON]);
  });
});
