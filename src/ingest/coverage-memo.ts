// What two whole-coverage steps gave each article, kept for the next build: the sentences that
// mention each person (extract-people.ts) and the quotes (extract-quotes.ts). Both read one
// article at a time and the people's names — nothing of the other articles — so an article whose
// file is unchanged gives the same result again as long as the people's ids, names and aliases
// are the same (the "people key" below). When they differ (an added article names someone new,
// or changes who owns a name), only the articles the change can reach are computed again: a
// finder (person-mentions.ts) reads the people only through its entries for a text's name words,
// so an article none of whose name words has different entries finds the same mentions, and gives
// the same quotes unless one of the people those entries name changed name or pronoun. Each
// article's name words are kept for this, numbered in one word list. Together the two steps took
// ~6-9 s of an add-one on the White House corpus when every article was computed again.
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
import { decodeVarints, VarintWriter } from '../factbase/varint-codec.js';
import { codeVersion, moduleFile } from './build-version.js';
import { mentionTables, nameWords, type AliasEntry, type MentionTables } from './person-mentions.js';
import { spellingKey } from '../lexicon/name-fold.js';
import { byCodeUnit } from '../code-unit-order.js';
import { sentenceSource, type SentenceSource } from './sentence-source.js';

/** Where an article's sentences are in the build's sentence list, and its build-cache key. */
export interface ArticleSpan {
  key: string;
  first: number;
  count: number;
}

const MEMO_FORMAT = 4;
/**
 * A quote as stored: its text, when it is in its sentences joined by spaces (as extract-quotes
 * reads a paragraph), as where it starts and ends there. Written out, the quotes' texts were more
 * than half the memo, which is read and written whole on every build.
 */
type LocalQuote = Omit<Quote, 'id' | 'text'> & { text: string | [number, number] };
/** What the steps read of one person: id, name, aliases. */
type PersonForms = [string, string, string[]];
/**
 * A step's results per article, made by the code whose version is `code` with the people whose
 * key is `people`: `forms`, in the order the step was given them (which decides who takes a name).
 */
type Step<T> = { people: string; code: string; forms: PersonForms[]; byArticle: Record<string, T> };
interface Stored {
  format: typeof MEMO_FORMAT;
  /** Per article: for each person it mentions (by id), the local ids of the sentences naming them. */
  mentions: Step<Record<string, number[]>>;
  /** With the pronouns they were found with, by person id. */
  quotes: Step<LocalQuote[]> & { pronouns: [string, Pronoun][] };
  /**
   * Per article, its name words (`nameWords`) as ascending indexes into `words`: base64 varints,
   * each the gap from the one before. `compacted`: how many words the list had when it last held
   * only those of its articles (it is compacted again once it has twice as many).
   */
  names: { words: string[]; compacted: number; byArticle: Record<string, string> };
}

/** Per name word, bits: its finder entries changed (MENTIONS), or name someone whose name or pronoun changed (QUOTES). */
const MENTIONS = 1;
const QUOTES = 2;

/** How the people changed since the results were made: per word of the names list, what it reaches (computed on first ask). */
interface PeopleChange {
  tables: MentionTables;
  firstWords: Set<string>;
  surnameKeys: Set<string>;
  /** Ids of people whose name or pronoun is not what it was (or who are new or gone), and the surname keys they own. */
  renamed: Set<string>;
  renamedKeys: Set<string>;
  /** The first letters of all those keys. */
  keyInitials: Set<string>;
  flags: Int8Array;
}

/** The modules whose code computes what is kept here (the mention finder comes with person-records). */
const STEP_MODULES = ['extract-quotes', 'person-records'];

export class CoverageMemo {
  readonly #code: string;
  #mentions: Step<Record<string, number[]>>;
  #quotes: Step<LocalQuote[]> & { pronouns: [string, Pronoun][] };
  /** The names list: words, their indexes (made on first use), and each article's word indexes packed. */
  #words: string[];
  #indexOfWord: Map<string, number> | null = null;
  #names: Map<string, string>;
  /** Words the list had when last compacted: it is compacted again once it doubles. */
  #compactedAt: number;

  private constructor(code: string, stored: Stored | null) {
    this.#code = code;
    this.#mentions = stored?.mentions ?? { people: '', code: '', forms: [], byArticle: {} };
    this.#quotes = stored?.quotes ?? { people: '', code: '', forms: [], byArticle: {}, pronouns: [] };
    this.#words = stored?.names.words ?? [];
    this.#names = new Map(Object.entries(stored?.names.byArticle ?? {}));
    this.#compactedAt = stored?.names.compacted ?? 0;
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
    const articles = new Set(Object.keys(this.#mentions.byArticle));
    const byArticle: Record<string, string> = {};
    for (const [key, packed] of this.#names) if (articles.has(key)) byArticle[key] = packed;
    let names: Stored['names'] = { words: this.#words, compacted: this.#compactedAt, byArticle };
    if (this.#words.length > 2 * Math.max(this.#compactedAt, 1_000)) names = compacted(this.#words, byArticle);
    const json = asciiJson({ format: MEMO_FORMAT, mentions: this.#mentions, quotes: this.#quotes, names } satisfies Stored);
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
  mentions(people: readonly Person[], given: readonly Sentence[] | SentenceSource, spans: readonly ArticleSpan[], compute: (people: readonly Person[], sentences: readonly Sentence[]) => number[][]): number[][] {
    const sentences = sentenceSource(given);
    const indexOfId = new Map(people.map((p, i) => [p.id, i]));
    // Hashing the people's names took ~0.2 s a time on the White House corpus: once per step.
    const key = this.#peopleKey(people);
    const stored = this.#mentions;
    const change = stored.people === key ? null : this.#changeTo(stored, people, null, null);
    const perArticle = this.#reuse(stored, key, spans, change, MENTIONS, (local, span) =>
      Object.entries(local).every(([id, sentenceIds]) => indexOfId.has(id) && sentenceIds.every((s) => s < span.count)),
    );
    // Every article's name words, for the next build's change (found once per article).
    for (const span of spans) if (!this.#names.has(span.key)) this.#names.set(span.key, this.#packNames(sentences, span));
    this.#mentions = this.#fill(perArticle, key, people, sentences, spans, (missing, articleOf) => {
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
   * it) decide attributions too: when one changes, the quotes of the articles naming that person
   * are found again.
   */
  quotes(people: readonly Person[], pronouns: ReadonlyMap<string, Pronoun>, given: readonly Sentence[] | SentenceSource, spans: readonly ArticleSpan[], compute: (sentences: readonly Sentence[], people: readonly Person[]) => Quote[]): Quote[] {
    const sentences = sentenceSource(given);
    const byId = [...pronouns].sort(([a], [b]) => byCodeUnit(a, b));
    const key = `${this.#peopleKey(people)} ${createHash('sha256').update(JSON.stringify(byId)).digest('hex')}`;
    const stored = this.#quotes;
    const change = stored.people === key ? null : this.#changeTo(stored, people, stored.pronouns, byId);
    const perArticle = this.#reuse(stored, key, spans, change, QUOTES, (local, span) => local.every((q) => q.sentenceIds.every((id) => id < span.count)));
    this.#quotes = { ...this.#fill(perArticle, key, people, sentences, spans, (missing, articleOf) => {
      const found = spans.map((): LocalQuote[] => []);
      for (const { sentenceIds, text, speakerId, speakerName } of compute(missing, people)) {
        const article = articleOf(sentenceIds[0]!);
        const start = joinedText(sentences, sentenceIds).indexOf(text);
        const kept = start === -1 ? text : ([start, start + text.length] satisfies [number, number]);
        found[article]!.push({ sentenceIds: sentenceIds.map((id) => id - spans[article]!.first), text: kept, speakerId, speakerName });
      }
      return found;
    }), pronouns: byId };
    const quotes: Quote[] = [];
    for (const span of spans) {
      for (const q of this.#quotes.byArticle[span.key]!) {
        const sentenceIds = q.sentenceIds.map((id) => span.first + id);
        const text = typeof q.text === 'string' ? q.text : joinedText(sentences, sentenceIds).slice(q.text[0], q.text[1]);
        quotes.push({ id: quotes.length, sentenceIds, text, speakerId: q.speakerId, speakerName: q.speakerName });
      }
    }
    return quotes;
  }

  /**
   * Each article's stored result when it still fits the article and was made with these people
   * (`peopleKey`), or with people that differ (`change`) in nothing its name words reach (`bit`);
   * else null.
   */
  #reuse<T>(step: Step<T>, peopleKey: string, spans: readonly ArticleSpan[], change: PeopleChange | null, bit: number, fits: (result: T, span: ArticleSpan) => boolean): (T | null)[] {
    if (step.people !== peopleKey && change === null) return spans.map(() => null);
    return spans.map((span) => {
      const result = step.byArticle[span.key];
      if (result === undefined || !fits(result, span)) return null;
      return step.people === peopleKey || !this.#reaches(change!, span.key, bit) ? result : null;
    });
  }

  /**
   * What changed from the people the stored results were made with (and, for quotes, their
   * pronouns) to `people`; null when that is not known (a memo of other code or format).
   */
  #changeTo<T>(step: Step<T>, people: readonly Person[], pronounsBefore: readonly [string, Pronoun][] | null, pronouns: readonly [string, Pronoun][] | null): PeopleChange | null {
    // Results of other code are not known to be those this code gives.
    if (step.people === '' || step.code !== this.#code) return null;
    const was = mentionTables(step.forms.map(([id, name, aliases]) => ({ id, name, aliases })));
    const tables = mentionTables(people);
    const firstWords = new Set<string>();
    for (const word of new Set([...was.byFirstWord.keys(), ...tables.byFirstWord.keys()])) {
      const a = inFindingOrder(was.byFirstWord.get(word));
      const b = inFindingOrder(tables.byFirstWord.get(word));
      if (a.length !== b.length || a.some((entry, i) => entry.text !== b[i]!.text || entry.personId !== b[i]!.personId)) firstWords.add(word);
    }
    const surnameKeys = new Set<string>();
    for (const key of new Set([...was.personBySurnameKey.keys(), ...tables.personBySurnameKey.keys()])) {
      if (was.personBySurnameKey.get(key) !== tables.personBySurnameKey.get(key)) surnameKeys.add(key);
    }
    const renamed = new Set<string>();
    const nameBefore = new Map(step.forms.map(([id, name]) => [id, name]));
    const nameNow = new Map(people.map((p) => [p.id, p.name]));
    for (const id of new Set([...nameBefore.keys(), ...nameNow.keys()])) if (nameBefore.get(id) !== nameNow.get(id)) renamed.add(id);
    if (pronounsBefore !== null && pronouns !== null) {
      const a = new Map(pronounsBefore);
      const b = new Map(pronouns);
      for (const id of new Set([...a.keys(), ...b.keys()])) if (a.get(id) !== b.get(id)) renamed.add(id);
    }
    const renamedKeys = new Set([...tables.personBySurnameKey].filter(([, owner]) => owner !== null && renamed.has(owner)).map(([key]) => key));
    const keyInitials = new Set([...surnameKeys, ...renamedKeys].map((key) => key.charAt(0)));
    return { tables, firstWords, surnameKeys, renamed, renamedKeys, keyInitials, flags: new Int8Array(this.#words.length).fill(-1) };
  }

  /** Whether the change reaches the article `key` (`bit` of one of its name words); true when its name words are not known. */
  #reaches(change: PeopleChange, key: string, bit: number): boolean {
    const packed = this.#names.get(key);
    if (packed === undefined) return true;
    const { tables, firstWords, surnameKeys, renamed, renamedKeys, keyInitials, flags } = change;
    for (const index of unpackIndexes(packed)) {
      let flag = index < flags.length ? flags[index]! : -1;
      if (flag === -1) {
        const word = this.#words[index]!;
        // Most words cannot have one of the keys: their spelling key is not worked out (~0.4 s for the White House's 53,000).
        const key = mayHaveKeyOf(word, keyInitials) ? spellingKey(word) : null;
        const mentions = firstWords.has(word) || (key !== null && surnameKeys.has(key));
        const quotes = mentions || (key !== null && renamedKeys.has(key)) || (tables.byFirstWord.get(word)?.some((entry) => renamed.has(entry.personId)) ?? false);
        flag = (mentions ? MENTIONS : 0) | (quotes ? QUOTES : 0);
        if (index < flags.length) flags[index] = flag;
      }
      if ((flag & bit) !== 0) return true;
    }
    return false;
  }

  /** The name words of the article at `span`, packed as indexes into the names list (added to it when new). */
  #packNames(sentences: SentenceSource, span: ArticleSpan): string {
    const words = new Set<string>();
    for (let id = span.first; id < span.first + span.count; id++) nameWords(sentences.text(id), words);
    this.#indexOfWord ??= new Map(this.#words.map((word, i) => [word, i]));
    const indexes: number[] = [];
    for (const word of words) {
      let index = this.#indexOfWord.get(word);
      if (index === undefined) {
        index = this.#words.length;
        this.#words.push(word);
        this.#indexOfWord.set(word, index);
      }
      indexes.push(index);
    }
    return packGaps(indexes);
  }

  /**
   * The step's results for every article: the reused ones, and for the others what `computeMissing`
   * finds in their sentences alone (given in order; `articleOf` turns a sentence id into the index
   * of its span).
   */
  #fill<T>(
    reused: readonly (T | null)[],
    peopleKey: string,
    people: readonly Person[],
    sentences: SentenceSource,
    spans: readonly ArticleSpan[],
    computeMissing: (missing: readonly Sentence[], articleOf: (sentenceId: number) => number) => T[],
  ): Step<T> {
    const missing: Sentence[] = [];
    const articleOfSentence = new Int32Array(sentences.length).fill(-1);
    spans.forEach((span, a) => {
      if (reused[a] !== null) return;
      for (let id = span.first; id < span.first + span.count; id++) {
        missing.push(sentences.sentence(id));
        articleOfSentence[id] = a;
      }
    });
    const computed = missing.length === 0 ? [] : computeMissing(missing, (id) => articleOfSentence[id]!);
    const byArticle: Record<string, T> = {};
    spans.forEach((span, a) => {
      byArticle[span.key] = reused[a] ?? computed[a]!;
    });
    return { people: peopleKey, code: this.#code, forms: people.map((p) => [p.id, p.name, p.aliases]), byArticle };
  }
}

/** The texts of the sentences `ids` joined by spaces: where a quote across them is found. */
function joinedText(sentences: SentenceSource, ids: readonly number[]): string {
  return ids.length === 1 ? sentences.text(ids[0]!) : ids.map((id) => sentences.text(id)).join(' ');
}

/**
 * Whether `word`'s spelling key may begin with one of `initials`. A key a finder holds has 3
 * letters or more, and begins with the first letter of the word folded (only its end is rewritten):
 * for a word that begins with an ASCII letter, that letter in lower case.
 */
function mayHaveKeyOf(word: string, initials: ReadonlySet<string>): boolean {
  const first = word.charCodeAt(0);
  const ascii = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return !ascii || initials.has(String.fromCharCode(first | 0x20));
}

/**
 * A word's finder entries in an order that changes only when what the finder finds can: the
 * people's order (which a new article shifts) decides only between entries of the same text, the
 * first of which takes it; entries of other texts never compete at one place.
 */
function inFindingOrder(entries: readonly AliasEntry[] = []): AliasEntry[] {
  // A stable sort: entries of one text keep their order.
  return [...entries].sort((a, b) => b.text.length - a.text.length || byCodeUnit(a.text, b.text));
}

/** Ascending `indexes` as base64 varints, each the gap from the one before. */
function packGaps(indexes: number[]): string {
  indexes.sort((a, b) => a - b);
  const writer = new VarintWriter(indexes.length + 8);
  for (let k = 0; k < indexes.length; k++) writer.write(indexes[k]! - (k === 0 ? 0 : indexes[k - 1]!));
  return writer.toBase64();
}

/** What `packGaps` packed. */
function unpackIndexes(packed: string): Uint32Array {
  const indexes = decodeVarints(Buffer.from(packed, 'base64'), null, (why) => new Error(`coverage memo: an article's name words ${why}`));
  for (let k = 1; k < indexes.length; k++) indexes[k]! += indexes[k - 1]!;
  return indexes;
}

/** The names list holding only the words of `byArticle`'s articles, and their indexes into it. */
function compacted(words: readonly string[], byArticle: Record<string, string>): Stored['names'] {
  const unpacked = Object.entries(byArticle).map(([key, packed]): [string, Uint32Array] => [key, unpackIndexes(packed)]);
  const kept = new Int32Array(words.length).fill(-1);
  for (const [, indexes] of unpacked) for (const index of indexes) kept[index] = 0;
  const left: string[] = [];
  kept.forEach((mark, index) => {
    if (mark === 0) kept[index] = left.push(words[index]!) - 1;
  });
  const packed: Record<string, string> = {};
  for (const [key, indexes] of unpacked) packed[key] = packGaps(Array.from(indexes, (index) => kept[index]!));
  return { words: left, compacted: left.length, byArticle: packed };
}
