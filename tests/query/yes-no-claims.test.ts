// A yes/no question asks whether its subject did what its verb says. A sentence that names the
// subject only inside a phrase about something else ("the ceasefire between Pellonia and the
// rebels") or says nothing of the verb ("Haraldsen opened the terminal" for "did haraldsen
// resign") does not answer it, and "is it true that …" asks the same as the claim after it.
// A person's given name alone is not the person ("it marks" is not Mark Haraldsen).
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { namedAsDoer } from '../../src/query/doer.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const SEND = new Set(['send', 'sent', 'deliv', 'deliveri']);
const MEET = new Set(['meet']);

describe('namedAsDoer', () => {
  it('GIVEN the subject inside a phrase about something else THEN it is not the doer', () => {
    expect(namedAsDoer('Quellmark works to extend the ceasefire between Pellonia and the rebels to allow deliveries.', new Set(['pellonia']), SEND)).toBe(false);
    expect(namedAsDoer('The attack on Pellonia stopped the deliveries.', new Set(['pellonia']), SEND)).toBe(false);
  });

  it('GIVEN the subject before its verb, after "by", possessive, or in a phrase on the verb itself THEN it may be the doer', () => {
    expect(namedAsDoer('Pellonia has also sent drones.', new Set(['pellonia']), SEND)).toBe(true);
    expect(namedAsDoer('The drones were sent by Pellonia.', new Set(['pellonia']), SEND)).toBe(true);
    expect(namedAsDoer("In March Pellonia's deliveries resumed.", new Set(['pellonia']), SEND)).toBe(true);
    expect(namedAsDoer('After a meeting between Berg and Holm, talks resumed.', new Set(['berg']), MEET)).toBe(true);
  });
});

const CEASEFIRE = 'Quellmark is working to extend the ceasefire between Pellonia and the rebels to allow the delivery of food to Zorvia.';
const DEFENCE = 'The talks in Lindvik were about air defense for the coast.';
const { facts } = coverageForTests({
  'coast.md': ['---\ntitle: Coast talks\npublisher: Valley Weekly\npublished: 2025-02-03\n---', CEASEFIRE, DEFENCE, 'Zorvia thanked its neighbours.'].join('\n\n'),
});
const SENT = 'Pellonia has sent air defense systems to Zorvia, the minister said.';
const { facts: sentFacts } = coverageForTests({
  'sent.md': ['---\ntitle: Coast help\npublisher: Valley Weekly\npublished: 2025-02-03\n---', CEASEFIRE, SENT, 'Zorvia thanked its neighbours.'].join('\n\n'),
});

describe('GIVEN Pellonia named only inside a phrase on the ceasefire', () => {
  it.each(bothCasings('Did Pellonia send air defense to Zorvia?'))('%j THEN it declines, saying no sentence has Pellonia doing it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message).toMatch(/no sentence has pellonia doing it/iu);
  });

  it.each(bothCasings('Did Pellonia send air defense to Zorvia?'))('%j THEN a sentence where Pellonia sent it answers', (question) => {
    const answer = answerLine(question, sentFacts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(SENT);
  });
});

const OPENED = 'Minister Mark Haraldsen opened the new ferry terminal in Lindvik.';
const { facts: ministerFacts } = coverageForTests({
  'minister.md': [
    '---\ntitle: Ferry news\npublisher: Valley Weekly\npublished: 2025-04-02\n---',
    OPENED,
    'Haraldsen thanked the builders.',
    'The opening marks the last visit to Zorvia by the ferry board before the vote next month.',
    // Visits to Zorvia by others: the question is about Haraldsen's.
    'The trade board will visit Zorvia again in June.',
    'Zorvia said the visit of the fishing council went well.',
  ].join('\n\n'),
});

describe('GIVEN Haraldsen opening a terminal, and nothing on his resigning', () => {
  it.each([...bothCasings('Did Haraldsen resign?'), ...bothCasings('Is it true that Haraldsen resigned?')])('%j THEN it declines', (question) => {
    const answer = answerLine(question, ministerFacts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each([...bothCasings('Did Haraldsen open the ferry terminal?'), ...bothCasings('Is it true that Haraldsen opened the ferry terminal?')])('%j THEN the opening answers', (question) => {
    const answer = answerLine(question, ministerFacts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(OPENED);
  });

  it('"is it true that …" THEN "true" is no topic of the question', () => {
    expect(analyseQuery('is it true that haraldsen resigned', ministerFacts()).concepts.map((concept) => concept.term)).not.toContain('true');
  });

  it.each(bothCasings('When did Haraldsen visit Zorvia?'))('%j THEN "the opening marks" is not Mark Haraldsen: it declines', (question) => {
    const answer = answerLine(question, ministerFacts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });
});
