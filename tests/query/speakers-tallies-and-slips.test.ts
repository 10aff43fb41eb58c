// Who said it and how chat names them: a surname mistyped as a dictionary word after the given
// name ("ivo carter" for Ivo Carder), a speaker described between commas before "said", an
// outlet named as the one telling ("what did the valley weekly say"), two people asked about
// each on their own, a tally guessed in words, and a filler that ends a sentence ("idk."); "name
// the boats in …" asks what boats are in it, "what went down at …" what happened there, and "the
// norwegian government" is Norway. A meeting "in july" may be an earlier July's than the coverage's
// latest. "What did x and y agree on" asks for an agreement, not for any sentence naming both;
// "which paper covered x" is answered first by the sentence naming the outlet.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm } from '../../src/query/question.js';
import { sourceReference } from '../../src/query/source-reference.js';
import { answeredTexts, coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const CARDER_MET = 'Carder met Transport Minister Lena Ostby in Lindvik last month.';
const CARDER_TRAVELS = 'Harbour Commissioner Ivo Carder will travel to Lindvik next week, his office said.';
const ANALYST = 'Dr. Mira Holm, a transport analyst at the Lindvik Institute for Coastal Studies, said the ferries would return in the following month.';
const OFFICIALS = 'Officials said the ferry timetable would change soon.';
const VOTE = 'The council voted 41 to 9 to approve a $12 million ferry budget.';
const OSTBY_LEDGER = 'Ostby told reporters the ferry budget was overdue.';
const OSTBY_WEEKLY = 'Ostby said the new ferries would serve the northern islands first.';
const CARDER_SAID = 'Carder said the harbour needed a second crane before winter.';
const PACKAGE = 'Ostby announced a $3 million package for the northern islands on Friday.';
const CONTENTS = 'The package includes patrol boats, radios and spare engines.';
const MEETING = "At Tuesday's council meeting, members also voted to delay the harbour crane.";
const PRICES = 'Ticket prices went down after the meeting, the council said.';
const NORWAY = 'Since 2022, Norway has given about $40 million in harbour aid to Lindvik.';

const { facts } = coverageForTests({
  'ledger.md': [
    '---\ntitle: Council approves ferry budget\npublisher: North Ledger\npublished: 2025-03-04\n---',
    `${VOTE} ${OSTBY_LEDGER}`,
    `${CARDER_TRAVELS} ${CARDER_MET}`,
    CARDER_SAID,
    `${PACKAGE} ${CONTENTS}`,
    `${MEETING} ${PRICES}`,
    NORWAY,
  ].join('\n\n'),
  'weekly.md': ['---\ntitle: Ferries to return\npublisher: Valley Weekly\npublished: 2025-03-06\n---', `${ANALYST} ${OFFICIALS}`, OSTBY_WEEKLY].join('\n\n'),
});

const answered = (question: string, within = facts()): string[] => answeredTexts(question, within);

describe('GIVEN a commissioner named in full once, then by his surname', () => {
  it.each(bothCasings('Did Ivo Carter ever meet Ostby?'))('%j THEN the surname typed as a dictionary word is his: the sentence on the meeting answers', (question) => {
    expect(answered(question)[0]).toBe(CARDER_MET);
  });
});

describe('GIVEN an analyst described between commas before "said"', () => {
  it.each(bothCasings('When do the ferries return, according to that analyst Holm?'))('%j THEN her words answer, not the officials\'', (question) => {
    expect(answered(question)[0]).toBe(ANALYST);
  });
});

describe('GIVEN two outlets that both quote the minister', () => {
  it.each(bothCasings('What did the Valley Weekly say about Ostby?'))('%j THEN only the Valley Weekly\'s sentences answer', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    const publishers = answer.items.map((item) => answer.citations.find((citation) => citation.n === item.citations[0])?.article.publisher);
    expect(publishers.length).toBeGreaterThan(0);
    expect(new Set(publishers)).toEqual(new Set(['Valley Weekly']));
    expect(answer.items[0]?.text).toBe(OSTBY_WEEKLY);
  });

  it.each([
    ['what did the north say about ostby', null],
    ['what did valley say about ostby', null],
    ['what did the valley weekly say about ostby', ['weekly']],
    ['ostbys plans, according to the north ledger', ['ledger']],
  ])('%j THEN the outlet is named by every word of its name: %j', (question, articles) => {
    const reference = sourceReference(plainForm(question), facts());
    expect(reference === null ? null : [...reference.articles]).toEqual(articles);
  });
});

describe('GIVEN two people who each said something', () => {
  it.each(bothCasings('What did Ostby and Carder each say about the harbour and the ferries?'))('%j THEN a sentence about either answers', (question) => {
    const texts = answered(question);
    expect(texts).toContain(CARDER_SAID);
    expect(texts.some((text) => text.startsWith('Ostby'))).toBe(true);
  });
});

describe('GIVEN a vote the coverage gives as a tally', () => {
  it.each(bothCasings('the council passed the ferry budget like ninety to ten right'))('%j THEN the guessed tally checks the claim: the true tally answers', (question) => {
    expect(answered(question)[0]).toBe(VOTE);
  });

  it.each(bothCasings('the ferries have been late all winter idk. how much is the ferry budget'))('%j THEN "idk." is chat, not a word the coverage lacks', (question) => {
    expect(answered(question)[0]).toBe(VOTE);
  });
});

describe('GIVEN a package announced, then what it includes', () => {
  it.each(bothCasings('name the boats in the 3 mil package ostby announced'))('%j THEN its contents answer first, as "what boats are in …" is answered', (question) => {
    expect(answered(question)[0]).toBe(CONTENTS);
  });
});

describe('GIVEN a council meeting', () => {
  it.each(bothCasings('what went down at the council meeting'))('%j THEN what happened there answers', (question) => {
    expect(answered(question)[0]).toBe(MEETING);
  });
});

describe('GIVEN aid a country has given since a year', () => {
  it.each(bothCasings('how long has the norwegian government been giving lindvik harbour aid'))('%j THEN "government" is Norway\'s, no word the coverage lacks', (question) => {
    expect(answered(question)[0]).toBe(NORWAY);
  });
});

describe('GIVEN a meeting in an earlier July than the coverage\'s latest', () => {
  const SECOND_MEETING = 'The harbour council met for the second time in late July to discuss the crane.';
  const later = coverageForTests({
    'council.md': ['---\ntitle: Harbour council meets again\npublisher: North Ledger\npublished: 2024-11-02\n---', SECOND_MEETING].join('\n\n'),
    'tickets.md': ['---\ntitle: Tickets on sale\npublisher: North Ledger\npublished: 2025-07-15\n---', 'Ferry tickets went on sale in Lindvik on Tuesday.'].join('\n\n'),
  });

  it.each(bothCasings('what happened at the second harbour council meeting in july'))('%j THEN the meeting answers: the month named without a year bounds no search to the latest July', (question) => {
    expect(answered(question, later.facts())).toContain(SECOND_MEETING);
  });
});

describe('GIVEN two people who signed an agreement and will meet again', () => {
  const AGREED = 'Carder and Ostby signed an agreement on ferry repairs on Monday.';
  const MEETING_AGAIN = 'Carder will meet Ostby again in May.';
  const deal = coverageForTests({
    'deal.md': [
      '---\ntitle: Ferry deal signed\npublisher: North Ledger\npublished: 2025-04-01\n---',
      'Harbour Commissioner Ivo Carder and Transport Minister Lena Ostby spoke in Lindvik.',
      AGREED,
      MEETING_AGAIN,
    ].join('\n\n'),
    'plans.md': ['---\ntitle: Talks planned\npublisher: Valley Weekly\npublished: 2025-04-20\n---', 'Carder is scheduled to meet Ostby in Lindvik, his office said.'].join('\n\n'),
  });

  it.each(bothCasings('what did carder and ostby agree on'))('%j THEN the agreement answers, in a word derived from the verb', (question) => {
    expect(answered(question, deal.facts())).toEqual([AGREED]);
  });

  it.each(bothCasings('what did carder and ostby decide when they met'))('%j THEN a sentence naming them at a meeting says no decision: it declines', (question) => {
    expect(answerLine(question, deal.facts()).abstained).toBe(true);
  });
});

describe('GIVEN repairs reported, one sentence naming the outlet that first published them', () => {
  const PUBLISHED_FIRST = 'News of the crane repairs, which the harbour office confirmed late on Thursday evening after weeks of talks with the unions, was first published by the North Ledger.';
  const outlets = coverageForTests({
    'crane.md': ['---\ntitle: Crane repairs approved\npublisher: Valley Weekly\npublished: 2025-05-02\n---', 'The crane repairs will cost $2 million.', PUBLISHED_FIRST].join('\n\n'),
    'times.md': ['---\ntitle: Ferry times\npublisher: North Ledger\npublished: 2025-04-28\n---', 'Ferry times will change in June.'].join('\n\n'),
  });

  it.each(bothCasings('which paper covered the crane repairs'))('%j THEN the sentence naming the outlet answers first', (question) => {
    expect(answerLine(question, outlets.facts()).items[0]?.text).toBe(PUBLISHED_FIRST);
  });
});
