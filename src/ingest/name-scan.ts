// What scanning a sentence for people yields (a candidate) and the sentence being scanned, with
// the one fact about it several patterns ask: whether it is a title-case headline.
import { LOWER_CASE_WORD, TITLE_CASE_LOWER } from './name-patterns.js';

export interface PersonCandidate {
  /** Name words without initials: ["Ingrid", "Haraldsen"], ["Ursula", "von", "der", "Leyen"]. */
  words: string[];
  /** The name as written, middle initials included. */
  written: string;
  role: { title: string; organisation: string | null } | null;
  /** A title or honorific with a lone surname, as written: "Secretary Haraldsen", "Mr. Berg". */
  titledForm: string | null;
  sentenceId: number;
  /**
   * The sentence alone shows a person: a title right before the name, an apposition introduced
   * by "the", an organisation or "former", an honorific before a full name. Otherwise (a bare
   * name, "Name, Title" in a list) the article must name the surname again on its own.
   */
  titled: boolean;
  /**
   * The first word may be an ordinary word written with a capital (at a sentence start, or the
   * first of three capitalised words: "Journalist Jane Roe"): dropped when the article also
   * writes it in lower case.
   */
  firstWordUnsure: boolean;
  /**
   * Found in a title-case headline, where capitals do not mark where a name ends ("Secretary Deb
   * Haaland Visits Alaska"): used only when running text gives the same name.
   */
  headline: boolean;
}

/** A sentence being scanned. */
export interface Scanned {
  text: string;
  sentenceId: number;
  /** Whether it is in title case, once asked. */
  titleCase: boolean | null;
  /** Where titled names were found: bare names are not looked for there. */
  titledSpans: number[];
}

export function isHeadline(sentence: Scanned): boolean {
  sentence.titleCase ??= isTitleCase(sentence.text);
  return sentence.titleCase;
}

/** Title case, as in a headline or a heading: no lower-case word but those title case keeps small. */
function isTitleCase(text: string): boolean {
  for (const word of text.matchAll(LOWER_CASE_WORD)) if (!TITLE_CASE_LOWER.has(word[0])) return false;
  return true;
}
