import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { ANSWER_VERSION, AnswerSchema, type Answer } from '../src/answer.js';
import { EMBED_COLOURS, EMBED_LIMITS, embedLimitViolations, embedSize, renderEmbed } from '../src/render/embed.js';
import { abstainedAnswer, aidAnswer, blog, listedNumbers, pravda, spokenAnswer } from './helpers/answers.js';

const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,14}$/),
  fc.constantFrom('@everyone', '<@&123>', '**bold**', '[x](http://evil)', '#', '😀🇺🇦', 'Zelenskyy’s', 'שלום', 'Z̷̢a̸l̶g̵o̷', '$61.4'),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 400 }).map((words) => words.join(' '));
const article = fc.record({
  id: fc.stringMatching(/^[a-z-]{1,30}$/),
  title: fc.option(sentence, { nil: null }),
  publisher: fc.option(fc.stringMatching(/^[A-Za-z ]{1,60}$/), { nil: null }),
  published: fc.option(fc.constant('2024-11-13'), { nil: null }),
  url: fc.option(fc.constantFrom('https://example.org/a_(b)', 'voanews.com', 'https://x.test/'), { nil: null }),
});

const randomAnswer: fc.Arbitrary<Answer> = fc
  .record({
    title: sentence,
    message: fc.option(sentence, { nil: undefined }),
    abstained: fc.boolean(),
    sentences: fc.array(fc.record({ sentence, article }), { minLength: 1, maxLength: 60 }),
    itemCount: fc.integer({ min: 0, max: 80 }),
    paraphrase: fc.boolean(),
    page: fc.option(fc.record({ number: fc.integer({ min: 1, max: 5 }), total: fc.constant(5) }), { nil: undefined }),
  })
  .map(({ title, message, abstained, sentences, itemCount, paraphrase, page }) => {
    const citations = sentences.map((cited, i) => ({ n: i + 1, ...cited }));
    const items = Array.from({ length: itemCount }, (_, i) => {
      const first = citations[i % citations.length]!;
      const second = citations[(i * 7 + 3) % citations.length]!;
      return {
        text: paraphrase ? `${i + 1} million · military · donor → Ukraine` : first.sentence,
        date: '2024-07-09 – 2024-07-11',
        citations: [...new Set([first.n, second.n])],
      };
    });
    return {
      version: ANSWER_VERSION,
      command: 'timeline',
      query: title,
      title,
      abstained,
      ...(message === undefined ? {} : { message }),
      items,
      citations,
      ...(page === undefined ? {} : { page }),
    };
  });

describe('renderEmbed', () => {
  it('GIVEN an aid answer THEN items carry their markers, structured items quote their sentence, and sources link', () => {
    const { embeds, components } = renderEmbed(aidAnswer(), { factBaseVersion: '1-abc' });
    const [embed] = embeds;
    expect(embed?.title).toBe('Aid from United States');
    expect(embed?.color).toBe(EMBED_COLOURS.answered);
    expect(embed?.description).toBe(
      [
        '**1.** $725 million · military · United States → Ukraine — 2024-12-03 [1]',
        '> “Blinken announced a substantial military aid package worth $725 million for Ukraine.”',
        '',
        '**2.** Blinken said he is confident it will be approved. [2]',
      ].join('\n'),
    );
    expect(embed?.fields).toEqual([
      {
        name: 'Sources',
        value:
          '[1] blog-nato · 2024-12-03\n[2] [European Pravda, “US Secretary of State assures NATO Secretary General of strengthened support for Kyiv”](https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/) · 2024-11-13',
      },
    ]);
    expect(embed?.footer?.text).toBe('fact base 1-abc');
    // The source with a web address gets a link button that opens the article.
    expect(components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Link, label: '[2] European Pravda', url: 'https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/' }],
      },
    ]);
  });

  it('GIVEN several citations of one article THEN one source line lists their numbers, and nothing is printed twice', () => {
    const base = aidAnswer();
    const sentences = ['First sentence of the story.', 'Second one.', 'Third one.', 'Another story.'];
    const answer: Answer = {
      ...base,
      items: sentences.map((text, i) => ({ text, citations: [i + 1] })),
      citations: sentences.map((sentence, i) => ({ n: i + 1, sentence, article: i < 3 ? pravda : blog })),
    };
    const [embed] = renderEmbed(answer).embeds;
    expect(embed?.fields?.[0]?.value.split('\n')).toEqual([
      '[1–3] [European Pravda, “US Secretary of State assures NATO Secretary General of strengthened support for Kyiv”](https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/) · 2024-11-13',
      '[4] blog-nato · 2024-12-03',
    ]);
  });

  it('GIVEN a line with a speaker THEN the speaker is shown before it, escaped', () => {
    expect(renderEmbed(spokenAnswer()).embeds[0]?.description).toBe('**1.** *Ana \\*Reyes\\*:* She also backed a new quay. [1][2]');
  });

  it('GIVEN an abstention THEN it has the abstention colour, the message first and the closest sentences labelled', () => {
    const [embed] = renderEmbed(abstainedAnswer()).embeds;
    expect(embed?.color).toBe(EMBED_COLOURS.abstained);
    expect(embed?.description?.split('\n\n').slice(0, 2)).toEqual([
      "The coverage doesn't say.",
      '*Closest sentences in the coverage (they may not answer this):*',
    ]);
  });

  it('GIVEN an error answer THEN it has the error colour', () => {
    const answer: Answer = { ...abstainedAnswer(), error: 'bad-input', items: [], citations: [] };
    expect(renderEmbed(answer).embeds[0]?.color).toBe(EMBED_COLOURS.error);
  });

  it('GIVEN page 1 of 5 with paging ids THEN Previous is disabled and Next is live; GIVEN the last page THEN Next is disabled', () => {
    const answer: Answer = { ...aidAnswer(), page: { number: 1, total: 5 } };
    const first = renderEmbed(answer, { paging: { nextId: 'tl:next' } });
    expect(first.components[0]).toEqual({
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Previous', custom_id: 'page:none:previous', disabled: true },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', custom_id: 'tl:next', disabled: false },
      ],
    });
    expect(first.embeds[0]?.footer?.text).toBe('Page 1/5');
    const last = renderEmbed({ ...answer, page: { number: 5, total: 5 } }, { paging: { previousId: 'tl:prev', nextId: 'tl:next' } });
    expect(last.components[0]?.components.map((button) => button.disabled)).toEqual([false, true]);
  });

  it('GIVEN a user query with mentions and markdown in the title THEN the embed neither pings nor breaks', () => {
    const answer = { ...aidAnswer(), title: '@everyone [click](http://evil) **x**' };
    const title = renderEmbed(answer).embeds[0]?.title ?? '';
    expect(title).not.toContain('@everyone');
    expect(title).toContain('\\[click\\]\\(http://evil\\)');
  });

  it('GIVEN 200 long items THEN whole items are dropped, the footer says how many, and what is shown fits', () => {
    const base = aidAnswer();
    const long = 'Allies pledged further support for Ukraine at the meeting in Brussels on Wednesday. '.repeat(3).trim();
    const answer: Answer = {
      ...base,
      items: Array.from({ length: 200 }, (_, i) => ({ text: `${long} (${i + 1})`, citations: [2] })),
    };
    const [embed] = renderEmbed(answer).embeds;
    const shown = (embed?.description ?? '').split('\n\n').length;
    expect(embedLimitViolations(embed!)).toEqual([]);
    expect(shown).toBeGreaterThan(5);
    expect(embed?.footer?.text).toBe(`${200 - shown} more items not shown (Discord size limits)`);
  });

  it('GIVEN a timeline item that quotes its article\'s headline THEN the article is still listed as its source', () => {
    const answer: Answer = {
      version: ANSWER_VERSION,
      command: 'timeline',
      query: '/timeline',
      title: 'Timeline',
      abstained: false,
      items: [{ text: 'Ministers meet in Brussels', date: '2024-07-09', citations: [1] }],
      citations: [{ n: 1, sentence: 'Ministers meet in Brussels', article: { id: 'x', title: 'Ministers meet in Brussels', publisher: 'Valley Weekly', published: '2024-07-09', url: null } }],
    };
    const [embed] = renderEmbed(answer).embeds;
    expect(embed?.fields?.map((field) => field.value).join('\n')).toContain('[1] Valley Weekly');
  });

  it('GIVEN random answers (long sentences, many items and citations, unicode) THEN every limit holds and every shown item shows a citation marker', () => {
    fc.assert(
      fc.property(randomAnswer, fc.boolean(), (answer, paged) => {
        expect(AnswerSchema.safeParse(answer).success).toBe(true);
        const rendered = renderEmbed(answer, paged ? { paging: { previousId: 'p', nextId: 'n' }, factBaseVersion: '1-abc' } : {});
        expect(rendered.embeds).toHaveLength(1);
        const embed = rendered.embeds[0]!;
        expect(embedLimitViolations(embed)).toEqual([]);
        expect(embedSize(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
        const items = (embed.description ?? '').split('\n\n').filter((block) => /^\*\*\d+\.\*\* /.test(block));
        for (const block of items) expect(block.split('\n')[0]).toMatch(/(\[\d+\])+$/);
        const shownMarkers = new Set(items.flatMap((block) => [...(block.split('\n')[0] ?? '').matchAll(/\[(\d+)\]$|\[(\d+)\](?=\[)/g)].map((m) => m[1] ?? m[2])));
        const sources = (embed.fields ?? []).map((field) => field.value).join('\n');
        const listed = listedNumbers(sources);
        for (const n of shownMarkers) expect(listed).toContain(Number(n));
        if (items.length < answer.items.length) expect(embed.footer?.text).toContain('not shown');
        expect(JSON.stringify(embed)).not.toMatch(/@everyone|<@&123>/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderEmbed for an answer that is only a message (/help)', () => {
  it('keeps the message lines and does not cut them to the header allowance', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `/command${i} — what command ${i} answers, with an example of its options`);
    const help: Answer = { version: ANSWER_VERSION, command: 'help', query: '/help', title: 'Commands', abstained: false, message: lines.join('\n'), items: [], citations: [] };
    const [embed] = renderEmbed(help).embeds;
    expect(embed?.description?.split('\n')).toHaveLength(20);
    expect(embed?.description).toContain('command19');
    expect(embedLimitViolations(embed!)).toEqual([]);
  });
});
