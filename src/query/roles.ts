// Who holds a role: "who is the white house spokesperson" is answered first by the sentences
// from which the build gave someone that role (the people extractor's title-before-name and
// apposition rules), newest report first. A role matches when its title with its organisation
// accounts for every word the question asks about ("water coordinator" matches "White
// House Water Coordinator"), the role with no words beyond the question first.
import type { LoadedFactBase } from '../factbase/persist.js';
import { queryTerms, terms } from '../factbase/terms.js';
import { ASKS_PAST } from './holder-evidence.js';
import type { Concept } from './concept.js';
import type { Question } from './question.js';
import { alternativesOf } from './expansion.js';
import { lookups, sentenceTerms } from './sentence-facts.js';
import { namesItself } from './coverage.js';
import { isTitleWord } from '../lexicon/titles.js';
import { isKindOf } from '../lexicon/word-kinds.js';
import { questionWords } from './parts-of-speech.js';
import { typedWords } from './named-subject.js';
import { HEAD_NOUNS, LEADING_TITLE_WORDS, ORGANISATION_KINDS, ROLE_EPITHETS } from '../lexicon/leading-roles.js';
import { once } from '../once.js';
import { Lru } from '../lru.js';

interface HeldRole {
  title: ReadonlySet<string>;
  /** The title's terms in order. */
  titleList: readonly string[];
  /** "Former Rural Housing Advisor": the sentence says who held it, not who holds it. */
  former: boolean;
  organisation: ReadonlySet<string>;
  titleAndOrganisation: ReadonlySet<string>;
  sentenceId: number;
  reported: string;
  /** Sentences naming the holder. */
  mentions: number;
  /** The holder's name. */
  holder: string;
}

const rolesCache = new WeakMap<LoadedFactBase, readonly HeldRole[]>();

function heldRoles(facts: LoadedFactBase): readonly HeldRole[] {
  let roles = rolesCache.get(facts);
  if (roles === undefined) {
    roles = facts.data.people.flatMap((person) =>
      person.roles.map((role) => {
        const former = /^former\b/iu.test(role.title);
        const titleList = terms(role.title.replace(/^former\s+/iu, ''));
        const title = new Set(titleList);
        const organisation = new Set(terms(role.organisation ?? ''));
        return {
          title,
          titleList,
          former,
          organisation,
          titleAndOrganisation: new Set([...title, ...organisation]),
          sentenceId: role.sentenceId,
          reported: role.reported ?? '',
          mentions: person.sentenceIds.length,
          holder: person.name,
        };
      }),
    );
    rolesCache.set(facts, roles);
  }
  return roles;
}

// "who" and the words asking about a role are not what the role is called.
const FRAME_TERMS: ReadonlySet<string> = new Set(terms('who is was are were current currently now new name called'));
// Phrases asking for the present holder ("who runs x these days"): the role's latest holder comes first anyway.
const NOWADAYS = /\b(?:these days|right now|nowadays|presently|at (?:the )?(?:moment|present)|as of (?:now|today)|today)\b/gu;

// "Who runs / leads / heads / chairs X", "who is in charge of X", "who is the head of X": whoever
// holds X's top role, whatever X calls it. General English verbs and nouns of leading.
const HEAD_OF = new RegExp(
  String.raw`\bwho(?:'s|\s+(?:is|are|was|were))?\s+(?:(?:currently|now)\s+)?(?:` +
    String.raw`(?:runs?|running|ran|leads?|leading|led|heads?|heading|headed|chairs?|chairing|chaired|directs?|directing|directed|commands?|commanding|commanded|governs?|governing|governed|oversees?|overseeing|oversaw|helms?)\b` +
    String.raw`|in charge of\b|at the (?:head|helm|top) of\b|the (?:${HEAD_NOUNS.join('|')}) of\b)`,
  'u',
);
// "Who is the nato chief", "who is the agency's head": the noun of leading after the organisation.
const HEAD_AFTER = new RegExp(String.raw`(?<=^(?:who|whom)(?:'s|\s+(?:is|are|was|were))\s+(?:the\s+)?\S.*\s)(?:${HEAD_NOUNS.join('|')})$`, 'u');
/** Index terms of the words of leading titles, of the nouns for whoever leads ("chief") and of the kinds of body led ("department"). */
export const LEADING_TITLE_TERMS: ReadonlySet<string> = new Set(terms(LEADING_TITLE_WORDS.join(' ')));
export const HEAD_NOUN_TERMS: ReadonlySet<string> = new Set(terms(HEAD_NOUNS.join(' ')));
// The share of the most reported holder's mentions that another holder of a leading title needs.
const LEADER_MENTION_SHARE = 0.1;
export const ORGANISATION_KIND_TERMS: ReadonlySet<string> = new Set(terms(ORGANISATION_KINDS.join(' ')));

/** An epithet a question uses for a role ("the top us diplomat"): its words, the titles it stands for, the country words between them. */
interface Epithet {
  words: readonly string[];
  titles: readonly ReadonlySet<string>[];
  country: readonly string[];
}

const EPITHETS = [...ROLE_EPITHETS].map(([epithet, titles]) => {
  const [first = '', last = ''] = epithet.split(' ');
  // "top diplomat", "top us diplomat", "zorvia's top diplomat": up to two words may name whose.
  return { pattern: new RegExp(String.raw`\b${first}\s+((?:[\p{L}.'-]+\s+){0,2}?)${last}s?\b`, 'u'), words: [first, last], titles: titles.map((title) => new Set(terms(title))) };
});

/** The role epithet a who-question asks about, or null. */
function epithetIn(question: Pick<Question, 'kind' | 'plain'>): Epithet | null {
  if (question.kind !== 'who') return null;
  for (const { pattern, words, titles } of EPITHETS) {
    const match = pattern.exec(question.plain);
    // A word between the epithet's words modifies it: "us" there is the country, not the pronoun.
    if (match !== null) return { words, titles, country: (match[1] ?? '').split(/\s+/u).filter(Boolean).flatMap((word) => terms(word === 'us' ? 'u.s.' : word)) };
  }
  return null;
}

/** The words of a who-question that ask for whoever leads an organisation ("leads", "in charge of"), or null. */
export function headOfWords(question: Pick<Question, 'kind' | 'plain'>): string | null {
  return question.kind === 'who' ? (HEAD_OF.exec(question.plain)?.[0] ?? HEAD_AFTER.exec(question.plain)?.[0] ?? null) : null;
}

/**
 * Sentences stating who holds the role a who-question names, newest first (at most `limit`, of
 * those `within` keeps). A line that is nothing but a role's title ("national water advisor") asks the same.
 */
export function roleSentences(question: Pick<Question, 'kind' | 'plain'>, facts: LoadedFactBase, limit: number, within?: (sentenceId: number) => boolean): number[] {
  const seen = new Set<number>();
  return rolesAsked(question, facts)
    .map((role) => role.sentenceId)
    .filter((id) => !seen.has(id) && seen.add(id) && (within?.(id) ?? true))
    .slice(0, limit);
}

/**
 * "What did zorvia's top diplomat say", "what did the harbour minister say": whoever the
 * coverage gives the role the speaker's epithet stands for, or the role named in full, by name, so
 * the question asks for that person's words; null when the words name no role, no one holds it,
 * or (named in full) several people do: which one is meant is then not for this to guess.
 */
export function roleHolder(speaker: string, facts: LoadedFactBase): string | null {
  const asked = { kind: 'who', plain: `who is ${speaker}` } as const;
  const held = rolesAsked(asked, facts);
  if (epithetIn(asked) !== null) return held[0]?.holder ?? null;
  const holders = new Set(held.map((role) => role.holder));
  return holders.size === 1 ? [...holders][0]! : null;
}

/** The roles a who-question asks about, in roleSentences' order. */
function rolesAsked(question: Pick<Question, 'kind' | 'plain'>, facts: LoadedFactBase): HeldRole[] {
  if (question.kind !== 'who' && question.kind !== 'statement') return [];
  const headOf = headOfWords(question);
  const epithet = headOf === null ? epithetIn(question) : null;
  const plain = question.plain.replace(NOWADAYS, ' ');
  const asked = new Set(queryTerms(headOf === null ? plain : plain.replace(headOf, ' ')).filter((term) => !FRAME_TERMS.has(term)));
  if (asked.size === 0) return [];
  const past = ASKS_PAST.test(question.plain);
  // Whose role an epithet names: the words around it ("zorvia's top diplomat", "the top us diplomat").
  const countryWords = epithet === null ? [] : [...epithet.country, ...[...asked].filter((term) => !epithet.words.some((word) => terms(word).includes(term)))];
  // Each in any of its forms ("zorvian" for "zorvia", "usa" for "america").
  const country = countryWords.map((term) => alternativesOf([term], facts).single);
  const formsOf = new Map([...asked].map((term) => [term, alternativesOf([term], facts).single]));
  const fits = (role: HeldRole) =>
    epithet !== null ? holdsEpithet(role, epithet.titles, country, facts) : headOf === null ? holds(role, asked, formsOf, question.kind, facts) : leads(role, asked);
  const held = heldRoles(facts).filter((role) => (past || !role.former) && fits(role));
  // Whoever leads an organisation (or holds a country's role an epithet names) is among the most
  // reported holding its title: a state's "Secretary of State", named twice, does not head the
  // State Department.
  const most = Math.max(0, ...held.map((role) => role.mentions));
  const graded = headOf !== null || epithet !== null;
  const matches = graded ? held.filter((role) => role.mentions >= LEADER_MENTION_SHARE * most) : held;
  // The role with no words beyond the question first ("chief of staff" before "deputy chief of
  // staff"); whoever leads an organisation, the latest to be reported in the role first.
  const extra = (role: HeldRole) => (graded ? 0 : [...role.title].filter((term) => !asked.has(term)).length);
  // Asked who holds it now, a holder the coverage barely reports (another country's, named once) comes after the well-reported ones.
  const minor = (role: HeldRole) => Number(!past && role.mentions < LEADER_MENTION_SHARE * most);
  return matches.sort((a, b) => extra(a) - extra(b) || minor(a) - minor(b) || b.reported.localeCompare(a.reported) || a.sentenceId - b.sentenceId);
}

/** The role is the one asked: a word of its title asked, and every asked word in its title or organisation (a line of a title only: that title). */
function holds(role: HeldRole, asked: ReadonlySet<string>, formsOf: ReadonlyMap<string, ReadonlySet<string>>, kind: Question['kind'], facts: LoadedFactBase): boolean {
  if (kind !== 'who') return role.title.size === asked.size && [...asked].every((term) => role.title.has(term));
  if (![...role.title].some((term) => asked.has(term))) return false;
  // Each asked word in any of its forms ("austrian foreign minister" is Austria's), in the role or,
  // for a country the build did not know as one, beside its title ("Zorvia's Foreign Minister …").
  const beside = once(() => wordsBesideTitle(role, facts));
  const forms = (term: string) => [term, ...(formsOf.get(term) ?? [])];
  return [...asked].every((term) => forms(term).some((form) => role.titleAndOrganisation.has(form) || beside().has(form)));
}

/** The words right before and after the role's title in the sentence that gave it. */
function wordsBesideTitle(role: HeldRole, facts: LoadedFactBase): Set<string> {
  const list = sentenceTerms(facts, role.sentenceId).list;
  const beside = new Set<string>();
  for (let i = 0; i + role.titleList.length <= list.length; i++) {
    if (!role.titleList.every((term, k) => list[i + k] === term)) continue;
    [list[i - 1], list[i + role.titleList.length]].forEach((term) => term !== undefined && beside.add(term));
  }
  return beside;
}

/** The role leads the organisation asked about: a leading title, and the organisation named by it and the role's organisation. */
function leads(role: HeldRole, asked: ReadonlySet<string>): boolean {
  if (![...role.title].every((term) => LEADING_TITLE_TERMS.has(term) || asked.has(term))) return false;
  const named = [...asked].filter((term) => !ORGANISATION_KIND_TERMS.has(term));
  return named.length > 0 && named.every((term) => role.titleAndOrganisation.has(term));
}

/**
 * The role is one an epithet stands for ("top diplomat": foreign minister), of the country the
 * question names, if any: its organisation, or the sentence that gave the role, names it.
 */
function holdsEpithet(role: HeldRole, titles: Epithet['titles'], country: readonly ReadonlySet<string>[], facts: LoadedFactBase): boolean {
  if (!titles.some((title) => title.size === role.title.size && [...title].every((term) => role.title.has(term)))) return false;
  if (country.every((forms) => [...forms].some((form) => role.organisation.has(form)))) return true;
  // "Zorvian Foreign Minister …", "the Foreign Minister of Zorvia": the country beside the title itself.
  const besideTitle = wordsBesideTitle(role, facts);
  return country.every((forms) => [...forms].some((form) => besideTitle.has(form)));
}

/**
 * Whether a who-question asks for a holder by a noun or an epithet of the role ("the nato chief",
 * "zorvia's top diplomat") rather than by what the holder does ("who leads nato"): only a sentence
 * giving someone that role answers it.
 */
export function asksByRoleName(question: Pick<Question, 'kind' | 'plain'>): boolean {
  return question.kind === 'who' && (HEAD_AFTER.test(question.plain) || epithetIn(question) !== null);
}

/** The words of a who-question that ask for a role's holder rather than name its organisation ("leads", "chief", "top diplomat"), or null. */
export function holderWords(question: Pick<Question, 'kind' | 'plain'>): string | null {
  return headOfWords(question) ?? epithetIn(question)?.words.join(' ') ?? null;
}

/**
 * "Who leads nato": a sentence naming whoever holds a leading role of the organisation answers
 * the leading verb ("leads", "in charge") and the kind of organisation ("department") though it
 * does not say them, as fully as the words would.
 */
export function creditLeadingRoles(question: Question, concepts: readonly Concept[], facts: LoadedFactBase, limit: number): void {
  const words = holderWords(question);
  if (words === null) return;
  // The verb, and the kind of organisation its leader's title leaves out ("runs the *department* of harbours").
  const leading = new Set([...terms(words).filter((term) => !FRAME_TERMS.has(term)), ...ORGANISATION_KIND_TERMS]);
  const holders = new Set(roleSentences(question, facts, limit));
  if (holders.size === 0) return;
  for (const concept of concepts) {
    // "State department" is one concept: the title names the organisation and implies its kind.
    if (!concept.term.split(' ').some((term) => leading.has(term))) continue;
    const other = concept.test;
    concept.test = (id) => (holders.has(id) ? 1 : (other?.(id) ?? 0));
  }
}

// Per fact base, the sentences naming a holder of a title, by the title's word (the few asked lately).
const titleHolders = new WeakMap<LoadedFactBase, Lru<string, ReadonlySet<number>>>();
const MAX_REMEMBERED_TITLES = 32;

/**
 * "Which minister said …": a sentence naming someone the coverage gives that title elsewhere ("…,"
 * Berg said.) carries the title in part, as another form of the word would, though it does not
 * repeat it.
 */
export function creditTitleHolders(concept: Concept, facts: LoadedFactBase, credit: number): void {
  let known = titleHolders.get(facts);
  if (known === undefined) titleHolders.set(facts, (known = new Lru(MAX_REMEMBERED_TITLES)));
  const holders = known.getOrCompute(concept.term, () => {
    const ids = new Set<number>();
    for (const person of facts.data.people) if (person.roles.some((role) => terms(role.title).includes(concept.term))) person.sentenceIds.forEach((id) => ids.add(id));
    return ids;
  });
  if (holders.size === 0) return;
  const other = concept.test;
  concept.test = (id) => Math.max(holders.has(id) ? credit : 0, other?.(id) ?? 0);
}

/**
 * The concepts of a title a name question asks for the holder of ("pellonia *prime minister* name",
 * "name of the *secretary general*"): each typed in words of titles only, the last word of one
 * naming a kind of person. Empty when the question names no title.
 */
export function askedTitle(concepts: readonly Concept[], plain: string): Concept[] {
  // The noun whose name is asked: "the name of the *mayor* of tarnby", "pellonia prime *minister* name"
  // (not "the name of the aid program the spokeswoman mentioned": a program's name).
  const head = (NAME_OF.exec(plain)?.[1] ?? NAME_AFTER.exec(plain)?.[1])?.replace(/'s?$/u, '');
  if (head === undefined || !isTitleWord(head) || !isKindOf(head, 'person')) return [];
  const titled = concepts.filter((concept) => {
    if (concept.person !== undefined || concept.optional === true) return false;
    return typedWords(concept, plain).split(' ').every(isTitleWord);
  });
  return titled.some((concept) => typedWords(concept, plain).split(' ').at(-1) === head) ? titled : [];
}
const NAME_OF = /\bname of (?:the |a |an |this |that )?(?:[\p{L}'-]+ ){0,4}?([\p{L}'-]+)(?=(?: (?:the|a|an|who|that|which|whose|where|when|in|at|on|for|from|with|to|of|and|is|was|are|were|did|does|do|has|have|had|said|says)\b|,|$))/u;
const NAME_AFTER = /([\p{L}'-]+?)(?:'s|s')? (?:full )?name$/u;

/**
 * The place or body the asked title is of ("*pellonia* prime minister", "the *harbour office*
 * spokeswoman"): the question's subject, else a word of it the tagger reads as a name.
 */
export function titleBody(title: readonly Concept[], subject: Concept | undefined, concepts: readonly Concept[], plain: string): Concept | undefined {
  if (subject !== undefined && !title.includes(subject)) return subject;
  const named = new Set(questionWords(plain).flatMap(({ word, name, place }) => (name || place ? terms(word) : [])));
  return concepts.find((concept) => !title.includes(concept) && concept.optional !== true && concept.term.split(' ').every((term) => named.has(term)));
}

/**
 * Whether the sentence names someone the coverage gives the title, and of the place or body asked
 * (`of`, "pellonia"), where it records one ("pellonia prime minister name": not another official
 * named near other words of the question, nor "Mayor Holm of Tarnby" for Orsa's mayor: that is a
 * misattribution).
 */
export function namesTitleHolder(title: readonly Concept[], facts: LoadedFactBase, of: Concept | undefined): (sentenceId: number) => boolean {
  // Each word of the title, in any of its forms ("spokesperson": a spokeswoman), or the phrase whole.
  const titled = (written: readonly string[]) =>
    title.every((concept) => (concept.term.includes(' ') ? concept.term.split(' ').every((term) => written.includes(term)) : written.some((term) => concept.alternatives.has(term))));
  const { mentions } = lookups(facts);
  // Read once per question: the mentions of those given the title, of the body asked or of none recorded.
  const ofBody: ReadonlySet<number>[] = [];
  const ofNone: ReadonlySet<number>[] = [];
  for (const person of facts.data.people) {
    const roles = person.roles.filter(({ title: written }) => titled(terms(written)));
    const said = mentions.get(person.id);
    if (said === undefined || roles.length === 0) continue;
    if (roles.some(({ organisation }) => organisation !== null && (of === undefined || terms(organisation).some((term) => of.alternatives.has(term))))) ofBody.push(said);
    else if (roles.some(({ organisation }) => organisation === null)) ofNone.push(said);
  }
  return (sentenceId) => {
    if (ofBody.some((said) => said.has(sentenceId))) return true;
    const ofSentence = of === undefined || namesItself(of, sentenceId, facts);
    if (!ofSentence) return false;
    // …or writes the title itself beside the name, and the place or body asked ("Lena Holm, Vesta
    // Ferries managing director,"); the caller has checked that the sentence names someone.
    return ofNone.some((said) => said.has(sentenceId)) || title.every((concept) => namesItself(concept, sentenceId, facts));
  };
}
