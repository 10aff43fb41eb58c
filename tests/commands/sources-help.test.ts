import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { aid } from '../../src/commands/aid.js';
import { makeHelp } from '../../src/commands/help.js';
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
  it('lists each article with publisher, title, date, URL and sentence count, each citing its first sentence', () => {
    const answer = runDirect(sources, {}, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.items.map((item) => [item.publisher, item.articleTitle, item.published, item.url, item.sentenceCount])).toEqual([
      ['Wire Service', 'Allies pledge new aid', '2024-03-14', 'https://example.com/wire-aid', 7],
      ['The Daily Ledger', 'Summit closes with pledges', '2024-07-12', null, 8],
      [null, null, null, null, 7],
    ]);
    expect(answer.items[2]?.text).toBe('Unknown publisher — notes.txt — undated · 7 sentences');
    expect(citedSentences(answer, 1)).toEqual(['NATO leaders met in Washington from July 9 to 11, 2024, for the alliance summit.']);
    expect(answer.citations).toHaveLength(3);
  });

  it('gives the totals in its message', () => {
    expect(runDirect(sources, {}, facts).message).toBe(
      `3 articles · 22 sentences · 3 people · 6 aid figures · 10 dated events · 3 quotes · fact base ${FACTBASE_VERSION}-ffffffffffff`,
    );
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
    expect(answer.message).toContain('/aid [donor:<donor>] [kind:<kind>] [from:<from>] [to:<to>] [page:<number>] — Aid figures');
    expect(answer.message).toContain('/timeline [topic:<topic>] [from:<from>] [to:<to>] [page:<number>] — Dated events');
    expect(answer.message).toContain('/sources [page:<number>] — The coverage');
  });

  it('builds examples from the loaded coverage through autocomplete and choices', () => {
    const answer = runDirect(help, {}, facts);
    // The United States (written "United States" and "U.S.") is the most frequent donor.
    expect(answer.message).toContain('e.g. /aid donor:"United States" kind:military');
  });
});
