// /who — one person as the coverage shows them: roles (with when they were reported), where
// they appear, what they said, and the few sentences that say the most about them.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { CitationBook, groupKey } from './cite.js';
import { AVAILABLE_EVERYWHERE, MAX_NAME_LENGTH, requiredText } from './options.js';
import { aliasNote, lookUpPerson, personChoices, personNotFound, quotesBy } from './people.js';
import { answered, listing, listingOf, requestLine } from './respond.js';
import { count } from '../counted.js';
import type { Command } from './types.js';
import { Lru } from '../lru.js';
import { derived } from './views.js';

const data = {
  name: 'who',
  description: 'A person in the coverage: roles, where they appear, what they said',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: 'Name or surname (e.g. Smith)',
      required: true,
      min_length: 1,
      max_length: MAX_NAME_LENGTH,
      autocomplete: true,
    },
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({ name: requiredText('name', MAX_NAME_LENGTH) });
export type WhoOptions = z.infer<typeof options>;

const MAX_ROLES = 5;
const MAX_QUOTES = 5;
const MAX_SENTENCES = 5;
const MAX_MENTION_CITATIONS = 8;
/** Articles named in the "Mentioned in" line; the rest are counted. */
const MAX_LISTED_ARTICLES = 10;
/** Others a name matches as well ("john") named before "and 40 others". */
const MAX_ALSO_MATCHING = 5;
// Describing a much-mentioned person reads every sentence that names them: keep the last few.
const REMEMBERED_PEOPLE = 200;
// Captions and bylines ("Ingrid Haraldsen. File photo") say little; very long sentences bury the person.
const SHORT_SENTENCE_WORDS = 7;
const LONG_SENTENCE_WORDS = 60;

function roleItems(person: Person, book: CitationBook): AnswerItem[] {
  const earliest = new Map<string, Person['roles'][number]>();
  for (const role of person.roles) {
    const key = `${role.title.toLowerCase()}|${(role.organisation ?? '').toLowerCase()}`;
    const known = earliest.get(key);
    const earlier = known === undefined || (role.reported !== null && (known.reported === null || role.reported < known.reported));
    if (earlier) earliest.set(key, role);
  }
  return [...earliest.values()].slice(0, MAX_ROLES).map((role) => ({
    text: role.organisation ? `${role.title} · ${role.organisation}` : role.title,
    ...(role.reported ? { date: role.reported } : {}),
    citations: book.cite(role.sentenceId),
    kind: 'role',
    personId: person.id,
    title: role.title,
    organisation: role.organisation,
    reported: role.reported,
  }));
}

function mentionItem(person: Person, facts: LoadedFactBase, book: CitationBook): AnswerItem {
  const firstInArticle = new Map<string, number>();
  for (const id of person.sentenceIds) {
    const articleId = facts.sentence(id).articleId;
    if (!firstInArticle.has(articleId)) firstInArticle.set(articleId, id);
  }
  const listed = [...firstInArticle.keys()].slice(0, MAX_LISTED_ARTICLES);
  const sources = listed.map((id) => {
    const article = facts.article(id);
    const name = article.publisher ?? article.title ?? article.id;
    return article.published ? `${name} (${article.published})` : name;
  });
  const unlisted = firstInArticle.size - listed.length;
  const named = listing(unlisted > 0 ? [...sources, count(unlisted, 'other article')] : sources);
  return {
    text: `Mentioned in ${count(person.sentenceIds.length, 'sentence')} across ${count(firstInArticle.size, 'article')}: ${named}`,
    citations: [...new Set([...firstInArticle.values()].slice(0, MAX_MENTION_CITATIONS).flatMap((id) => book.cite(id)))],
    kind: 'mentions',
    personId: person.id,
    mentions: person.sentenceIds.length,
    // The articles named in the text (the first MAX_LISTED_ARTICLES, in coverage order).
    articles: listed,
  };
}

/**
 * How much a sentence tells about the person: a stated role, a quotation or a figure each
 * count; captions and run-on sentences count against.
 */
function informativeness(text: string, person: Person): number {
  const lower = text.toLowerCase();
  const words = text.split(/\s+/u).length;
  let score = 0;
  if (person.roles.some((role) => lower.includes(role.title.toLowerCase()))) score += 2;
  if (/["“”]/u.test(text)) score += 2;
  if (/\d/u.test(text)) score += 1;
  if (lower.includes(person.name.toLowerCase())) score += 0.5;
  if (words < SHORT_SENTENCE_WORDS) score -= 3;
  if (words > LONG_SENTENCE_WORDS) score -= 1;
  return score;
}

function sentenceItems(person: Person, facts: LoadedFactBase, book: CitationBook, usedGroups: Set<number>): AnswerItem[] {
  const candidates = new Map<number, { id: number; score: number; articleId: string }>();
  for (const id of person.sentenceIds) {
    const group = groupKey(facts, id);
    if (usedGroups.has(group) || candidates.has(group)) continue;
    const sentence = facts.sentence(id);
    candidates.set(group, { id, score: informativeness(sentence.text, person), articleId: sentence.articleId });
  }
  // Greedy pick with a small penalty per sentence already taken from the same article, so
  // the answer draws on several sources when they exist.
  const picked: { id: number; score: number }[] = [];
  const perArticle = new Map<string, number>();
  const pool = [...candidates.values()];
  while (picked.length < MAX_SENTENCES && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pool.forEach((candidate, i) => {
      const score = candidate.score - 0.75 * (perArticle.get(candidate.articleId) ?? 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    const [chosen] = pool.splice(best, 1);
    if (!chosen) break;
    picked.push({ id: chosen.id, score: bestScore });
    perArticle.set(chosen.articleId, (perArticle.get(chosen.articleId) ?? 0) + 1);
  }
  return picked.map(({ id }) => ({
    text: facts.sentence(id).text,
    citations: book.cite(id),
    kind: 'sentence',
    personId: person.id,
  }));
}

/** What /who says about a person, whatever name they were asked by. */
interface Description {
  items: AnswerItem[];
  book: CitationBook;
}

function describe(person: Person, facts: LoadedFactBase): Description {
  const book = new CitationBook(facts);
  const items: AnswerItem[] = [...roleItems(person, book), mentionItem(person, facts, book)];
  const usedGroups = new Set(person.roles.map((role) => groupKey(facts, role.sentenceId)));

  for (const quote of quotesBy(person, facts).slice(0, MAX_QUOTES)) {
    quote.sentenceIds.forEach((id) => usedGroups.add(groupKey(facts, id)));
    items.push({
      text: `“${quote.text}”`,
      citations: book.citeAll(quote.sentenceIds),
      kind: 'quote',
      personId: person.id,
      speaker: quote.speakerName ?? person.name,
    });
  }
  items.push(...sentenceItems(person, facts, book, usedGroups));
  return { items, book };
}

function run(opts: WhoOptions, facts: LoadedFactBase) {
  const head = { command: 'who', query: requestLine('who', { name: opts.name }), title: opts.name };
  const found = lookUpPerson(opts.name, facts);
  if (found.person === null) return personNotFound(head, opts.name, found);
  const person = found.person;
  const descriptions = derived(facts, 'whoDescriptions', () => new Lru<string, Description>(REMEMBERED_PEOPLE));
  const { items, book } = descriptions.getOrCompute(person.id, () => describe(person, facts));

  const notes = [aliasNote(person)];
  if (found.alsoMatching.length > 0) notes.push(`Also matching “${opts.name}”: ${listingOf(found.alsoMatching.map((p) => p.name), MAX_ALSO_MATCHING, 'other')}.`);
  return answered({ ...head, title: person.name }, [...items], book, { message: notes.filter(Boolean).join(' ') });
}

export const who: Command<WhoOptions> = {
  data,
  options,
  run,
  autocomplete: (option, prefix, facts) => (option === 'name' ? personChoices(prefix, facts) : []),
};
