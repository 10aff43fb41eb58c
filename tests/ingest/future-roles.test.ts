// A person's role comes from a sentence stating that they hold it, never from a role to come, a
// candidacy or an imagined holder ("soon-to-be President Roe", "a President Roe would …"), nor
// from a title their own coverage contradicts.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/extract-people.js';
import { coverage } from '../helpers/coverage.js';
import { peopleOf, titlesOf } from '../helpers/people.js';

/** The roles the sentence gives Jane Roe, as "Title · Organisation" (the second sentence makes "Roe" a name). */
const rolesFrom = (sentence: string): string[] =>
  peopleOf(sentence, 'Roe said so.')
    .filter((person) => person.name === 'Jane Roe')
    .flatMap((person) => person.roles.map((role) => (role.organisation === null ? role.title : `${role.title} · ${role.organisation}`)));

describe('GIVEN a role that is to come, sought or imagined', () => {
  it.each([
    'Soon-to-be President Jane Roe spoke to the crowd.',
    'A President Jane Roe would raise taxes.',
    'Incoming Chief of Staff Jane Roe met the outgoing one.',
    'We will soon call her President Jane Roe.',
    'The presumptive Governor Jane Roe spoke.',
    'Potential Prime Minister Jane Roe spoke.',
    'If Jane Roe becomes President of Freedonia, she will raise taxes.',
    'Jane Roe would be president of Freedonia by June.',
    'Jane Roe, running for president of Freedonia, said the vote was fair.',
    'Jane Roe, the next president of Freedonia, said the vote was fair.',
    'Jane Roe, a candidate for governor, said the vote was fair.',
    'Jane Roe hopes to become Prime Minister of Freedonia.',
  ])('%j THEN it gives her no role', (sentence) => {
    expect(rolesFrom(sentence)).toEqual([]);
  });
});

describe('GIVEN a role held, in sentences about the future or with an article', () => {
  it.each([
    ['President Jane Roe will visit Freedonia next week.', 'President'],
    ['Senator Max Aldo will welcome President Jane Roe to the capital.', 'President'],
    ['A U.S. senator, Jane Roe, pushed back on the plan.', 'Senator · United States'],
    ['Voters would make Governor Jane Roe the first of her party.', 'Governor'],
    ['Voters could elect Governor Jane Roe as president next year.', 'Governor'],
    ['If Governor Jane Roe vetoes the bill, the vote fails.', 'Governor'],
  ])('%j THEN she holds %s', (sentence, role) => {
    expect(rolesFrom(sentence)).toEqual([role]);
  });
});

describe('GIVEN a person reported again and again in a lesser rank of a title after being given it', () => {
  const dated = (published: string, sentences: string[]) => ({ id: published, published, paragraphs: sentences.map((s) => [s]) });
  const rolesIn = (...articles: ReturnType<typeof dated>[]) => {
    const { sentences, articlesById } = coverage(articles);
    return titlesOf(extractPeople(sentences, articlesById), 'Jane Roe');
  };
  const deputy = (n: number) => Array.from({ length: n }, (_, i) => `U.S. Deputy Secretary of State Jane Roe opened talk ${i + 1}.`);

  it('THEN the title is a slip: five times as many later reports keep her the deputy', () => {
    expect(rolesIn(dated('2024-01-10', deputy(2)), dated('2024-03-01', ['U.S. Secretary of State Jane Roe spoke.']), dated('2024-05-01', deputy(5)))).toEqual(['Deputy Secretary of State · United States']);
  });

  it('THEN a promotion stands: the deputy reports stop once she is secretary', () => {
    expect(rolesIn(dated('2024-01-10', deputy(7)), dated('2024-03-01', ['U.S. Secretary of State Jane Roe spoke.']), dated('2024-05-01', ['U.S. Secretary of State Jane Roe flew home.']))).toEqual(['Deputy Secretary of State · United States', 'Secretary of State · United States']);
  });
});
