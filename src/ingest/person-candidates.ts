// Finds the places in one sentence where news writing names a person, by the patterns it uses:
//   1. [Org] [Rank] [Title] [Name] [of Org]   "U.S. Secretary of State Ingrid Haraldsen", "Prime Minister Berg of Quellmark"
//   2. [Name], the [Org] [Title] [of Org],    "Jane Roe, the Foreign Minister of Freedonia," / "Roe, national security adviser to …"
//   3. [Honorific] [Name]                     "Mr. Berg", "Dr. Jane Smith"
//   4. a bare run of two or three capitalised name words ("Mark Carney met …"), which is a
//      person only when the article also names the surname on its own (extract-people.ts).
// A title belongs to the name it stands directly before, or to the name its apposition follows,
// closed by punctuation; never across another name, a list separator or a sentence boundary.
// A general-purpose NER misses "Secretary of State Ingrid Haraldsen" in this text; these patterns
// plus a stop-list of general vocabulary do better. Regexes avoid \p{…} classes and run behind
// cheap gates: they see every sentence of the coverage.
// The patterns' expressions are in name-patterns.ts, their checks in titled-names.ts (1–3) and
// bare-names.ts (4); this module runs them over a sentence in that order.
import { MAY_HAVE_TITLE } from '../lexicon/titles.js';
import { bareName, segmentsOf, standsAsSurname, type Segment } from './bare-names.js';
import { CAPITALISED_RUN, HAS_UPPER, HONORIFIC_NAME, NAME_COMMA_TITLE, TITLE_BEFORE_NAME } from './name-patterns.js';
import type { PersonCandidate, Scanned } from './name-scan.js';
import { honorificName, nameThenTitle, titledBeforeName } from './titled-names.js';

export interface SentenceNames {
  candidates: PersonCandidate[];
  /**
   * Name words standing alone where a person's surname stands: after a title or honorific
   * ("Mr. Carney", "Secretary Carney") or before a reporting verb ("Carney said").
   */
  singles: string[];
}

/** The people a sentence names, and the name words it has standing alone. */
export function scanSentence(text: string, sentenceId: number): SentenceNames {
  const found: PersonCandidate[] = [];
  const singles: string[] = [];
  if (!HAS_UPPER.test(text)) return { candidates: found, singles };
  const sentence: Scanned = { text, sentenceId, titleCase: null, titledSpans: [] };
  if (MAY_HAVE_TITLE.test(text)) {
    addMatches(found, TITLE_BEFORE_NAME, sentence, titledBeforeName);
    addMatches(found, NAME_COMMA_TITLE, sentence, nameThenTitle);
    addMatches(found, HONORIFIC_NAME, sentence, honorificName);
  }
  CAPITALISED_RUN.lastIndex = 0;
  for (let run = CAPITALISED_RUN.exec(text); run !== null; run = CAPITALISED_RUN.exec(text)) {
    for (const segment of segmentsOf(run[0], run.index)) {
      if (segment.names.length === 1) {
        if (standsAsSurname(text, segment)) singles.push(segment.names[0] ?? '');
        continue;
      }
      if (segment.names.length > 3 || overlapsTitled(sentence, segment)) continue;
      const candidate = bareName(sentence, run[0], run.index, segment);
      if (candidate !== null) found.push(candidate);
    }
  }
  return { candidates: found, singles };
}

function overlapsTitled(sentence: Scanned, segment: Segment): boolean {
  const spans = sentence.titledSpans;
  for (let i = 0; i < spans.length; i += 2) if (segment.start < (spans[i + 1] ?? 0) && segment.end > (spans[i] ?? 0)) return true;
  return false;
}

/**
 * Adds the matches of a global regex that `accept` turns into a candidate. After a rejected match
 * the search resumes one character later, so a bad reading ("Staff Gen") does not hide a good
 * one inside it ("Gen. Mark Milley").
 */
function addMatches(
  found: PersonCandidate[],
  regex: RegExp,
  sentence: Scanned,
  accept: (sentence: Scanned, match: RegExpExecArray) => PersonCandidate | null,
): void {
  regex.lastIndex = 0;
  // A name refused with its whole title is not taken with the end of it ("Vice President Ruuds —
  // Ruud" is not "President Ruuds").
  let refusedNameAt = -1;
  for (let match = regex.exec(sentence.text); match !== null; match = regex.exec(sentence.text)) {
    const nameAt = match.index + match[0].length - (match.groups?.['name']?.length ?? 0);
    const candidate = nameAt === refusedNameAt ? null : accept(sentence, match);
    if (candidate === null) {
      refusedNameAt = nameAt;
      regex.lastIndex = match.index + 1;
      continue;
    }
    found.push(candidate);
    sentence.titledSpans.push(match.index, match.index + match[0].length);
  }
}
