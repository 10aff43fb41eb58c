// A statement answers the question its headline asks in sentences that name neither the speaker
// nor the event ("The fire this morning shocked our town."): the articles whose titles carry the
// question offer their opening sentences, and the title counts as their context. In "what did X
// say", X is who speaks, not the thing asked about.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { titleCandidates } from '../../src/query/title-candidates.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const STATEMENT = `---
title: Statement by Harbour Master Ada Lind on the Fire at the Old Pier
publisher: Port Office
published: 2025-08-02
---
The fire this morning shocked our town, and our thoughts are with the injured.

We thank the crews who worked through the night.
`;

const NEWS = `---
title: Ferries run late after busy weekend
publisher: Coast Courier
published: 2025-08-04
---
Ada Lind said the ferries would run late all week.

Ada Lind, the harbour master, spoke to reporters about the timetable and the weather.

Crews at the pier repaired the landing after the storm.
`;

const { facts, first } = coverageForTests({ 'statement.md': STATEMENT, 'news.md': NEWS });

describe('GIVEN a statement headed by what the question asks', () => {
  it.each(['what did ada lind say about the old pier fire', 'What did Ada Lind say about the fire at the old pier?'])('%j THEN the statement answers', (question) => {
    expect(first(question)).toBe('The fire this morning shocked our town, and our thoughts are with the injured.');
  });

  it('THEN the opening sentences of the article whose title carries the question are candidates, and of no other', () => {
    const candidates = (question: string) => titleCandidates(analyseQuery(question, facts()).concepts, facts()).map((id) => facts().sentence(id).text);
    expect(candidates('what did ada lind say about the old pier fire')).toEqual([
      'The fire this morning shocked our town, and our thoughts are with the injured.',
      'We thank the crews who worked through the night.',
    ]);
    expect(candidates('what did ada lind say about the ferries')).toEqual([]);
  });

  it('THEN the one asked to speak is not the thing asked about', () => {
    expect(analyseQuery('what did ada lind say about the old pier fire', facts()).concepts.some((concept) => concept.focus)).toBe(false);
  });
});
