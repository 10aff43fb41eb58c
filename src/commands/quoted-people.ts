// "List all the people quoted": the coverage's known speakers, each once, most quoted first, with
// the first sentence that quotes them (the fact base's quotes, not a text search for "quoted").
import type { Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { CitationBook } from './cite.js';
import { QUOTE_PAGE_SIZE } from './quote.js';
import { abstained, answered } from './respond.js';
import { count } from '../counted.js';
import { quotesBySpeaker } from './views.js';

export function quotedPeopleAnswer(head: { command: string; query: string; title: string }, facts: LoadedFactBase): Answer {
  const names = new Map(facts.data.people.map((person) => [person.id, person.name]));
  const speakers = [...quotesBySpeaker(facts)]
    .filter(([id]) => names.has(id))
    .sort(([a, quotesOfA], [b, quotesOfB]) => quotesOfB.length - quotesOfA.length || names.get(a)!.localeCompare(names.get(b)!));
  if (speakers.length === 0) return abstained(head, 'The coverage quotes no one it names.');
  const book = new CitationBook(facts);
  const items = speakers.slice(0, QUOTE_PAGE_SIZE).map(([id, quotes]) => {
    const sentenceId = quotes[0]!.sentenceIds[0]!;
    return { text: facts.sentence(sentenceId).text, speaker: names.get(id)!, personId: id, quotes: quotes.length, citations: book.cite(sentenceId) };
  });
  const more = speakers.length > items.length ? ` Showing the ${items.length} most quoted; /quote person:… lists anyone's words.` : '';
  return answered(head, items, book, { message: `${count(speakers.length, 'person', 'people')} named in the coverage ${speakers.length === 1 ? 'is' : 'are'} quoted, most quoted first.${more}` });
}
