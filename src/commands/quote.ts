// /quote — what a person is quoted as saying, optionally on a topic, each quotation cited.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Quote } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE, DATE_RANGE_OPTIONS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PAGE_OPTION, checkDateOrder, dateBound, optionalText, pageNumber, requiredText } from './options.js';
import { inPeriod, isBounded, nothingFrom, type Bounds } from './in-period.js';
import { lookUpPerson, personChoices, personNotFound, quotesBy } from './people.js';
import { RANKING } from '../query/ranking-options.js';
import type { Concept } from '../query/concept.js';
import { coverage } from '../query/coverage.js';
import { analyseQuery } from '../query/relevance.js';
import { abstained, answered, failed, pageOf, pagingNote, requestLine } from './respond.js';
import { count } from '../counted.js';
import { ask } from './ask.js';
import type { Command } from './types.js';
import { derived } from './views.js';

/** Quotations per page: each can run to a few sentences. */
export const QUOTE_PAGE_SIZE = 10;

const data = {
  name: 'quote',
  description: 'What a person is quoted as saying in the coverage',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'person',
      description: 'Who said it (e.g. Smith)',
      required: true,
      min_length: 1,
      max_length: MAX_NAME_LENGTH,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Only quotes about this (e.g. Russia)',
      max_length: MAX_TEXT_LENGTH,
    },
    ...DATE_RANGE_OPTIONS,
    PAGE_OPTION,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({
    person: requiredText('person', MAX_NAME_LENGTH),
    topic: optionalText('topic', MAX_TEXT_LENGTH),
    from: dateBound('from'),
    to: dateBound('to'),
    page: pageNumber('page'),
  })
  .superRefine(checkDateOrder);
export type QuoteOptions = z.infer<typeof options>;

/** Quotes whose speaker is only described ("a senior harbour official"), under each term of the description. */
function describedSpeakers(facts: LoadedFactBase): { byTerm: Map<string, Quote[]>; termsOf: Map<Quote, Set<string>> } {
  return derived(facts, 'describedSpeakers', () => {
    const byTerm = new Map<string, Quote[]>();
    const termsOf = new Map<Quote, Set<string>>();
    for (const quote of facts.data.quotes) {
      if (quote.speakerId !== null || quote.speakerName === null) continue;
      const speaker = new Set(terms(quote.speakerName));
      termsOf.set(quote, speaker);
      for (const term of speaker) {
        const list = byTerm.get(term);
        if (list === undefined) byTerm.set(term, [quote]);
        else list.push(quote);
      }
    }
    return { byTerm, termsOf };
  });
}

/** Quotes whose speaker the text names without a known person ("a senior harbour official"), in coverage order. */
function quotesByDescription(description: string, facts: LoadedFactBase): Quote[] {
  const wanted = terms(description);
  if (wanted.length === 0) return [];
  const { byTerm, termsOf } = describedSpeakers(facts);
  // Every wanted term must describe the speaker: start from the rarest term's quotes.
  const lists = wanted.map((term) => byTerm.get(term) ?? []).sort((a, b) => a.length - b.length);
  return (lists[0] ?? []).filter((quote) => wanted.every((term) => termsOf.get(quote)?.has(term)));
}

function aboutTopic(quote: Quote, concepts: readonly Concept[], facts: LoadedFactBase): boolean {
  return quote.sentenceIds.some((id) => coverage(concepts, id, facts) >= RANKING.minCoverage);
}

/** Quotes with a sentence in the bounds (all of them when unbounded). */
function quotesIn(quotes: readonly Quote[], bounds: Bounds, facts: LoadedFactBase): readonly Quote[] {
  return isBounded(bounds) ? quotes.filter((quote) => quote.sentenceIds.some((id) => inPeriod(facts, id, bounds))) : quotes;
}

function run(opts: QuoteOptions, facts: LoadedFactBase) {
  const head = {
    command: 'quote',
    query: requestLine('quote', { person: opts.person, topic: opts.topic, from: opts.from?.text, to: opts.to?.text, page: opts.page > 1 ? opts.page : undefined }),
    title: `Quotes: ${opts.person}`,
  };
  const found = lookUpPerson(opts.person, facts);
  const speaker = found.person?.name ?? opts.person;
  const quotes = found.person ? quotesBy(found.person, facts) : quotesByDescription(opts.person, facts);
  if (found.person === null && quotes.length === 0) return personNotFound(head, opts.person, found);
  const title = `Quotes: ${speaker}`;
  const { topic } = opts;
  const about = topic === undefined ? '' : ` on “${topic}”`;
  // A transcript's "MR. LINDQVIST: …" or "Lindqvist said the port …" carries their words without
  // quotation marks: /ask finds them, asked with the name as typed (as a routed question was).
  const theirWords = () => {
    if (found.person === null) return null;
    const spoken = ask.run({ question: `what did ${opts.person} say${topic === undefined ? '' : ` about ${topic}`}`, from: opts.from, to: opts.to }, facts);
    return spoken.abstained ? null : { ...spoken, ...head, title, message: `No quotation of ${speaker}${about}; these sentences give their words${topic === undefined ? '' : ' on it'}.` };
  };
  if (quotes.length === 0) {
    const spoken = theirWords();
    if (spoken !== null) return spoken;
    // Reported speech ("Lindqvist stated that …") is no quotation, but it is where to look next.
    const mentioned = found.person?.sentenceIds.length ?? 0;
    const elsewhere = mentioned > 0 ? `; /who name:"${speaker}" shows the ${count(mentioned, 'sentence')} that ${mentioned === 1 ? 'names' : 'name'} them` : '';
    return abstained({ ...head, title }, `The coverage quotes no words from ${speaker}${elsewhere}.`);
  }

  const concepts = topic === undefined ? null : analyseQuery(topic, facts).concepts;
  const onTopic = concepts === null ? quotes : quotes.filter((quote) => aboutTopic(quote, concepts, facts));
  const chosen = quotesIn(onTopic, opts, facts);
  // "what did Reyes say in March 2024": a quote from another time is no answer.
  if (onTopic.length > 0 && chosen.length === 0) {
    return abstained({ ...head, title }, `${nothingFrom(facts, opts, `no quote by ${speaker}${about}`)} It has ${count(onTopic.length, 'quote')}${about} from other times.`);
  }
  if (chosen.length === 0) {
    const spoken = theirWords();
    if (spoken !== null) return spoken;
    return abstained(
      { ...head, title },
      `The coverage doesn't quote ${speaker} on “${topic}”; it has ${count(quotes.length, 'other quote')} from them.`,
    );
  }
  const paged = pageOf(chosen, opts.page, QUOTE_PAGE_SIZE);
  if (paged === null) return failed({ ...head, title }, 'bad-input', pagingNote.pastTheEnd(opts.page, chosen.length, QUOTE_PAGE_SIZE));
  const book = new CitationBook(facts);
  const items = paged.items.map((quote) => ({
    text: `“${quote.text}”`,
    citations: book.citeAll(quote.sentenceIds),
    speaker: quote.speakerName ?? speaker,
    ...(found.person ? { personId: found.person.id } : {}),
  }));
  if (paged.page === undefined) return answered({ ...head, title }, items, book);
  return answered({ ...head, title }, items, book, {
    message: pagingNote.range(paged.page, chosen.length, QUOTE_PAGE_SIZE, 'quote', 'in coverage order'),
    page: paged.page,
  });
}

export const quote: Command<QuoteOptions> = {
  data,
  options,
  run,
  autocomplete: (option, prefix, facts) => (option === 'person' ? personChoices(prefix, facts) : []),
};
