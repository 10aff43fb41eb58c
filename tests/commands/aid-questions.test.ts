// Aid questions typed in chat: a person who is no party to any figure keeps /ask's cited
// sentences rather than an /aid listing that drops them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { builtCoverage } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: Donors step up support for Zorvia
publisher: Pellonia Herald
published: 2025-03-02
---
Pellonia pledged $300 million in military aid to Zorvia on March 2.

Foreign Minister Ingrid Lindqvist said Zorvia still needs more weapons and ammunition before the winter.

The Haraldsen Fund gave $40 million in humanitarian aid to Zorvia on March 1.

Zorvian Deputy Prime Minister Tô Vân Berg thanked the donors.
`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({ 'zorvia.md': ARTICLE });
}, 30_000);

describe('aid questions naming a person', () => {
  it.each(['lindqvist weapons', 'Lindqvist weapons?', 'lindqvst weapons'])('GIVEN %j (a person who gives no figure) THEN /ask leads with her sentence', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.command).toBe('ask');
    expect(answer.items[0]?.text).toContain('Lindqvist said Zorvia still needs more weapons');
  });

  it('GIVEN a person whose name is also a function word ("Tô Vân Berg") THEN "aid to zorvia" still lists the aid to Zorvia', () => {
    expect(facts.data.people.map((person) => person.name)).toContain('Tô Vân Berg');
    expect(answerLine('aid to zorvia', facts).query).toBe('/aid recipient:zorvia');
  });

  it.each(['pellonia weapons', 'haraldsen aid'])('GIVEN %j (a donor) THEN /aid lists its figures', (line) => {
    expect(answerLine(line, facts).command).toBe('aid');
  });
});

describe('aid questions naming a party without "to" or "from"', () => {
  it.each(['zorvia aid', 'Zorvia aid?', 'zorvia military aid'])('GIVEN %j (a party the coverage reports receiving, never giving) THEN /aid lists the aid to it', (line) => {
    expect(answerLine(line, facts).query).toMatch(/^\/aid recipient:zorvia\b/iu);
  });

  it.each(['pellonia aid', 'Pellonia aid'])('GIVEN %j (a party that gives) THEN /aid lists the aid from it', (line) => {
    expect(answerLine(line, facts).query).toMatch(/^\/aid donor:pellonia\b/iu);
  });

  it('GIVEN "military aid" (a kind, not a party) THEN no party is read into it', () => {
    expect(answerLine('military aid', facts).query).toBe('/aid kind:military');
  });
});
