// "What did the pentagon say": an organisation speaks in its own name ("the Pentagon said", which
// the asked words find) and through the people whose role the coverage gives as the
// organisation's ("Pentagon spokesperson Tor Berg reported …", "MS. OLSEN: …" when Olsen is the
// harbour office's press secretary); "what did the fisheries minister say" (or "the fisheries
// chief"), through whoever holds that role. This finds the second: the sentences where one of them speaks.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { HEAD_NOUNS, LEADING_TITLE_WORDS, ORGANISATION_KINDS } from '../lexicon/leading-roles.js';
import { alternativesOf } from './expansion.js';
import { lookups } from './sentence-facts.js';
import { othersTurn, speakerOfContext, speaks } from './speakers.js';

const LEADING_TERMS: ReadonlySet<string> = new Set(LEADING_TITLE_WORDS.flatMap((word) => terms(word)));
const HEAD_TERMS: readonly string[] = HEAD_NOUNS.flatMap((word) => terms(word));

const KIND_TERMS: ReadonlySet<string> = new Set(ORGANISATION_KINDS.flatMap((word) => terms(word)));

/**
 * Whether another name of the organisation ("the Pentagon": the Department of Defense) is the
 * department a leading title names ("Secretary of Defense"): its words but the kind of body.
 */
function namesDepartmentOf(term: string, held: ReadonlySet<string>, facts: LoadedFactBase): boolean {
  return alternativesOf([term], facts).multi.some((phrase) => {
    const named = phrase.filter((word) => !KIND_TERMS.has(word));
    return named.length > 0 && named.length < phrase.length && named.every((word) => held.has(word));
  });
}

const membersMemo = new WeakMap<LoadedFactBase, Map<string, readonly Person[]>>();

/**
 * The people with a role whose organisation's words hold every one of `speakerTerms` ("white",
 * "hous" in "White House"), or whose title and organisation do ("fisheries minister": whoever the
 * coverage names Fisheries Minister).
 */
export function organisationMembers(speakerTerms: readonly string[], facts: LoadedFactBase): readonly Person[] {
  if (speakerTerms.length === 0) return [];
  let memo = membersMemo.get(facts);
  if (memo === undefined) membersMemo.set(facts, (memo = new Map()));
  const key = [...speakerTerms].sort().join(' ');
  let members = memo.get(key);
  if (members === undefined) {
    members = facts.data.people.filter((person) =>
      person.roles.some((role) => {
        const organisation = new Set(terms(role.organisation ?? ''));
        if (speakerTerms.every((term) => organisation.has(term))) return true;
        const title = terms(role.title);
        // "the harbour chief": a head noun stands for any title that leads ("Harbour Secretary").
        const leads = title.some((term) => LEADING_TERMS.has(term));
        const held = new Set([...organisation, ...title, ...(leads ? HEAD_TERMS : [])]);
        return speakerTerms.every((term) => held.has(term) || (leads && namesDepartmentOf(term, held, facts)));
      }),
    );
    memo.set(key, members);
  }
  return members;
}

/**
 * Whether one of the organisation's people speaks in the sentence (quoted, under their transcript
 * label or in their own statement, or named beside a speech verb outside someone else's turn);
 * null when the asked words name no organisation of anyone's role.
 */
export function organisationVoice(speakerTerms: readonly string[], facts: LoadedFactBase): ((sentenceId: number) => boolean) | null {
  const members = organisationMembers(speakerTerms, facts);
  if (members.length === 0) return null;
  const { quotes } = lookups(facts);
  const surnames = new Set(members.flatMap((person) => terms(person.name).slice(-1)));
  return (id) =>
    members.some((person) => quotes.get(person.id)?.has(id) === true) ||
    speakerOfContext(facts, id, surnames) ||
    (speaks(facts.sentence(id).text, surnames) && !othersTurn(facts, id, surnames));
}
