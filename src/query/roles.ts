// Who holds a role: "who is the white house press secretary" is answered first by the sentences
// from which the build gave someone that role (the people extractor's title-before-name and
// apposition rules), newest report first. A role matches when its title with its organisation
// accounts for every word the question asks about ("infrastructure coordinator" matches "White
// House Infrastructure Coordinator"), the role with no words beyond the question first.
import type { LoadedFactBase } from '../factbase/persist.js';
import { queryTerms, terms } from '../factbase/terms.js';
import { ASKS_PAST } from './holder-evidence.js';
import type { Concept } from './concept.js';
import type { Question } from './question.js';

interface HeldRole {
  title: ReadonlySet<string>;
  /** "Former Domestic Policy Advisor": the sentence says who held it, not who holds it. */
  former: boolean;
  titleAndOrganisation: ReadonlySet<string>;
  sentenceId: number;
  reported: string;
  /** Sentences naming the holder. */
  mentions: number;
}

const rolesCache = new WeakMap<LoadedFactBase, readonly HeldRole[]>();

function heldRoles(facts: LoadedFactBase): readonly HeldRole[] {
  let roles = rolesCache.get(facts);
  if (roles === undefined) {
    roles = facts.data.people.flatMap((person) =>
      person.roles.map((role) => {
        const former = /^former\b/iu.test(role.title);
        const title = new Set(terms(role.title.replace(/^former\s+/iu, '')));
        return {
          title,
          former,
          titleAndOrganisation: new Set([...title, ...terms(role.organisation ?? '')]),
          sentenceId: role.sentenceId,
          reported: role.reported ?? '',
          mentions: person.sentenceIds.length,
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
    String.raw`|in charge of\b|at the (?:head|helm|top) of\b|the (?:head|leader|chief|boss) of\b)`,
  'u',
);
// Titles that lead an organisation: every word of a leading title is one of these or names the
// organisation ("Secretary of State" leads the State Department; "Press Secretary" leads nothing).
const LEADING_TITLE_TERMS: ReadonlySet<string> = new Set(
  terms('president prime minister premier chancellor secretary general director managing executive chief head chair chairman chairwoman chairperson commander leader governor mayor ceo administrator commissioner superintendent'),
);
// The share of the most reported holder's mentions that another holder of a leading title needs.
const LEADER_MENTION_SHARE = 0.1;
// What kind of organisation it is ("the state department"): its leader's title names the rest of it.
const ORGANISATION_KIND_TERMS: ReadonlySet<string> = new Set(terms('department ministry office agency bureau'));

/** The words of a who-question that ask for whoever leads an organisation ("leads", "in charge of"), or null. */
export function headOfWords(question: Pick<Question, 'kind' | 'plain'>): string | null {
  return question.kind === 'who' ? (HEAD_OF.exec(question.plain)?.[0] ?? null) : null;
}

/**
 * Sentences stating who holds the role a who-question names, newest first (at most `limit`). A
 * line that is nothing but a role's title ("national climate advisor") asks the same.
 */
export function roleSentences(question: Question, facts: LoadedFactBase, limit: number): number[] {
  if (question.kind !== 'who' && question.kind !== 'statement') return [];
  const headOf = headOfWords(question);
  const plain = question.plain.replace(NOWADAYS, ' ');
  const asked = new Set(queryTerms(headOf === null ? plain : plain.replace(headOf, ' ')).filter((term) => !FRAME_TERMS.has(term)));
  if (asked.size === 0) return [];
  const past = ASKS_PAST.test(question.plain);
  const held = heldRoles(facts).filter((role) => (past || !role.former) && (headOf === null ? holds(role, asked, question.kind) : leads(role, asked)));
  // Whoever leads an organisation is among the most reported of those holding its leading title: a
  // state's "Secretary of State", named twice, does not head the State Department.
  const most = Math.max(0, ...held.map((role) => role.mentions));
  const matches = headOf === null ? held : held.filter((role) => role.mentions >= LEADER_MENTION_SHARE * most);
  // The role with no words beyond the question first ("chief of staff" before "deputy chief of
  // staff"); whoever leads an organisation, the latest to be reported in the role first.
  const extra = (role: HeldRole) => (headOf === null ? [...role.title].filter((term) => !asked.has(term)).length : 0);
  const seen = new Set<number>();
  return matches
    .sort((a, b) => extra(a) - extra(b) || b.reported.localeCompare(a.reported) || a.sentenceId - b.sentenceId)
    .map((role) => role.sentenceId)
    .filter((id) => !seen.has(id) && seen.add(id))
    .slice(0, limit);
}

/** The role is the one asked: a word of its title asked, and every asked word in its title or organisation (a line of a title only: that title). */
function holds(role: HeldRole, asked: ReadonlySet<string>, kind: Question['kind']): boolean {
  if (kind !== 'who') return role.title.size === asked.size && [...asked].every((term) => role.title.has(term));
  return [...role.title].some((term) => asked.has(term)) && [...asked].every((term) => role.titleAndOrganisation.has(term));
}

/** The role leads the organisation asked about: a leading title, and the organisation named by it and the role's organisation. */
function leads(role: HeldRole, asked: ReadonlySet<string>): boolean {
  if (![...role.title].every((term) => LEADING_TITLE_TERMS.has(term) || asked.has(term))) return false;
  const named = [...asked].filter((term) => !ORGANISATION_KIND_TERMS.has(term));
  return named.length > 0 && named.every((term) => role.titleAndOrganisation.has(term));
}

/**
 * "Who leads nato": a sentence naming whoever holds a leading role of the organisation answers
 * the leading verb ("leads", "in charge") and the kind of organisation ("department") though it
 * does not say them, as fully as the words would.
 */
export function creditLeadingRoles(question: Question, concepts: readonly Concept[], facts: LoadedFactBase, limit: number): void {
  const words = headOfWords(question);
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
