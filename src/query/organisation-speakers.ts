// "What did the pentagon say": an organisation speaks in its own name ("the Pentagon said", which
// the asked words find) and through the people whose role the coverage gives as the
// organisation's ("Pentagon spokesperson Tor Berg reported …", "MS. OLSEN: …" when Olsen is the
// harbour office's press secretary); "what did the fisheries minister say" (or "the fisheries
// chief"), through whoever holds that role. This finds the second: the sentences where one of them speaks.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import type { Phrase } from './concept.js';
import { terms } from '../factbase/terms.js';
import { alternativesOf } from './expansion.js';
import { HEAD_NOUN_TERMS, LEADING_TITLE_TERMS, ORGANISATION_KIND_TERMS } from './roles.js';
import { lookups } from './sentence-facts.js';
import { othersTurn, speakerOfContext, speaks } from './speakers.js';

/**
 * Per asked word, the words of its other names that are a department's own ("the Pentagon": the
 * Department of Defense → "defense"), the kind of body left out: a leading title holding them all
 * ("Secretary of Defense") leads it.
 */
function departmentWords(term: string, facts: LoadedFactBase): string[][] {
  return alternativesOf([term], facts).multi.flatMap((phrase) => {
    const named = phrase.filter((word) => !ORGANISATION_KIND_TERMS.has(word));
    return named.length > 0 && named.length < phrase.length ? [named] : [];
  });
}

/** The other wordings of an asked word, each as its words ("spokesman": "spokesperson", "press secretary"). */
function otherWordings(term: string, facts: LoadedFactBase): Phrase[] {
  const { single, multi } = alternativesOf([term], facts);
  return [...[...single].map((word) => [word]), ...multi];
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
    const departments = new Map(speakerTerms.map((term) => [term, departmentWords(term, facts)]));
    // "the harbour spokesman": a title the coverage words otherwise ("Harbour Press Secretary").
    const otherTitles = new Map(speakerTerms.map((term) => [term, otherWordings(term, facts)]));
    members = facts.data.people.filter((person) =>
      person.roles.some((role) => {
        const organisation = new Set(terms(role.organisation ?? ''));
        if (speakerTerms.every((term) => organisation.has(term))) return true;
        const title = terms(role.title);
        // "the harbour chief": a head noun stands for any title that leads ("Harbour Secretary").
        const leads = title.some((term) => LEADING_TITLE_TERMS.has(term));
        const held = new Set([...organisation, ...title, ...(leads ? HEAD_NOUN_TERMS : [])]);
        const titled = new Set(title);
        return speakerTerms.every(
          (term) => held.has(term) || otherTitles.get(term)!.some((words) => words.every((word) => titled.has(word))) || (leads && departments.get(term)!.some((words) => words.every((word) => held.has(word)))),
        );
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
