// Patterns 1 to 3 of person-candidates.ts checked against their surroundings: a title before a
// name, a name with its title in apposition, an honorific before a name. A match is taken only
// where the name ends with the capitals and the title is this name's, not the next one's.
import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_SUFFIXES, TITLE_WORDS } from '../lexicon/name-words.js';
import { normaliseOrganisation } from '../lexicon/organisations.js';
import { isKnownTitle, normaliseTitle, takesLoneSurname } from '../lexicon/titles.js';
import {
  CLOSED_AFTER,
  COMPLEMENT_BEFORE,
  COMPLEMENT_THE_BEFORE,
  COMPOUND_GENERAL,
  FIELD_TITLE_ONLY,
  FUTURE_BEFORE,
  INDEFINITE_BEFORE,
  INITIAL_WORD,
  LISTED_ORGANISATION,
  LISTED_TITLE_AFTER_COMMA,
  LOWER_WORD_AFTER,
  NAME_CONNECTOR_BEFORE,
  NAME_COMMA_BEFORE,
  NEXT_WORD,
  OF_ORG_AFTER,
  OF_PHRASE_BEFORE,
  RANK_WORD_ONLY,
  STARTS_UPPER,
  SUFFIX_AFTER,
  TITLE_AFTER_COMMA,
  TITLE_BEFORE_NAME_HERE,
  TITLE_OF_BEFORE,
  TITLED_NAME_COMMA_BEFORE,
  TO_COMPLEMENT_AFTER,
  WORD_BEFORE,
} from './name-patterns.js';
import { isHeadline, type PersonCandidate, type Scanned } from './name-scan.js';
import { isNameWord, nameWordsOf, writtenOf } from './written-names.js';

/** Pattern 3: an honorific before a name. */
export function honorificName(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
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
export function titledBeforeName(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
  const { text, sentenceId } = sentence;
  const groups = m.groups ?? {};
  const raw = groups['name'] ?? '';
  const words = nameWordsOf(raw);
  if (words === null) return null;
  const end = nameEnd(m, raw, words);
  if (runsOn(text, end)) return null;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (FUTURE_BEFORE.test(before) || (groups['comma'] === '' && INDEFINITE_BEFORE.test(before))) return null;
  // 'Should I call you "President Roe"?': a title and name quoted together are mentioned, not held.
  if (/["“]$/.test(before) && /^[?!.,]?["”]/.test(text.slice(end))) return null;
  // "Counselor to the President Per Lindqvist": the title is the complement of another one.
  if (groups['org'] === undefined && COMPLEMENT_THE_BEFORE.test(before)) return null;
  if (groups['comma'] === ',') {
    // "NATO's Secretary-General, Marta Ruud, said": the title opens the apposition. Not in
    // "Adviser to the Vice President, Tor Berg, …" (the title is a complement) nor in
    // "Tor Berg, National Security Adviser, Ingrid Haraldsen, …" (it follows another name).
    if (!closes(sentence, text.slice(skipSuffix(text, end)))) return null;
    // "the Vice President, Tor Berg." may as well be two people listed: only a title made
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
  // "Port of Los Angeles Executive Director …", "Sri Lankan National Security Advisor …": a field
  // title that continues a capitalised name starts inside it, so its first words are the name's.
  if (groups['org'] === undefined && FIELD_TITLE_ONLY.test(groups['title'] ?? '') && continuesName(before)) candidate.role.title = withoutNameTail(candidate.role.title);
  if (candidate.role.organisation === null) {
    const of = OF_ORG_AFTER.exec(text.slice(end));
    if (of?.[1] !== undefined) candidate.role.organisation = normaliseOrganisation(of[1]);
  }
  if (LOWER_WORD_AFTER.test(text.slice(end)) && isHeadline(sentence)) candidate.headline = true;
  return candidate;
}

/**
 * "Per Lindqvist, Chief of Staff Jennifer Granholm, Secretary of Energy Gina Raimondo, …": a list
 * of names each followed by its title, so the title before a name is the previous name's. Told
 * by the list's shape: another title right after this name, and a list that opens with a full
 * name with nothing before it (the start, a colon, a bullet). A list whose names each follow their title ("Secretary of State Ingrid
 * Haraldsen, Secretary of Defense Marta Ruud, …") keeps its reading.
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
 * line of title-case words ("Per Lindqvist, White House Chief of Staff"): a sentence of running
 * text that stops without punctuation was cut ("… Gina Raimondo, National Security Advisor").
 */
function closes(sentence: Scanned, rest: string): boolean {
  if (!CLOSED_AFTER.test(rest)) return false;
  return rest.trim() !== '' || /[.!?"”)]\s*$/.test(sentence.text) || isHeadline(sentence);
}

/** Pattern 2, checked: the name is whole and the title is not the next person's. */
export function nameThenTitle(sentence: Scanned, m: RegExpExecArray): PersonCandidate | null {
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
  // "Tor Berg, Prime Minister of Quellmark Ola Haugen, …": that title has its own name.
  const afterComma = m.index + raw.length + 1;
  const lead = /^\s+(?:(?:the|a|an)\s+)?/.exec(text.slice(afterComma))?.[0].length ?? 0;
  TITLE_BEFORE_NAME_HERE.lastIndex = afterComma + lead;
  const next = TITLE_BEFORE_NAME_HERE.exec(text);
  if (next !== null && nameWordsOf(next.groups?.['name'] ?? '') !== null) return null;

  // "…, Minister of Strategic Affairs Ron Dermer, …", "…, Canadian Ambassador to the United States
  // Kirsten Hillman, …": the title goes on into the next person's name.
  // In a list of titled names ("…, Secretary of the Interior Deb Haaland, Secretary of Energy …")
  // an "of" phrase that ends in two name words ends in the next person's name.
  const inTitledList = LISTED_TITLE_AFTER_COMMA.test(text.slice(m.index + m[0].length));
  if (endsInName(groups['orgOf'] ?? '', inTitledList) || endsInName(TO_COMPLEMENT_AFTER.exec(text.slice(m.index + m[0].length))?.[1] ?? '')) return null;
  const candidate = fromTitled(groups, sentenceId, 'after');
  if (candidate === null || candidate.role === null) return null;
  const introduced = ['article', 'org', 'orgOf', 'modifier', 'formerly'].some((group) => groups[group] !== undefined);
  const end = m.index + m[0].length;
  const listedPhrase = LISTED_ORGANISATION.exec(text.slice(end))?.[1];
  const listed = listedPhrase === undefined ? undefined : beforeNextTitle(listedPhrase);
  // "Jane Roe, Vice President, Chief Policy and External Affairs Officer": what is cut before a
  // title and starts with a title word is that title's first half, not an organisation.
  const halfTitle = listed !== undefined && listed !== listedPhrase && TITLE_WORDS.has(listed.split(/\s+/)[0] ?? '');
  // "Jane Roe, President, Acme University:" — a list of speakers names the organisation next.
  const organisation = listed !== undefined && !halfTitle && /\s/.test(listed) && !listed.split(/\s+/).every((w) => isNameWord(w)) ? listed : undefined;
  if (organisation !== undefined && candidate.role.organisation === null) candidate.role.organisation = normaliseOrganisation(organisation);
  candidate.titled = words.length >= 2 && (introduced || organisation !== undefined);
  // A lone surname with a title after it only ever joins a person named in full.
  if (words.length === 1) candidate.titledForm = null;
  return candidate;
}

/** Whether capitalised words end in a name after a word no name has ("Strategic Affairs Ron Dermer"). */
function endsInName(phrase: string, inTitledList = false): boolean {
  // Middle initials are part of the name ("Labor Martin J. Walsh").
  const words = phrase.trim().split(/\s+/).filter((word) => STARTS_UPPER.test(word) && !INITIAL_WORD.test(word));
  if (words.length < 3) return false;
  const last = words.slice(-2);
  return last.every((word) => isNameWord(word)) && (inTitledList || words.slice(0, -2).some((word) => !isNameWord(word)));
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
  const headTitle = withoutLeadingFunctionWords(groups['title'] ?? '');
  const orgOf = groups['orgOf'];
  // "Secretary" + "of State Ingrid …" is the longer title "Secretary of State", misread.
  if (orgOf !== undefined && isKnownTitle(`${headTitle} of ${orgOf.split(/\s/)[0] ?? ''}`)) return null;
  const rank = groups['rank'];
  const rawTitle = [rank, headTitle, groups['portfolio']].filter((p) => p !== undefined).join(' ');
  // "then-Senator Vos" held the role before the report, as a former one did ("and then Senator …" says nothing).
  const former = /^(?:former-?|then-)$/i.test(groups['modifier'] ?? groups['formerly'] ?? '');
  const title = (former ? 'Former ' : '') + normaliseTitle(rawTitle);
  const rawOrg = orgOf ?? groups['org'];
  // "Incoming Chief of Staff Jane Roe" is named, but holds the role only later.
  const incoming = /^incoming-?$/i.test(groups['modifier'] ?? groups['formerly'] ?? '');
  const role = incoming ? null : { title, organisation: rawOrg === undefined ? null : normaliseOrganisation(rawOrg) };
  const base = { role, sentenceId, titled: true, firstWordUnsure: false, headline: false };

  if (words.length >= 2) return { ...base, words, written: writtenOf(rawName, words), titledForm: null };

  // A lone surname only right after a capitalised title used that way ("Chancellor Olsen"),
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

/** "Today National Security Advisor" → "National Security Advisor": a sentence's first word is no field of a role. */
function withoutLeadingFunctionWords(title: string): string {
  const words = title.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && (FUNCTION_WORDS.has(words[first] ?? '') || CALENDAR_WORDS.has(words[first] ?? ''))) first++;
  return words.slice(first).join(' ');
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

/** Whether the words before go on a capitalised name: "Sri …", "Republic of …", "Power and …" (not "President and …"). */
function continuesName(before: string): boolean {
  if (capitalisedWordBefore(before)) return true;
  const word = NAME_CONNECTOR_BEFORE.exec(before)?.[1];
  return word !== undefined && !FUNCTION_WORDS.has(word) && !TITLE_WORDS.has(word);
}

/**
 * A field title without the words that may be a name's: "Los Angeles Executive Director" →
 * "Executive Director", "Lankan National Security Adviser" → "National Security Adviser",
 * "Rico Economic Growth Coordinator" → "Coordinator". A known title or a rank stops the cut.
 */
function withoutNameTail(title: string): string {
  const former = title.startsWith('Former ') ? 'Former ' : '';
  const rest = title.slice(former.length);
  const portfolioAt = rest.includes(' for ') ? rest.indexOf(' for ') : rest.length;
  const words = rest.slice(0, portfolioAt).split(' ');
  let first = 0;
  while (first < words.length - 1 && !isKnownTitle(words.slice(first).join(' ')) && !RANK_WORD_ONLY.test(words[first] ?? '')) first++;
  return former + normaliseTitle(words.slice(first).join(' ') + rest.slice(portfolioAt));
}

/** A capitalised word right before, that is not a function or calendar word ("New" in "New Mexico"). */
function capitalisedWordBefore(before: string): boolean {
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (previous === undefined || !STARTS_UPPER.test(previous) || /[,;:.!?]$/.test(previous)) return false;
  return !FUNCTION_WORDS.has(previous) && !CALENDAR_WORDS.has(previous);
}
