// Readings earlier ones missed: a figure the asker guesses ("…, roughly four fifths", "…, 2 hrs",
// "the ~seven hundred mil package") is no unknown topic; "the fms" are foreign ministers; a treaty
// named in full is known by its short name ("the Tern Treaty"); a verb's "-ing" form with a doubled
// consonant ("grabbing") is no name; and a question that sets the scene of one article by its
// title and asks a detail is answered by the sentence with the detail, even where hundreds of
// other articles have a sentence like it.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { isEnglishWord } from '../../src/lexicon/english-words.js';
import { titleSetsScene } from '../../src/query/title-candidates.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const DELIVERED = 'Board spokesperson Ivar Berg said the harbour board has delivered 83% of the promised ferries.';
const TALKS = 'We had a long discussion, lasting more than two and a half hours, the Pellonian mayor said after meeting Berg.';
const PACKAGE = 'The board announced a harbour package worth €725 million for Lindvik.';
const CONTENTS = 'The package includes two ferries, a tug and new mooring cranes.';
const MINISTERS = 'The Quellmark foreign ministers closed a two-day meeting in Lindvik on Wednesday.';
const TREATY = 'Neither Zorvia nor Pellonia has signed the 2009 Tern Treaty, which prohibits driftnets in the northern straits.';
const IMPUNITY = 'Berg warned that if Zorvia is allowed to seize the islands by force, others will try the same.';
const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour Board Update\npublisher: Coastal Gazette\npublished: 2025-06-03\n---', DELIVERED, TALKS, PACKAGE, CONTENTS, MINISTERS, TREATY, IMPUNITY].join('\n\n'),
  'corridor.md': ['---\ntitle: Lindvik Ferry Corridor Reopens\npublisher: Coastal Gazette\npublished: 2025-06-09\n---', 'Ferries sailed through the corridor on Monday for the first time in weeks.', 'Insurers welcomed the news.'].join('\n\n'),
});

describe("a figure the asker guesses", () => {
  it.each([
    ['how much of the promised ferries got delivered, roughly four fifths', 'how much of the promised ferries got delivered'],
    ['how long did they talk, 2 hrs', 'how long did they talk'],
    ['how much did the board give, about 80 percent or so', 'how much did the board give'],
    ['whats in the ~seven hundred mil harbour package', 'what is in the harbour package'],
    ['what did berg say about 2 billion', 'what did berg say about 2 billion'],
    ['what is in the 725 million package', 'what is in the 725 million package'],
  ])('%j THEN it is read as %j, the guess kept only to help', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it('the guess is kept as words that may help pick the sentence', () => {
    expect(understandQuestion('how long did they talk, 2 hrs').restated).toBe('2 hours');
    expect(understandQuestion('whats in the ~seven hundred mil harbour package').restated).toBe('700 million');
  });

  it.each([
    ['Berg said how much of the promised ferries got delivered, roughly four fifths?', DELIVERED],
    ['the pellonian mayor and berg talked for how long, 2 hrs?', TALKS],
    ['whats in the ~seven hundred mil harbour package', CONTENTS],
  ])('%j THEN it is answered, not declined for a word of the guess', (question, expected) => {
    for (const typed of bothCasings(question)) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, answer.message).toBe(false);
      expect(answer.items[0]?.text).toBe(expected);
    }
  });
});

describe('chat shorthand and names', () => {
  it.each(bothCasings('How many days did the Quellmark FMs meet in Lindvik?'))('%j THEN "fms" are foreign ministers: the meeting answers', (question) => {
    expect(analyseQuery(question, facts()).unknownNames).toEqual([]);
    expect(answerLine(question, facts()).items[0]?.text).toBe(MINISTERS);
  });

  it.each(bothCasings('Pellonia signed the Tern net ban treaty, right?'))('%j THEN the treaty is known by its short name: the sentence saying otherwise answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(TREATY);
  });

  it('"the tern harbour act" (no act the coverage writes short as "Tern Act") THEN it is still declined', () => {
    const answer = answerLine('did pellonia sign the tern harbour act', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions “tern harbour act”/u);
  });

  it.each(['grabbing', 'planned', 'bigger', 'stopping'])('%j THEN it is an English word (a consonant doubled before its ending)', (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(['ran', 'went', 'flew', 'children', 'geese'])('%j THEN it is an English word (an irregular form)', (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it('"what did berg say happens if zorvia gets away with grabbing islands" THEN "grabbing" is no unknown name', () => {
    expect(analyseQuery('what did berg say happens if zorvia gets away with grabbing islands', facts()).unknownNames).toEqual([]);
  });
});

// Eighty flood declarations alike but for their place, month and officer; the question names one by its title's words and month.
const PLACES = ['Ask', 'Brem', 'Dal', 'Fen', 'Gor', 'Hol', 'Kes', 'Lor', 'Mar', 'Nor'].flatMap((start) => ['vik', 'holm', 'by', 'stad', 'berg', 'dal', 'sund', 'mark'].map((end) => `${start}${end}`));
const OFFICERS = PLACES.map((_, i) => `${['Anna', 'Bo', 'Cai', 'Dag', 'Eli', 'Finn', 'Gro', 'Hege'][i % 8]} ${['Lunde', 'Moe', 'Nes', 'Orre', 'Prestvik', 'Rud', 'Sand', 'Tveit', 'Ulvik', 'Vang'][Math.floor(i / 8)]}`);
const declaration = (place: string, i: number): string =>
  [
    `---\ntitle: Governor Approves ${place} Flood Disaster Declaration\npublisher: State Newsroom\npublished: 2025-${String((i % 12) + 1).padStart(2, '0')}-14\n---`,
    `Today, the governor declared that a major flood disaster exists in ${place} and ordered state aid to supplement local recovery efforts.`,
    'State funding is also available on a cost-sharing basis for hazard mitigation measures statewide.',
    `The emergency agency named ${OFFICERS[i]} as the Recovery Coordinating Officer for recovery operations in the affected areas.`,
    'Damage assessments are continuing in other areas, and more counties may be designated after the assessments are complete.',
  ].join('\n\n');
const declarations = coverageForTests(Object.fromEntries(PLACES.map((place, i) => [`${String(i).padStart(2, '0')}-${place.toLowerCase()}.md`, declaration(place, i)])));

describe('a question that sets the scene by an article’s title and asks a detail', () => {
  // The last of them: the index's first hits for "recovery coordinating officer" are the others' like sentences.
  const at = PLACES.length - 1;
  const asked = `${PLACES[at]} flood disaster declaration ${['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][at % 12]} 2025 recovery coordinating officer`;

  it.each(bothCasings(asked))('%j THEN that article’s officer answers, not its opening nor another article’s officer', (question) => {
    const answer = answerLine(question, declarations.facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toContain(`named ${OFFICERS[at]} as the Recovery Coordinating Officer`);
  });

  it('a question on the scene alone is still answered by the opening that states it', () => {
    expect(declarations.first(`when was the ${PLACES[at]} flood disaster declared`)).toContain(`major flood disaster exists in ${PLACES[at]}`);
  });
});

describe('whether a title sets the question’s scene', () => {
  it.each(bothCasings('Which insurance firms welcomed the Lindvik corridor reopening?'))('%j THEN a sentence whose title alone names the scene is no evidence of which: declined', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  const titled = (question: string, words: readonly string[]) => {
    const { concepts } = analyseQuery(question, declarations.facts());
    return { concepts, titled: concepts.filter((concept) => words.includes(concept.term)) };
  };

  it('words of one title among eighty set it', () => {
    const { concepts, titled: carried } = titled('askvik flood disaster declaration recovery coordinating officer', ['askvik', 'flood', 'disast', 'declar']);
    expect(carried).toHaveLength(4);
    expect(titleSetsScene(carried, concepts, declarations.facts())).toBe(true);
  });

  it('words every title shares do not', () => {
    const { concepts, titled: carried } = titled('flood disaster declaration recovery coordinating officer', ['flood', 'disast', 'declar']);
    expect(carried).toHaveLength(3);
    expect(titleSetsScene(carried, concepts, declarations.facts())).toBe(false);
  });

  it('nor does a rare title word that weighs little in a long question', () => {
    const { concepts, titled: carried } = titled('askvik flood disaster declaration recovery coordinating officer', ['askvik']);
    const heavier = concepts.map((concept) => (concept.term === 'askvik' ? concept : { ...concept, weight: concept.weight * 20 }));
    expect(titleSetsScene(carried, concepts, declarations.facts())).toBe(true);
    expect(titleSetsScene(carried, heavier, declarations.facts())).toBe(false);
  });
});

// Eighty remarks alike but for their place: their sentences name only the places visitors came from, the titles and dates their own.
const remarks = coverageForTests(
  Object.fromEntries(
    PLACES.map((place, i) => [
      `${String(i).padStart(2, '0')}-remarks-${place.toLowerCase()}.md`,
      [
        `---\ntitle: Remarks by the Mayor at the ${place} Harbour Fair\npublisher: City Newsroom\npublished: 2025-${String((i % 12) + 1).padStart(2, '0')}-20\n---`,
        'Welcome to the harbour fair, the mayor said.',
        `Visitors came from ${PLACES[(i + 1) % PLACES.length]}, ${PLACES[(i + 2) % PLACES.length]} and ${PLACES[(i + 3) % PLACES.length]}.`,
        `The new quay will reopen on ${i + 1} June after repairs to its cranes.`,
        'We will keep the ferries running all summer.',
      ].join('\n\n'),
    ]),
  ),
);

describe('an article found by its title and date alone', () => {
  const at = PLACES.length - 1;
  it.each(bothCasings(`mayor at the ${PLACES[at]} harbour fair in 2025, when does the quay reopen`))('%j THEN that remark answers, though its sentences never name its place', (question) => {
    const answer = answerLine(question, remarks.facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(`The new quay will reopen on ${at + 1} June after repairs to its cranes.`);
  });
});
