// The memo of two whole-coverage steps (coverage-memo.ts): an article met before, with the same
// people, is not looked at again, and the results are always those of running the steps on
// everything.
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CoverageMemo, type ArticleSpan } from '../../src/ingest/coverage-memo.js';
import { extractQuotes } from '../../src/ingest/extract-quotes.js';
import { sentencesMentioning } from '../../src/ingest/person-records.js';
import type { Person, Sentence } from '../../src/factbase/schema.js';
import type { Pronoun } from '../../src/ingest/honorific-pronouns.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('coverage-memo-');

const ARTICLES: Record<string, string[]> = {
  a: ['Secretary Antony Blinken met Dmytro Kuleba in Kyiv.', '"We stand with Ukraine," Blinken said.'],
  b: ['Kuleba thanked the allies.', 'He said: "We need air defence now."'],
  c: ['"The aid will arrive soon," Blinken told reporters.', 'Kuleba and Blinken spoke again on Friday.'],
  new: ['Chancellor Olaf Scholz said "Germany will send more", and Kuleba welcomed it.'],
  d: ['Secretary Blinken arrived in Warsaw.', '"We are here to listen," he said.'],
  e: ['The ministers met in Vienna on Monday.', '"Talks went well," an aide said.'],
};

const person = (id: string, name: string, aliases: string[]): Person => ({ id, name, aliases, roles: [], sentenceIds: [] });
const BLINKEN = person('antony-blinken', 'Antony Blinken', ['Blinken']);
const KULEBA = person('dmytro-kuleba', 'Dmytro Kuleba', ['Kuleba']);
const SCHOLZ = person('olaf-scholz', 'Olaf Scholz', ['Scholz']);

/** The sentences of the articles in order, and their spans (keyed by article name and version). */
function coverage(names: string[], version = 1): { sentences: Sentence[]; spans: ArticleSpan[] } {
  const sentences: Sentence[] = [];
  const spans: ArticleSpan[] = [];
  for (const name of names) {
    spans.push({ key: `${name}@${version}`, first: sentences.length, count: ARTICLES[name]!.length });
    for (const text of ARTICLES[name]!) sentences.push({ id: sentences.length, articleId: name, text, paragraph: 0, group: sentences.length });
  }
  return { sentences, spans };
}

/** The two steps through the memo, and which articles each step was run on (`seen`: the mentions step's, `quoted`: the quotes step's). */
function run(memo: CoverageMemo, people: Person[], names: string[], version?: number, pronouns: Map<string, Pronoun> = new Map()) {
  const { sentences, spans } = coverage(names, version);
  const seen: string[] = [];
  const quoted: string[] = [];
  const mentions = memo.mentions(people, sentences, spans, (all, some) => {
    seen.push(...some.map((s) => s.articleId));
    return sentencesMentioning(all, some);
  });
  // As in the build, the quotes step is given the people in id order (the mentions step, in the merge's order).
  const byId = [...people].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const quotes = memo.quotes(byId, pronouns, sentences, spans, (some, all) => {
    quoted.push(...some.map((s) => s.articleId));
    return extractQuotes(some, new Map(), all, pronouns);
  });
  return {
    mentions,
    quotes,
    seen: [...new Set(seen)],
    quoted: [...new Set(quoted)],
    expected: { mentions: sentencesMentioning(people, sentences), quotes: extractQuotes(sentences, new Map(), byId, pronouns) },
  };
}

async function memoFile(): Promise<string> {
  return path.join(await tempDir(), 'coverage-memo.json');
}

/** The memo as the next build reads it. */
async function reopened(memo: CoverageMemo, file: string): Promise<CoverageMemo> {
  await writeFile(file, memo.serialize());
  return CoverageMemo.read(file);
}

describe('the coverage memo', () => {
  it('GIVEN an article added between others and the same people THEN only it is looked at, and the results are those of the whole coverage', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    expect(run(memo, [BLINKEN, KULEBA], ['a', 'b', 'c']).seen).toEqual(['a', 'b', 'c']);
    const added = run(await reopened(memo, file), [BLINKEN, KULEBA], ['a', 'new', 'b', 'c']);
    expect(added.seen).toEqual(['new']);
    expect(added.mentions).toEqual(added.expected.mentions);
    expect(added.quotes).toEqual(added.expected.quotes);
    // The later articles' sentences moved: Kuleba's in b and c are 3 and 6 now, not 2 and 5.
    expect(added.mentions[1]).toEqual([0, 2, 3, 6]);
    expect(added.quotes.map((q) => q.sentenceIds)).toEqual([[1], [2], [4], [5]]);
    // A quote is kept as where it is in its sentences, not as its words again.
    expect(memo.serialize()).not.toContain('We stand with Ukraine');
  });

  it('GIVEN the same people listed in another order THEN nothing is looked at again', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b']);
    const again = run(await reopened(memo, file), [KULEBA, BLINKEN], ['a', 'b']);
    expect(again.seen).toEqual([]);
    expect(again.mentions).toEqual(again.expected.mentions);
  });

  it('GIVEN a new person, or a name two people share listed in another order THEN only the articles with a word of their names are looked at again', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b', 'c', 'e']);
    const withScholz = run(await reopened(memo, file), [BLINKEN, KULEBA, SCHOLZ], ['a', 'b', 'c', 'new', 'e']);
    expect(withScholz.seen).toEqual(['new']);
    expect(withScholz.quoted).toEqual(['new']);
    expect(withScholz.mentions).toEqual(withScholz.expected.mentions);
    expect(withScholz.quotes).toEqual(withScholz.expected.quotes);

    // Two people with the alias "Blinken": the first listed is the one found.
    const other = person('another-blinken', 'Another Blinken', ['Blinken']);
    const memo2 = await reopened(memo, file);
    run(memo2, [BLINKEN, other, KULEBA], ['a', 'b', 'c', 'e']);
    const swapped = run(await reopened(memo2, file), [other, BLINKEN, KULEBA], ['a', 'b', 'c', 'e']);
    expect(swapped.seen).toEqual(['a', 'c']);
    // The quotes step has them in id order, which is the same.
    expect(swapped.quoted).toEqual([]);
    expect(swapped.mentions).toEqual(swapped.expected.mentions);
    expect(swapped.quotes).toEqual(swapped.expected.quotes);
  });

  it('GIVEN the people in another order (a new one first) THEN only a name two people share can make an article be looked at again', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    // "Antony Blinken" and "Antony Blinkov" begin alike and are as long: never found at one place.
    const blinkov = person('antony-blinkov', 'Antony Blinkov', ['Blinkov']);
    run(memo, [BLINKEN, blinkov, KULEBA], ['a', 'b', 'c']);
    const reordered = run(await reopened(memo, file), [SCHOLZ, KULEBA, blinkov, BLINKEN], ['a', 'b', 'c', 'new']);
    expect(reordered.seen).toEqual(['new']);
    expect(reordered.mentions).toEqual(reordered.expected.mentions);
  });

  it('GIVEN a person renamed, or given another pronoun THEN the quotes of the articles naming them are found again, and their mentions only where a name word changed', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b', 'd', 'e']);
    // The same id and alias, another full name: "Antony" and "Tony" are the changed name words.
    const renamed = run(await reopened(memo, file), [{ ...BLINKEN, name: 'Tony Blinken' }, KULEBA], ['a', 'b', 'd', 'e']);
    expect(renamed.seen).toEqual(['a']);
    expect(renamed.quoted).toEqual(['a', 'd']);
    expect(renamed.mentions).toEqual(renamed.expected.mentions);
    expect(renamed.quotes).toEqual(renamed.expected.quotes);

    const memo2 = await CoverageMemo.read(file);
    run(memo2, [BLINKEN, KULEBA], ['a', 'b', 'd', 'e']);
    const he = run(await reopened(memo2, file), [BLINKEN, KULEBA], ['a', 'b', 'd', 'e'], 1, new Map([[BLINKEN.id, 'he' as const]]));
    expect(he.seen).toEqual([]);
    expect(he.quoted).toEqual(['a', 'd']);
    expect(he.quotes).toEqual(he.expected.quotes);
  });

  it('GIVEN people changing over many builds THEN every build gives what the steps give on everything', async () => {
    const file = await memoFile();
    let memo = await CoverageMemo.read(file);
    const other = person('another-blinken', 'Another Blinken', ['Blinken']);
    const kulebaAlone = person('dmytro-kuleba', 'Dmytro Kuleba', []);
    const casts: Person[][] = [
      [BLINKEN, KULEBA],
      [BLINKEN, KULEBA, SCHOLZ],
      [other, BLINKEN, KULEBA, SCHOLZ],
      [BLINKEN, other, kulebaAlone],
      [{ ...SCHOLZ, aliases: ['Scholz', 'Olaf'] }, KULEBA],
      [{ ...BLINKEN, aliases: ['Blinken', 'Secretary'] }, KULEBA, SCHOLZ],
      [BLINKEN, KULEBA],
    ];
    const everything = ['a', 'b', 'c', 'new', 'd', 'e'];
    for (const [i, cast] of casts.entries()) {
      const pronouns = new Map<string, Pronoun>(i % 2 === 0 ? [] : [[BLINKEN.id, 'he']]);
      const result = run(memo, cast, everything.filter((_, k) => (k + i) % 5 !== 0), 1, pronouns);
      expect(result.mentions).toEqual(result.expected.mentions);
      expect(result.quotes).toEqual(result.expected.quotes);
      memo = await reopened(memo, file);
    }
  });

  it('GIVEN a memo whose results another version of the steps made THEN every article is looked at again', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b', 'c']);
    const stored = JSON.parse(memo.serialize().slice(9)) as { mentions: { code: string }; quotes: { code: string } };
    stored.mentions.code = "older";
    stored.quotes.code = "older";
    const json = JSON.stringify(stored);
    await writeFile(file, `${crc32(json).toString(16).padStart(8, '0')} ${json}`);
    const withScholz = run(await CoverageMemo.read(file), [BLINKEN, KULEBA, SCHOLZ], ['a', 'b', 'c', 'new']);
    expect(withScholz.seen).toEqual(['a', 'b', 'c', 'new']);
    expect(withScholz.quoted).toEqual(['a', 'b', 'c', 'new']);
  });

  it('GIVEN an edited article THEN it alone is looked at again', async () => {
    const file = await memoFile();
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b']);
    const { sentences, spans } = coverage(['a', 'b']);
    const edited = spans.map((span) => (span.key === 'b@1' ? { ...span, key: 'b@2' } : span));
    const seen: string[] = [];
    (await reopened(memo, file)).mentions([BLINKEN, KULEBA], sentences, edited, (all, some) => {
      seen.push(...some.map((s) => s.articleId));
      return sentencesMentioning(all, some);
    });
    expect([...new Set(seen)]).toEqual(['b']);
  });

  it('GIVEN an unreadable or altered memo file THEN every article is looked at and the results are unchanged', async () => {
    const file = await memoFile();
    await writeFile(file, '{"format":2,"mentions":');
    const unreadable = run(await CoverageMemo.read(file), [BLINKEN, KULEBA], ['a', 'b']);
    expect(unreadable.seen).toEqual(['a', 'b']);
    expect(unreadable.mentions).toEqual(unreadable.expected.mentions);
    expect(unreadable.quotes).toEqual(unreadable.expected.quotes);

    // Valid JSON with one sentence id changed: only its CRC tells.
    const memo = await CoverageMemo.read(file);
    run(memo, [BLINKEN, KULEBA], ['a', 'b']);
    await writeFile(file, memo.serialize().replace('"dmytro-kuleba":[0]', '"dmytro-kuleba":[1]'));
    expect(await readFile(file, 'utf8')).toContain('"dmytro-kuleba":[1]');
    const altered = run(await CoverageMemo.read(file), [BLINKEN, KULEBA], ['a', 'b']);
    expect(altered.seen).toEqual(['a', 'b']);
    expect(altered.mentions).toEqual(altered.expected.mentions);
  });
});
