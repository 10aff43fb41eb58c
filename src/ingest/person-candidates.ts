// Finds the places in one sentence where news writing names a person, by the patterns it uses:
//   1. [Org] [Rank] [Title] [Name] [of Org]   "U.S. Secretary of State Antony Blinken", "Prime Minister Netanyahu of Israel"
//   2. [Name], the [Org] [Title] [of Org],    "Jane Roe, the Foreign Minister of Freedonia," / "Roe, national security adviser to …"
//   3. [Honorific] [Name]                     "Mr. Kuleba", "Dr. Jane Smith"
//   4. a bare run of two or three capitalised name words ("Mark Carney met …"), which is a
//      person only when the article also names the surname on its own (extract-people.ts).
// A title belongs to the name it stands directly before, or to the name its apposition follows,
// closed by punctuation; never across another name, a list separator or a sentence boundary.
// A general-purpose NER misses "Secretary of State Antony Blinken" in this text; these patterns
// plus a stop-list of general vocabulary do better. Regexes avoid \p{…} classes and run behind
// cheap gates: they see every sentence of the coverage.
import { LETTER, LOWER, UPPER } from '../lexicon/letters.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_SUFFIXES, TITLE_WORDS, mayBeNameWord } from '../lexicon/name-words.js';
import {
  HONORIFIC_PATTERN,
  MAY_HAVE_TITLE,
  NAMED_ORGANISATION_PATTERN,
  ORGANISATION_PATTERN,
  PORTFOLIO_PATTERN,
  TITLE_PATTERN,
  FIELD_TITLE_HEADS_PATTERN,
  isKnownTitle,
  normaliseOrganisation,
  normaliseTitle,
  takesLoneSurname,
} from '../lexicon/titles.js';

export interface PersonCandidate {
  /** Name words without initials: ["Antony", "Blinken"], ["Ursula", "von", "der", "Leyen"]. */
  words: string[];
  /** The name as written, middle initials included. */
  written: string;
  role: { title: string; organisation: string | null } | null;
  /** A title or honorific with a lone surname, as written: "Secretary Blinken", "Mr. Kuleba". */
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

export interface SentenceNames {
  candidates: PersonCandidate[];
  /**
   * Name words standing alone where a person's surname stands: after a title or honorific
   * ("Mr. Carney", "Secretary Carney") or before a reporting verb ("Carney said").
   */
  singles: string[];
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
const ORG_OF = `(?:${NAMED_ORGANISATION_PATTERN})`;
const MODIFIER = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Cc]urrent|[Nn]ew|[Tt]hen)`;
/** A modifier before the organisation: "former U.S. Secretary of State" ("New" would be "New Mexico"). */
const FORMERLY = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Tt]hen)`;
/** A rank that is part of the title: "Assistant Press Secretary", "Principal Deputy Director". */
const RANK_WORD = String.raw`(?:[Pp]rincipal|[Ss]enior|[Ff]irst|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Ee]xecutive|[Vv]ice|[Ll]ieutenant|Under(?=${SP}[Ss]ecretary))`;
/** Ranks, and up to two capitalised words of a field between them and the title: "Deputy Communications Director". */
const RANK = String.raw`${RANK_WORD}(?:${SP}${RANK_WORD}){0,2}(?:${SP}[${UPPER}][${LOWER}]+(?=${SP}[${UPPER}])){0,2}`;
/** A capitalised word of a role's field ("Domestic", "Policy", "OMB"), not a function word. */
const FIELD_WORD = String.raw`(?!(?:The|A|An|And|Or|Of|For|To|In|On|At|By|With|From|As|Our|His|Her|Their|Its|This|That|Former|Acting)${SP})(?:[${UPPER}][${LOWER}]+|[${UPPER}]{2,6})`;
/** A field of one to three words and a head noun that takes one: "National Climate Advisor". */
const FIELD_TITLE = String.raw`(?:${FIELD_WORD}${SP}){1,3}(?:${FIELD_TITLE_HEADS_PATTERN})(?![${LETTER}])`;
const ORG_PHRASE = String.raw`(?:${ORG}|[${UPPER}][${LETTER}'’.-]*(?:${SP}[${UPPER}][${LETTER}'’.-]*){0,3})`;
const TITLE_PHRASE = String.raw`(?:(?<modifier>${MODIFIER})${SP})?(?:(?<rank>${RANK})${SP})?(?<title>${FIELD_TITLE}|${TITLE_PATTERN})(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?`;

/** Pattern 1: organisation and title right before the name (or before a lone surname). */
const TITLE_BEFORE_NAME_SOURCE =
  String.raw`(?:(?<formerly>${FORMERLY})${SP}(?=${ORG}))?(?:(?<org>${ORG})(?:['’]s)?${SP})?${TITLE_PHRASE}(?:${SP}of${SP}(?:the${SP})?(?<orgOf>${ORG_OF}))?(?<comma>,?)${SP}(?<name>${NAME})`;
const TITLE_BEFORE_NAME = new RegExp(BEFORE_WORD + TITLE_BEFORE_NAME_SOURCE, 'g');
/** The same, anchored: does a title at this place stand before a name of its own? */
const TITLE_BEFORE_NAME_HERE = new RegExp(TITLE_BEFORE_NAME_SOURCE, 'y');

/**
 * Pattern 2: name, a comma and the title ("…, the Pentagon spokesperson,"). The apposition must
 * close (punctuation, the end, or "to the President"): in "Xi Jinping, Prime Minister Han" the
 * title is the next person's.
 */
const NAME_COMMA_TITLE = new RegExp(
  String.raw`${BEFORE_WORD}(?<name>${NAME}),${SP}(?:(?<article>the|a|an)${SP})?(?:(?<formerly>${FORMERLY})${SP}(?=${ORG}))?(?:(?<org>${ORG})(?:['’]s)?${SP})?${TITLE_PHRASE}` +
    String.raw`(?:${SP}(?:of|for|at)${SP}(?:the${SP})?(?<orgOf>${ORG_PHRASE}))?(?=\s*[,.;:)!?"”—–]|\s*$|${SP}to${SP})`,
  'g',
);

/** Pattern 3: "Mr. Kuleba", "Dr. Jane Smith" (an alias, not a role). */
const HONORIFIC_NAME = new RegExp(String.raw`${BEFORE_WORD}(?<title>${HONORIFIC_PATTERN})${SP}(?<name>${NAME})`, 'g');

/** Pattern 4: runs of capitalised words (particles inside), split into names by the stop-list. */
const CAP_TOKEN = String.raw`[${UPPER}][^\s,;:()[\]{}"“”!?/|*_<>]*`;
const CAPITALISED_RUN = new RegExp(String.raw`${BEFORE_WORD}${CAP_TOKEN}(?:${SP}(?:${PARTICLE}${SP}){0,2}${CAP_TOKEN})*`, 'g');
const HAS_UPPER = new RegExp(`[${UPPER}]`);

const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`);
const INITIAL_WORD = new RegExp(String.raw`^[${UPPER}]\.$`);
const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}]`);
/** The word after a name: a capitalised one means the name runs on ("President Biden Activated All …"). */
const NEXT_WORD = new RegExp(String.raw`^${SP}([${UPPER}][^\s,;:()[\]"“”!?]*)`);
const SUFFIX_AFTER = /^,?[^\S\r\n]+(?:Jr|Sr|II|III|IV)\b\.?/;
/** The apposition closes here; ", and …" would go on listing. */
const CLOSED_AFTER = /^\s*(?:,(?!\s+(?:and|or)\s)|[.;:)!?"”—–]|$)/;
const OF_ORG_AFTER = new RegExp(String.raw`^${SP}of${SP}(?:the${SP})?(${ORG_OF})(?![${LETTER}])`);
const LOWER_WORD_AFTER = new RegExp(String.raw`^${SP}[${LOWER}]`);
const WORD_BEFORE = /(\S+)\s*$/;
/** "Advisor to the Vice President, Jake …", "Office of the President, …": the title is someone else's complement. */
const COMPLEMENT_BEFORE = /\b(?:to|of|for)\s+(?:the\s+)?$/;
const COMPLEMENT_THE_BEFORE = /\b(?:to|of|for)\s+the\s+$/;
/** "Postmaster General" (written out: "Chiefs of Staff Gen. Milley" is a general). */
const COMPOUND_GENERAL = new RegExp(String.raw`([${UPPER}][${LOWER}]+)${SP}$`);
/** "… Chiefs of Staff General …": the word before ends a title's "of" phrase. */
const TITLE_OF_BEFORE = new RegExp(String.raw`[${UPPER}]\S*${SP}of${SP}(?:the${SP})?[${UPPER}][${LOWER}]+${SP}$`);
/** A complement "to …" after an apposition's title, up to where the apposition closes. */
const TO_COMPLEMENT_AFTER = /^\s+to\s+([^,;:.)!?"”—–]*)/;
/** "Secretary of Housing and Urban Development, the …": the words continue an "of" phrase. */
const OF_PHRASE_BEFORE = new RegExp(String.raw`\bof\s+(?:the\s+)?(?:[${UPPER}][^\s,;]*\s+(?:(?:and|&)\s+)?)*$`);
const THE_BEFORE = /(?:^|[^A-Za-z])(?:the|in|near)\s+$/i;
const OF_BEFORE = new RegExp(String.raw`[${UPPER}][^\s]*\s+(?:of|&)\s+$`);
const OF_AFTER = new RegExp(String.raw`^\s+(?:of|&)\s+[${UPPER}]`);
/** Nothing but punctuation, bullets or a speaker's "Q" before the words: a sentence start. */
const NO_LETTER_BEFORE = new RegExp(String.raw`^[^${LETTER}0-9]*$`);
const SENTENCE_END_BEFORE = new RegExp(String.raw`(?:[.!?:;—–•]|\bQ)[^${LETTER}0-9]*$`);
/** "Name, Title, Organisation" in a list of speakers: the organisation names something, not someone. */
const LISTED_ORGANISATION = new RegExp(
  String.raw`^,${SP}((?:the${SP})?[${UPPER}][^\s,;:]*(?:${SP}(?:(?:of|and|for|the|&)${SP})?[${UPPER}][^\s,;:]*){0,5})(?=\s*(?:[,;:.]|$))`,
);

/** The people a sentence names, with the role it gives them when it gives one. */
export function findPersonCandidates(text: string, sentenceId: number): PersonCandidate[] {
  return scanSentence(text, sentenceId).candidates;
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

/** A sentence being scanned. */
interface Scanned {
  text: string;
  sentenceId: number;
  /** Whether it is in title case, once asked. */
  titleCase: boolean | null;
  /** Where titled names were found: bare names are not looked for there. */
  titledSpans: number[];
}

function isHeadline(sentence: Scanned): boolean {
  sentence.titleCase ??= isTitleCase(sentence.text);
  return sentence.titleCase;
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
  // A name refused with its whole title is not taken with the end of it ("Vice President Harrins —
  // Harris" is not "President Harrins").
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

/** Pattern 3: an honorific before a name. */
function honorificName(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
  const raw = m.groups?.['name'] ?? '';
  const words = nameWordsOf(raw);
  if (words === null) return null;
  if (runsOn(sentence.text, nameEnd(m, raw, words))) return null;
  const titledForm = words.length === 1 ? `${m.groups?.['title'] ?? ''} ${words[0] ?? ''}` : null;
  return {
    words, written: writtenOf(raw, words), role: null, titledForm, sentenceId: sentence.sentenceId,
    titled: words.length >= 2, firstWordUnsure: false, headline: false,
  };
}

/** Pattern 1, checked: the name ends where the capitals end, and a comma form is a closed apposition. */
function titledBeforeName(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
  const { text, sentenceId } = sentence;
  const groups = m.groups ?? {};
  const raw = groups['name'] ?? '';
  const words = nameWordsOf(raw);
  if (words === null) return null;
  const end = nameEnd(m, raw, words);
  if (runsOn(text, end)) return null;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  // "Counselor to the President Jeff Zients": the title is the complement of another one.
  if (groups['org'] === undefined && COMPLEMENT_THE_BEFORE.test(before)) return null;
  if (groups['comma'] === ',') {
    // "NATO's Secretary-General, Jens Stoltenberg, said": the title opens the apposition. Not in
    // "Adviser to the Vice President, Jake Sullivan, …" (the title is a complement) nor in
    // "Jake Sullivan, National Security Adviser, Antony Blinken, …" (it follows another name).
    if (!closes(sentence, text.slice(skipSuffix(text, end)))) return null;
    // "the Vice President, Jake Sullivan." may as well be two people listed: only a title made
    // specific by an organisation or a portfolio opens an apposition.
    if (groups['org'] === undefined && groups['orgOf'] === undefined && groups['portfolio'] === undefined) return null;
    if (COMPLEMENT_BEFORE.test(before)) return null;
    const previous = /([^\s,]+),\s*$/.exec(before)?.[1];
    if (previous !== undefined && isNameWord(previous)) return null;
  }
  if (groups['comma'] === '' && listedNameThenTitle(text, m.index, end)) return null;
  const candidate = fromTitled(groups, sentenceId, groups['comma'] === '' ? 'before' : 'before-comma');
  if (candidate === null || candidate.role === null) return candidate;
  // "Postmaster General", "Surgeon General": "General" after a word is a civil title, not a rank.
  const compound = groups['org'] === undefined && groups['title'] === 'General' ? COMPOUND_GENERAL.exec(before)?.[1] : undefined;
  if (compound !== undefined && capitalisedWordBefore(before) && !TITLE_OF_BEFORE.test(before)) candidate.role.title = `${compound} General`;
  // "New Mexico Congresswoman …": a country word inside a longer capitalised name is no organisation.
  if (groups['org'] !== undefined && capitalisedWordBefore(before)) candidate.role.organisation = null;
  if (candidate.role.organisation === null) {
    const of = OF_ORG_AFTER.exec(text.slice(end));
    if (of?.[1] !== undefined) candidate.role.organisation = normaliseOrganisation(of[1]);
  }
  if (LOWER_WORD_AFTER.test(text.slice(end)) && isHeadline(sentence)) candidate.headline = true;
  return candidate;
}

/** A list's first item: a name of two or three words opening the text or after a colon, a bullet or a bracket. */
const NAME_COMMA_BEFORE = new RegExp(String.raw`(?:^|[:*•(\[—–])[^\S\r\n]*${NAME_WORD}${NAME_TAIL}{1,2}${AFTER_WORD},${SP}$`);
const TITLED_NAME_COMMA_BEFORE = new RegExp(String.raw`(?:${FIELD_TITLE}|${TITLE_PATTERN}),?${SP}${NAME},${SP}$`);
const TITLE_AFTER_COMMA = new RegExp(String.raw`^,${SP}(?:the${SP})?(?:(?:${ORG})(?:['’]s)?${SP})?(?:${RANK}${SP})?(?:${FIELD_TITLE}|${TITLE_PATTERN})(?![${LETTER}])`);

/**
 * "Jeff Zients, Chief of Staff Jennifer Granholm, Secretary of Energy Gina Raimondo, …": a list
 * of names each followed by its title, so the title before a name is the previous name's. Told
 * by the list's shape: another title right after this name, and a list that opens with a full
 * name with nothing before it (the start, a colon, a bullet). A list whose names each follow their title ("Secretary of State Antony
 * Blinken, Secretary of Defense Lloyd Austin, …") keeps its reading.
 */
function listedNameThenTitle(text: string, titleStart: number, nameEnd: number): boolean {
  if (!TITLE_AFTER_COMMA.test(text.slice(nameEnd))) return false;
  const from = Math.max(0, titleStart - 160);
  const before = text.slice(from, titleStart);
  if (NAME_COMMA_BEFORE.test(before)) return true;
  // The previous name has a title before it: the list is read as its first item is.
  const titled = TITLED_NAME_COMMA_BEFORE.exec(before);
  return titled !== null && listedNameThenTitle(text, from + titled.index, from + before.lastIndexOf(','));
}

/**
 * Whether an apposition closes at the start of `rest`. The end of the text closes it only in a
 * line of title-case words ("Jeff Zients, White House Chief of Staff"): a sentence of running
 * text that stops without punctuation was cut ("… Gina Raimondo, National Security Advisor").
 */
function closes(sentence: Scanned, rest: string): boolean {
  if (!CLOSED_AFTER.test(rest)) return false;
  return rest.trim() !== '' || /[.!?"”)]\s*$/.test(sentence.text) || isHeadline(sentence);
}

/** Pattern 2, checked: the name is whole and the title is not the next person's. */
function nameThenTitle(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
  const { text, sentenceId } = sentence;
  const groups = m.groups ?? {};
  if (!closes(sentence, text.slice(m.index + m[0].length)) && !/^\s+to\s/.test(text.slice(m.index + m[0].length))) return null;
  const raw = groups['name'] ?? '';
  const words = nameWordsOf(raw, true);
  if (words === null) return null;
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  const previous = WORD_BEFORE.exec(before)?.[1] ?? '';
  // "the Child Tax Credit, the President …", "Net Zero Carbon Advisory Committee, Director …".
  if (/^the$/i.test(previous) || (STARTS_UPPER.test(previous) && isNameWord(previous))) return null;
  if (OF_PHRASE_BEFORE.test(before.split(/[,;:]/).pop() ?? '')) return null;
  // "Jake Sullivan, Prime Minister of Israel Benjamin Netanyahu, …": that title has its own name.
  const afterComma = m.index + raw.length + 1;
  const lead = /^\s+(?:(?:the|a|an)\s+)?/.exec(text.slice(afterComma))?.[0].length ?? 0;
  TITLE_BEFORE_NAME_HERE.lastIndex = afterComma + lead;
  const next = TITLE_BEFORE_NAME_HERE.exec(text);
  if (next !== null && nameWordsOf(next.groups?.['name'] ?? '') !== null) return null;

  // "…, Minister of Strategic Affairs Ron Dermer, …", "…, Canadian Ambassador to the United States
  // Kirsten Hillman, …": the title goes on into the next person's name.
  if (endsInName(groups['orgOf'] ?? '') || endsInName(TO_COMPLEMENT_AFTER.exec(text.slice(m.index + m[0].length))?.[1] ?? '')) return null;
  const candidate = fromTitled(groups, sentenceId, 'after');
  if (candidate === null || candidate.role === null) return null;
  const introduced = ['article', 'org', 'orgOf', 'modifier', 'formerly'].some((group) => groups[group] !== undefined);
  const end = m.index + m[0].length;
  const listedPhrase = LISTED_ORGANISATION.exec(text.slice(end))?.[1];
  const listed = listedPhrase === undefined ? undefined : beforeNextTitle(listedPhrase);
  // "Jane Roe, President, Acme University:" — a list of speakers names the organisation next.
  const organisation = listed !== undefined && /\s/.test(listed) && !listed.split(/\s+/).every((w) => isNameWord(w)) ? listed : undefined;
  if (organisation !== undefined && candidate.role.organisation === null) candidate.role.organisation = normaliseOrganisation(organisation);
  candidate.titled = words.length >= 2 && (introduced || organisation !== undefined);
  // A lone surname with a title after it only ever joins a person named in full.
  if (words.length === 1) candidate.titledForm = null;
  return candidate;
}

/** Whether capitalised words end in a name after a word no name has ("Strategic Affairs Ron Dermer"). */
function endsInName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter((word) => STARTS_UPPER.test(word));
  if (words.length < 3) return false;
  const last = words.slice(-2);
  return last.every((word) => isNameWord(word)) && words.slice(0, -2).some((word) => !isNameWord(word));
}

/** "Acme Health and Chief Medical Officer" → "Acme Health": an organisation ends before the next title. */
function beforeNextTitle(phrase: string): string {
  const parts = phrase.split(/(\s+(?:and|&)\s+)/);
  let kept = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const next = parts[i + 1] ?? '';
    if (next.split(/\s+/).some((word) => TITLE_WORDS.has(word.replace(/\.$/, '')))) break;
    kept += (parts[i] ?? '') + next;
  }
  return kept;
}

/** Where the title stands: right before the name, before it with a comma, or after it. */
type TitlePlace = 'before' | 'before-comma' | 'after';

function fromTitled(groups: Record<string, string | undefined>, sentenceId: number, place: TitlePlace): PersonCandidate | null {
  const rawName = groups['name'] ?? '';
  const words = nameWordsOf(rawName);
  if (words === null) return null;
  const headTitle = groups['title'] ?? '';
  const orgOf = groups['orgOf'];
  // "Secretary" + "of State Antony …" is the longer title "Secretary of State", misread.
  if (orgOf !== undefined && isKnownTitle(`${headTitle} of ${orgOf.split(/\s/)[0] ?? ''}`)) return null;
  const rank = groups['rank'];
  const rawTitle = [rank, headTitle, groups['portfolio']].filter((p) => p !== undefined).join(' ');
  const former = (groups['modifier'] ?? groups['formerly'])?.toLowerCase() === 'former';
  const title = (former ? 'Former ' : '') + normaliseTitle(rawTitle);
  const rawOrg = orgOf ?? groups['org'];
  const role = { title, organisation: rawOrg === undefined ? null : normaliseOrganisation(rawOrg) };
  const base = { role, sentenceId, titled: true, firstWordUnsure: false, headline: false };

  if (words.length >= 2) return { ...base, words, written: writtenOf(rawName, words), titledForm: null };

  // A lone surname only right after a capitalised title used that way ("Chancellor Scholz"),
  // and not as the first word of a longer capitalised phrase ("Meritorious Civilian Service").
  const surname = words[0] ?? '';
  if (rawName.trim().includes(' ')) return null;
  if (place === 'after') return { ...base, words, written: surname, titledForm: null };
  if (place === 'before-comma') return null;
  const usedBeforeSurname =
    STARTS_UPPER.test(headTitle) &&
    rank === undefined &&
    groups['portfolio'] === undefined &&
    orgOf === undefined &&
    takesLoneSurname(normaliseTitle(headTitle));
  if (!usedBeforeSurname) return null;
  return { ...base, words, written: surname, titledForm: `${headTitle.replace(/\s+/g, ' ')} ${surname}` };
}

interface Segment {
  /** The name words, without initials and particles. */
  names: string[];
  /** Offsets in the text of the first and past the last token. */
  start: number;
  end: number;
  /** The run's word before and after the segment (a stop word), if any. */
  before: string | null;
  after: string | null;
  /** The last token ended the name: a possessive ("Biden's") or a full stop. */
  closed: boolean;
  /** The written words of the segment, initials and particles included. */
  written: string;
}

/** Splits a run of capitalised words into the stretches of name words between stop words. */
function segmentsOf(run: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let previousStop: string | null = null;
  let from = 0;
  while (from < run.length) {
    let to = from;
    while (to < run.length && !isSpace(run.charCodeAt(to))) to += 1;
    const word = run.slice(from, to);
    const at = offset + from;
    from = to;
    while (from < run.length && isSpace(run.charCodeAt(from))) from += 1;
    if (PARTICLES.has(word) || INITIAL_WORD.test(word)) {
      if (current !== null) {
        current.written += ` ${word}`;
        current.end = at + word.length;
      }
      continue;
    }
    const last = word.charCodeAt(word.length - 1);
    const closing = last === 46 /* . */ || POSSESSIVE.test(word);
    const bare = closing ? word.replace(POSSESSIVE, '').replace(/\.$/, '') : word;
    if (!NAME_WORD_ONLY.test(bare) || !mayBeNameWord(bare)) {
      if (current !== null) {
        current.after = bare;
        segments.push(current);
        current = null;
      }
      previousStop = bare;
      continue;
    }
    if (current === null) {
      current = { names: [bare], start: at, end: at + bare.length, before: previousStop, after: null, closed: false, written: bare };
    } else {
      current.names.push(bare);
      current.written += ` ${bare}`;
      current.end = at + bare.length;
    }
    if (closing) {
      current.closed = true;
      segments.push(current);
      current = null;
      previousStop = null;
    }
  }
  if (current !== null) segments.push(current);
  return segments;
}

const POSSESSIVE = /['’]s?$/;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 160;

/** Pattern 4: a bare name, where nothing around it says it is part of a longer capitalised name. */
function bareName(sentence: Scanned, run: string, runStart: number, segment: Segment): PersonCandidate | null {
  const { text, sentenceId } = sentence;
  const atRunStart = segment.start === runStart;
  const atRunEnd = segment.end === runStart + run.length || segment.closed;
  const before = text.slice(Math.max(0, runStart - 40), runStart);
  const sentenceStart = atRunStart && (NO_LETTER_BEFORE.test(text.slice(0, runStart)) || SENTENCE_END_BEFORE.test(before));
  if (atRunStart ? THE_BEFORE.test(before) || OF_BEFORE.test(before) : segment.before === 'The') return null;
  if (segment.after !== null && !segment.closed && !CALENDAR_WORDS.has(segment.after) && !NAME_SUFFIXES.has(segment.after)) return null;
  if (atRunEnd && !segment.closed && OF_AFTER.test(text.slice(runStart + run.length, runStart + run.length + 40))) return null;
  const words = nameWordsOf(segment.written);
  if (words === null || words.length < 2) return null;
  return {
    words,
    written: writtenOf(segment.written, words),
    role: null,
    titledForm: null,
    sentenceId,
    titled: false,
    firstWordUnsure: sentenceStart || segment.names.length >= 3,
    headline: isHeadline(sentence),
  };
}

/** What a surname does in news writing: said, told, added… */
const REPORTING_VERB_AFTER = new RegExp(
  String.raw`^(?:['’]s)?${SP}(?:also${SP}|then${SP}|later${SP})?(?:said|says|told|tells|added|adds|noted|notes|stated|states|explained|argued|asked|asks|wrote|writes|announced|warned|replied|responded|continued|tweeted|posted|emphasi[sz]ed|stressed|urged|insisted|acknowledged|recalled|remarked|testified|thanked|praised|met|spoke|joined|visited|called)\b`,
);

/** A lone name word after a title or honorific, or before a reporting verb. */
function standsAsSurname(text: string, segment: Segment): boolean {
  if (segment.before !== null && TITLE_WORDS.has(segment.before)) return true;
  if (segment.after !== null) return false;
  return REPORTING_VERB_AFTER.test(text.slice(segment.end, segment.end + 40));
}

/** Where the kept name words end in the text. */
function nameEnd(m: RegExpExecArray, raw: string, words: readonly string[]): number {
  const nameStart = m.index + m[0].length - raw.length;
  const written = writtenOf(raw, words);
  return nameStart + raw.indexOf(written) + written.length;
}

function skipSuffix(text: string, at: number): number {
  return at + (SUFFIX_AFTER.exec(text.slice(at, at + 12))?.[0].length ?? 0);
}

/** Whether a capitalised word follows the name (a day name or a suffix aside): the capitals go on, so the name's end is unknown. */
function runsOn(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(skipSuffix(text, end), end + 60))?.[1];
  if (next === undefined) return false;
  const word = next.replace(/['’]s?$/, '').replace(/\.$/, '');
  return !CALENDAR_WORDS.has(word) && !NAME_SUFFIXES.has(word);
}

/** A capitalised word right before, that is not a function or calendar word ("New" in "New Mexico"). */
function capitalisedWordBefore(before: string): boolean {
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (previous === undefined || !STARTS_UPPER.test(previous) || /[,;:.!?]$/.test(previous)) return false;
  return !FUNCTION_WORDS.has(previous) && !CALENDAR_WORDS.has(previous);
}

function isNameWord(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '').replace(/\.$/, '');
  return NAME_WORD_ONLY.test(bare) && mayBeNameWord(bare);
}

/** Words that title case leaves in lower case. */
const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to upon via vs with'.split(' '),
);

/** Title case, as in a headline or a heading: no lower-case word but those title case keeps small. */
function isTitleCase(text: string): boolean {
  for (const word of text.matchAll(LOWER_CASE_WORD)) if (!TITLE_CASE_LOWER.has(word[0])) return false;
  return true;
}
const LOWER_CASE_WORD = new RegExp(`(?<![${LETTER}'’-])[${LOWER}][${LETTER}'’-]*`, 'g');

/**
 * The name words of a matched run, cut before the first word that cannot be a name
 * ("Antony Blinken Says" → Antony Blinken); null when the run starts with such a word, or, when
 * `whole`, when any word is cut.
 */
function nameWordsOf(run: string, whole = false): string[] | null {
  const words: string[] = [];
  for (const word of run.split(/\s+/)) {
    if (INITIAL_WORD.test(word)) continue;
    if (PARTICLES.has(word)) {
      words.push(word);
      continue;
    }
    if (!mayBeNameWord(word)) {
      if (whole) return null;
      break;
    }
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 || PARTICLES.has(words[0] ?? '') ? null : words;
}

/** The written form of the kept words, with the middle initials between them. */
export function writtenOf(run: string, words: readonly string[]): string {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const start = run.indexOf(first);
  const end = run.indexOf(last, start + (words.length > 1 ? first.length : 0)) + last.length;
  return run.slice(start, end).replace(/\s+/g, ' ');
}
