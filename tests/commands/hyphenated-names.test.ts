// A name is the same name whether its parts are joined by a hyphen or a space, with or without
// its apostrophe and accents: in the coverage (one article writes "Nadia Ross Keller", the others
// "Nadia Ross-Keller") and as users type it, in lower case and without punctuation.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { personMentionedIn } from '../../src/query/person-in-text.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const article = (published: string, title: string, body: string) => `---\ntitle: ${title}\npublisher: Harbour Herald\npublished: ${published}\n---\n${body}\n`;

const { facts } = coverageForTests({
  'briefing.md': article(
    '2025-03-04',
    'Port authority briefing',
    `Port Authority Spokeswoman Nadia Ross-Keller told reporters the ferries would run on Sunday.

"We expect every crossing to sail on time," Ross-Keller said.

Mayor Jean-Luc Varenne inspected the new pier on Monday.

Senator Sean O'Malley watched the first ferry into the berth.`,
  ),
  'ferries.md': article(
    '2025-03-09',
    'Ferries resume after the storm',
    `Port Authority Spokeswoman Nadia Ross Keller said the storm had damaged two cranes.

Spokeswoman Ross Keller said the cranes would be repaired by May.

Spokeswoman Ross Keller thanked the crews.

Mayor Jean Luc Varenne ordered a survey of the breakwater.

The board thanked Governor José Almeida for the funding.

Senator Anne-Sophie Brandt asked for a second breakwater.

Anne-Sophie Brandt said a second breakwater would cost less than the repairs.

Senator Anne-Sophie K. Brandt voted against the budget.`,
  ),
});

const people = () => facts().data.people;
// As typed in a DM: the name option unquoted, in lower case.
const who = (name: string) => answerLine(`/who name:${name}`, facts());

describe('GIVEN a hyphenated name that one article writes with a space', () => {
  it('THEN the coverage knows one person, under the fullest name most articles write, with both spellings', () => {
    const named = people().filter((person) => /ross/iu.test(person.name));
    expect(named.map((person) => person.name)).toEqual(['Nadia Ross-Keller']);
    expect(named[0]?.aliases).toContain('Nadia Ross Keller');
    expect(named[0]?.sentenceIds).toHaveLength(5);
  });

  it('THEN a hyphenated first name written with a space is the same person too', () => {
    expect(people().filter((person) => /varenne/iu.test(person.name)).map((person) => person.name)).toEqual(['Jean-Luc Varenne']);
  });

  it.each(['nadia ross keller', 'Nadia Ross-Keller', 'ross keller', 'nadia rosskeller', 'jean luc varenne', 'jean-luc varenne', 'luc varenne'])('/who name:%s THEN that one person, with every sentence naming them', (name) => {
    const answer = who(name);
    expect(answer.abstained).toBe(false);
    expect(answer.message ?? '').not.toMatch(/also matching/iu);
    expect(answer.title).toBe(/varenne/iu.test(name) ? 'Jean-Luc Varenne' : 'Nadia Ross-Keller');
  });

  it.each(['who is nadia ross keller', 'what did nadia ross keller say', 'what did ross keller say'])('%j THEN answered about her', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items.map((item) => item.text).join(' ')).toMatch(/ross.keller|every crossing/iu);
  });

  it.each([
    ['ask nadia ross keller about the cranes', 'nadia ross keller'],
    ['did ross-keller mention the storm', 'ross keller'],
  ])('%j THEN names her in running text', (text, words) => {
    const mention = personMentionedIn(text, people());
    expect(mention?.person.name).toBe('Nadia Ross-Keller');
    expect(mention?.words).toBe(words);
  });
});

describe('GIVEN names with an apostrophe, accents or a hyphen, written one way', () => {
  it.each([
    ['sean omalley', "Sean O'Malley"],
    ['omalley', "Sean O'Malley"],
    ['jose almeida', 'José Almeida'],
    ['anne sophie brandt', 'Anne-Sophie Brandt'],
    ['sophie brandt', 'Anne-Sophie Brandt'],
  ])('/who name:%s THEN %s', (name, expected) => {
    expect(who(name).title).toBe(expected);
  });
});
