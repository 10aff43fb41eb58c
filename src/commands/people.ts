// Person lookups shared by /who and /quote: resolving what the user typed to one person,
// suggestions when nothing matches, autocomplete choices, and a person's quotes.
import type { LoadedFactBase } from '../knowledge/factbase.js';
import { matchPeople } from '../knowledge/person-match.js';
import type { Person, Quote } from '../knowledge/schema.js';
import { cleanText } from './options.js';
import type { AutocompleteChoice } from './types.js';
import { Lru } from '../lru.js';
import { derived, peopleByMentions, quotesBySpeaker } from './views.js';

const MAX_CHOICES = 25;
const MAX_SUGGESTIONS = 3;
// Words shorter than this match too many names to be worth suggesting from.
const MIN_SUGGESTION_WORD = 3;
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

export function findPerson(query: string, facts: LoadedFactBase): PersonLookup {
  return derived(facts, 'personLookups', () => new Lru<string, PersonLookup>(REMEMBERED_LOOKUPS)).getOrCompute(query, () => lookUp(query, facts));
}

function lookUp(query: string, facts: LoadedFactBase): PersonLookup {
  const matches = matchPeople(query, facts.data.people);
  const [best, ...rest] = matches;
  if (best) {
    const alsoMatching = rest.filter((match) => match.score >= best.score).map((match) => match.person);
    return { person: best.person, alsoMatching, suggestions: [] };
  }
  const suggestions = new Map<string, Person>();
  for (const word of query.split(/\s+/u).filter((w) => w.length >= MIN_SUGGESTION_WORD)) {
    for (const match of matchPeople(word, facts.data.people)) suggestions.set(match.person.id, match.person);
  }
  return { person: null, alsoMatching: [], suggestions: [...suggestions.values()].slice(0, MAX_SUGGESTIONS) };
}

/** "Antony Blinken — Secretary of State, U.S." within Discord's 100 characters. */
function choiceLabel(person: Person): string {
  const role = person.roles[0];
  const label = role ? `${person.name} — ${role.title}${role.organisation ? `, ${role.organisation}` : ''}` : person.name;
  return label.length <= 100 ? label : `${label.slice(0, 99)}…`;
}

/** Up to 25 people for a typed prefix: most mentioned first when nothing is typed yet. */
export function personChoices(prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  const typed = cleanText(prefix);
  return derived(facts, 'personChoices', () => new Lru<string, AutocompleteChoice[]>(REMEMBERED_LOOKUPS)).getOrCompute(typed, () => {
    const people = typed === '' ? peopleByMentions(facts) : matchPeople(typed, facts.data.people).map((match) => match.person);
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

/** "Also written as Blinken, Secretary Blinken." — or nothing when the coverage uses one form. */
export function aliasNote(person: Person): string {
  const others = person.aliases.filter((alias) => alias !== person.name);
  return others.length > 0 ? `Also written as ${others.join(', ')}.` : '';
}
