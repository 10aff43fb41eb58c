import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/extract-people.js';
import { extractQuotes } from '../../src/ingest/extract-quotes.js';
import { honorificPronouns } from '../../src/ingest/honorific-pronouns.js';
import type { Quote } from '../../src/factbase/schema.js';
import { coverage } from '../helpers/coverage.js';

function quotesOf(...paragraphs: string[][]): Quote[] {
  const { sentences, articlesById } = coverage([{ id: 'a', paragraphs }]);
  return extractQuotes(sentences, articlesById, extractPeople(sentences, articlesById));
}

/** Quotes attributed knowing the pronouns the coverage's honorifics give its people. */
function quotesKnowingPronouns(...paragraphs: string[][]): Quote[] {
  const { sentences, articlesById } = coverage([{ id: 'a', paragraphs }]);
  const people = extractPeople(sentences, articlesById);
  return extractQuotes(sentences, articlesById, people, honorificPronouns(sentences, people));
}

const quoteStarting = (quotes: readonly Quote[], start: string): Quote => {
  const quote = quotes.find((q) => q.text.startsWith(start));
  if (quote === undefined) throw new Error(`no quote starting "${start}" among ${quotes.map((q) => q.text).join(' | ')}`);
  return quote;
};

// Paragraphs copied from the bundled articles, split as the sentence splitter splits them.
const BUNDLED = coverage([
  {
    id: 'blog',
    paragraphs: [
      ['The decision-making process is expected to be lengthy, with a senior NATO diplomat stating, "It will take weeks and months to get consensus."', 'The diplomat, who wished to remain anonymous, expressed skepticism about a swift decision, saying, "I don\'t see that happening tomorrow, I would be very surprised."'],
      ['Ukrainian President Volodymyr Zelenskyy has expressed his gratitude to German Chancellor Olaf Scholz for his visit to Kyiv on Monday.', 'Zelenskyy stated, "Today, Chancellor Scholz visited Ukraine.', 'We had an extensive discussion – one of the longest bilateral meetings, in a special format, lasting more than two and a half hours."', 'The primary focus of their discussion was "air defense and strengthening protection of the skies."'],
      ['Ukrainian President Volodymyr Zelenskyy expressed his heartfelt gratitude to German Chancellor Olaf Scholz, saying, "Olaf, I want to personally thank you, and I extend my gratitude to your country - thank you, Germany!"'],
    ],
  },
  {
    id: 'dallas',
    paragraphs: [
      ['This sentiment has also been expressed by U.S. Secretary of Defense Lloyd Austin, who said during a trip to Kyiv that there has been a "shift in mindset" by those who thought Russia would quickly overpower Ukraine.'],
      ['"We will remain with you for the long haul.', 'What happened here in Ukraine — that not only matters to Ukraine but it matters to the rest of the world.', 'It certainly matters to the United States of America," he said, as previously reported by The Dallas Express.'],
      ["Assistant Secretary of State for European and Eurasian Affairs James O'Brien told reporters that Blinken supports increasing the NATO presence in Kosovo to help facilitate the two sides joining the European Union."],
      ['"Having the north be secure and quiet is the key to making political progress on the roadmap, and on the two countries\' paths towards Europe," said O\'Brien, as reported by Reuters.'],
    ],
  },
  {
    id: 'pravda',
    paragraphs: [
      ['US Secretary of State Antony Blinken assured NATO on Wednesday, 13 November, that the administration of current President Joe Biden will strengthen support for Ukraine in the coming months.'],
      ['During a meeting with Rutte in Brussels, Blinken warned that any deployment of North Korean troops to assist Russia in its war against Ukraine would trigger a "firm response".'],
      ['Quote: "President Biden fully intends to drive through the tape and use every day to continue to do what we\'ve done over the last four years, which is strengthening this alliance," Blinken said.'],
    ],
  },
  {
    id: 'turan',
    paragraphs: [
      ['Blinken: "We Must And We Will Continue To Support Ukraine"'],
      ['"Some are questioning whether the United States and other NATO Allies should continue to stand with Ukraine as we enter the second winter of Putin\'s brutality.', 'But the answer here today at NATO is clear and it\'s unwavering: We must and we will continue to support Ukraine," Secretary of State Antony Blinken told reporters.'],
      ['According to him, ensuring that Russia\'s war of aggression remains a strategic failure is as vital today as when the Kremlin launched that war almost two years ago.'],
      ['He went on to elaborate: "... As we\'ve said repeatedly, if we allow a country like Russia to act with impunity to redraw the borders of another by force, then it\'s open season.', 'And I heard nothing to suggest the contrary."'],
    ],
  },
]);

describe('extractQuotes on paragraphs of the bundled articles', () => {
  const people = extractPeople(BUNDLED.sentences, BUNDLED.articlesById);
  const quotes = extractQuotes(BUNDLED.sentences, BUNDLED.articlesById, people);

  it('attributes a quote followed by "Name told reporters", with the words inside the marks only', () => {
    const quote = quoteStarting(quotes, 'Some are questioning');
    expect(quote.speakerId).toBe('antony-blinken');
    expect(quote.text.endsWith('We must and we will continue to support Ukraine,')).toBe(true);
    expect(quote.sentenceIds).toHaveLength(2);
  });

  it('attributes a headline "Name: "…""', () => {
    const quote = quoteStarting(quotes, 'We Must And We Will');
    expect(quote).toMatchObject({ text: 'We Must And We Will Continue To Support Ukraine', speakerId: 'antony-blinken', speakerName: 'Blinken' });
  });

  it('names a described speaker without a person id', () => {
    expect(quoteStarting(quotes, 'It will take weeks')).toMatchObject({
      text: 'It will take weeks and months to get consensus.',
      speakerName: 'a senior NATO diplomat',
      speakerId: null,
    });
    expect(quoteStarting(quotes, "I don't see")).toMatchObject({ speakerName: 'The diplomat', speakerId: null });
  });

  it('joins a quote the splitter cut into several sentences and lists them all', () => {
    const zelenskyy = quoteStarting(quotes, 'Today, Chancellor Scholz visited Ukraine.');
    expect(zelenskyy.speakerId).toBe('volodymyr-zelenskyy');
    expect(zelenskyy.text).toBe(
      'Today, Chancellor Scholz visited Ukraine. We had an extensive discussion – one of the longest bilateral meetings, in a special format, lasting more than two and a half hours.',
    );
    const [first] = zelenskyy.sentenceIds;
    expect(zelenskyy.sentenceIds).toEqual([first, (first ?? 0) + 1]);
  });

  it('resolves "he said" to the one person named just before', () => {
    const austin = quoteStarting(quotes, 'We will remain with you for the long haul.');
    expect(austin).toMatchObject({ speakerId: 'lloyd-austin', speakerName: 'Lloyd Austin' });
    expect(austin.sentenceIds).toHaveLength(3);
  });

  it('resolves "He went on to elaborate:" across a sentence that names nobody', () => {
    expect(quoteStarting(quotes, '... As we').speakerId).toBe('antony-blinken');
  });

  it('attributes "…," said O\'Brien', () => {
    expect(quoteStarting(quotes, 'Having the north be secure')).toMatchObject({ speakerId: 'james-o-brien', speakerName: "O'Brien" });
  });

  it('attributes short scare quotes to the subject of the reporting verb, not to the object', () => {
    expect(quoteStarting(quotes, 'firm response')).toMatchObject({ text: 'firm response', speakerId: 'antony-blinken' });
    expect(quoteStarting(quotes, 'shift in mindset').speakerId).toBe('lloyd-austin');
    expect(quoteStarting(quotes, 'Olaf, I want').speakerId).toBe('volodymyr-zelenskyy');
  });

  it('attributes a quote introduced by "Quote:" and followed by "Blinken said"', () => {
    expect(quoteStarting(quotes, 'President Biden fully intends').speakerId).toBe('antony-blinken');
  });

  it('leaves a quote no one is said to have said unattributed rather than guessing', () => {
    expect(quoteStarting(quotes, 'air defense and strengthening')).toMatchObject({ speakerId: null, speakerName: null });
  });

  it('numbers quotes in order', () => {
    expect(quotes.map((q) => q.id)).toEqual(quotes.map((_, i) => i));
  });
});

describe('extractQuotes patterns', () => {
  it('leaves "he said" unattributed when the text before names two people', () => {
    const [quote] = quotesOf([
      'Ukrainian Foreign Minister Dmytro Kuleba met Russian Foreign Minister Sergei Lavrov.',
      '"Nothing at all was agreed today," he said.',
    ]);
    expect(quote).toMatchObject({ text: 'Nothing at all was agreed today,', speakerId: null, speakerName: null });
  });

  it('leaves "he said" unattributed when the one person named before is only spoken of', () => {
    const quotes = quotesOf(
      ['Mayor Mara Olsen opened the harbour fair on Monday.'],
      ['A reporter asked about the councillor who criticised her.', 'He says of Mara Olsen, the mayor, "She was never really from this town."'],
      ['"And now she wants to be called a local," he said.'],
    );
    expect(quoteStarting(quotes, 'And now she wants'), JSON.stringify(quotes)).toMatchObject({ speakerId: null, speakerName: null });
    expect(quotes.some((quote) => quote.speakerName === 'Mara Olsen')).toBe(false);
  });

  it('gives "she said" to the one person spoken of when the one speaking is the subject', () => {
    const quotes = quotesOf(['Mayor Mara Olsen opened the harbour fair on Monday.'], ['When I met Mara Olsen at the fair, she said, "We will build the new pier next year."']);
    expect(quoteStarting(quotes, 'We will build')).toMatchObject({ speakerName: 'Mara Olsen' });
  });

  it('leaves "he said" unattributed when the words name the one it would be read as', () => {
    const quotes = quotesOf(['Mayor Mara Olsen opened the harbour fair on Monday.', 'In fact, she said, "The attack on Mayor Olsen was a warning to us all."']);
    expect(quoteStarting(quotes, 'The attack on Mayor Olsen')).toMatchObject({ speakerId: null, speakerName: null });
  });

  // The coverage calls Mara Olsen "Ms. Olsen" and Piet Haraldsen "Mr. Haraldsen".
  const HONORIFICS = [
    'Pellonian Foreign Minister Piet Haraldsen visited the pier on Sunday.',
    'Pellonian Defence Minister Mara Olsen stayed home.',
    'Ms. Olsen thanked the volunteers.',
    'Mr. Haraldsen left early.',
    'Ms. Olsen and Mr. Haraldsen will meet again in May.',
  ];

  it('does not give "he said" to a woman the coverage calls "Ms."', () => {
    const quotes = quotesKnowingPronouns(HONORIFICS, ['Mara Olsen opened the harbour fair on Monday.', '"The fair is a success," he said.']);
    expect(quoteStarting(quotes, 'The fair is a success')).toMatchObject({ speakerId: null, speakerName: null });
  });

  it('gives "he said" to a man named only as an object when the coverage calls him "Mr."', () => {
    const quotes = quotesKnowingPronouns(HONORIFICS, ['In fairness to Piet Haraldsen, when he saw the vote, he said, "This is our time to build the new pier."']);
    expect(quoteStarting(quotes, 'This is our time')).toMatchObject({ speakerName: 'Piet Haraldsen' });
  });

  it('reads curly quotation marks too', () => {
    const [quote] = quotesOf(['German Chancellor Olaf Scholz spoke in Berlin.', 'Scholz said: “We will keep supporting Ukraine for as long as it takes.”']);
    expect(quote).toMatchObject({ text: 'We will keep supporting Ukraine for as long as it takes.', speakerId: 'olaf-scholz' });
  });

  it('attributes "according to" to the source named, with no person id for an organisation', () => {
    const [quote] = quotesOf(['According to the Foreign Ministry, the talks were "constructive and frank in every respect".']);
    expect(quote).toMatchObject({ speakerName: 'the Foreign Ministry', speakerId: null });
  });

  it('continues the speaker into the next quote that opens its own sentence', () => {
    const quotes = quotesOf(['Russian President Vladimir Putin spoke in Moscow.', '"We are ready to talk," Putin said.', '"But only on our terms."']);
    expect(quotes.map((q) => [q.text, q.speakerId])).toEqual([
      ['We are ready to talk,', 'vladimir-putin'],
      ['But only on our terms.', 'vladimir-putin'],
    ]);
  });

  it('drops short unattributed quotes and keeps longer ones without a speaker', () => {
    const quotes = quotesOf(['The so-called "special operation" continued.', 'A banner read "stand with Ukraine until the very end".']);
    expect(quotes.map((q) => q.text)).toEqual(['stand with Ukraine until the very end']);
    expect(quotes[0]?.speakerName).toBeNull();
  });

  it('finds nothing in text without quotation marks or with an unclosed one', () => {
    expect(quotesOf(['Blinken said the talks were useful.'], ['He added that "nothing was decided'])).toEqual([]);
  });

  it('does not join quotes across paragraphs or articles', () => {
    const { sentences, articlesById } = coverage([
      { id: 'a', paragraphs: [['Kuleba said: "First part of a long quote'], ['second part in another paragraph."']] },
      { id: 'b', paragraphs: [['"Quote in another article that runs long," a source said.']] },
    ]);
    const quotes = extractQuotes(sentences, articlesById, []);
    expect(quotes.map((q) => q.sentenceIds)).toEqual([[2]]);
    expect(quotes[0]?.speakerName).toBe('a source');
  });
});

describe("extractQuotes: words a speaker's turn gives as someone else's", () => {
  const turns = (...paragraphs: string[]) => quotesOf(['Harbour Commissioner Ingrid Lindqvist and Mayor Tomas Haraldsen met the press on Monday.'], ...paragraphs.map((text) => [text]));

  it('credits "as the President said, "…"" inside a labelled turn to the president, not to the turn', () => {
    const [quote] = turns('MS. LINDQVIST: You work with the fishermen — as the President said, "Nothing about the harbour without the fishermen" — and then you move.');
    expect(quote).toMatchObject({ text: 'Nothing about the harbour without the fishermen', speakerId: null, speakerName: 'the President' });
    // What the turn's speaker says they said stays theirs.
    const [own] = turns('MS. LINDQVIST: As I said, "the quays stay open all winter long."');
    expect(own).toMatchObject({ speakerId: 'ingrid-lindqvist' });
  });

  it('credits no one with a quotation that others are said to say ("economists say that …, quote, "…"")', () => {
    const [quote] = turns('MS. LINDQVIST: Well, 56 economists say that the levy will help, quote, "ease some of the strain on the quays."');
    expect(quote).toMatchObject({ text: 'ease some of the strain on the quays.', speakerId: null, speakerName: null });
  });

  it('resolves "he said" after "as the President said" to the President, not to someone named before', () => {
    const [quote] = turns('MS. LINDQVIST: Haraldsen asked about the quays. So, as the President said last week — he said, "the quays stay open for every boat."');
    expect(quote).toMatchObject({ speakerId: null, speakerName: 'the President' });
  });

  it('resolves "he said" inside a turn to the person spoken of, never to the turn\'s own label', () => {
    const [quote] = turns('MS. LINDQVIST: I spoke with the mayor. He said, "the ferries will run on time this winter."');
    expect(quote?.speakerId).not.toBe('ingrid-lindqvist');
  });
});
