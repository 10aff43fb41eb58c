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
    // Named as the coverage names it, however typed.
    expect(answer.title).toBe('Aid to Sudan');
    expect(answer.items.map((item) => item.figure).sort()).toEqual(['$400 million (humanitarian aid)', '$45 million'].sort());
  });

  it.each(['us', 'usa', 'united states'])('GIVEN donor %j THEN the title names the donor as the coverage does', (donor) => {
    expect(runDirect(aid, { donor }, facts).title).toBe('Aid from United States');
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

// A government is named by its capital ("aid for Kyiv"): WordNet's national capitals stand for
// their country in either direction, spelling variants included ("Tallin"), while other cities
// and a state that shares a capital's name stay apart.
const CAPITALS_ARTICLE = `---
title: Relief pledges
publisher: Valley Weekly
published: 2025-05-02
---
The Haraldsen Fund pledged $30 million in reconstruction aid for Canberra on May 2.

Quellmark Bank gave $12 million to Melbourne on May 3.

The Lindqvist Trust sent $8 million to Australia on May 4.

The Berg Foundation gave $5 million to Washington State on May 5.

The Olsen Fund pledged $7 million to Estonia on May 6.
`;

describe('/aid recipient named by its capital', () => {
  let capitals: LoadedFactBase;
  beforeAll(async () => {
    capitals = await builtCoverage({ 'capitals.md': CAPITALS_ARTICLE });
  }, 30_000);
  const figures = (recipient: string) => runDirect(aid, { recipient }, capitals).items.map((item) => item.figure).sort();

  it.each(['australia', 'Canberra', 'canberra'])('GIVEN recipient %j THEN the figures for Australia and for its capital are listed, not a city that is not the capital', (recipient) => {
    expect(figures(recipient)).toEqual(['$30 million (reconstruction aid)', '$8 million'].sort());
  });

  it.each(['tallinn', 'tallin'])('GIVEN the capital %j as recipient THEN its country\'s figures are listed, and Washington State is not the United States', (recipient) => {
    expect(figures(recipient)).toEqual(['$7 million']);
    expect(runDirect(aid, { recipient: 'united states' }, capitals).abstained).toBe(true);
  });
});
