// A role goes to the person it names, never to a neighbouring name or text: each case is a way
// news writing (transcripts, fact sheets, lists of speakers) puts a title beside a name that is
// not its holder's, found by checking /who roles on a large corpus by hand.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/extract-people.js';
import { cleanBody } from '../../src/ingest/clean.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import { coverage } from '../helpers/coverage.js';
import { peopleOf, rolesByName, titlesOf } from '../helpers/people.js';

describe('extractPeople: no role from a neighbouring name or text', () => {
  it('GIVEN a role to come ("your next senator, …") THEN it is not taken as held', () => {
    const people = peopleOf(
      'Please welcome the next president of the United States, Ann Poe.',
      'Senator Ann Poe spoke after her.',
      'He thanked our future Governor Tom Coe and his team.',
      'Coe said the count was over.',
    );
    expect(titlesOf(people, 'Ann Poe')).toEqual(['Senator']);
    expect(people.find((p) => p.name === 'Tom Coe')?.roles ?? []).toEqual([]);
  });

  it('GIVEN a title and name quoted together ("President Roe") THEN no role from the quotation', () => {
    const people = peopleOf('Governor Lia Roe laughed: should I call you "President Roe"?', 'Roe said no.');
    expect(titlesOf(people, 'Lia Roe')).toEqual(['Governor']);
  });

  it('GIVEN a portfolio that would run over the next titled names THEN each name keeps its own title', () => {
    const people = peopleOf(
      'Today, White House Coordinator for Harbor Relief Jon Roe, Secretary of State Ann Poe, and Secretary of Homeland Security Tom Coe met the mayors.',
    );
    const expected = { 'Ann Poe': ['Secretary of State'], 'Tom Coe': ['Secretary of Homeland Security'] };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a list of titled names THEN an apposition\'s "of" phrase never takes in the next name', () => {
    const people = peopleOf(
      'Governors will join National Climate Advisor Ann Poe, Secretary of the Harbors Tom Coe, Secretary of Energy Lia Doe, and others.',
      'He met Chief of Staff Ben Moe, Secretary of Labor Jon L. Roe, Secretary of Energy Lia Doe, and others.',
      'Today, Harbor Relief Administrator Eve Moe, Secretary of the Harbors Tom Coe, Agriculture Secretary Lia Doe and others met.',
    );
    const expected = { 'Ann Poe': ['National Climate Advisor'], 'Ben Moe': ['Chief of Staff'], 'Eve Moe': ['Harbor Relief Administrator'] };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a sentence opening with a function or calendar word before a field title, or "then-" before a title THEN the role without it', () => {
    const people = peopleOf(
      'Today National Security Advisor Jon Roe met the envoy.',
      'So Harbor Relief Coordinator Ann Poe is in Jackson.',
      'The crowd included then-Lieutenant General Tom Coe, who commanded the corps.',
      'And then Senator Eve Moe thanked them.',
    );
    const expected = {
      'Jon Roe': ['National Security Adviser'],
      'Ann Poe': ['Harbor Relief Coordinator'],
      'Tom Coe': ['Former Lieutenant General'],
      'Eve Moe': ['Senator'],
    };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a company officer\'s title before another title ("CEO Ambassador …") THEN it is no organisation', () => {
    const people = peopleOf('Harbor Alliance Chairman Governor Jon Roe and CEO Ambassador Ann Poe welcomed the plan.');
    expect(titlesOf(people, 'Ann Poe')).toEqual(['Ambassador']);
  });

  it('GIVEN a field title that goes on from a capitalised name THEN the name\'s words are not the role\'s', () => {
    const people = peopleOf(
      'Yesterday the Port of Harbor Town Executive Director Jon Roe said the docks were full.',
      'Deputy Secretary of Commerce and Harbor Town Economic Growth Coordinator Ann Poe met them.',
      'Assistant to the President and Domestic Policy Advisor Tom Coe spoke last.',
    );
    const expected = { 'Jon Roe': ['Executive Director'], 'Ann Poe': ['Coordinator'], 'Tom Coe': ['Domestic Policy Advisor'] };
    expect(rolesByName(people, expected)).toEqual(expected);
  });

  it('GIVEN a Markdown list of "Name, Title" lines ending in hard breaks THEN no title goes to the next line\'s name', () => {
    const body = [
      '*Government:*  ',
      'Jon Roe, Assistant to the President and Chief of Staff  ',
      'Ann Poe, Secretary of Energy  ',
      'Tom Coe, Secretary of Commerce  ',
      'Lia Doe, Assistant to the President for National Security',
      'Affairs  ',
      'Ben Moe, Counselor to the Secretary, Department of Commerce',
      '',
      'Poe said the grid was ready. Coe said exports were up. Doe said the talks went well.',
      // "Ann" and "Tom" begin titled names, so the coverage knows them as first names.
      'Mayor Ann Lee and Governor Ann Hill met Senator Tom Ray and Ambassador Tom Fox.',
    ].join('\n');
    const paragraphs = cleanBody(body, 'md').paragraphs.map(splitSentences);
    const { sentences, articlesById } = coverage([{ id: 'a', published: '2024-01-02', paragraphs }]);
    const people = extractPeople(sentences, articlesById);
    const expected = { 'Ann Poe': ['Secretary of Energy'], 'Tom Coe': ['Secretary of Commerce'] };
    expect(rolesByName(people, expected)).toEqual(expected);
    expect(people.find((p) => p.name === 'Lia Doe')?.roles.map((r) => r.title) ?? []).not.toContain('Secretary of Commerce');
  });

  it('GIVEN "Name, Title, Title and Title" in a list of speakers THEN the first half of the next title is no organisation', () => {
    const people = peopleOf('Tom Hale, Executive Vice President, Chief Policy and External Affairs Officer, Acme Health', 'Hale said the plan works.');
    expect(people.flatMap((p) => p.roles).map((r) => r.organisation)).not.toContain('Chief Policy');
  });
});
