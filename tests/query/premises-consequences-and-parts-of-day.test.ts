// What users type around the question itself: a premise ("if the ferry isn't coming back, what are
// they doing instead"), a statement and then a yes-no question on it, "then what happens with it",
// an offered answer (", buying new or what"), "ballpark"; and answers the sentence gives in its own
// way: what followed ("caused a protest"), what it depends on, a part of the day ("later in the
// evening"), a place named before ("the damaged port facilities" after "the port of Tarnby"), a
// speaker reporting a "that" clause ("assured the port on Wednesday that"), a person the headline
// names by title.

import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const FERRY_LEFT = 'The first ferry in two weeks left the port of Tarnby on Monday carrying 300 passengers.';
const PORT_STAYS = 'Harbour master Ilse Vandrup said the port would stay open despite the storm warnings.';
const PORT_WAIT = 'Passengers waited for hours in the rain.';
const PORT_QUOTE = '"Every ferry that leaves here keeps the island going," Vandrup said.';
const PIER_FUNDS = 'The regional council has promised €5 million to help repair the damaged port facilities.';
const FESTIVAL_MONEY = 'Council member Pekka Sorvanen said the spring festival "will bring money to Tarnby and Orsvik."';
const CRANES_SOURCE = 'Harbour engineer Tomas Kjeldberg said the cranes would come from Navy stocks.';
const CRANES_RECEIVED = 'The port has received two of the five cranes it ordered this year.';
const CRANES_DEPEND = 'Kjeldberg added that the remaining cranes depend on a factory in Orsvik.';
const LEVY_PASSED = 'The regional council on Tuesday voted 30 to 9 to approve a harbour levy worth €12 million.';
const LEVY_NEXT = 'The levy now goes to Governor Alma Rostvik, who said she would sign it on Friday.';
const LEVY_STUDY = 'Officials will study the impact of the levy on tourism next year.';
const LEVY_PROTEST = 'The levy caused a swift protest from fishermen in Orsvik.';
const FERRY_GONE = 'The night ferry is not coming back anytime soon, officials said.';
const WATER_TAXI = 'Instead, the island will be served by a water taxi from Orsvik.';
const TALKS_LONG = 'Vandrup and Eskelund talked for more than two hours on Thursday.';
const TALKS_FOCUS = 'The main focus of their talks was "ferry safety and winter timetables."';
const SAFETY_REPORT = 'Inspectors published a report on ferry safety last year.';
const LEFT_EVENING = 'Eskelund met the harbour board before leaving for Orsvik later in the evening.';
const AFTER_VISIT = 'After the Tarnby visit, Eskelund is flying out to Orsvik for the third time this year.';
const MINISTER_ASSURED = 'Transport Minister Karin Eskelund assured the port on Wednesday, 12 March, that the government will keep funding the ferries.';
const MINISTER_SOURCE = 'Source: Valley Post, citing Eskelund during a meeting with Mayor Jorunn Haldvik.';
const MINISTER_FUNDS = 'Eskelund has promised to keep funding the ferries before, officials said.';

const { firstOrDecline: first } = coverageForTests({
  'harbour.md': ['---\ntitle: Port reopens after the storm\npublisher: Valley Post\npublished: 2025-03-04\n---', FERRY_LEFT, PORT_STAYS, PORT_WAIT, PORT_QUOTE, PIER_FUNDS].join('\n\n'),
  'festival.md': ['---\ntitle: Spring festival plans\npublisher: Coastal Gazette\npublished: 2025-03-05\n---', FESTIVAL_MONEY].join('\n\n'),
  'cranes.md': ['---\ntitle: Port to get new cranes\npublisher: Coastal Gazette\npublished: 2025-03-05\n---', CRANES_RECEIVED, CRANES_SOURCE, CRANES_DEPEND].join('\n\n'),
  'levy.md': ['---\ntitle: Council approves harbour levy\npublisher: Valley Post\npublished: 2025-03-06\n---', LEVY_PASSED, LEVY_NEXT, LEVY_STUDY, LEVY_PROTEST].join('\n\n'),
  'night-ferry.md': ['---\ntitle: Island route changes\npublisher: Valley Post\npublished: 2025-03-07\n---', FERRY_GONE, WATER_TAXI].join('\n\n'),
  'talks.md': ['---\ntitle: Long talks in Tarnby\npublisher: Coastal Gazette\npublished: 2025-03-08\n---', TALKS_LONG, TALKS_FOCUS, LEFT_EVENING, AFTER_VISIT].join('\n\n'),
  'inspectors.md': ['---\ntitle: Inspectors at work\npublisher: Coast Herald\npublished: 2025-02-01\n---', SAFETY_REPORT].join('\n\n'),
  'minister.md': ['---\ntitle: Minister assures Tarnby mayor of ferry support\npublisher: Valley Post\npublished: 2025-03-12\n---', MINISTER_ASSURED, MINISTER_SOURCE, MINISTER_FUNDS].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a premise before the question', () => {
  it.each(['so if the night ferry isnt coming back anytime soon what are they doing instead', 'If the night ferry is not coming back anytime soon, what are they doing instead?'])(
    '%j THEN the sentence on what is done instead answers, not the one restating the premise',
    (question) => {
      expect(first(question)).toBe(WATER_TAXI);
    },
  );

  it('THEN a premise about a thing the coverage never names still declines', () => {
    expect(first('if the night train isnt coming back what are they doing instead')).toMatch(/^declined: .*never mentions train\b/u);
  });

  it('THEN what is supposed only helps', () => {
    expect(understandQuestion('if the ferry isnt coming back what are they doing instead')).toMatchObject({ plain: 'what are they doing instead', restated: "if the ferry isn't coming back" });
  });
});

describe('GIVEN a statement and then a yes-no question on it, comma between', () => {
  it.each(['vandrup n eskelund talked for like 2 hrs, was it mostly about ferry safety or what', 'Vandrup and Eskelund talked for two hours, was it mostly about ferry safety?'])(
    '%j THEN the question is asked, the told figure no claim to check',
    (question) => {
      expect(first(question)).toBe(TALKS_FOCUS);
    },
  );
});

describe('GIVEN "then what" after what the user told', () => {
  it.each(['ok so the council passed the harbour levy... then what happens with it', 'the council passed the harbour levy so then what'])('%j THEN the next step answers', (question) => {
    expect(first(question)).toBe(LEVY_NEXT);
  });

  it('THEN "then what happened", a past sequel, is no next step', () => {
    expect(understandQuestion('then what happened').expects).not.toContain('next');
  });
});

describe('GIVEN an answer offered after the question', () => {
  it.each(['how is the port gonna get the crane stuff, buying new or what', 'How will the port get the cranes, buying new?'])('%j THEN where they come from answers', (question) => {
    expect(first(question)).toBe(CRANES_SOURCE);
  });

  it('THEN the offer only helps, and "stuff" after the verb is no verb the coverage lacks', () => {
    expect(understandQuestion('how is the port gonna get the crane stuff, buying new or what')).toMatchObject({ kind: 'how', expects: ['origin'], restated: 'buying new' });
  });

  it('THEN "get" with somewhere after it asks no source', () => {
    expect(understandQuestion('how did he get there').expects).toEqual([]);
  });
});

describe('GIVEN "ballpark" or "roughly" around a figure asked', () => {
  it.each(['ballpark how many passengers were on the first ferry', 'how many passengers were on the first ferry, ballpark'])('%j THEN the figure answers, "ballpark" no topic', (question) => {
    expect(first(question)).toBe(FERRY_LEFT);
  });
});

describe('GIVEN a question on what followed from something', () => {
  it.each([...bothCasings('What was the impact of the harbour levy?'), 'what did the harbour levy lead to'])('%j THEN the sentence telling what it caused answers, not one naming its impact', (question) => {
    expect(first(question)).toBe(LEVY_PROTEST);
  });
});

describe('GIVEN what something hangs on', () => {
  it('THEN a sentence saying it depends on something answers', () => {
    expect(first('so the port still hasnt received all the cranes it ordered right, what has to happen first before it gets the rest of them')).toBe(CRANES_DEPEND);
  });
});

describe('GIVEN a choice between parts of the day', () => {
  it.each(bothCasings('Did Eskelund fly out to Orsvik in the morning or evening after the Tarnby visit?'))('%j THEN the sentence giving the part of the day answers', (question) => {
    expect(first(question)).toBe(LEFT_EVENING);
  });
});

describe('GIVEN a place a definite phrase refers back to', () => {
  it.each(['why is the council spending on tarnby', 'Why put money into Tarnby?'])('%j THEN "the damaged port facilities" after "the port of Tarnby" is about Tarnby', (question) => {
    expect(first(question)).toBe(PIER_FUNDS);
  });
});

describe('GIVEN when someone told someone something', () => {
  it.each(bothCasings('What date did Eskelund tell Haldvik the government would keep funding the ferries?'))(
    '%j THEN the lead reporting it with "assured … that" answers, about the mayor its headline names',
    (question) => {
      expect(first(question)).toBe(MINISTER_ASSURED);
    },
  );
});

describe('GIVEN a yes-no question on a thing the coverage never names', () => {
  it.each([...bothCasings('Did ferry owners cut their premiums after the harbour levy was approved?'), 'has the council approved the waiver for the ferries'])('%j THEN it declines, naming what the coverage lacks', (question) => {
    expect(first(question)).toMatch(/^declined: .*never mentions (?:premiums|waiver)\b/u);
  });

  it('THEN an object the coverage names is asked about as before', () => {
    expect(first('did the regional council approve the harbour levy')).toBe(LEVY_PASSED);
  });
});
