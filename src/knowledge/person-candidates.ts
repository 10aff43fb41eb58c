// Finds the places in one sentence where news writing names a person, by the patterns it uses:
//   1. [Org] [Title] [Name]                  "U.S. Secretary of State Antony Blinken", "Chancellor Scholz"
//   2. [Name], the [Org] [Title] [of Org]    "Bujar Osmani, the Foreign Minister of North Macedonia"
//   3. [Honorific] [Name]                    "Mr. Kuleba"
//   4. a bare "First Last" whose first name is a common given name ("Mark Rutte said").
// A general-purpose NER misses "Secretary of State Antony Blinken" in this text; these patterns
// plus the non-name word list do better. Regexes avoid \p{…} classes and run behind cheap
// gates: they see every sentence of the coverage.
import { LETTER, LOWER, UPPER } from './letters.js';
import { phrasesPattern } from './phrase-pattern.js';
import { GIVEN_NAMES, mayBeNameWord } from './name-words.js';
import {
  HONORIFIC_PATTERN,
  MAY_HAVE_TITLE,
  ORGANISATION_PATTERN,
  PORTFOLIO_PATTERN,
  TITLE_PATTERN,
  isKnownTitle,
  normaliseOrganisation,
  normaliseTitle,
  takesLoneSurname,
} from './titles.js';

export interface PersonCandidate {
  /** Name words without initials: ["Antony", "Blinken"], ["Ursula", "von", "der", "Leyen"]. */
  words: string[];
  /** The name as written, middle initials included. */
  written: string;
  role: { title: string; organisation: string | null } | null;
  /** A title or honorific with a lone surname, as written: "Secretary Blinken", "Mr. Kuleba". */
  titledForm: string | null;
  sentenceId: number;
}

const PARTICLE_WORDS = ['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'ter'];
export const PARTICLES: ReadonlySet<string> = new Set(PARTICLE_WORDS);

const NAME_WORD = String.raw`(?:Mc|Mac|De|La|Le|Di|Du|O['’]|D['’])?[${UPPER}][${LOWER}]+(?:-[${UPPER}]?[${LOWER}]+)*`;
const PARTICLE = `(?:${PARTICLE_WORDS.join('|')})`;
const INITIAL = String.raw`[${UPPER}]\.`;
/** Spaces within one line: a name never runs across a line break. */
const SP = String.raw`[^\S\r\n]+`;
const BEFORE_WORD = String.raw`(?<![${LETTER}0-9'’.-])`;
/** A trailing hyphen is a word cut off in speech ("Mitch Ron- — Mitch Landrieu"), not a name end. */
const AFTER_WORD = String.raw`(?![${LETTER}0-9-])`;
const NAME_TAIL = String.raw`(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP}){0,2}${NAME_WORD})`;
/** One to three name words, with middle initials and particles: "Joe R. Biden", "Ursula von der Leyen". */
const NAME = String.raw`${NAME_WORD}${NAME_TAIL}{0,2}${AFTER_WORD}`;
const ORG = `(?:${ORGANISATION_PATTERN})`;
const MODIFIER = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Cc]urrent|[Nn]ew|[Tt]hen)`;
const ORG_PHRASE = String.raw`(?:${ORG}|[${UPPER}][${LETTER}'’.-]*(?:${SP}[${UPPER}][${LETTER}'’.-]*){0,3})`;

/** Pattern 1: organisation and title before the name (or before a lone surname). */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`${BEFORE_WORD}(?:(?<org>${ORG})(?:['’]s)?${SP})?(?:(?<modifier>${MODIFIER})${SP})?(?<title>${TITLE_PATTERN})` +
    String.raw`(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?(?:${SP}of${SP}(?:the${SP})?(?<orgOf>${ORG}))?(?<comma>,?)${SP}(?<name>${NAME})`,
  'g',
);

/**
 * Pattern 2: name, then a comma and the title ("…, the Pentagon spokesperson"). The title must
 * end the phrase (punctuation or a lower-case word next): in "Xi Jinping, Prime Minister Han" or
 * "…, Secretary for European and Eurasian Affairs Karen Donfried" the title is the next person's.
 */
const NAME_COMMA_TITLE = new RegExp(
  String.raw`${BEFORE_WORD}(?<name>${NAME}),${SP}(?:(?<article>the|a|an)${SP})?(?:(?<org>${ORG})(?:['’]s)?${SP})?(?:(?<modifier>${MODIFIER})${SP})?` +
    String.raw`(?<title>${TITLE_PATTERN})(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?(?:${SP}(?:of|for|at)${SP}(?:the${SP})?(?<orgOf>${ORG_PHRASE}))?` +
    String.raw`(?=[,.;:)!?"”]|$|${SP}(?!(?:and|of|for|the)\b)[${LOWER}])`,
  'g',
);

/** Pattern 3: "Mr. Kuleba", "Dr. Jane Smith" (an alias, not a role). */
const HONORIFIC_NAME = new RegExp(String.raw`${BEFORE_WORD}(?<title>${HONORIFIC_PATTERN})${SP}(?<name>${NAME})`, 'g');

/** Pattern 4: a known given name and one or two more name words. */
const BARE_NAME = new RegExp(String.raw`${BEFORE_WORD}${phrasesPattern([...GIVEN_NAMES])}${NAME_TAIL}{1,2}${AFTER_WORD}`, 'g');

/** Cheap gate for pattern 4: a capitalised word, a space and another capital. */
const MAY_HAVE_BARE_NAME = new RegExp(String.raw`[${UPPER}][${LOWER}]+ [${UPPER}]`);

const INITIAL_WORD = new RegExp(String.raw`^[${UPPER}]\.$`);
const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}]`);

/** The people a sentence names, with the role it gives them when it gives one. */
export function findPersonCandidates(text: string, sentenceId: number): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  const titledSpans: [number, number][] = [];
  if (MAY_HAVE_TITLE.test(text)) {
    for (const match of acceptedMatches(TITLE_BEFORE_NAME, text, (m) => fromTitled(m.groups ?? {}, sentenceId, m.groups?.['comma'] === ''))) {
      found.push(match.value);
      titledSpans.push([match.index, match.end]);
    }
    for (const match of acceptedMatches(NAME_COMMA_TITLE, text, (m) => {
      const candidate = fromTitled(m.groups ?? {}, sentenceId, false);
      if (candidate === null || candidate.words.length < 2) return null;
      // "Planned Parenthood, President, …" in a list of attendees: without "the"/"a", "former"
      // or an organisation around the title, only a known first name makes the words a name.
      const introduced = ['article', 'org', 'orgOf', 'modifier'].some((group) => m.groups?.[group] !== undefined);
      return introduced || GIVEN_NAMES.has(candidate.words[0] ?? '') ? candidate : null;
    })) {
      found.push(match.value);
    }
    for (const match of text.matchAll(HONORIFIC_NAME)) {
      const written = match.groups?.['name'] ?? '';
      const words = nameWordsOf(written);
      if (words === null) continue;
      const titledForm = words.length === 1 ? `${match.groups?.['title'] ?? ''} ${words[0] ?? ''}` : null;
      found.push({ words, written: writtenOf(written, words), role: null, titledForm, sentenceId });
    }
  }
  if (MAY_HAVE_BARE_NAME.test(text)) {
    for (const match of text.matchAll(BARE_NAME)) {
      if (titledSpans.some(([from, to]) => match.index >= from && match.index < to)) continue;
      const words = nameWordsOf(match[0]);
      if (words === null || words.length < 2) continue;
      found.push({ words, written: writtenOf(match[0], words), role: null, titledForm: null, sentenceId });
    }
  }
  return found;
}

/**
 * The matches of a global regex that `accept` turns into a value. After a rejected match the
 * search resumes one character later, so a bad reading ("Staff Gen") does not hide a good one
 * inside it ("Gen. Mark Milley").
 */
function acceptedMatches<T>(
  regex: RegExp,
  text: string,
  accept: (match: RegExpExecArray) => T | null,
): { value: T; index: number; end: number }[] {
  const accepted: { value: T; index: number; end: number }[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const value = accept(match);
    if (value === null) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    accepted.push({ value, index: match.index, end: match.index + match[0].length });
  }
  return accepted;
}

function fromTitled(groups: Record<string, string | undefined>, sentenceId: number, loneAllowed: boolean): PersonCandidate | null {
  const rawName = groups['name'] ?? '';
  const words = nameWordsOf(rawName);
  if (words === null) return null;
  const headTitle = groups['title'] ?? '';
  const orgOf = groups['orgOf'];
  // "Secretary" + "of State Antony …" is the longer title "Secretary of State", misread.
  if (orgOf !== undefined && (isKnownTitle(`${headTitle} of ${orgOf.split(/\s/)[0] ?? ''}`) || orgOf.split(/\s+/).some((w) => GIVEN_NAMES.has(w)))) {
    return null;
  }
  const rawTitle = [headTitle, groups['portfolio']].filter((p) => p !== undefined).join(' ');
  const former = groups['modifier']?.toLowerCase() === 'former';
  const title = (former ? 'Former ' : '') + normaliseTitle(rawTitle);
  const rawOrg = orgOf ?? groups['org'];
  const role = { title, organisation: rawOrg === undefined ? null : normaliseOrganisation(rawOrg) };

  if (words.length >= 2) return { words, written: writtenOf(rawName, words), role, titledForm: null, sentenceId };

  // A lone surname only right after a capitalised title used that way ("Chancellor Scholz"),
  // and not as the first word of a longer capitalised phrase ("Meritorious Civilian Service").
  const surname = words[0] ?? '';
  if (rawName.trim().includes(' ')) return null;
  const usedBeforeSurname = STARTS_UPPER.test(headTitle) && takesLoneSurname(normaliseTitle(headTitle));
  if (!loneAllowed || !usedBeforeSurname || GIVEN_NAMES.has(surname)) return null;
  return { words, written: surname, role, titledForm: `${headTitle.replace(/\s+/g, ' ')} ${surname}`, sentenceId };
}

/**
 * The name words of a matched run, cut before the first word that cannot be a name
 * ("Antony Blinken Says" → Antony Blinken); null when the run starts with such a word.
 */
function nameWordsOf(run: string): string[] | null {
  const words: string[] = [];
  for (const word of run.split(/\s+/)) {
    if (INITIAL_WORD.test(word)) continue;
    if (PARTICLES.has(word)) {
      words.push(word);
      continue;
    }
    if (!mayBeNameWord(word)) break;
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 || PARTICLES.has(words[0] ?? '') ? null : words;
}

/** The written form of the kept words, with the middle initials between them. */
function writtenOf(run: string, words: readonly string[]): string {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const start = run.indexOf(first);
  const end = run.indexOf(last, start + (words.length > 1 ? first.length : 0)) + last.length;
  return run.slice(start, end).replace(/\s+/g, ' ');
}
