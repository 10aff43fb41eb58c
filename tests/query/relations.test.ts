// A question that is only a relation ("who is the mayor of varrow") or a role ("who is the
// harbour sommelier") is answered by a sentence that states it, not by one naming its words apart.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { statesRelation } from '../../src/query/relations.js';
import { builtCoverage } from '../helpers/built-coverage.js';

const stems = (...words: string[]) => new Set(words);

describe('statesRelation', () => {
  const mayorOfVarrow = { relation: stems('mayor'), of: stems('varrow'), within: stems('mayor') };
  it.each([
    'The mayor of Varrow, Ann Lee, spoke first.',
    'Varrow Mayor Ann Lee spoke first.',
    "Varrow's mayor spoke first.",
    'Mayor Ann Lee of Varrow spoke first.',
    'Varrow is a cleaner town now, thanks to its tireless mayor.',
  ])('GIVEN %j THEN the relation is stated', (text) => {
    expect(statesRelation(text, mayorOfVarrow)).toBe(true);
  });

  it.each([
    'Mayors from forty towns met to sign the Varrow climate pledge.',
    'The mayor spoke; later the Varrow delegation left.',
  ])('GIVEN %j THEN it is not', (text) => {
    expect(statesRelation(text, mayorOfVarrow)).toBe(false);
  });

  it('GIVEN a relation named in two words THEN its other word may stand between X and it, another word may not', () => {
    const deputyMayor = { relation: stems('mayor'), of: stems('varrow'), within: stems('deputi', 'mayor') };
    expect(statesRelation('The Varrow deputy mayor, Ann Lee, spoke first.', deputyMayor)).toBe(true);
    expect(statesRelation('The Varrow delegation mayor spoke first.', deputyMayor)).toBe(false);
  });
});

const ARTICLE = `---
title: Towns sign the climate pledge
publisher: Valley Weekly
published: 2025-05-02
---
Mayors from forty towns met on Friday to sign the Varrow climate pledge, led by Governor Ida Holm.

The Varrow pledge was drafted by the engineer Tomas Berg.

Delegates from Quillon toured the harbour.

The Quillon harbour master, Nils Ek, welcomed them.

The sommelier poured wine at the gala.
`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({ 'pledge.md': ARTICLE });
}, 30_000);

describe('GIVEN coverage that names mayors and Varrow only apart', () => {
  it.each(['who is the mayor of varrow', 'Who is the mayor of Varrow?', 'who is the governor of quillon'])('%j THEN it abstains', (question) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.message?.toLowerCase()).toMatch(/no sentence names the (mayor of varrow|governor of quillon)/u);
  });

  it.each(['who is the harbour governor of varrow', 'Who is the harbour governor of Varrow?'])('%j (a role named in two words) THEN it abstains naming the whole role', (question) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message?.toLowerCase()).toMatch(/no sentence names the harbour governor of varrow/u);
  });

  it('"who is the oldest engineer of varrow" (a superlative, not a relation) THEN the engineer of the Varrow pledge answers', () => {
    const answer = answerLine('who is the oldest engineer of varrow', facts);
    expect(answer.message ?? '').not.toMatch(/no sentence names/u);
    expect(answer.items[0]?.text).toContain('Tomas Berg');
  });

  it.each(['who is the harbour sommelier', 'Who is the Quillon harbour sommelier?'])('%j THEN it abstains naming the role', (question) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.message?.toLowerCase()).toMatch(/no sentence names the (quillon )?harbour sommelier/u);
  });

  it.each(['who is the harbour master of quillon', 'Who is the harbour master of Quillon?', 'who is the quillon harbour master'])('%j THEN the sentence stating the relation leads', (question) => {
    const answer = answerLine(question, facts);
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('Nils Ek');
  });
});

describe('statesRelation, X owning R', () => {
  const populationOfZorvia = { relation: stems('popul'), of: stems('zorvia'), within: stems('popul') };
  it.each(['Zorvia has a population of 40,000.', 'Zorvia has a growing population of 40,000.', 'Zorvia, with a population of 40,000, voted first.'])('GIVEN %j THEN the relation is stated', (text) => {
    expect(statesRelation(text, populationOfZorvia)).toBe(true);
  });

  it('GIVEN "Zorvia has a harbour, and the population of the coast grew" THEN it is not', () => {
    expect(statesRelation('Zorvia has a harbour, and the population of the coast grew.', populationOfZorvia)).toBe(false);
  });
});

// A what-question asking for a measure ("the population of pellonia") or for the noun it is about
// ("the speed of light") asks for that relation: another figure on Pellonia, or a sentence on
// light, does not answer it, even where the coverage uses the measure's word for something else.
describe('GIVEN coverage with figures on Pellonia, none its population, and a speed only of a ferry', () => {
  const ZORVIA_POPULATION = 'Zorvia has a population of 40,000, the census office said.';
  const FERRY_SPEED = 'The Quellmark ferry has a top speed of 30 knots.';
  let figures: LoadedFactBase;
  beforeAll(async () => {
    figures = await builtCoverage({
      'figures.md': [
        '---\ntitle: Valley towns in figures\npublisher: Valley Weekly\npublished: 2025-06-01\n---',
        ZORVIA_POPULATION,
        'Pellonia sent $5 million to rebuild its harbour after the floods.',
        'Pellonia counted 12 new ferries in its harbour this spring.',
        FERRY_SPEED,
        'The light over the Pellonia harbour turned grey before the storm.',
        'Haraldsen said the lamps light the pier all night.',
      ].join('\n\n'),
    });
  }, 30_000);

  it.each(['what is the population of pellonia', 'What is the population of Pellonia?', 'whats the population of pellonia', 'what is the speed of light', 'What is the speed of light?'])(
    '%j THEN it declines, naming the relation',
    (question) => {
      const answer = answerLine(question, figures);
      expect(answer.abstained, answer.items[0]?.text).toBe(true);
      expect(answer.message?.toLowerCase()).toMatch(/no sentence names the (population of pellonia|speed of light)/u);
    },
  );

  it.each([
    ['what is the population of zorvia', ZORVIA_POPULATION],
    ['What is the population of Zorvia?', ZORVIA_POPULATION],
    ['what is the speed of the quellmark ferry', FERRY_SPEED],
    ['What is the speed of the Quellmark ferry?', FERRY_SPEED],
  ])('%j THEN the sentence stating it answers', (question, expected) => {
    const answer = answerLine(question, figures);
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });
});
