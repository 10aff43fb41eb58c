import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.js';

describe('splitSentences', () => {
  it('splits plain sentences on . ! and ?', () => {
    expect(splitSentences('The talks ended. Did they agree? Yes! They did.')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'Yes!',
      'They did.',
    ]);
  });

  describe('abbreviations and initials that must not split', () => {
    it.each([
      'U.S. Secretary of State Antony Blinken is traveling to Brussels on Monday for the NATO Foreign Ministers Meeting.',
      'NATO headquarters in Brussels, Nov. 29, 2023, hosted the meeting.',
      'Sen. Chuck Schumer called the vote historic.',
      'Gen. Carsten Breuer said the systems would come from German stocks.',
      'Mr. Schumer and Dr. Anna Keller spoke after the vote.',
      'Germany approved its No. 2 aid tranche last autumn.',
      'The ship sailed to St. Petersburg in the evening.',
      'The vote came after 9 p.m. on Tuesday.',
      'President John F. Kennedy spoke in Berlin in 1963.',
      'Congress stalls on the request for $61.4 billion in additional aid for Kyiv.',
      'Maj. Gen. Pat Ryder spoke to reporters.',
    ])('keeps "%s" whole', (sentence) => {
      expect(splitSentences(sentence)).toEqual([sentence]);
    });
  });

  it('GIVEN a dotted acronym at the end of a sentence THEN splits when a sentence opener follows', () => {
    expect(splitSentences('Aid will come from the U.S. The Senate must still vote.')).toEqual([
      'Aid will come from the U.S.',
      'The Senate must still vote.',
    ]);
  });

  it('GIVEN a month abbreviation not followed by a number THEN treats the point as a boundary candidate', () => {
    expect(splitSentences('The meeting was held on Nov. 29, 2023. Blinken attended.')).toEqual([
      'The meeting was held on Nov. 29, 2023.',
      'Blinken attended.',
    ]);
  });

  it('keeps a sentence that ends inside a closing quote whole', () => {
    expect(splitSentences('Blinken said, "We will stand by Ukraine." The talks then ended.')).toEqual([
      'Blinken said, "We will stand by Ukraine."',
      'The talks then ended.',
    ]);
  });

  it('does not split at an ellipsis followed by lower case inside a quote', () => {
    const text =
      '"Most of the drones that we\'ve seen used in the biggest-ever drone attack on Kyiv just last weekend... those were made and supplied by Iran," he said.';
    expect(splitSentences(text)).toEqual([text]);
  });

  it('does not split at an ellipsis that opens a quotation', () => {
    expect(splitSentences('He went on to elaborate: "... As we have said repeatedly, this matters." Then he left.')).toEqual([
      'He went on to elaborate: "... As we have said repeatedly, this matters."',
      'Then he left.',
    ]);
  });

  it('does not split inside a short quoted phrase', () => {
    const text = 'He called the plan "bold. Very bold" and moved on.';
    expect(splitSentences(text)).toEqual([text]);
  });

  it('does split a long quotation into its sentences', () => {
    expect(
      splitSentences('"We will remain with you for the long haul. It certainly matters to the United States of America," he said.'),
    ).toEqual(['"We will remain with you for the long haul.', 'It certainly matters to the United States of America," he said.']);
  });

  it('does not split before a lower-case word or inside a number', () => {
    expect(splitSentences('The U.S. gave approx. 5.5 percent more. e.g. this stays.')).toHaveLength(1);
    expect(splitSentences('Roughly $44.2 billion was sent.')).toEqual(['Roughly $44.2 billion was sent.']);
  });

  it('keeps the text of every sentence unchanged and loses nothing but the spaces between them', () => {
    const paragraph = 'One fact. "Two facts," he said. Three: U.S. aid! Four?';
    const sentences = splitSentences(paragraph);
    expect(sentences.join(' ')).toBe(paragraph);
  });

  it('GIVEN a line break kept in a paragraph THEN a sentence ends there, wherever the words stand', () => {
    expect(splitSentences('Jon Roe, Harbour Master\n Ann Poe, Chief Engineer. She spoke first.')).toEqual([
      'Jon Roe, Harbour Master',
      'Ann Poe, Chief Engineer.',
      'She spoke first.',
    ]);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('   ')).toEqual([]);
  });

  // Its speed on a large corpus is measured by `npm run bench` (the build's split step).
  it('GIVEN megabytes of abbreviation-heavy news text THEN every paragraph splits the same way', () => {
    const paragraph =
      'U.S. Secretary of State Antony Blinken said on Nov. 29, 2023, that aid worth $61.4 billion is needed. ' +
      '"We must and we will continue to support Ukraine," he told reporters. Sen. Schumer agreed... ' +
      'The vote came after 9 p.m. on Tuesday, and Gen. Breuer said No. 2 was next. ';
    const paragraphs = Array.from({ length: 2_000_000 / paragraph.length }, () => paragraph);
    let count = 0;
    for (const p of paragraphs) count += splitSentences(p).length;
    expect(count).toBe(paragraphs.length * 4);
  });
});
