// Person lookups shared by /who and /quote: resolving what the user typed to one person,
// the answer when no one matches (with suggestions that have real evidence), autocomplete
// choices, and a person's quotes.
import type { Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { MIN_PREFIX_LETTERS, matchPeople } from '../query/person-match.js';
import type { Person, Quote } from '../factbase/schema.js';
import { clip } from './options.js';
import { failed } from './respond.js';
import type { AutocompleteChoice } from './types.js';
import { Lru } from '../lru.js';
import { derived, peopleByMentions, quotesBySpeaker } from './views.js';
import { cleanTypedText } from '../text-hygiene.js';

const MAX_CHOICES = 25;
const MAX_SUGGESTIONS = 3;
// The name as typed, echoed in "No one called …": long enough to recognise, short enough for one line.
const MAX_ECHOED_NAME = 60;
// Matching a name scans every person: remember the answers for names typed again (autocomplete
// sees every keystroke; popular names come back all day).
const REMEMBERED_LOOKUPS = 2000;

export interface PersonLookup {
  person: Person | null;
  /** Other people who match as well as `person` (a shared surname). */
  alsoMatching: Person[];
  /** When nothing matched: people matching one of the words typed. */
  suggestions: Person[];
}

export function lookUpPerson(query: string, facts: LoadedFactBase): PersonLookup {
  return derived(facts, 'personLookups', () => new Lru<string, PersonLookup>(REMEMBERED_LOOKUPS)).getOrCompute(query, () => lookUp(query, facts));
}

function lookUp(query: string, facts: LoadedFactBase): PersonLookup {
  // Every match, so that "also matching" can say how many others share the name.
  const matches = matchPeople(query, facts.data.people, { limit: Infinity });
  const [best, ...rest] = matches;
  if (best) {
    const alsoMatching = rest.filter((match) => match.score >= best.score).map((match) => match.person);
    return { person: best.person, alsoMatching, suggestions: [] };
  }
  const suggestions = new Map<string, Person>();
  // Each word alone, on the same evidence: "Ingird Haraldsenn" → Ingrid Haraldsen.
  for (const word of query.split(/\s+/u).filter((w) => w.length >= MIN_PREFIX_LETTERS)) {
    for (const match of matchPeople(word, facts.data.people)) suggestions.set(match.person.id, match.person);
  }
  return { person: null, alsoMatching: [], suggestions: [...suggestions.values()].slice(0, MAX_SUGGESTIONS) };
}

/**
 * The answer when no one matches: the name as typed (cleaned and bounded; renderers escape
 * it), and "Did you mean …?" only for people a word of it matched.
 */
export function personNotFound(head: { command: string; query: string }, typed: string, lookup: PersonLookup): Answer {
  const names = lookup.suggestions.map((person) => person.name);
  const last = names.pop();
  const hint = last === undefined ? '' : ` Did you mean ${names.length > 0 ? `${names.join(', ')} or ${last}` : last}?`;
  return failed({ ...head, title: 'Person not found' }, 'not-found', `No one called “${clip(cleanTypedText(typed), MAX_ECHOED_NAME)}” appears in the coverage.${hint}`);
}

/** "Ingrid Haraldsen — Secretary of State, U.S." within Discord's 100 characters. */
function choiceLabel(person: Person): string {
  const role = person.roles[0];
  const label = role ? `${person.name} — ${role.title}${role.organisation ? `, ${role.organisation}` : ''}` : person.name;
  return label.length <= 100 ? label : `${label.slice(0, 99)}…`;
}

/**
 * Up to 25 people for a typed prefix: most mentioned first when nothing is typed yet (a list
 * of suggestions, not an answer); none for text without letters ("!!!").
 */
export function personChoices(prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  const typed = cleanTypedText(prefix);
  return derived(facts, 'personChoices', () => new Lru<string, AutocompleteChoice[]>(REMEMBERED_LOOKUPS)).getOrCompute(typed, () => {
    const people = typed === '' ? peopleByMentions(facts) : matchPeople(typed, facts.data.people, { completing: true }).map((match) => match.person);
    return people.slice(0, MAX_CHOICES).map((person) => ({ name: choiceLabel(person), value: person.name.slice(0, 100) }));
  });
}

/** The person's quotes in coverage order, each quotation once even when several sentences repeat it. */
export function quotesBy(person: Person, facts: LoadedFactBase): Quote[] {
  const seen = new Set<string>();
  return (quotesBySpeaker(facts).get(person.id) ?? []).filter((quote) => {
    const key = quote.text.toLowerCase().replace(/\W+/gu, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Also written as Haraldsen, Secretary Haraldsen." — or nothing when the coverage uses one form. */
export function aliasNote(person: Person): string {
  const others = person.aliases.filter((alias) => alias !== person.name);
  return others.length > 0 ? `Also written as ${others.join(', ')}.` : '';
}
