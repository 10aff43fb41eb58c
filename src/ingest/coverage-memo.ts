// What two whole-coverage steps gave each article, kept for the next build: the sentences that
// mention each person (extract-people.ts) and the quotes (extract-quotes.ts). Both read one
// article at a time and the people's names — nothing of the other articles — so an article whose
// file is unchanged gives the same result again as long as the people's ids, names and aliases
// are the same (the "people key" below). Adding an article rarely changes them; when it does,
// every article is computed again. Together the two steps took ~9 s of an add-one on the White
// House corpus.
//
// Results are stored per article (by its build-cache key) with sentence ids counted from the
// article's first sentence, in `<cache>/coverage-memo.json`, written whole after each build as
// "<CRC-32> <ASCII JSON>": a memo whose CRC does not match is not used (validating 8 MB of it
// with zod cost more than checking a CRC). The two steps are not part of the per-file work's version,
// so the key holds their own code's version.
import type { Pronoun } from './honorific-pronouns.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { asciiJson } from '../factbase/file-format.js';
import type { Person, Quote, Sentence } from '../factbase/schema.js';
import { codeVersion, moduleFile } from './build-version.js';
import { byCodeUnit } from '../code-unit-order.js';

/** Where an article's sentences are in the build's sentence list, and its build-cache key. */
export interface ArticleSpan {
  key: string;
  first: number;
  count: number;
}

const MEMO_FORMAT = 2;
type LocalQuote = Omit<Quote, 'id'>;
type Step<T> = { people: string; byArticle: Record<string, T> };
interface Stored {
  format: typeof MEMO_FORMAT;
  /** Per article: for each person it mentions (by id), the local ids of the sentences naming them. */
  mentions: Step<Record<string, number[]>>;
  quotes: Step<LocalQuote[]>;
}

/** The modules whose code computes what is kept here (the mention finder comes with person-records). */
const STEP_MODULES = ['extract-quotes', 'person-records'];

export class CoverageMemo {
  readonly #code: string;
  #mentions: Step<Record<string, number[]>>;
  #quotes: Step<LocalQuote[]>;

  private constructor(code: string, stored: Stored | null) {
    this.#code = code;
    this.#mentions = stored?.mentions ?? { people: '', byArticle: {} };
    this.#quotes = stored?.quotes ?? { people: '', byArticle: {} };
  }

  /** The memo in `file`; an empty one when it is missing or unreadable (every article is then computed). */
  static async read(file: string): Promise<CoverageMemo> {
    const code = await codeVersion(STEP_MODULES.map(moduleFile), `coverage memo ${MEMO_FORMAT}`);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new CoverageMemo(code, null);
      throw error;
    }
    const space = bytes.indexOf(0x20);
    const json = bytes.subarray(space + 1);
    if (space === -1 || Number.parseInt(bytes.toString('latin1', 0, space), 16) !== crc32(json)) return new CoverageMemo(code, null);
    const stored = JSON.parse(json.toString('latin1')) as Stored;
    return new CoverageMemo(code, stored.format === MEMO_FORMAT ? stored : null);
  }

  /** The memo as stored, for the articles of the last build only. */
  serialize(): string {
    const json = asciiJson({ format: MEMO_FORMAT, mentions: this.#mentions, quotes: this.#quotes } satisfies Stored);
    return `${crc32(json).toString(16).padStart(8, '0')} ${json}`;
  }

  /**
   * The code's version and what the two steps read of the people: each one's id, name and aliases,
   * and, for a name or alias of several people, their order (the first one listed takes it).
   */
  #peopleKey(people: readonly Person[]): string {
    const owners = new Map<string, string[]>();
    for (const person of people) {
      for (const form of [person.name, ...person.aliases]) {
        const ids = owners.get(form) ?? [];
        if (!ids.includes(person.id)) ids.push(person.id);
        owners.set(form, ids);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1).sort(([a], [b]) => byCodeUnit(a, b));
    const each = people.map((p) => [p.id, p.name, p.aliases] as const).sort(([a], [b]) => byCodeUnit(a, b));
    return createHash('sha256').update(this.#code).update(JSON.stringify([each, shared])).digest('hex');
  }

  /**
   * What `compute(people, sentences)` gives (per person, the ascending ids of the sentences that
   * mention them), computing it only for the articles the memo does not have.
   */
  mentions(people: readonly Person[], sentences: readonly Sentence[], spans: readonly ArticleSpan[], compute: (people: readonly Person[], sentences: readonly Sentence[]) => number[][]): number[][] {
    const indexOfId = new Map(people.map((p, i) => [p.id, i]));
    // Hashing the people's names took ~0.2 s a time on the White House corpus: once per step.
    const key = this.#peopleKey(people);
    const perArticle = this.#reuse(this.#mentions, key, spans, (local, span) =>
      Object.entries(local).every(([id, sentenceIds]) => indexOfId.has(id) && sentenceIds.every((s) => s < span.count)),
    );
    this.#mentions = this.#fill(perArticle, key, sentences, spans, (missing, articleOf) => {
      const found = spans.map((): Record<string, number[]> => ({}));
      compute(people, missing).forEach((sentenceIds, person) => {
        const { id } = people[person]!;
        for (const sentenceId of sentenceIds) {
          const article = articleOf(sentenceId);
          (found[article]![id] ??= []).push(sentenceId - spans[article]!.first);
        }
      });
      return found;
    });
    const mentioned = people.map((): number[] => []);
    for (const span of spans) {
      for (const [id, local] of Object.entries(this.#mentions.byArticle[span.key]!)) {
        const list = mentioned[indexOfId.get(id)!]!;
        for (const sentenceId of local) list.push(span.first + sentenceId);
      }
    }
    return mentioned;
  }

  /**
   * What `compute(sentences, people)` gives (the quotes, numbered in order), computing only the
   * articles the memo does not have. The pronouns the coverage uses for people (read from all of
   * it) decide attributions too: when they change, every article's quotes are found again.
   */
  quotes(people: readonly Person[], pronouns: ReadonlyMap<string, Pronoun>, sentences: readonly Sentence[], spans: readonly ArticleSpan[], compute: (sentences: readonly Sentence[], people: readonly Person[]) => Quote[]): Quote[] {
    const byId = [...pronouns].sort(([a], [b]) => byCodeUnit(a, b));
    const key = `${this.#peopleKey(people)} ${createHash('sha256').update(JSON.stringify(byId)).digest('hex')}`;
    const perArticle = this.#reuse(this.#quotes, key, spans, (local, span) => local.every((q) => q.sentenceIds.every((id) => id < span.count)));
    this.#quotes = this.#fill(perArticle, key, sentences, spans, (missing, articleOf) => {
      const found = spans.map((): LocalQuote[] => []);
      for (const { sentenceIds, text, speakerId, speakerName } of compute(missing, people)) {
        const article = articleOf(sentenceIds[0]!);
        found[article]!.push({ sentenceIds: sentenceIds.map((id) => id - spans[article]!.first), text, speakerId, speakerName });
      }
      return found;
    });
    const quotes: Quote[] = [];
    for (const span of spans) {
      for (const q of this.#quotes.byArticle[span.key]!) quotes.push({ id: quotes.length, sentenceIds: q.sentenceIds.map((id) => span.first + id), text: q.text, speakerId: q.speakerId, speakerName: q.speakerName });
    }
    return quotes;
  }

  /** Each article's stored result when it was made with these people (`peopleKey`) and still fits the article, else null. */
  #reuse<T>(step: Step<T>, peopleKey: string, spans: readonly ArticleSpan[], fits: (result: T, span: ArticleSpan) => boolean): (T | null)[] {
    if (step.people !== peopleKey) return spans.map(() => null);
    return spans.map((span) => {
      const result = step.byArticle[span.key];
      return result !== undefined && fits(result, span) ? result : null;
    });
  }

  /**
   * The step's results for every article: the reused ones, and for the others what `computeMissing`
   * finds in their sentences alone (given in order; `articleOf` turns a sentence id into the index
   * of its span).
   */
  #fill<T>(
    reused: readonly (T | null)[],
    peopleKey: string,
    sentences: readonly Sentence[],
    spans: readonly ArticleSpan[],
    computeMissing: (missing: readonly Sentence[], articleOf: (sentenceId: number) => number) => T[],
  ): Step<T> {
    const missing: Sentence[] = [];
    const articleOfSentence = new Int32Array(sentences.length).fill(-1);
    spans.forEach((span, a) => {
      if (reused[a] !== null) return;
      for (let id = span.first; id < span.first + span.count; id++) {
        missing.push(sentences[id]!);
        articleOfSentence[id] = a;
      }
    });
    const computed = missing.length === 0 ? [] : computeMissing(missing, (id) => articleOfSentence[id]!);
    const byArticle: Record<string, T> = {};
    spans.forEach((span, a) => {
      byArticle[span.key] = reused[a] ?? computed[a]!;
    });
    return { people: peopleKey, byArticle };
  }
}
