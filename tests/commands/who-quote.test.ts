import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { quote } from '../../src/commands/quote.js';
import { who } from '../../src/commands/who.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { citedSentences, loadFixture, runDirect } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

describe('/who on the fixture coverage', () => {
  it('GIVEN a lower-case surname THEN it shows the canonical name, the role with when it was first reported, mentions and quotes', () => {
    const answer = runDirect(who, { name: 'kovalenko' }, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.title).toBe('Anna Kovalenko');
    const roles = answer.items.filter((item) => item.kind === 'role');
    expect(roles.map((item) => [item.text, item.date])).toEqual([['Defence Minister · Ukraine', '2024-03-14']]);
    expect(answer.items.find((item) => item.kind === 'mentions')?.text).toBe(
      'Mentioned in 6 sentences across 2 articles: Wire Service (2024-03-14) and notes',
    );
    const quotes = answer.items.filter((item) => item.kind === 'quote');
    expect(quotes.map((item) => item.text)).toEqual(['“This aid will protect our cities this spring”']);
    expect(answer.message).toBe('Also written as Kovalenko.');
  });

  it('picks sentences not already shown as roles or quotes, those with figures first', () => {
    const answer = runDirect(who, { name: 'Anna Kovalenko' }, facts);
    const sentences = answer.items.filter((item) => item.kind === 'sentence').map((item) => item.text);
    expect(sentences).toEqual([
      'Kovalenko met Solberg in Kyiv in January 2024 to discuss air defence.',
      'Reyes and Kovalenko spoke by phone about artillery production on June 3, 2024.',
      'Kovalenko will travel to Brussels next month.',
    ]);
  });

  it('GIVEN a small typo THEN it still finds the person', () => {
    expect(runDirect(who, { name: 'Solbreg' }, facts).title).toBe('Ingrid Solberg');
  });

  it('GIVEN an unknown person THEN it answers not-found', () => {
    const answer = runDirect(who, { name: 'Taylor Swift' }, facts);
    expect(answer.error).toBe('not-found');
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/^No one called “Taylor Swift” appears in the coverage\./);
  });

  it('autocompletes at most 25 choices, most mentioned first for an empty prefix', () => {
    expect(who.autocomplete?.('name', '', facts).map((c) => c.value)).toEqual(['Anna Kovalenko', 'David Reyes', 'Ingrid Solberg']);
    const choices = who.autocomplete?.('name', 'sol', facts) ?? [];
    expect(choices[0]).toEqual({ name: 'Ingrid Solberg — Secretary General, NATO', value: 'Ingrid Solberg' });
  });
});

describe('/quote on the fixture coverage', () => {
  it('lists what the person is quoted as saying, cited', () => {
    const answer = runDirect(quote, { person: 'solberg' }, facts);
    expect(answer.title).toBe('Quotes: Ingrid Solberg');
    expect(answer.items.map((item) => item.text)).toEqual(['“We will not waver”']);
    expect(citedSentences(answer, 0)).toEqual(['"We will not waver," Solberg told reporters at the summit.']);
  });

  it('GIVEN a topic THEN only quotes about it are listed, else it abstains', () => {
    expect(runDirect(quote, { person: 'Kovalenko', topic: 'cities' }, facts).items).toHaveLength(1);
    const none = runDirect(quote, { person: 'Kovalenko', topic: 'tanks' }, facts);
    expect(none.abstained).toBe(true);
    expect(none.message).toBe("The coverage doesn't quote Anna Kovalenko on “tanks”; it has 1 other quote from them.");
  });

  it('GIVEN a speaker the text only describes THEN their quotes are found by the description', () => {
    const answer = runDirect(quote, { person: 'senior diplomat' }, facts);
    expect(answer.items.map((item) => item.text)).toEqual(['“Consensus will take months.”']);
  });

  it('GIVEN a person never quoted but whose words are reported THEN those sentences answer, saying no quotation holds them; an unknown one is not-found', () => {
    const reported = runDirect(quote, { person: 'Reyes' }, facts);
    expect(reported.message).toBe('No quotation of David Reyes; these sentences give their words.');
    expect(reported.items[0]?.text).toBe('Reyes said the package includes air defence interceptors and artillery shells.');
    expect(runDirect(quote, { person: 'Nobody Atall' }, facts).error).toBe('not-found');
  });
});
