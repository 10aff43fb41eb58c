// /quote — what a person is quoted as saying, optionally on a topic, each quotation cited.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import type { Quote } from '../knowledge/schema.js';
import { terms } from '../knowledge/terms.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, optionalText, requiredText } from './options.js';
import { findPerson, personChoices, quotesBy } from './people.js';
import { MIN_COVERAGE, analyseQuery, coverage, type Concept } from './relevance.js';
import { abstained, answered, count, failed, listing, requestLine } from './respond.js';
import type { Command } from './types.js';

const data = {
  name: 'quote',
  description: 'What a person is quoted as saying in the coverage',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'person',
      description: 'Who said it (e.g. Blinken)',
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
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({
  person: requiredText('person', MAX_NAME_LENGTH),
  topic: optionalText('topic', MAX_TEXT_LENGTH),
});
export type QuoteOptions = z.infer<typeof options>;

/** Quotes whose speaker the text names without a known person ("a senior NATO diplomat"). */
function quotesByDescription(description: string, facts: LoadedFactBase): Quote[] {
  const wanted = terms(description);
  if (wanted.length === 0) return [];
  return facts.data.quotes.filter((quote) => {
    if (quote.speakerId !== null || quote.speakerName === null) return false;
    const speaker = new Set(terms(quote.speakerName));
    return wanted.every((term) => speaker.has(term));
  });
}

function aboutTopic(quote: Quote, concepts: readonly Concept[], facts: LoadedFactBase): boolean {
  return quote.sentenceIds.some((id) => coverage(concepts, id, facts) >= MIN_COVERAGE);
}

function run(opts: QuoteOptions, facts: LoadedFactBase) {
  const head = { command: 'quote', query: requestLine('quote', { person: opts.person, topic: opts.topic }), title: `Quotes: ${opts.person}` };
  const found = findPerson(opts.person, facts);
  const speaker = found.person?.name ?? opts.person;
  const quotes = found.person ? quotesBy(found.person, facts) : quotesByDescription(opts.person, facts);
  if (found.person === null && quotes.length === 0) {
    const hint = found.suggestions.length > 0 ? ` Did you mean ${listing(found.suggestions.map((p) => p.name))}?` : '';
    return failed({ ...head, title: 'Person not found' }, 'not-found', `No one called “${opts.person}” is quoted in the coverage.${hint}`);
  }
  const title = `Quotes: ${speaker}`;
  if (quotes.length === 0) return abstained({ ...head, title }, `The coverage quotes no words from ${speaker}.`);

  const { topic } = opts;
  const concepts = topic === undefined ? null : analyseQuery(topic, facts).concepts;
  const chosen = concepts === null ? quotes : quotes.filter((quote) => aboutTopic(quote, concepts, facts));
  if (chosen.length === 0) {
    return abstained(
      { ...head, title },
      `The coverage doesn't quote ${speaker} on “${topic}”; it has ${count(quotes.length, 'other quote')} from them.`,
    );
  }
  const book = new CitationBook(facts);
  const items = chosen.map((quote) => ({
    text: `“${quote.text}”`,
    citations: book.citeAll(quote.sentenceIds),
    speaker: quote.speakerName ?? speaker,
    ...(found.person ? { personId: found.person.id } : {}),
  }));
  return answered({ ...head, title }, items, book);
}

export const quote: Command<QuoteOptions> = {
  data,
  options,
  run,
  autocomplete: (option, prefix, facts) => (option === 'person' ? personChoices(prefix, facts) : []),
};
