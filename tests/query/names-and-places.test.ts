// Evidence the coverage itself gives about a question's words, whatever their case in the
// question: a word the coverage writes as a name weighs more than a common word beside it, a
// country matches the adjective made from it, and a "how many" question about something the
// coverage never names declines, and "what sport" is answered by the sentence naming a sport.
import { describe, expect, it } from 'vitest';
import { placeAdjectiveGroups } from '../../src/lexicon/place-adjectives.js';
import { kindsOf } from '../../src/lexicon/word-kinds.js';
import { writtenAsName } from '../../src/query/written-as-name.js';
import { terms } from '../../src/factbase/terms.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: River towns and their festivals
publisher: Valley Weekly
published: 2025-06-02
---
Every mother in the valley brings bread to the spring fair, and a mother of three won the baking prize.

The mother of the river god Talvo was Mira, the old songs say.

Talvo is honoured each spring with boats of flowers.

The Spanish ambassador opened the fair in 1998, and relations have been warm since.

Forty boats sailed in the parade.

The Vipers are the valley's pride, and their sport draws crowds every week.

The Vipers play basketball in the old mill.

Songs about the Orla are sung at the fair.

The Orla, a cold mountain river, floods the valley most springs.
`;

const { facts, first } = coverageForTests({ 'valley.md': ARTICLE });

describe('GIVEN words the coverage writes as names', () => {
  it('THEN a capitalised word is a name and a common one is not, judged from the coverage only', () => {
    expect(writtenAsName(terms('talvo')[0]!, facts())).toBe(true);
    expect(writtenAsName(terms('mother')[0]!, facts())).toBe(false);
    // The first word of a sentence says nothing: "Forty" is not a name.
    expect(writtenAsName(terms('forty')[0]!, facts())).toBe(false);
  });

  it.each(["who was talvo's mother", "Who was Talvo's mother?"])('%j THEN the sentence naming Talvo leads over the ones repeating "mother"', (question) => {
    expect(first(question)).toBe('The mother of the river god Talvo was Mira, the old songs say.');
  });
});

describe('GIVEN a country asked about and its adjective in the coverage', () => {
  it('THEN WordNet pairs places with their adjectives, irregular ones included', () => {
    const groups = placeAdjectiveGroups();
    expect(groups).toContainEqual(['spain', 'spanish']);
    expect(groups.find((group) => group[0] === 'netherlands')).toContain('dutch');
  });

  it.each(['when did spain open the fair', 'When did Spain open the fair?'])('%j THEN the sentence about the Spanish ambassador answers', (question) => {
    expect(first(question)).toContain('The Spanish ambassador opened the fair in 1998');
  });
});

describe('GIVEN "how many" of something the coverage never names', () => {
  it.each(['how many tanks sailed in the parade', 'How many tanks sailed in the parade?'])('%j THEN it declines, naming it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/tanks/u);
  });

  it('THEN the same question about what the coverage counts is answered', () => {
    expect(first('how many boats sailed in the parade')).toBe('Forty boats sailed in the parade.');
  });
});

describe('GIVEN "what <kind of thing>" and a sentence naming one such thing', () => {
  it('THEN WordNet gives the kinds of a concrete thing, and none of an abstract one', () => {
    expect(kindsOf('sport').has('basketball')).toBe(true);
    expect(kindsOf('animal').has('rodent')).toBe(true);
    // "condition" (a state) has ordinary words for kinds ("participation"): not followed.
    expect(kindsOf('condition').has('participation')).toBe(false);
  });

  it.each(['what sport do the vipers play', 'What sport do the Vipers play?', 'which indoor sport do the vipers play'])('%j THEN the sentence naming the sport leads', (question) => {
    expect(first(question)).toBe('The Vipers play basketball in the old mill.');
  });
});

describe('GIVEN "what is X" and a sentence that says what X is', () => {
  it.each(['what is the orla', 'What is the Orla?'])('%j THEN "the Orla, a cold mountain river" leads', (question) => {
    expect(first(question)).toBe('The Orla, a cold mountain river, floods the valley most springs.');
  });
});
