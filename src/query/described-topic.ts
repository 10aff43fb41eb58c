// A question may open on the piece of coverage it asks about, set off by a dash: "the harbour
// board's may 2025 statement on ferries - how many boats will it buy", or by a comma after a date
// ("board briefing june 23 2025, is …"). Those words describe an
// article (its title, publisher and day), not the sentence that answers; searched as topics they
// weigh against it. When they match one article's title and day well, the question after the
// dash is searched in that article first (commands/ask.ts falls back to the whole question).
import type { LoadedFactBase } from '../factbase/persist.js';
import { naturalIdf } from '../factbase/bm25.js';
import { GENERIC_NOUNS } from './unknown-focus.js';
import { terms } from '../factbase/terms.js';
import { PUBLISHED_ON, articleNameTerms, onDay, siteWords, startsPublisherName, startsSiteWord } from './source-reference.js';

// A clause that asks.
const ASKS = String.raw`(?:how|what|whats|when|who|whom|whose|whos|where|why|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b.*`;
// The topic, a dash between spaces, then a clause that asks.
const TOPIC_DASH = new RegExp(String.raw`^(.+?) [-–—]+ (${ASKS})$`, 'u');
// …or a comma, when the topic names the day, month or year of its piece ("board briefing june 23
// 2025, is the board paying …"): without a date, "the summit, who went" is one question.
const TOPIC_COMMA = new RegExp(String.raw`^(.+?),\s+(?:(?:so|and|but|like|ok)\s+)?(${ASKS})$`, 'u');
const YEAR = /\b((?:19|20)\d{2})\b/u;

// How much of the topic's weight (by idf) an article's title and publisher must carry, and how
// many articles may share the best match (a series of like-titled ones is no one article).
const TOPIC_MATCH = { minShare: 0.5, maxArticles: 3, tie: 1e-9 };

export interface DescribedTopic {
  /** The question after the dash. */
  asked: string;
  /** Ids of the articles the topic describes best. */
  articles: ReadonlySet<string>;
}

/** The articles a question's dash-set opening describes, and the question after it; null when it has none or none matches well. */
export function describedTopic(plain: string, facts: LoadedFactBase): DescribedTopic | null {
  const comma = TOPIC_COMMA.exec(plain);
  const split = TOPIC_DASH.exec(plain) ?? (comma !== null && (PUBLISHED_ON.test(comma[1]!) || YEAR.test(comma[1]!)) ? comma : null);
  if (split === null) return null;
  const [, topic = '', asked = ''] = split;
  const articles = articlesDescribed(topic, facts);
  return articles === null ? null : { asked, articles };
}

/**
 * The articles words describe best ("the board's may 2025 statement on ferries", "the vln one"):
 * among those of the day, month or year the words name, the ones whose title and publisher carry
 * at least half the words' weight (by idf; a word may be the start of the publisher's site
 * name), if no more than a few share it; null when none does. `strict`: see below.
 */
export function articlesDescribed(description: string, facts: LoadedFactBase, { strict = false } = {}): ReadonlySet<string> | null {
  const day = PUBLISHED_ON.exec(description);
  const year = day === null ? YEAR.exec(description) : null;
  const undated = description.replace(day?.[0] ?? year?.[0] ?? '', ' ');
  const words = [...new Set(terms(undated))].filter((term) => !/^\d+$/u.test(term));
  // A word no sentence has still counts when it starts a publisher's site ("vln"), as a word of one sentence would.
  const weightOf = (term: string) => facts.index.idf(term) || (startsPublisherName(term, facts) ? naturalIdf(facts.index.docCount, 1) : 0);
  const total = words.reduce((sum, term) => sum + weightOf(term), 0);
  if (total === 0) return null;
  const published = day !== null ? onDay(day) : year !== null ? (iso: string) => iso.startsWith(year[1]!) : () => true;
  let best = 0;
  let found: string[] = [];
  for (const article of facts.data.articles) {
    if ((day !== null || year !== null) && (article.published === null || article.published === undefined || !published(article.published))) continue;
    const named = articleNameTerms(article, facts);
    const site = siteWords(article.publisher);
    const share = words.reduce((sum, term) => sum + (named.has(term) || startsSiteWord(term, site) ? weightOf(term) : 0), 0) / total;
    if (share > best + TOPIC_MATCH.tie) [best, found] = [share, [article.id]];
    else if (Math.abs(share - best) <= TOPIC_MATCH.tie) found.push(article.id);
  }
  if (best < TOPIC_MATCH.minShare || found.length > TOPIC_MATCH.maxArticles) return null;
  // Strict: a word no sentence has must name the article itself ("the harbour times article" is not
  // the harbour board's); a dash-set opening's such words are often the user's own ("wh", "ppl").
  const unweighted = words.filter((term) => weightOf(term) === 0 && !GENERIC_NOUNS.has(term));
  const picked = strict ? found.filter((id) => unweighted.every((term) => articleNameTerms(facts.article(id), facts).has(term))) : found;
  return picked.length === 0 ? null : new Set(picked);
}
