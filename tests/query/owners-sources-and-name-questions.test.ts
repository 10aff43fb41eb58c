// Whose thing a sentence tells of, which outlet reported something, and a role or a name asked in
// chat's words: "whats in the norwegian package" is not answered with Sweden's, "which outlet
// covered …" is no word the coverage lacks, "whats berg's job again" asks for his role, and "whats
// the name of norway's envoy" for a person; what something depends on is why it waits.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { markCountryUs } from '../../src/query/country-us.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const CONTENTS = 'This package includes patrol boats, radios and spare parts.';
const SWEDEN_PACKAGE = 'Meanwhile, Sweden has announced a new package of aid to Ostby, showing its continued commitment.';
const DEAL = 'Officials signed the harbour deal with Lindvik on Monday.';
const WAITS_ON = 'The remaining radio deliveries depend on repairs to the harbour crane, the port office said.';
const ENVOY_DEED = 'Storms hit the coast twice this year, prompting the envoy of neighbouring Norway to call for more patrol boats.';

const { facts } = coverageForTests({
  'roundup.md': [
    '---\ntitle: Harbour aid roundup\npublisher: Valley Weekly\npublished: 2025-06-02\n---',
    `Minister Ada Holm thanked the Norwegian people for their support. ${SWEDEN_PACKAGE}`,
    `Foreign Minister Tor Berg of Sweden announced a package worth $5 million for Ostby. ${CONTENTS}`,
    DEAL,
    ENVOY_DEED,
    `Radio deliveries to Ostby slowed this month. ${WAITS_ON}`,
  ].join('\n\n'),
});

describe("GIVEN Sweden's package, told after a paragraph thanking Norway", () => {
  it.each(bothCasings('whats actually in the new norwegian package?'))('%j THEN it declines: the coverage tells of no Norwegian package', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('honestly the north has been dragging its feet on patrol boats for 2 yrs, its kinda embarrassing. anyway whats actually in the new norwegian package'))(
    '%j THEN it declines too: a lead-in\'s words only help, the subject is still Norway',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.items[0]?.text).toBe(true);
    },
  );

  it('"what does the swedish package include" THEN its contents answer', () => {
    expectAnsweredFirst(facts(), 'What does the Swedish package include?', CONTENTS);
  });
});

describe('GIVEN "us" typed in lower case after a determiner or an adjective of time', () => {
  it.each([
    ['the new us package', 'the new u.s. package'],
    ['that us deal', 'that u.s. deal'],
    ['can you give us the new package', 'can you give us the new package'],
    ['tell us the latest', 'tell us the latest'],
  ])('%j THEN it reads %j', (typed, read) => {
    expect(markCountryUs(typed.split(' ')).join(' ')).toBe(read);
  });
});

describe('GIVEN a deal the coverage reports', () => {
  it.each(bothCasings('Which outlet covered the harbour deal with Lindvik?'))('%j THEN the sentence on it answers, cited to its publisher: "outlet" is no word the coverage lacks', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(DEAL);
    const cited = answer.citations.find((citation) => citation.n === answer.items[0]?.citations[0]);
    expect(cited?.article.publisher).toBe('Valley Weekly');
  });
});

describe('GIVEN a minister named with his role', () => {
  it.each(bothCasings("What's Berg's job again?"))(`%j THEN his role answers, as "what is berg's job" does`, (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items[0]).toMatchObject({ personId: 'tor-berg' });
    expect(answer.items).toEqual(answerLine("what is berg's job", facts()).items);
  });

  it.each([...bothCasings('Who does Berg work for?'), 'where does berg work'])('%j THEN his role answers, with whom he holds it', (question) => {
    expect(answerLine(question, facts()).items).toEqual(answerLine("what is berg's job", facts()).items);
  });

  it.each(['whats bergs job', 'bergs job again'])('%j THEN the possessive without its apostrophe finds him (was: "no one called bergs")', (question) => {
    expect(answerLine(question, facts()).items[0]).toMatchObject({ personId: 'tor-berg' });
  });
});

describe('GIVEN deliveries that slowed, and what the rest depend on', () => {
  it('"why did radio deliveries to ostby slow down" THEN what they depend on answers first: a condition is a reason', () => {
    expectAnsweredFirst(facts(), 'Why did radio deliveries to Ostby slow down?', WAITS_ON);
  });
});

describe("GIVEN a deed of Norway's envoy, never named", () => {
  it.each(bothCasings("What's the name of Norway's envoy, the one who wanted more patrol boats?"))('%j THEN it declines: no sentence names the envoy', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });
});
