import { describe, expect, it } from 'vitest';
import { cleanBody, normaliseTypography } from '../../src/ingest/clean.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const lines = (...l: string[]): string => l.join('\n');

describe('normaliseTypography', () => {
  it('straightens curly quotes, keeps apostrophes as \', and normalises spaces and ellipses', () => {
    expect(normaliseTypography('\u201CIt\u2019s done\u2026\u201D\u00A0he\u200B said')).toBe('"It\'s done..." he said');
  });
});

describe('cleanBody', () => {
  it('GIVEN comment-form, share and platform furniture THEN drops it and keeps the article', () => {
    const body = lines(
      'fbpx',
      '',
      'Germany sends more tanks to Ukraine',
      'Share this article',
      '',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
      '',
      'Support our non-profit journalism',
      'Submit a Comment',
      'Your email address will not be published. Required fields are marked *',
      'Continue reading on the app',
      'Expand article',
      'No comments:',
      'Leave comment here',
      'Powered by Blogger.',
      'Leave a review',
    );
    expect(cleanBody(body).paragraphs).toEqual([
      'Germany sends more tanks to Ukraine',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
    ]);
  });

  it('GIVEN image captions and credits THEN drops them', () => {
    const body = lines(
      'Germany sends more tanks to Ukraine',
      'Boris Pistorius | Image by bmvg/Instagram',
      'Boris Pistorius. Stock photo: Getty Images',
      'Image by Reuters',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
      'Pistorius said the tanks would arrive in spring.',
    );
    expect(cleanBody(body).paragraphs).toEqual([
      'Germany sends more tanks to Ukraine',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
      'Pistorius said the tanks would arrive in spring.',
    ]);
  });

  it('GIVEN a site name and tagline at the top THEN picks the headline whose words recur in the text', () => {
    const body = lines(
      'DailyCompass',
      '',
      'Your Window On The World',
      '',
      'Germany sends more Leopard tanks to Ukraine',
      'Politics Europe',
      '',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
    );
    const cleaned = cleanBody(body);
    expect(cleaned.headline).toBe('Germany sends more Leopard tanks to Ukraine');
    expect(cleaned.paragraphs).toEqual([
      'Germany sends more Leopard tanks to Ukraine',
      'Germany will send 20 more Leopard tanks to Ukraine, the defence ministry said on Friday.',
    ]);
  });

  it('GIVEN a headline printed twice THEN keeps it once', () => {
    const body = lines('Kyiv receives new air defence', 'Kyiv receives new air defence', 'Kyiv received a new air defence system on Monday, officials said.');
    expect(cleanBody(body).paragraphs).toEqual([
      'Kyiv receives new air defence',
      'Kyiv received a new air defence system on Monday, officials said.',
    ]);
  });

  it('drops headings and tag lines but keeps the sentences that follow them', () => {
    const body = lines(
      'The alliance met in Brussels on Tuesday to discuss support for Ukraine.',
      '',
      'Background:',
      '',
      'Earlier, the Pentagon said it had delivered most of the promised munitions.',
      '',
      'Key Developments:',
      '• NATO allies have delivered over €65 billion in military aid to Ukraine since February 2022.',
      '',
      'aid for Ukraine',
    );
    expect(cleanBody(body).paragraphs).toEqual([
      'The alliance met in Brussels on Tuesday to discuss support for Ukraine.',
      'Earlier, the Pentagon said it had delivered most of the promised munitions.',
      'NATO allies have delivered over €65 billion in military aid to Ukraine since February 2022.',
    ]);
  });

  it('strips a "Quote:" label and keeps the quotation', () => {
    expect(cleanBody('Quote: "We will continue to support Ukraine," Blinken said.').paragraphs).toEqual([
      '"We will continue to support Ukraine," Blinken said.',
    ]);
  });

  it('drops a bare "Source:" line (it is metadata, read by the article reader)', () => {
    const body = lines('The ministry confirmed the delivery on Monday.', 'Source: kyivpost.com');
    expect(cleanBody(body).paragraphs).toEqual(['The ministry confirmed the delivery on Monday.']);
  });

  it('keeps a "Source:" line that also reports who said it, since it can be the only place a full name appears', () => {
    const source = 'Source: European Pravda, citing Blinken during a meeting with NATO Secretary General Mark Rutte';
    const body = lines('Blinken met Rutte in Brussels on Wednesday.', source);
    expect(cleanBody(body).paragraphs).toEqual(['Blinken met Rutte in Brussels on Wednesday.', source]);
  });

  it('GIVEN a sidebar of dash-separated headlines after the article THEN drops the sidebar with its section word', () => {
    const body = lines(
      'Ministers closed the meeting on Wednesday with a pledge to keep supporting Ukraine.',
      'Blinken said he was confident the aid would be approved.',
      'Politics',
      '-',
      'Foreign minister meets his German counterpart in Baku.',
      '-',
      'Journalist ends hunger strike after two weeks.',
      'Leave a review',
    );
    expect(cleanBody(body).paragraphs).toEqual([
      'Ministers closed the meeting on Wednesday with a pledge to keep supporting Ukraine.',
      'Blinken said he was confident the aid would be approved.',
    ]);
  });

  it('GIVEN a "Read more" block at the bottom THEN drops it to the end', () => {
    const body = lines(
      'The first grain ship in weeks left Odesa on Thursday.',
      'Insurers welcomed the news.',
      'Officials expect more ships to follow next week.',
      'Read more',
      'Central bank keeps interest rates unchanged.',
    );
    expect(cleanBody(body).paragraphs).toEqual([
      'The first grain ship in weeks left Odesa on Thursday.',
      'Insurers welcomed the news.',
      'Officials expect more ships to follow next week.',
    ]);
  });

  describe('text that must not be dropped', () => {
    it('keeps a real short sentence', () => {
      expect(cleanBody('Talks resumed on Monday.\n\nHe declined.\n\nThe delegation left Kyiv in the evening.').paragraphs).toEqual([
        'Talks resumed on Monday.',
        'He declined.',
        'The delegation left Kyiv in the evening.',
      ]);
    });

    it('keeps a sentence that mentions a photo or sharing in prose', () => {
      const body = 'Officials said they would share the intelligence with allies in the coming days.';
      expect(cleanBody(body).paragraphs).toEqual([body]);
    });

    it('keeps a long paragraph that lost its final period', () => {
      const body = 'The package includes air defence interceptors, artillery rounds and spare parts for vehicles already in Ukraine';
      expect(cleanBody(body).paragraphs).toEqual([body]);
    });

    it('keeps a bulleted list item without final punctuation, and the line leading its list (what the item is part of)', () => {
      expect(cleanBody('The bill includes:\n- about $61 billion for Ukraine, including weapons', 'md').paragraphs).toEqual([
        'The bill includes:',
        'about $61 billion for Ukraine, including weapons',
      ]);
    });

    it('drops a short line ending with a colon that leads no list, or that is a section label of one or two words', () => {
      expect(cleanBody('Parts of the harbour plan:\n\nThe council met on Monday to discuss it.').paragraphs).toEqual(['The council met on Monday to discuss it.']);
      expect(cleanBody('Harbour plan:\n- four new cranes for the port', 'md').paragraphs).toEqual(['four new cranes for the port']);
    });

    it('keeps lone dashes inside prose and a single dash line does not make a sidebar', () => {
      const body = lines('Ukraine must stand on its own feet – militarily and economically.', '-', 'The ministers agreed on the plan.');
      expect(cleanBody(body).paragraphs).toEqual([
        'Ukraine must stand on its own feet – militarily and economically.',
        'The ministers agreed on the plan.',
      ]);
    });
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    expect(cleanBody('The summit will take place in Washington\nfrom July 9 to 11, 2024, officials said.').paragraphs).toEqual([
      'The summit will take place in Washington from July 9 to 11, 2024, officials said.',
    ]);
  });

  it('GIVEN markdown THEN reads the heading as the headline and strips inline markup', () => {
    const body = lines('# Senate approves aid bill', '', '**WASHINGTON** — The Senate approved the [aid bill](https://example.org) on', 'Tuesday night.');
    const cleaned = cleanBody(body, 'md');
    expect(cleaned.headline).toBe('Senate approves aid bill');
    expect(cleaned.paragraphs).toEqual(['Senate approves aid bill', 'WASHINGTON — The Senate approved the aid bill on Tuesday night.']);
  });

  it('GIVEN markdown lines ending in a hard break THEN one paragraph whose lines stay apart; a wrapped line still joins', () => {
    const body = lines(
      '**Wire:** [**Ferry fares would rise under the plan, mayor warns', 'Harbour**](https://example.org/a)  ',
      'Mayor Jane Doe said on Tuesday that the plan would raise every fare.',
      '',
      'Jon Roe, Harbour Master  ',
      'Ann Poe, Chief Engineer of the Port Authority  ',
      'and their deputies attended the meeting.',
    );
    const sentences = cleanBody(body, 'md').paragraphs.flatMap(splitSentences);
    expect(sentences).toEqual([
      'Wire: Ferry fares would rise under the plan, mayor warns Harbour',
      'Mayor Jane Doe said on Tuesday that the plan would raise every fare.',
      'Jon Roe, Harbour Master',
      'Ann Poe, Chief Engineer of the Port Authority and their deputies attended the meeting.',
    ]);
    // Without the hard break the lines are one wrapped line.
    expect(cleanBody('The new Harbour\nMaster Jane Doe spoke about the ferry plan.', 'md').paragraphs.flatMap(splitSentences)).toEqual([
      'The new Harbour Master Jane Doe spoke about the ferry plan.',
    ]);
  });

  it('GIVEN inline HTML that only formats in markdown THEN its tags are dropped, its text kept', () => {
    expect(cleanBody('<u>Ann Poe, Deputy Director, Office of Harbors</u> spoke <em>first</em>.', 'md').paragraphs).toEqual([
      'Ann Poe, Deputy Director, Office of Harbors spoke first.',
    ]);
  });

  it('GIVEN markdown emphasis with one star, and bold left open over paragraphs THEN no sentence shows the markers, and a lone star stays', () => {
    const body = [
      'Earlier this year the council passed the *Harbour Safety Act*—a new law championed by Mayor Olsen, with strong support from both sides.',
      "**They're not alone. Members of both parties praised the law in the days after it passed the council.",
      'Others agreed.** The law passed 9 to 2 in the council on a Monday afternoon vote in late April this year.',
      'The ferry fare is 5 * 3 crowns a month, and the footnote* marks in the table stay as written for the record here.',
    ].join('\n\n');
    expect(cleanBody(body, 'md').paragraphs).toEqual([
      'Earlier this year the council passed the Harbour Safety Act—a new law championed by Mayor Olsen, with strong support from both sides.',
      "They're not alone. Members of both parties praised the law in the days after it passed the council.",
      'Others agreed. The law passed 9 to 2 in the council on a Monday afternoon vote in late April this year.',
      'The ferry fare is 5 * 3 crowns a month, and the footnote* marks in the table stay as written for the record here.',
    ]);
  });

  it('GIVEN raw HTML in markdown (a table, a figure, spans, a comment) THEN block elements end paragraphs and each table row is one, dropped when not prose', () => {
    const body = lines(
      'The harbour board listed the grants on Monday.',
      '',
      '<table>',
      '<colgroup>',
      '<col style="width: 50%" />',
      '</colgroup>',
      '<tbody>',
      '<tr class="odd">',
      '<td> Grantee</td>',
      '<td> Amount </td>',
      '</tr>',
      '<tr class="even">',
      '<td>North Quay Ferry Co &amp; Sons, for two electric boats on the island route</td>',
      '<td> $4,000,000</td>',
      '</tr>',
      '<tr><td></td><td> </td></tr>',
      '</tbody>',
      '</table>',
      '<figure>',
      '<img',
      'src="https://example.org/ferry.gif"',
      'title="Anchor" loading="lazy" />',
      '</figure>',
      '<!-- a note for editors -->',
      'The <span style="text-decoration: underline">new</span> ferry will sail from the north quay in May.',
    );
    expect(cleanBody(body, 'md').paragraphs).toEqual([
      'The harbour board listed the grants on Monday.',
      'North Quay Ferry Co & Sons, for two electric boats on the island route · $4,000,000',
      'The new ferry will sail from the north quay in May.',
    ]);
  });

  it('GIVEN struck-out words, character references and backslash escapes in markdown THEN it reads as rendered', () => {
    const body = 'The mayor thanked the <s>fire brigade</s> \\[coast guard\\] for the rescue &mdash; and the crew at pier&nbsp;3.';
    expect(cleanBody(body, 'md').paragraphs).toEqual(['The mayor thanked the [coast guard] for the rescue — and the crew at pier 3.']);
  });

  it('GIVEN angle brackets that are no HTML element THEN they stay as written', () => {
    expect(cleanBody('The ticket code is <Harbour-7> and fares stay < 5 euros for every passenger.', 'md').paragraphs).toEqual([
      'The ticket code is <Harbour-7> and fares stay < 5 euros for every passenger.',
    ]);
  });

  it('GIVEN a markdown list item whose link wraps onto an indented line THEN one paragraph, the link text kept whole', () => {
    const body = lines(
      'Officials welcomed the new ferry schedule this week.',
      '',
      '-   [Harbour Master Jane',
      '    Doe](https://example.org/post/1): "The new timetable',
      '    serves every island."',
    );
    expect(cleanBody(body, 'md').paragraphs).toEqual([
      'Officials welcomed the new ferry schedule this week.',
      'Harbour Master Jane Doe: "The new timetable serves every island."',
    ]);
  });
});
