// Joins the per-file works of the build (build-chunk.ts) into the coverage's lists, in file order:
// sentence ids, events and aid figures (numbered when written, numbered-facts.ts) and people
// candidates' sentence ids renumbered across files (candidates made from their rows when they came
// from the build cache, name-forms.ts), and the lower-case word counts the people merge needs.
// Everything kept is a copy, so that the works themselves (~300 MB on the White House corpus) can
// be let go before the whole-coverage steps, but for the texts (a work's own strings, or the
// encoded texts of a cache entry, which its sentences read when asked) and the events' and aid
// figures' JSON, which saving copies. The sentences are kept as columns (article, paragraph,
// group, entity kinds, and each article's texts) from here to the saved file: the whole-coverage
// steps read them by id (sentence-source.ts), and objects are made only of those they look at
// again, or of all when the fact base's sentences are asked for. Making 1.1M sentence objects and
// collecting them was ~1 s of a White House add-one.
import type { ArticleFacts, FileWork } from './build-chunk.js';
import { keyOf } from './build-cache.js';
import type { ArticleSpan } from './coverage-memo.js';
import type { LowerCaseCounts } from './coverage-names.js';
import type { Candidate } from './people-scan.js';
import type { AidFact, Article, DatedEvent, Sentence } from '../factbase/schema.js';
import { NumberedFacts, type FactTails } from '../factbase/numbered-facts.js';
import { Vocabulary } from '../factbase/vocabulary.js';
import { encodedText, type EncodedTexts } from '../factbase/encoded-texts.js';
import type { TextPiece } from '../factbase/file-sentences.js';
import { pushCandidates } from './name-forms.js';
import type { SentenceSource } from './sentence-source.js';
import type { SentenceColumnsToSave } from '../factbase/file-sentences.js';
import type { FactBase } from '../factbase/schema.js';
import type { KeptSentences } from '../factbase/persist.js';

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

/**
 * The coverage's sentences as columns: read by id by the whole-coverage steps, saved as they are
 * (file-sentences.ts), made into objects only when asked.
 */
export class StitchedSentences implements SentenceSource, KeptSentences {
  readonly length: number;
  /** Per sentence: its article's position, paragraph, group (its own id until `setGroups`) and entity kinds. */
  readonly #article: Uint32Array;
  readonly #paragraph: Uint32Array;
  readonly #group: Uint32Array;
  readonly #entities: Uint8Array;
  readonly #articles: readonly Article[];
  /** Each article's first sentence id and texts. */
  readonly #firsts: Int32Array;
  readonly #texts: readonly TextPiece[];
  #ranges: Map<string, number> | null = null;
  /** Every sentence as an object, once made. */
  #made: Sentence[] | null = null;
  /** Whether the objects were given out (`exposeAs`): they may have changed since. */
  #exposed = false;
  readonly #getter = (): Sentence[] => {
    this.#exposed = true;
    return this.all();
  };

  constructor(articles: readonly Article[], works: readonly Pick<ArticleFacts, 'paragraphs' | 'entities'>[], texts: readonly TextPiece[]) {
    this.#articles = articles;
    this.#texts = texts;
    this.#firsts = new Int32Array(works.length + 1);
    works.forEach((_, a) => {
      const piece = texts[a]!;
      this.#firsts[a + 1] = this.#firsts[a]! + ('count' in piece ? piece.count : piece.ends.length);
    });
    const n = this.#firsts[works.length]!;
    this.length = n;
    this.#article = new Uint32Array(n);
    this.#paragraph = new Uint32Array(n);
    this.#group = new Uint32Array(n);
    this.#entities = new Uint8Array(n);
    works.forEach((work, a) => {
      const first = this.#firsts[a]!;
      const count = this.#firsts[a + 1]! - first;
      this.#article.fill(a, first, first + count);
      this.#paragraph.set(work.paragraphs.subarray(0, count), first);
      this.#entities.set(work.entities.subarray(0, count), first);
    });
    for (let id = 0; id < n; id++) this.#group[id] = id;
  }

  text(id: number): string {
    const a = this.#article[id]!;
    const piece = this.#texts[a]!;
    const k = id - this.#firsts[a]!;
    return 'count' in piece ? piece.textAt(k) : encodedText(piece, k);
  }

  articleId(id: number): string {
    return this.#articles[this.#article[id]!]!.id;
  }

  rangeOf(articleId: string): readonly [number, number] | undefined {
    this.#ranges ??= new Map(this.#articles.map((article, a) => [article.id, a]));
    const a = this.#ranges.get(articleId);
    return a === undefined || this.#firsts[a + 1] === this.#firsts[a] ? undefined : [this.#firsts[a]!, this.#firsts[a + 1]! - 1];
  }

  sentence(id: number): Sentence {
    if (this.#made !== null) return this.#made[id]!;
    const a = this.#article[id]!;
    const piece = this.#texts[a]!;
    const k = id - this.#firsts[a]!;
    const articleId = this.#articles[a]!.id;
    if ('count' in piece) return { id, articleId, text: piece.textAt(k), paragraph: this.#paragraph[id]!, group: this.#group[id]!, entities: this.#entities[id]! };
    return new StoredSentence(id, articleId, this.#paragraph[id]!, this.#group[id]!, this.#entities[id]!, piece, k);
  }

  all(): Sentence[] {
    if (this.#made === null) {
      const made: Sentence[] = [];
      for (let id = 0; id < this.length; id++) made.push(this.sentence(id));
      this.#made = made;
    }
    return this.#made;
  }

  /** Each sentence's near-duplicate group (the objects made so far are given theirs too). */
  setGroups(groups: ArrayLike<number>): void {
    if (ArrayBuffer.isView(groups)) this.#group.set(groups as unknown as ArrayLike<number>);
    else for (let id = 0; id < this.length; id++) this.#group[id] = groups[id]!;
    if (this.#made !== null) for (const sentence of this.#made) sentence.group = groups[sentence.id]!;
  }

  /** Makes `target.sentences` these sentences as objects, made when first read. */
  exposeAs(target: Pick<FactBase, 'sentences'>): void {
    Object.defineProperty(target, 'sentences', {
      get: this.#getter,
      set: (value: Sentence[]) => Object.defineProperty(target, 'sentences', { value, writable: true, enumerable: true, configurable: true }),
      enumerable: true,
      configurable: true,
    });
  }

  columnsOf(factBase: FactBase): SentenceColumnsToSave | null {
    if (this.#exposed || Object.getOwnPropertyDescriptor(factBase, 'sentences')?.get !== this.#getter) return null;
    return { count: this.length, article: this.#article, paragraph: this.#paragraph, group: this.#group, entities: this.#entities, texts: this.#texts };
  }

  textsOf(sentences: readonly Sentence[]): readonly TextPiece[] | undefined {
    return sentences === this.#made ? this.#texts : undefined;
  }
}

export interface StitchedCoverage {
  articles: Article[];
  sentences: StitchedSentences;
  events: NumberedFacts<DatedEvent>;
  aid: NumberedFacts<AidFact>;
  candidates: Candidate[];
  /** In how many articles each word is written in lower case. */
  lowerCase: LowerCaseCounts;
  /** Where each article's sentences are, by its build-cache key (for the coverage memo). */
  spans: ArticleSpan[];
  /** "file: problem" lines of the articles' warnings. */
  warnings: string[];
  /** Each article's honorifics (honorific-pronouns.ts). */
  honorifics: string[][];
}

/** The coverage of `used` (the works that give an article, in file order). */
export function stitchCoverage(used: readonly Extract<FileWork, ArticleFacts>[]): StitchedCoverage {
  const articles: Article[] = [];
  let sentenceCount = 0;
  const events: { tails: FactTails; firstSentence: number }[] = [];
  const aid: { tails: FactTails; firstSentence: number }[] = [];
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
    const offset = sentenceCount;
    articles.push(article);
    const stored = work.texts;
    const count = Array.isArray(stored) ? stored.length : stored.ends.length;
    spans.push({ key: keyOf(work), first: offset, count });
    for (const warning of article.warnings) warnings.push(`${article.file}: ${warning}`);
    sentenceCount += count;
    texts.push(Array.isArray(stored) ? { count, textAt: (k) => stored[k]! } : stored);
    honorifics.push(work.honorifics);
    events.push({ tails: work.events, firstSentence: offset });
    aid.push({ tails: work.aid, firstSentence: offset });
    pushCandidates(work.people.candidates, article.id, offset, candidates);
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
  const sentences = new StitchedSentences(articles, used, texts);
  return { articles, sentences, events: new NumberedFacts(events), aid: new NumberedFacts(aid), candidates, lowerCase: { articles: articles.length, counts }, spans, warnings, honorifics };
}
