// Questions that ask for the one who did something ("who criticised the levy at the meeting"), how
// a deed turned out ("… did it work", "how did it end"), a goal asked loosely ("whats the goal here
// long term"), a request made of someone ("what did she ask the board for"), what else a thing holds
// besides the one known, a list's items under the line leading it, a price tag; and people named
// short: a pet name ("jim haugen", "jim h"), initials ("ke"); words closed up ("how muchmoney").

import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const MEETING_HEAD = 'Mayor Jorunn Haldvik headed the delegation to the harbour meeting in Tarnby on Monday.';
const MEETING_ABSENT = 'Council member Pekka Sorvanen was not present in Tarnby at the time of the group photo taken at the harbour meeting.';
const MEETING_CRITIC = 'Transport official Ilse Vandrup criticised the levy, saying it would drive fishermen away.';
const AWARD = 'Transport official Ilse Vandrup was honoured with the Golden Anchor award for her rescue work.';
const FERRIES_ASKED = 'The council asked the port company to add two more ferries before the summer.';
const FERRIES_ANSWER = "The port company responded positively to the council's request for more ferries.";
const STRIKE_ENDED = 'Dock worker Lars Tindeby ended his hunger strike on Friday, which he had begun on 2 May.';
const STRIKE_PORT = 'The strike had closed the port for two days.';
const PORT_AIM = 'Vandrup said the plan aims to make the port pay its own way within ten years.';
const PORT_SUPPORT = 'Vandrup said the council would keep supporting the port for now.';
const BILL_FERRIES = 'The harbour bill includes €12 million for the ferries.';
const BILL_CRANES = 'The harbour bill also includes €3 million for new cranes.';
const CRANES_ASKED = 'Haugen asked the council for two more cranes at the meeting.';
const HAUGEN_VISIT = 'Port director James Haugen visited the Orsvik yard on Tuesday.';
const ESKELUND_THANKS = 'Transport Minister Karin Eskelund thanked the ferry crews for working through the storm.';
const COUNCIL_MONEY = 'Since 2021 the council has given the port about €28 million, officials said.';
const PRAYER_WRITTEN = 'In 1921 harbour master Olav Brekke wrote the sailors prayer that is still read at every launch today:';
const PRAYER_LINE = 'Keep our boats safe on the water and bring every crew home.';
const PACKAGE_PASSED = 'The council approved the festival programme on Monday after a long debate.';
const PACKAGE_ITEMS = ['three days of folk music by the harbour', 'a boat race from Tarnby to Orsvik', 'a fish market on the old pier'];

const { firstOrDecline: first } = coverageForTests({
  'meeting.md': ['---\ntitle: Levy row grows\npublisher: Valley Post\npublished: 2025-03-04\n---', MEETING_HEAD, MEETING_ABSENT, 'The weather was mild.', MEETING_CRITIC].join('\n\n'),
  'award.md': ['---\ntitle: Rescue honoured\npublisher: Coastal Gazette\npublished: 2025-03-05\n---', AWARD].join('\n\n'),
  'ferries.md': ['---\ntitle: More ferries for the island\npublisher: Valley Post\npublished: 2025-03-06\n---', FERRIES_ASKED, FERRIES_ANSWER].join('\n\n'),
  'strike.md': ['---\ntitle: Dock strike\npublisher: Coast Herald\npublished: 2025-05-10\n---', STRIKE_PORT, STRIKE_ENDED].join('\n\n'),
  'plan.md': ['---\ntitle: A plan for the port\npublisher: Valley Post\npublished: 2025-03-07\n---', PORT_SUPPORT, PORT_AIM].join('\n\n'),
  'bill.md': ['---\ntitle: Harbour bill passes\npublisher: Valley Post\npublished: 2025-03-08\n---', BILL_FERRIES, BILL_CRANES].join('\n\n'),
  'haugen.md': ['---\ntitle: Port director asks for cranes\npublisher: Coastal Gazette\npublished: 2025-03-09\n---', HAUGEN_VISIT, CRANES_ASKED].join('\n\n'),
  'minister.md': ['---\ntitle: Minister thanks crews\npublisher: Valley Post\npublished: 2025-03-10\n---', ESKELUND_THANKS].join('\n\n'),
  'money.md': ['---\ntitle: Council funding\npublisher: Coast Herald\npublished: 2025-03-11\n---', COUNCIL_MONEY].join('\n\n'),
  'prayer.md': ['---\ntitle: A prayer for the fleet\npublisher: Coast Herald\npublished: 2025-04-02\n---', PRAYER_WRITTEN, PRAYER_LINE].join('\n\n'),
  'package.md': ['---\ntitle: Council votes\npublisher: Valley Post\npublished: 2025-03-12\n---', PACKAGE_PASSED, `Key parts of the festival programme:\n\n${PACKAGE_ITEMS.map((item) => `- ${item}`).join('\n')}`].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a who-question about a deed done somewhere', () => {
  it.each(['who criticised the levy at the tarnby harbour meeting', 'Who criticized the levy at the Tarnby harbour meeting?'])('%j THEN the one who did it comes first, not one who was merely there', (question) => {
    expect(first(question)).toBe(MEETING_CRITIC);
  });

  it('THEN a sentence saying it in other words still answers', () => {
    expect(first('who received the golden anchor award')).toBe(AWARD);
  });
});

describe('GIVEN a deed told and then how it turned out asked', () => {
  it.each(['the council asked the port company to add more ferries... did it work', 'The council asked the port company to add more ferries, did it work?'])('%j THEN what came of it answers', (question) => {
    expect(first(question)).toBe(FERRIES_ANSWER);
  });

  it('THEN "how did it end" asks the same', () => {
    expect(understandQuestion('that dock worker on hunger strike, how did it end')).toMatchObject({ plain: 'what was the outcome of that dock worker on hunger strike', expects: ['consequence'] });
    expect(first('that dock worker lars tindeby on hunger strike, how did it end')).toBe(STRIKE_ENDED);
  });
});

describe('GIVEN a goal asked loosely', () => {
  it('THEN "whats the goal here long term" asks what it is meant to achieve', () => {
    expect(understandQuestion('whats the goal here long term for the port')).toMatchObject({ kind: 'why', expects: ['reason'] });
    expect(first('whats the goal here for the port according to vandrup')).toBe(PORT_AIM);
  });
});

describe('GIVEN what someone asked another for', () => {
  it('THEN "what did x ask the council for" expects the request', () => {
    expect(understandQuestion('what did haugen ask the council for')).toMatchObject({ expects: ['demand'] });
    expect(first('what did haugen ask the council for')).toBe(CRANES_ASKED);
  });
});

describe('GIVEN what else a thing holds, the known part said last', () => {
  it('THEN the part not yet known answers', () => {
    expect(understandQuestion('what else is in the harbour bill besides the ferry money')).toMatchObject({ plain: 'what else does the harbour bill include', told: 'the ferry money', expects: ['contents'] });
    expect(first('what else is in the harbour bill besides the ferry money')).toBe(BILL_CRANES);
  });
});

describe('GIVEN a list whose line leading it says what its items are part of', () => {
  it('THEN an item answers what the thing holds', () => {
    expect(PACKAGE_ITEMS).toContain(first('whats in the festival programme'));
  });

  it('THEN a long sentence ending with a colon, leading a quotation, still answers', () => {
    expect(first('when did the harbour master write the sailors prayer')).toBe(PRAYER_WRITTEN);
  });

  it('THEN what else it holds is another item', () => {
    expect(PACKAGE_ITEMS.slice(1)).toContain(first('what else is in the festival programme besides the folk music'));
  });
});

describe('GIVEN a person named short', () => {
  it.each(['what did jim haugen visit on tuesday', 'what did jim h visit on tuesday'])('%j THEN a pet form of the given name names the person', (question) => {
    expect(first(question)).toBe(HAUGEN_VISIT);
  });

  it('THEN the initials of given name and surname name the person', () => {
    expect(first('did ke thank the ferry crews')).toBe(ESKELUND_THANKS);
  });

  it('THEN a pet form no one of the coverage bears stays a name it never mentions', () => {
    expect(first('what did tony visit on tuesday')).toMatch(/^declined: .*never mentions tony\b/u);
  });
});

describe('GIVEN a price tag asked', () => {
  it.each(['whats the price tag on the harbour bill', 'harbour bill price tag', 'what did the harbour bill cost'])('%j THEN the sum answers', (question) => {
    expect([BILL_FERRIES, BILL_CRANES]).toContain(first(question));
  });
});

describe('GIVEN a quantity word closed up with its noun', () => {
  it('THEN the two words are read', () => {
    expect(first('roughly how muchmoney has the council given the port')).toBe(COUNCIL_MONEY);
  });
});
