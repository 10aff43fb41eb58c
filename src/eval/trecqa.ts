// TrecQA (Wang, Smith & Mitamura 2007; the Yao et al. 2013 release) read the way the bot is
// used: every candidate sentence of every question of a split pooled into one coverage, each
// question asked as a user would type it. This file is the pure part: the pseudo-XML, turning
// its PTB tokens back into text, pooling the sentences into articles, and matching a returned
// sentence against a question's answers. The data itself never enters the repo.
// The bench's seeded PRNG, so the repo has one (evaluation tooling, like the bench, not the bot).
import { seededRandom } from './seeded-random.js';
import { normaliseForMatch } from '../cli/evaluation.js';

export interface TrecQaPair {
  id: string;
  /** The question as text (detokenised). */
  question: string;
  /** Candidate sentences judged to answer it (labels are partial: an answer may be negative). */
  positives: string[];
  negatives: string[];
}

// One question: <QApairs id='…'> <question>…</question> (<positive>…</positive>|<negative>…</negative>)* </QApairs>
const PAIR = /<QApairs\s+id=['"]([^'"]*)['"]\s*>([\s\S]*?)<\/QApairs>/gu;
// Each block holds five tab-separated lines (tokens, POS, dependencies, heads, NE tags): the first is the text.
const BLOCK = /<(question|positive|negative)>\s*?\r?\n([^\r\n]*)[\s\S]*?<\/\1>/gu;

/** The questions of a split, in file order. Blocks without tokens are skipped. */
export function parseTrecQa(xml: string): TrecQaPair[] {
  const pairs: TrecQaPair[] = [];
  for (const [, id = '', body = ''] of xml.matchAll(PAIR)) {
    const pair: TrecQaPair = { id, question: '', positives: [], negatives: [] };
    for (const [, kind, tokens = ''] of body.matchAll(BLOCK)) {
      const text = detokenise(tokens.split('\t'));
      if (text === '') continue;
      if (kind === 'question') pair.question = text;
      else (kind === 'positive' ? pair.positives : pair.negatives).push(text);
    }
    if (pair.question !== '') pairs.push(pair);
  }
  return pairs;
}

const PTB_ESCAPES: Readonly<Record<string, string>> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  '`': "'",
};
// Written against the word before: punctuation, closing brackets, clitics ("n't", "'s") and a
// lone apostrophe (plural possessive "Crips '").
const ATTACHES_LEFT = /^(?:[.,;:?!%)\]}]+|\.\.\.|n't|'(?:s|re|ve|ll|d|m)|')$/iu;
// Written against the word after.
const ATTACHES_RIGHT = /^[([{$#]$/u;

/**
 * PTB tokens → the sentence as it would be written: escapes undone, no space before
 * punctuation and clitics or inside brackets and quotes. `''` closes an open quote; otherwise
 * it closes when nothing but punctuation follows (the quote opened in an earlier sentence),
 * else it opens one.
 */
export function detokenise(tokens: readonly string[]): string {
  const words = tokens.map((token) => token.trim()).filter((token) => token !== '');
  let text = '';
  let glueNext = true; // no space before the first word
  let quoteOpen = false;
  words.forEach((token, i) => {
    let word = PTB_ESCAPES[token] ?? token;
    let attach = ATTACHES_LEFT.test(word);
    let opens = ATTACHES_RIGHT.test(word);
    if (token === '``') {
      opens = true;
      quoteOpen = true;
    } else if (token === "''" || token === '"') {
      word = '"';
      const next = words[i + 1];
      const closes = quoteOpen || next === undefined || ATTACHES_LEFT.test(PTB_ESCAPES[next] ?? next);
      attach = closes;
      opens = !closes;
      quoteOpen = !closes;
    }
    text += glueNext || attach ? word : ` ${word}`;
    glueNext = opens;
  });
  return text;
}

export interface PoolOptions {
  /** Sentences per article (the last article takes what is left). Default 20. */
  perArticle?: number;
  /** Seed of the shuffle within each question's candidates. */
  seed?: number;
}

export const DEFAULT_POOL_SEED = 2013;

export interface PooledArticle {
  /** File name, zero-padded so file order is pool order. */
  file: string;
  /** The article: front matter, then one sentence per paragraph. */
  text: string;
}

/**
 * Every candidate of every question, each question's own candidates shuffled (the files list
 * answers first), cut into articles of `perArticle` sentences, one sentence per paragraph so
 * the sentence splitter keeps each whole. Deterministic for a given seed.
 */
export function poolArticles(pairs: readonly TrecQaPair[], options: PoolOptions = {}): PooledArticle[] {
  const perArticle = Math.max(1, options.perArticle ?? 20);
  const random = seededRandom(options.seed ?? DEFAULT_POOL_SEED);
  const sentences: string[] = [];
  for (const pair of pairs) {
    const pool = [...pair.positives, ...pair.negatives];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    sentences.push(...pool);
  }
  const articles: PooledArticle[] = [];
  for (let start = 0; start < sentences.length; start += perArticle) {
    const n = articles.length + 1;
    const body = sentences.slice(start, start + perArticle).join('\n\n');
    articles.push({
      file: `pool-${String(n).padStart(5, '0')}.txt`,
      text: `---\ntitle: TrecQA pool ${n}\npublisher: TrecQA\n---\n\n${body}\n`,
    });
  }
  return articles;
}

/** Letters and digits only, single-spaced: our splitter and cleaner may space punctuation differently. */
function comparable(text: string): string {
  return normaliseForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// A piece of a positive counts as that positive only when it is a real part of it, not a
// fragment such as "he said" that many sentences contain.
const MIN_FRAGMENT_WORDS = 4;

/**
 * A returned sentence matches a candidate when the two are the same text, or one contains the
 * other (the build may cut a candidate in two, or keep two in one).
 */
export function sameCandidate(returned: string, candidate: string): boolean {
  const a = comparable(returned);
  const b = comparable(candidate);
  if (a === '' || b === '') return false;
  if (a === b || ` ${a} `.includes(` ${b} `)) return true;
  return ` ${b} `.includes(` ${a} `) && a.split(' ').length >= MIN_FRAGMENT_WORDS;
}
