// /sources — what coverage is loaded: each article with its publisher, title, date, URL and
// size, plus totals. Each line cites the article's first sentence so it carries a source.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Article } from '../factbase/schema.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE, PAGE_OPTION, pageNumber } from './options.js';
import { abstained, answered, failed, pageOf, pagingNote } from './respond.js';
import { count } from '../counted.js';
import { timelineViews } from './timeline-events.js';
import type { Command } from './types.js';
import { derived, sentencesByArticle } from './views.js';

/** Articles per page: a line each, plus its source line. */
export const SOURCES_PAGE_SIZE = 10;

const data = {
  name: 'sources',
  description: 'The coverage the bot answers from: articles, publishers, dates and counts',
  options: [PAGE_OPTION],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({ page: pageNumber('page') });
export type SourcesOptions = z.infer<typeof options>;

function totalsOf(facts: LoadedFactBase): string {
  const { data: base } = facts;
  return [
    count(base.articles.length, 'article'),
    count(base.sentences.length, 'sentence'),
    count(base.people.length, 'person', 'people'),
    count(base.aid.length, 'aid figure'),
    // As /timeline counts them: a sentence (or near-duplicate group) once, however many dates it states.
    count(timelineViews(facts).placed.length, 'dated event'),
    count(base.quotes.length, 'quote'),
  ].join(' · ');
}

/**
 * Articles that have a sentence to cite, newest first (what a reader of news looks for), undated
 * ones last, ties in coverage order; the totals still count the others.
 */
function citableArticles(facts: LoadedFactBase): { article: Article; first: number; count: number }[] {
  return derived(facts, 'citableArticles', () => {
    const sentences = sentencesByArticle(facts);
    const citable = facts.data.articles.flatMap((article) => {
      const found = sentences.get(article.id);
      return found === undefined ? [] : [{ article, ...found }];
    });
    // Array.prototype.sort is stable: equal dates keep coverage order.
    return citable.sort((a, b) => (b.article.published ?? '').localeCompare(a.article.published ?? ''));
  });
}

function run(opts: SourcesOptions, facts: LoadedFactBase) {
  const head = { command: 'sources', query: opts.page > 1 ? `/sources page:${opts.page}` : '/sources', title: 'Coverage' };
  const totals = totalsOf(facts);
  const articles = citableArticles(facts);
  if (articles.length === 0) return abstained(head, `No coverage is loaded (${totals}).`);
  const paged = pageOf(articles, opts.page, SOURCES_PAGE_SIZE);
  if (paged === null) return failed(head, 'bad-input', pagingNote.pastTheEnd(opts.page, articles.length, SOURCES_PAGE_SIZE));

  const book = new CitationBook(facts);
  const items: AnswerItem[] = paged.items.map(({ article, first, count: sentenceCount }) => {
    // One line an article: its date is the item's date (shown once, by the renderer), an
    // unknown publisher is left out rather than printed as such, and the URL closes the line.
    const parts = [article.publisher, article.title ?? article.file, count(sentenceCount, 'sentence'), article.published ? null : 'undated', article.url];
    return {
      text: parts.filter((part): part is string => part !== null && part !== '').join(' · '),
      ...(article.published ? { date: article.published } : {}),
      // The first sentence alone: its near-duplicates belong to other articles' lines.
      citations: [book.citeOne(first)],
      articleId: article.id,
      publisher: article.publisher,
      articleTitle: article.title,
      published: article.published,
      url: article.url,
      sentenceCount,
    };
  });
  const range = paged.page === undefined ? null : pagingNote.range(paged.page, articles.length, SOURCES_PAGE_SIZE, 'article', 'newest first');
  return answered({ ...head, title: `Coverage: ${count(facts.data.articles.length, 'article')}` }, items, book, {
    message: `${totals} · fact base ${facts.version}${range === null ? '' : `\n${range}`}`,
    ...(paged.page === undefined ? {} : { page: paged.page }),
  });
}

export const sources: Command<SourcesOptions> = { data, options, run };
