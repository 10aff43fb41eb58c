// /aid recipient: the figures for one receiver, whether the build named the recipient or only
// the sentence does; a receiver the coverage has no figure for abstains rather than listing all.
import { beforeAll, describe, expect, it } from 'vitest';
import { aid } from '../../src/commands/aid.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { builtCoverage } from '../helpers/built-coverage.js';
import { runDirect } from './fixture.js';

const ARTICLE = `---
title: Donors announce new aid
publisher: Valley Weekly
published: 2025-05-02
---
The United States announced $400 million in humanitarian aid to Sudan on May 2.

Canada pledged $2.5 billion in military aid to Ukraine on March 12.

Relief agencies working in Sudan will receive another $45 million, officials said.
`;

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await builtCoverage({ 'aid.md': ARTICLE });
}, 30_000);

describe('/aid recipient', () => {
  it.each(['Sudan', 'sudan', 'SUDAN'])('GIVEN recipient %j THEN only the figures for Sudan are listed', (recipient) => {
    const answer = runDirect(aid, { recipient }, facts);
    expect(answer.abstained).toBe(false);
    expect(answer.title).toBe(`Aid to ${recipient}`);
    expect(answer.items.map((item) => item.figure).sort()).toEqual(['$400 million (humanitarian aid)', '$45 million'].sort());
  });

  it('GIVEN a recipient with no figure THEN it abstains', () => {
    const answer = runDirect(aid, { recipient: 'Narnia' }, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.items).toEqual([]);
  });

  it.each(['aid to sudan', 'Aid to Sudan?'])('GIVEN the question %j THEN the router asks /aid for Sudan', (question) => {
    const answer = answerLine(question, facts);
    expect(answer.query).toMatch(/^\/aid recipient:sudan$/iu);
    expect(answer.items).toHaveLength(2);
  });
});
