// Questions wrapped in chat: a remark after the question ("… which ones boycotted it, i thought x
// was one. anyway wild week"), a pasted headline before it ('"…" ?? why'), a claim checked and then
// asked about ("it starts next year?? which analyst said that"), a time clause opening it ("right
// after the court struck it down did evictions spike") or closing a "what did x say" ("before the
// summit kicked off"), "any quotes from x", "what all is x sending in that package, list pls",
// "eli5", "such a big deal" before a remark, "some line about x" for a remark remembered, "met w
// holm" and "who was she seeing".
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PACKAGE = 'Harbour Minister Ola Brenn announced on Tuesday that Tarnby will give Lindvik a €3 million pier package.';
const CONTENTS = 'The package includes two cranes, 40 buoys and spare ropes, Brenn told reporters.';
const ANALYST = 'Dr. Ida Sund, an analyst at the Coastal Policy Institute, said the deliveries would begin in the following month.';
const STOCKS = 'Gen. Per Holm, the navy chief, said the cranes would come from Tarnby stocks.';
const PLEDGE = 'Council chair Mia Lund said on Sunday that mayors were expected to agree on a long-term ferry pledge.';
const TOGETHER = '"We are stronger together than ever before," Lund told reporters.';
const OPENING = 'The summit opens on Tuesday with a ceremony at the old customs house.';
const CONTENTIOUS = 'The use of these drift nets is highly contentious due to their potential to harm dolphins.';
const SENT = 'Zorvia has sent drift nets to Lindvik for the first time in decades.';
const QUOTAS = 'The leading Zorvian diplomat said the towns confirmed their agreement on fishing quotas.';
const PROTEST = 'The presence of Mayor Olsen at the fair caused a swift protest from the island towns of Ost, Vest and Nord.';
const BOYCOTT = "These towns have decided to boycott the fair because of Olsen's attendance.";
const BRIEFING = 'Council spokesperson Eva Berg held a briefing on Monday about rents.';
const NO_SPIKE = 'Data from the harbour office suggests there has been no spike in evictions following the end of the rent freeze.';
const STRUCK = 'The court struck down the rent freeze in August.';
const FAIR_GAME = 'Berg went on: "If we let the ferries stop, then the whole coast is fair game for every smuggler."';

const { first, answered } = coverageForTests({
  'pier.md': ['---\ntitle: Tarnby approves €3 million pier package\npublisher: Coast Herald\npublished: 2025-05-13\n---', PACKAGE, CONTENTS, ANALYST, STOCKS].join('\n\n'),
  'summit.md': ['---\ntitle: Mayors gather in Lindvik for the harbour summit\npublisher: Coast Herald\npublished: 2025-07-08\n---', PLEDGE, TOGETHER, OPENING].join('\n\n'),
  'nets.md': ['---\ntitle: Zorvia sends drift nets\npublisher: Valley Weekly\npublished: 2025-03-02\n---', SENT, CONTENTIOUS, QUOTAS].join('\n\n'),
  'fair.md': ['---\ntitle: Towns stay away from the Lindvik fair\npublisher: Valley Weekly\npublished: 2025-08-04\n---', PROTEST, BOYCOTT].join('\n\n'),
  'rents.md': ['---\ntitle: Rents after the freeze\npublisher: Tarnby Gazette\npublished: 2025-10-26\n---', STRUCK, BRIEFING, NO_SPIKE].join('\n\n'),
  'ferries.md': ['---\ntitle: "Berg: We will keep the ferries running"\npublisher: Tarnby Gazette\npublished: 2025-11-02\n---', FAIR_GAME].join('\n\n'),
});

describe('GIVEN a remark around the question', () => {
  it.each(bothCasings('ok so i was reading about the fair in lindvik and apparently a bunch of towns just didnt show bc olsen was coming?? which ones boycotted it, i thought pellonia was one but idk. anyway wild week for the mayor'))(
    '%j THEN the question in the middle is what is asked: the remark after it, the guess and "ones" name nothing asked, and the sentence "these towns" points back to leads',
    (question) => {
      expect(understandQuestion(question).plain).toBe('which ones boycotted it');
      // "These towns …" points back: the sentence naming them comes first.
      expect(answered(question).slice(0, 2)).toEqual([PROTEST, BOYCOTT]);
    },
  );

  it.each(bothCasings('right after the court struck down the rent freeze did evictions spike? berg mentioned smth about it at the briefing'))(
    '%j THEN a question opening with a time clause is asked by what follows it, and the remark after it only helps',
    (question) => {
      expect(understandQuestion(question)).toMatchObject({ kind: 'yes-no' });
      expect(first(question)).toBe(NO_SPIKE);
    },
  );

  it('THEN "since" opening a question may give a reason: the clause stays part of it', () => {
    expect(understandQuestion('since tarnby gave the pier package how can it pay for ferries').plain).toContain('since tarnby');
  });

  it.each(bothCasings('"We Will Keep The Ferries Running" ?? ok but why does she think it matters so much, there was some line about fair game'))(
    '%j THEN a pasted headline ends a sentence, and "some line about x" is a remark remembered by its words',
    (question) => {
      expect(understandQuestion(question).plain).toBe('why does she think it matters so much, there was something said about fair game');
      expect(first(question)).toBe(FAIR_GAME);
    },
  );

  it.each(bothCasings('why are drift nets such a big deal? ppl keep saying its controversial that zorvia is sending them'))('%j THEN "such a big deal" asks why it matters, remark or not', (question) => {
    expect(first(question)).toBe(CONTENTIOUS);
  });

  it.each(bothCasings('wait so the pier stuff doesnt show up til next year?? which analyst said that'))('%j THEN a claim checked, then a question pointing back to it: that question is asked', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who', expects: ['person', 'organisation'] });
    expect(first(question)).toBe(ANALYST);
  });
});

describe('GIVEN what someone said, asked in chat', () => {
  it.each(bothCasings('any quotes from lund'))('%j THEN it asks what Lund said', (question) => {
    expect(understandQuestion(question).plain).toBe('what did lund say');
    expect(first(question)).toBe(TOGETHER);
  });

  it.each(bothCasings('what did lund say b4 the summit kicked off'))('%j THEN the summit only says when: her words answer, though they never name it', (question) => {
    expect([PLEDGE, TOGETHER]).toContain(first(question));
  });

  it.each(bothCasings('what did lund say about the customs house'))('%j THEN a topic after "about" is still required', (question) => {
    expect(first(question)).toBe('');
  });
});

describe('GIVEN chat shorthand for meeting someone', () => {
  it.each([
    ['lund sat down w olsen in lindvik', 'lund met with olsen in lindvik'],
    ['who did lund see in lindvik', 'who did lund meet in lindvik'],
    ['who was she seeing there', 'who was she meeting there'],
  ])('%j THEN it reads %j', (typed, read) => {
    expect(understandQuestion(typed).plain).toBe(read);
  });

  it.each(['is george w bush alive', 'what did lund see there'])('%j THEN an initial stays, and seeing a thing is no meeting', (typed) => {
    expect(understandQuestion(typed).plain).toBe(typed);
  });
});

describe('GIVEN a package asked about in chat', () => {
  it.each(bothCasings('what all is tarnby actually sending in that 3 mil package, list pls'))('%j THEN it asks what the package includes', (question) => {
    expect(understandQuestion(question)).toMatchObject({ plain: 'what does that 3 million package include', expects: ['contents'] });
    expect(first(question)).toBe(CONTENTS);
  });

  it.each([
    ['which towns boycotted the fair, list em', 'which towns boycotted the fair'],
    ['tldr which towns boycotted the fair', 'which towns boycotted the fair'],
    ['tldr on the fair', 'tldr on the fair'],
  ])('%j THEN asking for a list or for it short names nothing asked: %j', (typed, read) => {
    expect(understandQuestion(typed).plain).toBe(read);
  });

  it('THEN a time after "sending in" is no package: "in the coming weeks" asks no contents', () => {
    expect(understandQuestion('what is tarnby sending in the coming weeks').expects).not.toEqual(['contents']);
  });

  it.each(bothCasings('eli5 where r the cranes coming from'))('%j THEN "eli5" asks plainly and names nothing', (question) => {
    expect(first(question)).toBe(STOCKS);
  });
});
