// Whose words a sentence of the coverage is, and the sentences that say so: the quote record the
// build attributed, a transcript paragraph's label ("MS. OLSEN: …"), a name beside a speech verb,
// a "he said" whose person the sentences before name, or an article that is someone's own remarks.
// An answer to "who said …" names the speaker from this, and a line opening "He stressed …" shows
// whose words it carries; nothing is attributed on weaker evidence.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person, Quote } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { personMentionedIn } from './person-in-text.js';
import { lookups } from './sentence-facts.js';
import { namesOnlyTitle, namesSpeaker, ownWordsSpeaker, pronounSpeaks, quoteLabel, speakerTurn, speaks } from './speakers.js';

export interface Attribution {
  /** The speaker: a known person's full name, else as the coverage names them ("a senior diplomat", "MS. OLSEN"). */
  name: string;
  personId?: string;
  /** The sentences that establish it, ascending: the sentence itself, and where its words do not name the speaker, the one that does. */
  sentenceIds: number[];
  /**
   * What names the speaker: the sentence's own words; the sentences or transcript label around
   * it, or the build's quote record; or only the title of an article of someone's remarks.
   */
  how: 'named' | 'context' | 'title';
}

/** How many sentences back a "he said" may look for the person it stands for (as the quote extractor does). */
export const PRONOUN_REACH = 4;

interface Tables {
  /** The attributed quote each sentence is part of. */
  quoteOf: ReadonlyMap<number, Quote>;
  personById: ReadonlyMap<string, Person>;
}
const tablesCache = new WeakMap<LoadedFactBase, Tables>();

function tables(facts: LoadedFactBase): Tables {
  let built = tablesCache.get(facts);
  if (built === undefined) {
    const quoteOf = new Map<number, Quote>();
    for (const quote of facts.data.quotes) if (quote.speakerName !== null) for (const id of quote.sentenceIds) quoteOf.set(id, quote);
    tablesCache.set(facts, (built = { quoteOf, personById: new Map(facts.data.people.map((person) => [person.id, person])) }));
  }
  return built;
}

/** The sentences before `sentenceId` in its article, nearest first, at most `reach`. */
function before(facts: LoadedFactBase, sentenceId: number, reach: number): number[] {
  const { articleId } = facts.sentence(sentenceId);
  const ids: number[] = [];
  for (let id = sentenceId - 1; id >= 0 && ids.length < reach && facts.sentence(id).articleId === articleId; id--) ids.push(id);
  return ids;
}

const withEvidence = (sentenceId: number, evidence: number | undefined): number[] =>
  evidence === undefined || evidence === sentenceId ? [sentenceId] : [evidence, sentenceId].sort((a, b) => a - b);

/** The quote's speaker, with the sentence that names them: one of the quote's own, else the nearest before it. */
function fromQuote(facts: LoadedFactBase, sentenceId: number, quote: Quote): Attribution {
  const person = quote.speakerId === null ? undefined : tables(facts).personById.get(quote.speakerId);
  const description = (quote.speakerName ?? '').toLowerCase();
  const names = (id: number) => (person ? person.sentenceIds.includes(id) : facts.sentence(id).text.toLowerCase().includes(description));
  const evidence = quote.sentenceIds.find(names) ?? before(facts, quote.sentenceIds[0]!, PRONOUN_REACH).find(names);
  return {
    name: person?.name ?? quote.speakerName ?? '',
    ...(person ? { personId: person.id } : {}),
    sentenceIds: withEvidence(sentenceId, evidence),
    how: evidence === sentenceId ? 'named' : 'context',
  };
}

/** A label or title naming the speaker ("MR. LINDQVIST", "Mayor Ana Reyes"), as the person the coverage knows by that name when there is one. */
function byWords(words: string, facts: LoadedFactBase, sentenceIds: number[], how: Attribution['how']): Attribution {
  const mentioned = personMentionedIn(words, facts.data.people)?.person;
  // The name ends the label: "SENIOR CASTLE OFFICE OFFICIAL" is not Mara Castle.
  const person = mentioned !== undefined && namesSpeaker(words, new Set([mentioned.name, ...mentioned.aliases].flatMap((name) => terms(name).slice(-1)))) ? mentioned : undefined;
  return { name: person?.name ?? words, ...(person ? { personId: person.id } : {}), sentenceIds, how };
}

/** The person a sentence names as speaking, when it names one. */
function namedSpeaker(facts: LoadedFactBase, sentenceId: number): Person | undefined {
  const { text } = facts.sentence(sentenceId);
  const person = personMentionedIn(text, facts.data.people, { editedText: true })?.person;
  return person !== undefined && speaks(text, new Set(terms(person.name).slice(-1))) ? person : undefined;
}

/** The person "he" or "she" stands for: the one named in the nearest sentence before that names anyone, or whose words it is. */
function antecedent(facts: LoadedFactBase, sentenceId: number): Attribution | null {
  const { peopleNamed } = lookups(facts);
  for (const id of before(facts, sentenceId, PRONOUN_REACH)) {
    const person = personMentionedIn(facts.sentence(id).text, facts.data.people, { editedText: true })?.person;
    if (person !== undefined) {
      // Several people named: only the one speaking there is the one going on speaking.
      if (peopleNamed[id]! > 1 && namedSpeaker(facts, id) !== person) return null;
      return { name: person.name, personId: person.id, sentenceIds: [id, sentenceId], how: 'context' };
    }
    const quote = tables(facts).quoteOf.get(id);
    if (quote !== undefined) {
      const quoted = fromQuote(facts, id, quote);
      return { ...quoted, sentenceIds: [...new Set([...quoted.sentenceIds, sentenceId])], how: 'context' };
    }
    if (peopleNamed[id]! > 0) return null;
  }
  return null;
}

/** Who speaks the sentence and the sentences that establish it, or null when the coverage does not say. */
export function speakerOf(facts: LoadedFactBase, sentenceId: number): Attribution | null {
  const quote = tables(facts).quoteOf.get(sentenceId);
  if (quote !== undefined) return fromQuote(facts, sentenceId, quote);
  // "Mayor Moreno: “…”" whose quote the build left unattributed (a surname several people bear):
  // the sentence's own label as written, no one's record; before any turn a label further up began.
  const label = quoteLabel(facts.sentence(sentenceId).text, lookups(facts).surnames);
  if (label !== undefined) return { name: label, sentenceIds: [sentenceId], how: 'named' };
  const turn = speakerTurn(facts, sentenceId);
  if (turn?.label === 'reporter') return null;
  const byTurn = (label: string) => byWords(label, facts, withEvidence(sentenceId, turn?.labelledAt), turn?.labelledAt === sentenceId ? 'named' : 'context');
  if (turn !== undefined && !namesOnlyTitle(turn.label)) return byTurn(turn.label);
  const person = namedSpeaker(facts, sentenceId);
  if (person !== undefined) return { name: person.name, personId: person.id, sentenceIds: [sentenceId], how: 'named' };
  const { text, articleId } = facts.sentence(sentenceId);
  const remarks = ownWordsSpeaker(facts.article(articleId).title ?? '');
  // In a speaker's turn or remarks, "He claims …" is the speaker's words about someone, not that one's.
  if (turn === undefined && remarks === undefined && pronounSpeaks(text)) return antecedent(facts, sentenceId);
  // "THE PRESIDENT: …" names whoever the remarks' title names; without one, the label as written.
  if (remarks !== undefined) return byWords(remarks, facts, [sentenceId], 'title');
  return turn === undefined ? null : byTurn(turn.label);
}
