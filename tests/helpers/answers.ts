// Hand-made Answers for the renderer tests: a cited list, an abstention, a paged timeline.
import { ANSWER_VERSION, type Answer, type CitedArticle } from '../../src/answer.js';

export const pravda: CitedArticle = {
  id: 'european-pravda',
  title: 'US Secretary of State assures NATO Secretary General of strengthened support for Kyiv',
  publisher: 'European Pravda',
  published: '2024-11-13',
  url: 'https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/',
};
export const blog: CitedArticle = { id: 'blog-nato', title: null, publisher: null, published: '2024-12-03', url: null };

export function aidAnswer(): Answer {
  return {
    version: ANSWER_VERSION,
    command: 'aid',
    query: '/aid donor:United States',
    title: 'Aid from United States',
    abstained: false,
    items: [
      { text: '$725 million · military · United States → Ukraine', date: '2024-12-03', citations: [1] },
      { text: 'Blinken said he is confident it will be approved.', citations: [2] },
    ],
    citations: [
      { n: 1, sentence: 'Blinken announced a substantial military aid package worth $725 million for Ukraine.', article: blog },
      { n: 2, sentence: 'Blinken said he is confident it will be approved.', article: pravda },
    ],
  };
}

/** A line opening with a pronoun, its speaker named by the sentence before (cited second). */
export function spokenAnswer(): Answer {
  return {
    version: ANSWER_VERSION,
    command: 'ask',
    query: 'what did reyes say about the quay',
    title: 'what did reyes say about the quay',
    abstained: false,
    items: [{ text: 'She also backed a new quay.', speaker: 'Ana *Reyes*', citations: [1, 2] }],
    citations: [
      { n: 1, sentence: 'She also backed a new quay.', article: pravda },
      { n: 2, sentence: 'Governor Ana Reyes criticized the port fees.', article: pravda },
    ],
  };
}

export function abstainedAnswer(): Answer {
  return {
    version: ANSWER_VERSION,
    command: 'ask',
    query: 'What did Macron pledge?',
    title: 'What did Macron pledge?',
    abstained: true,
    message: "The coverage doesn't say.",
    items: [{ text: 'Blinken said he is confident it will be approved.', citations: [1] }],
    citations: [{ n: 1, sentence: 'Blinken said he is confident it will be approved.', article: pravda }],
  };
}

/** The citation numbers listed at the starts of source lines: "[3] …", "[1, 2] …", "[4–7, 9] …". */
export function listedNumbers(sources: string): Set<number> {
  return new Set(
    [...sources.matchAll(/^\[([\d, –]+)\] /gmu)].flatMap((m) =>
      (m[1] ?? '').split(', ').flatMap((part) => {
        const [from = 0, to = from] = part.split('–').map(Number);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      }),
    ),
  );
}
