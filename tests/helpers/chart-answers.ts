// Generated /aid and /timeline Answers for the chart tests, shaped as the commands shape
// them (the fields the charts read: amount, status, donor, cumulative; start, precision).
import { ANSWER_VERSION, type Answer, type AnswerItem, type Citation, type CitedArticle } from '../../src/answer.js';

export const article = (id: string, published: string | null, publisher: string | null = `Paper ${id}`): CitedArticle => ({
  id,
  title: `Story ${id}`,
  publisher,
  published,
  url: null,
});

export interface Figure {
  value?: number;
  currency?: string;
  percent?: number;
  subject?: string;
  donor: string;
  status: string | null;
  cumulative: boolean;
  date?: string;
  article: CitedArticle;
  qualifier?: string;
}

/** An /aid Answer: one item per figure, each citing its own sentence. */
export function aidAnswer(figures: readonly Figure[], title = 'Aid figures in the coverage'): Answer {
  const citations: Citation[] = [];
  const items: AnswerItem[] = figures.map((figure, i) => {
    citations.push({ n: i + 1, sentence: `Sentence ${i + 1}.`, article: figure.article });
    const amount =
      figure.value === undefined ? null : { value: figure.value, currency: figure.currency ?? 'USD', text: `$${figure.value / 1e9} billion` };
    return {
      text: `figure ${i + 1}`,
      ...(figure.date === undefined ? {} : { date: figure.date }),
      citations: [i + 1],
      amount,
      percent: figure.percent ?? null,
      subject: figure.subject ?? null,
      donor: figure.donor,
      recipient: 'Ukraine',
      kind: 'military',
      status: figure.status,
      qualifier: figure.qualifier ?? null,
      cumulative: figure.cumulative,
    };
  });
  return { version: ANSWER_VERSION, command: 'aid', query: '/aid', title, abstained: false, items, citations };
}

export interface Event {
  start: string;
  end?: string;
  precision: 'day' | 'month' | 'year';
  article: CitedArticle;
}

/** A whole /timeline Answer (every event, not one page): one item per event. */
export function timelineAnswer(events: readonly Event[]): Answer {
  const citations: Citation[] = events.map((event, i) => ({ n: i + 1, sentence: `Event ${i + 1}.`, article: event.article }));
  const items = events.map((event, i) => ({
    text: `Event ${i + 1}.`,
    date: event.start,
    citations: [i + 1],
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    precision: event.precision,
    dateText: 'on a day',
  }));
  return { version: ANSWER_VERSION, command: 'timeline', query: '/timeline', title: 'Timeline', abstained: false, items, citations };
}
