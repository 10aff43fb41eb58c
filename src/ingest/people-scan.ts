// One article's people candidates, found from its sentences alone: each sentence's candidates
// (person-candidates.ts) checked against the rest of the article, and the words it writes in
// lower case. The incremental build keeps this scan per article.
import type { Sentence } from '../factbase/schema.js';
import { PARTICLES } from './name-patterns.js';
import type { PersonCandidate } from './name-scan.js';
import { scanSentence } from './person-candidates.js';
import { writtenOf } from './written-names.js';

export interface Candidate extends PersonCandidate {
  articleId: string;
  /** Its own sentence or article shows a person: a title, or (for a bare name) the surname again. */
  backed: boolean;
  /** The article also writes the first word in lower case ("Field" / "field"). */
  lowerFirst: boolean;
}

/** What the candidates of one name, as written with one role, share (the build cache keeps each once). */
export type NameForm = Pick<Candidate, 'words' | 'written' | 'role' | 'titledForm'>;

/**
 * An article's candidates as the build cache keeps them (build-cache-entry.ts): per candidate
 * three integers, its name form's id in `forms`, its sentence and its flags.
 */
export interface CandidateRows {
  rows: Int32Array;
  forms: { form(id: number): NameForm | null };
}

/**
 * What one article contributes to the people of the coverage, found from its sentences alone:
 * its checked candidates and the words it writes in lower case. The incremental build keeps it
 * per article; `mergePeople` turns the scans of every article into people.
 */
export interface ArticlePeopleScan {
  candidates: Candidate[];
  /** The distinct words of three letters or more the article writes in lower case. */
  lowerCaseWords: string[];
}

/**
 * The candidates of an article's sentences: a bare name is backed when its article names the
 * surname on its own in another sentence, and loses a first word the article also writes in
 * lower case ("Still Vos insisted …" where the article says "still").
 */
export function scanArticlePeople(sentences: readonly Sentence[]): ArticlePeopleScan {
  const article = new ArticleScan(sentences[0]?.articleId ?? '');
  for (const sentence of sentences) {
    const { candidates, singles } = scanSentence(sentence.text, sentence.id);
    article.add(sentence, candidates, singles);
  }
  return { candidates: article.finish(), lowerCaseWords: article.lowerCaseWords() };
}

/** One article's sentences as they are scanned. */
class ArticleScan {
  private readonly candidates: Candidate[] = [];
  /** Name words standing alone: the sentence they stand in, or -1 when in several. */
  private readonly singles = new Map<string, number>();
  private readonly lowerCase = new Set<string>();

  constructor(readonly id: string) {}

  add(sentence: Sentence, candidates: readonly PersonCandidate[], singles: readonly string[]): void {
    LOWER_CASE_WORD.lastIndex = 0;
    for (let match = LOWER_CASE_WORD.exec(sentence.text); match !== null; match = LOWER_CASE_WORD.exec(sentence.text)) this.lowerCase.add(match[0]);
    for (const candidate of candidates) this.candidates.push({ ...candidate, articleId: this.id, backed: candidate.titled, lowerFirst: false });
    for (const word of singles) {
      const seen = this.singles.get(word);
      if (seen === undefined) this.singles.set(word, sentence.id);
      else if (seen !== sentence.id) this.singles.set(word, -1);
    }
  }

  lowerCaseWords(): string[] {
    return [...this.lowerCase];
  }

  finish(): Candidate[] {
    const kept: Candidate[] = [];
    for (const candidate of this.candidates) {
      const checked = candidate.titled ? this.checkTitled(candidate) : this.checkBare(candidate);
      if (checked !== null) kept.push(checked);
    }
    return kept;
  }

  /**
   * A titled name whose last words the article also writes in lower case ran into ordinary
   * words ("General Crimes Section", "Senator Paul Simon Water for the World Act"): they go,
   * and the name with them when fewer than two words are left.
   */
  private checkTitled(candidate: Candidate): Candidate | null {
    let { words } = candidate;
    while (this.writtenInLowerCase(words[words.length - 1] ?? '')) {
      if (words.length <= 2) return null;
      words = words.slice(0, -1);
    }
    const lowerFirst = words.length >= 2 && this.writtenInLowerCase(words[0] ?? '');
    return { ...candidate, words, written: words === candidate.words ? candidate.written : writtenOf(candidate.written, words), lowerFirst };
  }

  /**
   * A bare name needs its surname again, alone, in another sentence ("… Carney said"); none of
   * its words may be an ordinary word the article writes in lower case, though an unsure first
   * one ("Journalist Jane Roe") may be dropped. Without evidence it is kept unbacked: the same
   * name may have a title elsewhere.
   */
  private checkBare(candidate: Candidate): Candidate | null {
    let { words, written } = candidate;
    if (words.length < 2) return this.writtenInLowerCase(words[0] ?? '') ? null : candidate;
    const seen = this.singles.get(words[words.length - 1] ?? '');
    if (seen === undefined || seen === candidate.sentenceId) return candidate;
    if (candidate.firstWordUnsure && this.writtenInLowerCase(words[0] ?? '')) {
      if (words.length < 3 || PARTICLES.has(words[1] ?? '')) return null;
      words = words.slice(1);
      written = writtenOf(written, words);
    }
    if (words.some((word) => !PARTICLES.has(word) && this.writtenInLowerCase(word))) return null;
    return { ...candidate, words, written, backed: true };
  }

  /** Whether the article writes the word in lower case somewhere ("still", "journalist"). */
  private writtenInLowerCase(word: string): boolean {
    return this.lowerCase.has(word.toLowerCase());
  }
}

/**
 * A word of three letters or more that starts in lower case (ASCII: what news capitalises is
 * English), not inside a link or handle. Shorter words are function words, never a name's.
 */
const LOWER_CASE_WORD = /(?<![A-Za-z\u00C0-\u024F'’\-/.@#_=])[a-z][a-z'’-]{2,}/g;
