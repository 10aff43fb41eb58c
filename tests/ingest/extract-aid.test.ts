import { describe, expect, it } from 'vitest';
import type { AidFact, Sentence } from '../../src/factbase/schema.js';
import { isAboutAid } from '../../src/ingest/aid-wording.js';
import { extractAid } from '../../src/ingest/extract-aid.js';
import { findMoneyAmounts } from '../../src/ingest/money-amounts.js';
import { articleRecord } from '../helpers/coverage.js';

function aidIn(texts: string[], published: string | null = '2023-11-29'): AidFact[] {
  const article = articleRecord('a', { published });
  const sentences: Sentence[] = texts.map((text, id) => ({ id, articleId: 'a', text, paragraph: 0, group: id }));
  return extractAid(sentences, new Map([['a', article]]));
}

const articleDate = (start: string) => ({ start, precision: 'day', text: '' });

describe('extractAid on sentences from the coverage', () => {
  // A capital city stands for its country only through world knowledge the extractor has no
  // general source for: "aid for Kyiv" is recorded with the recipient the sentence writes.
  it('GIVEN a stalled request for aid THEN a requested amount for the capital it names', () => {
    const [fact, ...rest] = aidIn([
      'Worries about continued assistance have been exacerbated in the U.S. as Congress stalls in passing President Biden’s request for $61.4 billion in additional aid for Kyiv.',
    ]);
    expect(rest).toEqual([]);
    expect(fact).toEqual({
      id: 0,
      sentenceId: 0,
      amount: { value: 61.4e9, currency: 'USD', text: '$61.4 billion' },
      percent: null,
      subject: 'additional aid',
      donor: 'United States',
      recipient: 'Kyiv',
      kind: 'unspecified',
      status: 'requested',
      qualifier: null,
      cumulative: false,
      date: articleDate('2023-11-29'),
    });
  });

  it('GIVEN a running total in several forms of aid THEN mixed, approximate, cumulative', () => {
    const [fact] = aidIn([
      'According to Blinken, in the years since the war started, the US has given approximately $77 billion to Ukraine in the form of humanitarian, financial, and military aid.',
    ]);
    expect(fact).toMatchObject({
      amount: { value: 77e9, currency: 'USD', text: '$77 billion' },
      donor: 'United States',
      recipient: 'Ukraine',
      kind: 'mixed',
      status: 'provided',
      qualifier: 'approximately',
      cumulative: true,
    });
  });

  it('GIVEN allies "of Washington" giving to "assist Kyiv" THEN donor European allies, recipient Kyiv', () => {
    const [fact] = aidIn(['He also mentioned that European allies of Washington have given more than $110 billion to assist Kyiv.']);
    expect(fact).toMatchObject({
      amount: { value: 110e9, currency: 'USD' },
      donor: 'European allies',
      recipient: 'Kyiv',
      qualifier: 'more than',
      status: 'provided',
    });
  });

  it('GIVEN euros delivered since a month THEN delivered military aid dated as of the article', () => {
    const [fact] = aidIn(['Military Aid: NATO Allies have delivered over €65 billion in military aid to Ukraine since February 2022.'], '2024-12-03');
    expect(fact).toMatchObject({
      amount: { value: 65e9, currency: 'EUR', text: '€65 billion' },
      subject: 'military aid',
      donor: 'NATO Allies',
      recipient: 'Ukraine',
      kind: 'military',
      status: 'delivered',
      qualifier: 'over',
      cumulative: true,
      date: articleDate('2024-12-03'),
    });
  });

  it('GIVEN a target year after "by" THEN the figure is dated as of the article, not at its deadline', () => {
    const [fact] = aidIn(['Pellonia pledged $94 billion in aid to Zorvia by 2050.'], '2024-12-03');
    expect(fact?.amount?.value).toBe(94e9);
    expect(fact?.date).toEqual(articleDate('2024-12-03'));
    const [other] = aidIn(['Pellonia will provide $2 billion in aid to Zorvia by the end of 2026.'], '2024-12-03');
    expect(other?.date).toEqual(articleDate('2024-12-03'));
  });

  it('GIVEN shares of delivery listed together THEN one fact per share, sharing the verb', () => {
    const facts = aidIn(
      [
        'Earlier, Pentagon spokesperson Pat Ryder reported that the US has delivered 83% of the promised munitions, 67% of the pledged air defence systems, and 60% of the firepower since Congress approved additional funding for Ukraine in April 2024.',
      ],
      '2024-11-13',
    );
    expect(facts.map((f) => [f.percent, f.subject, f.kind])).toEqual([
      [83, 'promised munitions', 'military'],
      [67, 'pledged air defence systems', 'military'],
      [60, 'firepower', 'military'],
    ]);
    for (const fact of facts) {
      expect(fact).toMatchObject({ amount: null, donor: 'United States', recipient: 'Ukraine', status: 'delivered', cumulative: true });
      // "since … April 2024" starts the running total; the shares stand as of the article.
      expect(fact.date).toEqual(articleDate('2024-11-13'));
    }
  });

  it('GIVEN an announced package THEN announced military aid, donor from the speaker’s country', () => {
    const [fact] = aidIn([
      'In a significant development, US Secretary of State Antony Blinken announced a substantial military aid package worth $725 million for Ukraine.',
    ]);
    expect(fact).toMatchObject({
      amount: { value: 725e6, currency: 'USD', text: '$725 million' },
      subject: 'substantial military aid package',
      donor: 'United States',
      recipient: 'Ukraine',
      kind: 'military',
      status: 'announced',
      cumulative: false,
    });
  });

  it('GIVEN a fact sheet total with "has provided roughly" THEN provided, roughly, a running total', () => {
    const [fact] = aidIn([
      'A fact sheet from the U.S. Department of State claims that the U.S. has provided roughly $44.2 billion in military assistance to Ukraine, but President Joe Biden has continued to request that more be done to support the country.',
    ]);
    expect(fact).toMatchObject({
      amount: { value: 44.2e9, currency: 'USD' },
      subject: 'military assistance',
      donor: 'United States',
      recipient: 'Ukraine',
      kind: 'military',
      status: 'provided',
      qualifier: 'roughly',
      cumulative: true,
    });
  });
});

describe('extractAid on made-up sentences', () => {
  it('GIVEN a pledge with a weekday THEN that day is the date', () => {
    const [fact] = aidIn(['Germany pledged €500 million in humanitarian aid for Ukraine on Tuesday.']);
    expect(fact).toMatchObject({
      amount: { value: 500e6, currency: 'EUR' },
      donor: 'Germany',
      recipient: 'Ukraine',
      kind: 'humanitarian',
      status: 'pledged',
      date: { start: '2023-11-28', precision: 'day', text: 'on Tuesday' },
    });
  });

  it('GIVEN a people or its army as recipient THEN the country, for any country the lexicon knows', () => {
    expect(aidIn(['Norway pledged $300 million in military aid to the Moldovan army.'])[0]).toMatchObject({ donor: 'Norway', recipient: 'Moldova' });
    expect(aidIn(['Canada has given $50 million in humanitarian aid to Ukrainians.'])[0]).toMatchObject({ donor: 'Canada', recipient: 'Ukraine' });
  });

  it('GIVEN only the recipient named before the figure THEN no donor taken from it', () => {
    expect(aidIn(['Moldova received $1.2 billion in aid.'])[0]).toMatchObject({ donor: null, recipient: 'Moldova' });
  });

  it('GIVEN a future transfer THEN a pledge dated at the stated year', () => {
    const [fact] = aidIn(['The UK will send £2.5bn in military support to Kyiv next year.']);
    expect(fact).toMatchObject({
      amount: { value: 2.5e9, currency: 'GBP', text: '£2.5bn' },
      donor: 'United Kingdom',
      recipient: 'Kyiv',
      status: 'pledged',
      date: { start: '2024-01-01', precision: 'year', text: 'next year' },
    });
  });

  it('GIVEN amounts listed with one verb THEN both share it', () => {
    const facts = aidIn(['Canada announced US$ 300m and EUR 500 million in loans to Ukraine.']);
    expect(facts.map((f) => [f.amount?.value, f.amount?.currency, f.status, f.donor])).toEqual([
      [300e6, 'USD', 'announced', 'Canada'],
      [500e6, 'EUR', 'announced', 'Canada'],
    ]);
    expect(facts[1]).toMatchObject({ kind: 'financial', subject: 'loans' });
  });

  it('GIVEN an approval passed by a body THEN approved, donor from "by"', () => {
    const [fact] = aidIn(['Aid to Ukraine worth $3 billion was approved by the Senate.']);
    expect(fact).toMatchObject({ status: 'approved', donor: 'Senate', recipient: 'Ukraine' });
  });

  it('GIVEN a receiving country THEN the giver from "from"', () => {
    const [fact] = aidIn(['Ukraine received $1.2 billion from the World Bank.']);
    expect(fact).toMatchObject({ donor: 'World Bank', recipient: 'Ukraine', status: 'delivered' });
  });

  it('GIVEN no publication date and no stated date THEN date null', () => {
    const [fact] = aidIn(['Japan has disbursed 725 million dollars in budget support to Ukraine so far.'], null);
    expect(fact).toMatchObject({
      amount: { value: 725e6, currency: 'USD', text: '725 million dollars' },
      kind: 'financial',
      cumulative: true,
      date: null,
    });
  });
});

describe('extractAid: figures that are not aid', () => {
  it('GIVEN aid and other money in one sentence THEN each figure is judged by its own neighbouring words', () => {
    const facts = aidIn([
      'Germany pledged $5 million in aid, while exports brought in $7 million and tax revenues $9 million, and Japan gave a $2 million grant.',
      'The $3 million grant followed.',
    ]);
    expect(facts.map((fact) => [fact.sentenceId, fact.amount?.text])).toEqual([
      [0, '$5 million'],
      [0, '$2 million'],
      [1, '$3 million'],
    ]);
  });


  it.each([
    ["Russia's $2 trillion economy shrank despite Western support for Ukraine."],
    ['A $5 coffee costs more in Kyiv than it used to.'],
    ['GDP fell to $150 billion last year.'],
    ['Foreign ministers from all 32 NATO member states are convening in Brussels.'],
    ['More than 10,000 civilians have been killed since February 2022.'],
    ['72 percent of Americans support the plan, a poll shows.'],
    ['The company announced $5 billion in profits.'],
  ])('%s', (text) => {
    expect(aidIn([text])).toEqual([]);
  });
});

describe('isAboutAid', () => {
  // The nearer of an aid noun and another money noun decides, counting words from the figure
  // outwards; a tie is not aid. One sentence after another, as the extractor reads them.
  it.each([
    ['Revenues of the agency: $5 million in aid.', true],
    ['Aid worth $5 million exceeded costs.', false],
    ['Costs were $5 million, less than aid.', false],
    ['The loan of $5 million covered costs.', false],
  ])('%s → %s', (text, aid) => {
    const at = text.indexOf('$5 million');
    expect(isAboutAid(text, at, at + '$5 million'.length)).toBe(aid);
  });
});

describe('findMoneyAmounts', () => {
  it('GIVEN symbols, codes, words and scales THEN normalised values and ISO currencies', () => {
    const found = findMoneyAmounts('$1.2 trillion, US$ 300m, £2.5bn, EUR 500 million, 725 million dollars, UAH 40 billion, €1,5 mrd, $1,500');
    expect(found.map((a) => [a.value, a.currency, a.text])).toEqual([
      [1.2e12, 'USD', '$1.2 trillion'],
      [300e6, 'USD', 'US$ 300m'],
      [2.5e9, 'GBP', '£2.5bn'],
      [500e6, 'EUR', 'EUR 500 million'],
      [725e6, 'USD', '725 million dollars'],
      [40e9, 'UAH', 'UAH 40 billion'],
      [1.5e9, 'EUR', '€1,5 mrd'],
      [1500, 'USD', '$1,500'],
    ]);
  });

  it('GIVEN numbers without a currency THEN nothing', () => {
    expect(findMoneyAmounts('32 member states, 50 nations, 5 m tall, 2024 soldiers')).toEqual([]);
  });
});

describe('extractAid: who gives and receives, and what is only asked', () => {
  const parties = (text: string) => aidIn([text]).map((fact) => [fact.amount?.text, fact.donor, fact.recipient]);

  it.each([
    'Will Pellonia send the $300 million in military aid to Zorvia before winter?',
    '“Will the $50 million in aid reach Zorvia?”',
    'Q — Does the President support giving Zorvia $2 billion in aid, as the Berg plan proposes?',
  ])('GIVEN a question %j THEN no figure: it asks, it reports nothing', (text) => {
    expect(aidIn([text])).toEqual([]);
  });

  it.each([
    ['The Lindqvist Administration expedited the delivery of $400 million in military assistance to Zorvia.', '$400 million', 'Lindqvist Administration', 'Zorvia'],
    ['Worth noting that the Haraldsen administration has provided Zorvia now with $2.5 billion for its security.', '$2.5 billion', 'Haraldsen administration', 'Zorvia'],
    ['The United Kingdom Government announced £5 million in aid for Pellonia.', '£5 million', 'United Kingdom', 'Pellonia'],
  ])('GIVEN a government named by its leader or country %j THEN it is the donor', (text, amount, donor, recipient) => {
    expect(parties(text)).toEqual([[amount, donor, recipient]]);
  });

  it.each([
    ['My Administration secured nearly $2 billion in reconstruction aid for Zorvia.'],
    ['The Quellmark Bank has backed $108 million in loans to farmers during the Lindqvist Administration.'],
    ['Rebuilding the grid remains a priority for the Haraldsen government, with over $12 million in aid set aside.'],
  ])('GIVEN a government that is no giver (no leader named, a time, a beneficiary) in %j THEN it is not the donor', (text) => {
    expect(aidIn([text]).map((fact) => fact.donor)).not.toContainEqual(expect.stringMatching(/administration|government/iu));
  });

  it('GIVEN a leader\'s government and the country both named THEN the country is the donor', () => {
    expect(parties('The Berg Administration said the United States will spend $30 million in aid for Pellonia.')).toEqual([['$30 million', 'United States', 'Pellonia']]);
  });
  it.each([
    ['Pellonia gave Zorvia $40 million in humanitarian aid.', '$40 million', 'Pellonia', 'Zorvia'],
    ['Allies have committed to collectively provide Zorvia with at least 40 billion euros worth of security assistance.', '40 billion euros', null, 'Zorvia'],
  ])('GIVEN the receiver as the giving verb’s object %j THEN it is the recipient', (text, amount, donor, recipient) => {
    expect(parties(text)).toEqual([[amount, donor, recipient]]);
  });

  it('GIVEN a party asked for money THEN it is not the recipient', () => {
    expect(aidIn(['The mayor has asked Quellmark Bank for $850 million in aid.']).map((fact) => fact.recipient)).not.toContain('Quellmark Bank');
  });
});
