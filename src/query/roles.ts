// Who holds a role: "who is the white house press secretary" is answered first by the sentences
// from which the build gave someone that role (the people extractor's title-before-name and
// apposition rules), newest report first. A role matches when its title with its organisation
// accounts for every word the question asks about ("infrastructure coordinator" matches "White
// House Infrastructure Coordinator"), the role with no words beyond the question first.
import type { LoadedFactBase } from '../factbase/persist.js';
import { queryTerms, terms } from '../factbase/terms.js';
import { ASKS_PAST } from './holder-evidence.js';
import type { Question } from './question.js';

interface HeldRole {
  title: ReadonlySet<string>;
  /** "Former Domestic Policy Advisor": the sentence says who held it, not who holds it. */
  former: boolean;
  titleAndOrganisation: ReadonlySet<string>;
  sentenceId: number;
  reported: string;
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
        };
      }),
    );
    rolesCache.set(facts, roles);
  }
  return roles;
}

// "who" and the verbs of a role question ("who runs X": the head of X) are not what the role is called.
const FRAME_TERMS: ReadonlySet<string> = new Set(terms('who is was are were current currently now new name called runs leads heads'));

// "Who runs/leads/heads X" asks for whoever holds X's top role, whatever X calls it.
const HEAD_OF = /\bwho (?:runs|leads|heads|chairs)\b/u;
const HEAD_TITLE_TERMS: ReadonlySet<string> = new Set(terms('director chairman chairwoman chair president leader chief head administrator commissioner secretary general'));

/**
 * Sentences stating who holds the role a who-question names, newest first (at most `limit`). A
 * line that is nothing but a role's title ("national climate advisor") asks the same.
 */
export function roleSentences(question: Question, facts: LoadedFactBase, limit: number): number[] {
  if (question.kind !== 'who' && question.kind !== 'statement') return [];
  const asked = new Set(queryTerms(question.plain).filter((term) => !FRAME_TERMS.has(term)));
  if (asked.size === 0) return [];
  const past = ASKS_PAST.test(question.plain);
  const sameTerms = (title: ReadonlySet<string>) => title.size === asked.size && [...asked].every((term) => title.has(term));
  const namesRole = HEAD_OF.test(question.plain) ? (term: string) => HEAD_TITLE_TERMS.has(term) : (term: string) => asked.has(term);
  const matches = heldRoles(facts).filter(
    (role) =>
      (past || !role.former) &&
      (question.kind === 'who' ? [...role.title].some(namesRole) && [...asked].every((term) => role.titleAndOrganisation.has(term)) : sameTerms(role.title)),
  );
  // The role with no words beyond the question first ("chief of staff" before "deputy chief of staff").
  const extra = (role: HeldRole) => [...role.title].filter((term) => !asked.has(term)).length;
  const seen = new Set<number>();
  return matches
    .sort((a, b) => extra(a) - extra(b) || b.reported.localeCompare(a.reported) || a.sentenceId - b.sentenceId)
    .map((role) => role.sentenceId)
    .filter((id) => !seen.has(id) && seen.add(id))
    .slice(0, limit);
}
