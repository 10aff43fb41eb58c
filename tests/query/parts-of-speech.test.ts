// What each word of a lower-case question is, read by the tagger and WordNet, never by capitals.
import { describe, expect, it } from 'vitest';
import { questionWords } from '../../src/query/parts-of-speech.js';

const wordOf = (question: string, word: string) => questionWords(question).find((each) => each.word === word)!;

describe('questionWords', () => {
  it.each(['how is the west planning to get ukraine ready', 'are the allies planning more aid', 'is the council sending the ferries'])(
    'GIVEN the progressive "%s" THEN its -ing word is the verb, and the subject narrows nothing',
    (question) => {
      const verb = questionWords(question).find((each) => each.word.endsWith('ing'))!;
      expect(verb.action).toBe(true);
      expect(verb.thing).toBe(false);
      expect(questionWords(question).some((each) => each.narrows === verb.word)).toBe(false);
    },
  );

  it('GIVEN an -ing noun with no object after it THEN it stays a noun ("is the nato meeting in july")', () => {
    expect(wordOf('is the nato meeting in july', 'meeting').thing).toBe(true);
  });

  it.each([
    ['what stays open till haraldsen leaves', 'leaves'],
    ['which law is the one that outlaws drones on the pier', 'outlaws'],
    ['what happens when pellonia joins', 'joins'],
  ])('GIVEN %j THEN %j after its subject is a verb, not a noun the coverage must name', (question, word) => {
    expect(wordOf(question, word)).toMatchObject({ action: true, thing: false });
  });

  it.each([
    ['what came of the haraldsen berg talks', 'talks'],
    ['what did the haraldsen talks achieve', 'talks'],
    ["what was the main subject of haraldsen's talks with berg", 'talks'],
  ])('GIVEN %j THEN %j in a noun phrase stays a noun', (question, word) => {
    expect(wordOf(question, word).thing).toBe(true);
  });
});
