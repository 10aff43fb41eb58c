import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { aid } from '../../src/commands/aid.js';
import { makeHelp } from '../../src/commands/help.js';
import { commands } from '../../src/commands/index.js';
import { sources } from '../../src/commands/sources.js';
import { timeline } from '../../src/commands/timeline.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { FACTBASE_VERSION } from '../../src/factbase/schema.js';
import { citedSentences, loadFixture, runDirect } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

describe('/sources', () => {
  it('lists each article, newest first, with publisher, title, date, URL and sentence count, each citing its first sentence', () => {
    const answer = runDirect(sources, {}, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.items.map((item) => [item.publisher, item.articleTitle, item.published, item.url, item.sentenceCount])).toEqual([
      ['The Daily Ledger', 'Summit closes with pledges', '2024-07-12', null, 8],
      ['Wire Service', 'Allies pledge new aid', '2024-03-14', 'https://example.com/wire-aid', 7],
      [null, null, null, null, 7],
    ]);
    // An unknown publisher is left out, not printed as such; the date is the item's own, shown once.
    expect(answer.items[2]?.text).toBe('notes.txt · 7 sentences · undated');
    expect(citedSentences(answer, 0)).toEqual(['NATO leaders met in Washington from July 9 to 11, 2024, for the alliance summit.']);
    expect(answer.citations).toHaveLength(3);
  });

  it('gives the totals in its message', () => {
    expect(runDirect(sources, {}, facts).message).toBe(
      `3 articles · 22 sentences · 3 people · 6 aid figures · 9 dated events · 3 quotes · fact base ${facts.version}`,
    );
    // The format version, then the start of the file's sha256: another file, another version.
    expect(facts.version).toMatch(new RegExp(`^${FACTBASE_VERSION}-[0-9a-f]{12}$`, 'u'));
  });

  it('takes no options', () => {
    expect(sources.options.safeParse({ verbose: true }).success).toBe(false);
  });
});

describe('/help', () => {
  const help = makeHelp(() => [aid, timeline, sources]);

  it('lists every registered command with its syntax and description, in the message, with no items', () => {
    const answer = runDirect(help, {}, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('/aid [donor:<donor>] [recipient:<recipient>] [kind:<kind>] [from:<from>] [to:<to>] [order:<order>] [packages:true] [totals:true] [page:<number>] [chart:true] — Aid figures');
    expect(answer.message).toContain('/timeline [topic:<topic>] [from:<from>] [to:<to>] [after:<after>] [before:<before>] [page:<number>] [chart:true] — Dated events');
    expect(answer.message).toContain('/sources [page:<number>] — The coverage');
    expect(answer.message).toContain('Add private:true to any command for an answer only you see.');
  });

  it('gives one example for every command, each one this coverage answers', () => {
    const lines = (runDirect(commands.get('help')!, {}, facts).message ?? '').split('\n');
    const examples = lines.filter((line) => line.startsWith('  e.g. ')).map((line) => line.slice('  e.g. '.length));
    expect(examples).toEqual([
      '/ask question:"who is Anna Kovalenko"',
      '/who name:"Anna Kovalenko"',
      expect.stringMatching(/^\/aid donor:/u),
      '/timeline from:2024 chart:true',
      '/quote person:"Anna Kovalenko"',
      '/sources',
      '/help',
    ]);
  });

  it('builds examples from the loaded coverage through autocomplete and choices', () => {
    const answer = runDirect(help, {}, facts);
    // The United States (written "United States" and "U.S.") is the most frequent donor.
    expect(answer.message).toContain('e.g. /aid donor:"United States" kind:military');
  });
});
