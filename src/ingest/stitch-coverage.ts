// Joins the per-file works of the build (build-chunk.ts) into the coverage's lists, in file order:
// sentence ids, event and aid ids and people candidates' sentence ids renumbered across files, and
// the lower-case word counts the people merge needs. Everything kept is a copy, so that the works
// themselves (~300 MB on the White House corpus) can be let go before the whole-coverage steps,
// but for the texts: a work's own strings, or the encoded texts of a cache entry, which its
// sentences read when asked and saving copies.
import type { ArticleFacts, FileWork } from './build-chunk.js';
import { keyOf } from './build-cache.js';
import type { ArticleSpan } from './coverage-memo.js';
import type { LowerCaseCounts } from './coverage-names.js';
import type { Candidate } from './people-scan.js';
import type { AidFact, Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { Vocabulary } from '../factbase/vocabulary.js';
import { encodedText, type EncodedTexts } from '../factbase/encoded-texts.js';
import type { TextPiece } from '../factbase/file-sentences.js';
import { honorificsOf } from './build-cache-entry.js';

/**
 * A sentence whose text stays encoded (as the build cache and the fact base store it) until read:
 * the whole-coverage steps read few of the texts an add-one takes from the cache, and saving
 * copies their bytes (`StitchedCoverage.texts`).
 */
class StoredSentence implements Sentence {
  readonly #texts: EncodedTexts;
  readonly #k: number;

  constructor(
    readonly id: number,
    readonly articleId: string,
    readonly paragraph: number,
    public group: number,
    readonly entities: number,
    texts: EncodedTexts,
    k: number,
  ) {
    this.#texts = texts;
    this.#k = k;
  }

  get text(): string {
    return encodedText(this.#texts, this.#k);
  }

  /** As a plain sentence (the text is not an own property). */
  toJSON(): Sentence {
    return { id: this.id, articleId: this.articleId, text: this.text, paragraph: this.paragraph, group: this.group, entities: this.entities };
  }
}

export interface StitchedCoverage {
  articles: Article[];
  sentences: Sentence[];
  events: DatedEvent[];
  aid: AidFact[];
  candidates: Candidate[];
  /** In how many articles each word is written in lower case. */
  lowerCase: LowerCaseCounts;
  /** Where each article's sentences are, by its build-cache key (for the coverage memo). */
  spans: ArticleSpan[];
  /** "file: problem" lines of the articles' warnings. */
  warnings: string[];
  /** The sentences' texts, in order, as saving takes them (file-sentences.ts). */
  texts: TextPiece[];
  /** Each article's honorifics (honorific-pronouns.ts). */
  honorifics: string[][];
}

/** The coverage of `used` (the works that give an article, in file order). */
export function stitchCoverage(used: readonly Extract<FileWork, ArticleFacts>[]): StitchedCoverage {
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const events: DatedEvent[] = [];
  const aid: AidFact[] = [];
  const candidates: Candidate[] = [];
  const spans: ArticleSpan[] = [];
  const warnings: string[] = [];
  const texts: TextPiece[] = [];
  const honorifics: string[][] = [];
  // In how many articles each word is written in lower case, counted by id.
  const lowerCase = new Vocabulary();
  let lowerCaseCounts = new Int32Array(1 << 16);
  for (const work of used) {
    const { article } = work;
    const offset = sentences.length;
    articles.push(article);
    const stored = work.texts;
    const count = Array.isArray(stored) ? stored.length : stored.ends.length;
    spans.push({ key: keyOf(work), first: offset, count });
    for (const warning of article.warnings) warnings.push(`${article.file}: ${warning}`);
    // `group` is provisional here; the near-duplicate step sets it.
    if (Array.isArray(stored)) {
      stored.forEach((text, k) => {
        sentences.push({ id: offset + k, articleId: article.id, text, paragraph: work.paragraphs[k]!, group: offset + k, entities: work.entities[k] ?? 0 });
      });
      texts.push({ count, textAt: (k) => stored[k]! });
    } else {
      for (let k = 0; k < count; k++) sentences.push(new StoredSentence(offset + k, article.id, work.paragraphs[k]!, offset + k, work.entities[k] ?? 0, stored, k));
      texts.push(stored);
    }
    honorifics.push(honorificsOf(work));
    for (const event of work.events) events.push({ ...event, id: events.length, sentenceId: event.sentenceId + offset });
    for (const fact of work.aid) aid.push({ ...fact, id: aid.length, sentenceId: fact.sentenceId + offset });
    for (const candidate of work.people.candidates) candidates.push({ ...candidate, sentenceId: candidate.sentenceId + offset });
    const { vocabulary, ids: wordIds } = work.people.lowerCaseWords;
    const toGlobal = lowerCase.mapping(vocabulary);
    if (lowerCase.words.length > lowerCaseCounts.length) {
      const grown = new Int32Array(Math.max(lowerCase.words.length, lowerCaseCounts.length * 2));
      grown.set(lowerCaseCounts);
      lowerCaseCounts = grown;
    }
    for (const id of wordIds) lowerCaseCounts[toGlobal[id]!]!++;
  }
  // Words of no article here (the cache's vocabulary keeps those of removed ones) are left out.
  const counts = new Map<string, number>();
  lowerCase.words.forEach((word, id) => {
    if (lowerCaseCounts[id]! > 0) counts.set(word, lowerCaseCounts[id]!);
  });
  return { articles, sentences, events, aid, candidates, lowerCase: { articles: articles.length, counts }, spans, warnings, texts, honorifics };
}
