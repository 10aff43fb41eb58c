// Questions as chat types them, read for what they ask: a share told of a whole ("about half the
// boats"), a fraction of a scale ("half a billion"), a person or many speakers named by description
// ("pellonia's top navy guy", "according to the northern govts"), a purpose stated in other words
// ("in an attempt to"), more of a thing the sentence before names ("more unrest"), "it" after a
// topic typed first ("lindvik ferry council where was it created"), a scale asked for ("how many bn
// was it"), "the second one", the clause after a comma that asks ("…, who went in his place"), a
// span with no end ("for the long haul"), a remark quoted over several sentences, and chat's "wud",
// "4" and "sec state".
import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { withOrdinalOneNamed } from '../../src/query/ordinal-one.js';
import { analyseQuery, DURATION } from '../../src/query/relevance.js';
import { rankSentences } from '../../src/query/rank.js';
import { contextTerms } from '../../src/query/sentence-facts.js';
import { onSpokenTopic } from '../../src/query/named-subject.js';
import { terms } from '../../src/factbase/terms.js';
import { statesReason } from '../../src/query/stated-reasons.js';
import { describesSpeakers } from '../../src/query/speakers.js';
import { coverageForTests, declinesButKeeps, expectAnsweredFirst } from '../helpers/built-coverage.js';

const DELIVERED = 'Harbour spokeswoman Lena Dahl said Pellonia has delivered 90% of the patrol boats it promised to Zorvia this year.';
const DOCKS = 'The Varnholm council has promised $50 million in aid to help repair the damaged ferry docks in Lindvik.';
const YARDS = "Adm. Karl Ostby, the Pellonian navy's chief of staff, said the boats would come from Pellonian yards.";
const UNREST = 'Unrest between Lindvik and Quellmark has broken out twice in recent months, the Coastal Gazette reported.';
const MORE_UNREST = 'Some northern nations have expressed concerns that Zorvia could stir more unrest in an attempt to draw attention away from the ferry dispute.';
const COUNCIL = 'The Lindvik Ferry Council was established at the harbour summit in Varnholm on July 12.';
const REQUEST = "The council stalls on Mayor Tomas Berg's request for $3.2 billion in additional aid for the ferries.";
const PACKAGE = 'Mayor Tomas Berg announced a new ferry package for Lindvik on Monday.';

const { facts } = coverageForTests({
  'boats.md': ['---\ntitle: Pellonia delivers most promised boats\npublisher: Coastal Gazette\npublished: 2024-09-10\n---', DELIVERED, YARDS].join('\n\n'),
  'docks.md': ['---\ntitle: Council pledges aid for Lindvik docks\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', DOCKS, REQUEST, PACKAGE].join('\n\n'),
  'unrest.md': ['---\ntitle: Ministers meet on the ferry dispute\npublisher: Coastal Gazette\npublished: 2024-11-20\n---', UNREST, MORE_UNREST, COUNCIL].join('\n\n'),
});

describe('figures told in words', () => {
  it.each([
    ['zorvia gave half a billion for the docks', 'zorvia gave 500 million for the docks'],
    ['a quarter of a million people', '250000 people'],
    ['saved like a third of a trillion', 'saved like 333 billion'],
    ['was it half a bn', 'was it 500 million'],
  ])('%j reads as %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('"half the boats" stays a share of them', () => {
    expect(plainForm('they sent about half the boats')).toBe('they sent about half the boats');
  });

  it.each([
    ['harbour spokeswoman said pellonia only sent about half the boats it promised zorvia, true?', DELIVERED],
    ['varnholm gave half a billion for the lindvik docks right? whats the money actually for', DOCKS],
  ])('%j THEN the sentence with the true figure answers, not "it never mentions half"', (question, expected) => {
    expectAnsweredFirst(facts(), question, expected);
  });
});

describe('people named by description', () => {
  it('"what did pellonia\'s top navy guy say" is answered by the chief of staff, not "it never mentions top navy guy"', () => {
    expectAnsweredFirst(facts(), "what did pellonia's top navy guy say abt where the boats come from", YARDS);
  });

  it('"according to the northern govts": whoever the coverage says fits ("some northern nations"), with the reason it gives', () => {
    expectAnsweredFirst(facts(), 'why wud zorvia stir up more trouble between lindvik n quellmark, according to the northern govts', MORE_UNREST);
  });
});

describe('speakers described, not named', () => {
  const surnames = new Set(['berg']);
  it.each(['the northern governments', "pellonia's top navy guy", 'some analysts', 'the people'])('%j describes them', (phrase) => {
    expect(describesSpeakers(phrase, surnames)).toBe(true);
  });
  it.each(['the harbour boss', 'mayor berg', 'the berg officials', 'the council'])('%j names one to be speaking', (phrase) => {
    expect(describesSpeakers(phrase, surnames)).toBe(false);
  });
});

describe('reasons and references', () => {
  it.each(['They moved in an attempt to draw attention away.', 'The fund was set up with the aim of rebuilding the docks.', 'It acted in a bid to calm the markets.'])('%j states a purpose', (text) => {
    expect(statesReason(text)).toBe(true);
  });

  it('"lindvik ferry council where was it created": "it" is the council, no empty subject whose verb the coverage must write', () => {
    expectAnsweredFirst(facts(), 'lindvik ferry council where was it created', COUNCIL);
  });

  declinesButKeeps(facts, 'is it going to rain in lindvik', 'lindvik ferry council where was it created', COUNCIL);

  it('"the second one" names the noun counted before it', () => {
    expect(withOrdinalOneNamed('stage 1 of the plan moves the boats out. and the second one')).toBe('stage 1 of the plan moves the boats out. and the second stage');
    expect(withOrdinalOneNamed('the first round was a draw, what about the next one')).toBe('the first round was a draw, what about the next round');
    expect(withOrdinalOneNamed('which one won')).toBe('which one won');
  });

  it('"one" standing for a thing named is no topic of its own', () => {
    expect(analyseQuery('where is the ferry package, the new one', facts()).concepts.map(({ term }) => term)).not.toContain('on');
  });
});

describe('what is asked', () => {
  it('"how many bn was it" asks for a sum of money, and the scale is no thing', () => {
    expect(understandQuestion('that stuck ferry request berg sent the council.. how many bn was it').kind).toBe('how-much');
    expectAnsweredFirst(facts(), 'that stuck ferry request berg sent the council.. how many bn was it', REQUEST);
  });

  it.each([
    ['the mayor had to skip the fair bc of the storm, who went in his place', 'who'],
    ['berg skipped the fair, when did he get back', 'when'],
    ['berg, who resigned last week', 'statement'],
  ])('%j asks a %s question (the clause after the comma asks)', (typed, kind) => {
    expect(understandQuestion(typed).kind).toBe(kind);
  });

  it.each([
    ['why wud they close the docks', 'why would they close the docks'],
    ['what did the sec state say', 'what did the secretary of state say'],
    ['what was his reasoning 4 why they left', 'what was his reasoning for why they left'],
    ['did they send 4 tanks', 'did they send 4 tanks'],
    ['the new ferry package howmuch was it', 'the new ferry package how much was it'],
  ])('%j reads as %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });
});

describe('a remark quoted over several sentences', () => {
  const STAND = '"We will stand with you for the long haul.';
  const { facts: quoted } = coverageForTests({
    'visit.md': [
      '---\ntitle: Minister tours the Lindvik docks\npublisher: Coastal Gazette\npublished: 2024-06-02\n---',
      'Harbour Minister Ana Holm, who said during a visit to Lindvik that the new ferries had changed the town, met the crews on Monday.',
      `${STAND} What happens here matters to the whole coast. It certainly matters to Pellonia," she said.`,
    ].join('\n\n'),
    'pay.md': [
      '---\ntitle: Union leader meets ferry crews\npublisher: Coastal Gazette\npublished: 2024-06-03\n---',
      'Union leader Karl Ostby met the ferry crews in the town hall on Monday.',
      '"The crews deserve better pay," said Ostby.',
    ].join('\n\n'),
  });
  const idOf = (start: string) => [...quoted().data.sentences].findIndex(({ text }) => text.startsWith(start));

  it.each(['for the long haul', 'kept indefinitely', 'closed for good', 'permanently'])('%j states a span', (text) => {
    expect(DURATION.test(text)).toBe(true);
  });

  it('a paragraph opening with a quotation whose speaker is "she" reads the paragraph before, which introduced her, as its context', () => {
    expect(contextTerms(quoted(), idOf('"We will stand'))).toContain(terms('crews')[0]);
  });

  it('a quotation that names its speaker stands on its own', () => {
    expect(contextTerms(quoted(), idOf('"The crews deserve'))).not.toContain(terms('hall')[0]);
  });

  it('its first sentence is on the topic its last names ("what did holm say about pellonia")', () => {
    const analysis = analyseQuery('what did holm say about pellonia', quoted());
    const [hit] = rankSentences(analysis, quoted());
    const first = [{ ...hit!, sentenceId: idOf('"We will stand') }];
    expect(onSpokenTopic(analysis.concepts, first, quoted())).toEqual(first);
  });
});
