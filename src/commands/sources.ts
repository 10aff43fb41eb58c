// /sources — what coverage is loaded: each article with its publisher, title, date, URL and
// size, plus totals. Each line cites the article's first sentence so it carries a source.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE } from './options.js';
import { abstained, answered, count } from './respond.js';
import type { Command } from './types.js';

const data = {
  name: 'sources',
  description: 'The coverage the bot answers from: articles, publishers, dates and counts',
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({});
export type SourcesOptions = z.infer<typeof options>;

function run(_opts: SourcesOptions, facts: LoadedFactBase) {
  const head = { command: 'sources', query: '/sources', title: 'Coverage' };
  const { data: base } = facts;
  const sentencesByArticle = new Map<string, number[]>();
  for (const sentence of base.sentences) {
    const ids = sentencesByArticle.get(sentence.articleId) ?? [];
    ids.push(sentence.id);
    sentencesByArticle.set(sentence.articleId, ids);
  }
  const totals = [
    count(base.articles.length, 'article'),
    count(base.sentences.length, 'sentence'),
    count(base.people.length, 'person', 'people'),
    count(base.aid.length, 'aid figure'),
    count(base.events.length, 'dated event'),
    count(base.quotes.length, 'quote'),
  ].join(' · ');
  const book = new CitationBook(facts);
  const items: AnswerItem[] = [];
  for (const article of base.articles) {
    const ids = sentencesByArticle.get(article.id) ?? [];
    const first = ids[0];
    // An article with no sentences has nothing to cite; the totals still count it.
    if (first === undefined) continue;
    const parts = [article.publisher ?? 'Unknown publisher', article.title ?? article.file, article.published ?? 'undated'];
    items.push({
      text: `${parts.join(' — ')} · ${count(ids.length, 'sentence')}`,
      ...(article.published ? { date: article.published } : {}),
      // The first sentence alone: its near-duplicates belong to other articles' lines.
      citations: [book.citeOne(first)],
      articleId: article.id,
      publisher: article.publisher,
      articleTitle: article.title,
      published: article.published,
      url: article.url,
      sentenceCount: ids.length,
    });
  }
  if (items.length === 0) return abstained(head, `No coverage is loaded (${totals}).`);
  return answered({ ...head, title: `Coverage: ${count(base.articles.length, 'article')}` }, items, book, {
    message: `${totals} · fact base ${facts.version}`,
  });
}

export const sources: Command<SourcesOptions> = { data, options, run };
