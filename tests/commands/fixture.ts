// A small hand-made fact base for the command tests: three articles (one undated, without a
// publisher), a cross-article near-duplicate, people with roles and quotes, aid figures that
// overlap (a running total reported twice, a later package), and dated events at every
// precision. Names and figures are invented so that nothing here mirrors the bundled coverage.
// It goes through the real save/load path, so the fixture itself is validated like any file.
import type { Answer } from '../../src/answer.js';
import type { Command } from '../../src/commands/types.js';
import type { RawOptions } from '../../src/raw-options.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import type { AidFact, Article, DatedEvent, FactBase, Person, Quote, Sentence } from '../../src/factbase/schema.js';
import { FACTBASE_FORMAT, FACTBASE_VERSION } from '../../src/factbase/schema.js';
import { buildIndex } from '../../src/factbase/index-build.js';
import { articleRecord } from '../helpers/coverage.js';
import { loadViaFile } from '../helpers/factbase-file.js';

export const ARTICLES: Article[] = [
  articleRecord('wire-aid', { title: 'Allies pledge new aid', publisher: 'Wire Service', published: '2024-03-14', url: 'https://example.com/wire-aid' }),
  articleRecord('ledger-summit', { title: 'Summit closes with pledges', publisher: 'The Daily Ledger', published: '2024-07-12' }),
  articleRecord('notes'),
];

// [article, text, group (defaults to own id)]
const SENTENCES: [string, string, number?][] = [
  ['wire-aid', 'Canada pledged $2.5 billion in military aid to Ukraine on Tuesday, March 12.'], // 0
  ['wire-aid', 'Defence Minister Anna Kovalenko thanked Canada for the package.'], // 1
  ['wire-aid', '"This aid will protect our cities this spring," Kovalenko said.'], // 2
  ['wire-aid', 'The United States has provided approximately $50 billion in total since the war began.'], // 3
  ['wire-aid', 'The European Union approved €5 billion in humanitarian aid in February 2024.'], // 4
  ['wire-aid', 'Analysts said the weather in the region was mild.'], // 5
  ['wire-aid', 'Kovalenko will travel to Brussels next month.'], // 6
  ['ledger-summit', 'NATO leaders met in Washington from July 9 to 11, 2024, for the alliance summit.'], // 7
  ['ledger-summit', 'Secretary General Ingrid Solberg said the alliance would stand with Ukraine.'], // 8
  ['ledger-summit', '"We will not waver," Solberg told reporters at the summit.'], // 9
  ['ledger-summit', 'The United States has provided approximately $50 billion in total since the war began.', 3], // 10
  ['ledger-summit', 'U.S. Secretary of Defense David Reyes announced a $400 million package on July 10.'], // 11
  ['ledger-summit', 'Reyes said the package includes air defence interceptors and artillery shells.'], // 12
  ['ledger-summit', 'The summit also discussed industrial production of ammunition.'], // 13
  ['ledger-summit', "Ukraine's membership bid was discussed in 2023 as well."], // 14
  ['notes', 'Kovalenko met Solberg in Kyiv in January 2024 to discuss air defence.'], // 15
  ['notes', 'European allies have delivered 80% of the promised shells.'], // 16
  ['notes', 'Defence Minister Anna Kovalenko said air defence remained the top priority.'], // 17
  ['notes', 'The weather turned cold in Kyiv.'], // 18
  ['notes', 'Reyes and Kovalenko spoke by phone about artillery production on June 3, 2024.'], // 19
  ['notes', 'The next aid conference is planned for December 2024.'], // 20
  ['notes', 'A senior diplomat said, "Consensus will take months."'], // 21
];

export const SENTENCE_TEXTS = SENTENCES.map(([, text]) => text);

const sentences: Sentence[] = SENTENCES.map(([articleId, text, group], id) => ({
  id,
  articleId,
  text,
  paragraph: id,
  group: group ?? id,
}));

const people: Person[] = [
  {
    id: 'anna-kovalenko',
    name: 'Anna Kovalenko',
    aliases: ['Kovalenko'],
    roles: [
      { title: 'Defence Minister', organisation: 'Ukraine', sentenceId: 17, reported: null },
      { title: 'Defence Minister', organisation: 'Ukraine', sentenceId: 1, reported: '2024-03-14' },
    ],
    sentenceIds: [1, 2, 6, 15, 17, 19],
  },
  {
    id: 'ingrid-solberg',
    name: 'Ingrid Solberg',
    aliases: ['Solberg'],
    roles: [{ title: 'Secretary General', organisation: 'NATO', sentenceId: 8, reported: '2024-07-12' }],
    sentenceIds: [8, 9, 15],
  },
  {
    id: 'david-reyes',
    name: 'David Reyes',
    aliases: ['Reyes'],
    roles: [{ title: 'Secretary of Defense', organisation: 'U.S.', sentenceId: 11, reported: '2024-07-12' }],
    sentenceIds: [11, 12, 19],
  },
];

const day = (iso: string, text: string) => ({ start: iso, precision: 'day' as const, text });
const aidFact = (id: number, fields: Partial<AidFact> & Pick<AidFact, 'sentenceId'>): AidFact => ({
  id,
  amount: null,
  percent: null,
  subject: null,
  donor: null,
  recipient: 'Ukraine',
  kind: 'unspecified',
  status: null,
  qualifier: null,
  cumulative: false,
  date: null,
  ...fields,
});

const aid: AidFact[] = [
  aidFact(0, {
    sentenceId: 0,
    amount: { value: 2.5e9, currency: 'USD', text: '$2.5 billion' },
    subject: 'military aid',
    donor: 'Canada',
    kind: 'military',
    status: 'pledged',
    date: day('2024-03-12', 'on Tuesday, March 12'),
  }),
  aidFact(1, {
    sentenceId: 3,
    amount: { value: 5e10, currency: 'USD', text: '$50 billion' },
    donor: 'United States',
    status: 'provided',
    qualifier: 'approximately',
    cumulative: true,
    date: day('2024-03-14', 'since the war began'),
  }),
  aidFact(2, {
    sentenceId: 10,
    amount: { value: 5e10, currency: 'USD', text: '$50 billion' },
    donor: 'United States',
    status: 'provided',
    qualifier: 'approximately',
    cumulative: true,
    date: day('2024-07-12', 'since the war began'),
  }),
  aidFact(3, {
    sentenceId: 4,
    amount: { value: 5e9, currency: 'EUR', text: '€5 billion' },
    subject: 'humanitarian aid',
    donor: 'European Union',
    kind: 'humanitarian',
    status: 'approved',
    date: { start: '2024-02-01', precision: 'month', text: 'in February 2024' },
  }),
  aidFact(4, {
    sentenceId: 11,
    amount: { value: 4e8, currency: 'USD', text: '$400 million' },
    donor: 'U.S.',
    kind: 'military',
    status: 'announced',
    date: day('2024-07-10', 'on July 10'),
  }),
  aidFact(5, {
    sentenceId: 16,
    percent: 80,
    subject: 'the promised shells',
    donor: 'European allies',
    kind: 'military',
    status: 'delivered',
  }),
];

const event = (id: number, sentenceId: number, date: DatedEvent['date']): DatedEvent => ({ id, sentenceId, date });
const events: DatedEvent[] = [
  event(0, 0, day('2024-03-12', 'on Tuesday, March 12')),
  event(1, 4, { start: '2024-02-01', precision: 'month', text: 'in February 2024' }),
  event(2, 6, { start: '2024-04-01', precision: 'month', text: 'next month' }),
  event(3, 7, { start: '2024-07-09', end: '2024-07-11', precision: 'day', text: 'from July 9 to 11, 2024' }),
  event(4, 11, day('2024-07-10', 'on July 10')),
  event(5, 14, { start: '2023-01-01', precision: 'year', text: 'in 2023' }),
  event(6, 15, { start: '2024-01-01', precision: 'year', text: '2024' }),
  event(7, 15, { start: '2024-01-01', precision: 'month', text: 'in January 2024' }),
  event(8, 19, day('2024-06-03', 'on June 3, 2024')),
  event(9, 20, { start: '2024-12-01', precision: 'month', text: 'December 2024' }),
];

const quotes: Quote[] = [
  { id: 0, sentenceIds: [2], text: 'This aid will protect our cities this spring', speakerId: 'anna-kovalenko', speakerName: 'Kovalenko' },
  { id: 1, sentenceIds: [9], text: 'We will not waver', speakerId: 'ingrid-solberg', speakerName: 'Solberg' },
  { id: 2, sentenceIds: [21], text: 'Consensus will take months.', speakerId: null, speakerName: 'A senior diplomat' },
];

export function fixtureFactBase(): FactBase {
  return {
    format: FACTBASE_FORMAT,
    version: FACTBASE_VERSION,
    coverageHash: 'f'.repeat(64),
    articles: ARTICLES,
    sentences,
    people,
    aid,
    events,
    quotes,
    index: buildIndex(SENTENCE_TEXTS),
  };
}


export const loadFixture = (): Promise<LoadedFactBase> => loadViaFile(fixtureFactBase());

/** Validates raw options with the command's own schema and runs it, as runCommand does. */
export function runDirect<O>(command: Command<O>, raw: RawOptions, facts: LoadedFactBase): Answer {
  return command.run(command.options.parse(raw), facts);
}

/** The sentences an answer cites for one item, in citation order. */
export function citedSentences(answer: Answer, itemIndex: number): string[] {
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation.sentence]));
  return (answer.items[itemIndex]?.citations ?? []).map((n) => byNumber.get(n) ?? '');
}
