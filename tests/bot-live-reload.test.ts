// The running bot follows a rebuilt fact base (real discord.js client against the fake Discord):
// after a rebuild the next answer cites the new article, with no restart and no reply dropped or
// doubled during the swap; a page button from before the swap shows that page on the new
// coverage and says the coverage changed; SIGHUP reloads at once; a damaged file is refused and the old fact base answers.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLiveFactBase, reloadOnSignal } from '../src/bot.js';
import { COVERAGE_CHANGED } from '../src/discord/interactions.js';
import { runCommand } from '../src/commands/index.js';
import { loadConfig } from '../src/config.js';
import type { LiveFactBase, ReloadOutcome } from '../src/factbase/live.js';
import { saveFactBase } from '../src/factbase/persist.js';
import type { FactBase } from '../src/factbase/schema.js';
import { buildFactBase } from '../src/ingest/build.js';
import { createLogger } from '../src/logger.js';
import { ARTICLES_DIR } from './fake-discord/facts.js';
import { useSuiteTempDirs } from './helpers/temp-dirs.js';
import { buttonsOf, embedText, Harness } from './fake-discord/harness.js';

const EXTRA_ARTICLE = `---
title: Harbour bridge reopens
publisher: Test Gazette
published: 2024-03-04
---
The Kestrelmoor harbour bridge reopened to traffic on Monday after two years of repairs, the port authority said.

Officials said the bridge now carries 40,000 vehicles a day.
`;
const QUESTION = { question: 'When did the Kestrelmoor harbour bridge reopen?' };

const tempDir = useSuiteTempDirs('bot-live-reload-');
let home: string;
let before: FactBase;
let after: FactBase;

beforeAll(async () => {
  home = await tempDir();
  const articles = path.join(home, 'articles');
  await cp(ARTICLES_DIR, articles, { recursive: true });
  before = (await buildFactBase(articles)).factBase;
  // What `npm run add` or a rebuild after dropping in a file produces.
  await writeFile(path.join(articles, 'harbour-bridge.md'), EXTRA_ARTICLE);
  after = (await buildFactBase(articles)).factBase;
}, 120_000);

let running: { harness: Harness; live: LiveFactBase } | undefined;
afterEach(async () => {
  await running?.live.close();
  await running?.harness.close();
  running = undefined;
});

/** The bot as `npm start` wires it: FACTBASE_PATH in a folder of its own, followed by the live fact base. */
async function startServing(env: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(home, 'serving-'));
  const file = path.join(dir, 'factbase.json');
  await saveFactBase(before, file);
  const logLines: string[] = [];
  const config = loadConfig({ FACTBASE_PATH: file, FACTBASE_RELOAD_DEBOUNCE_MS: '50', ...env });
  const live = await openLiveFactBase(config, createLogger({ level: 'info', write: (line) => logLines.push(line) }));
  const harness = await Harness.start({ facts: live });
  running = { harness, live };
  const nextReload = () => once(live, 'reload').then(([outcome]) => outcome as ReloadOutcome);
  return { file, live, harness, logLines, nextReload };
}

describe('GIVEN a running bot WHEN the fact base is rebuilt', () => {
  it('THEN the next answer cites the new article, with no restart and exactly one reply to every question asked during the swap', async () => {
    const { file, live, harness, nextReload, logLines } = await startServing();
    const user = harness.user();
    const old = await harness.slash('ask', QUESTION, user);
    expect(embedText(old.data)).not.toContain('Kestrelmoor harbour bridge reopened');

    const reloaded = nextReload();
    await saveFactBase(after, file);
    // Questions keep arriving while the watch notices the file and the new fact base loads.
    const during = Array.from({ length: 12 }, () => harness.slash('ask', QUESTION, harness.user()));
    expect(await reloaded).toMatchObject({ status: 'swapped', reason: 'file changed' });
    const answers = await Promise.all(during);

    const fresh = await harness.slash('ask', QUESTION, user);
    expect(embedText(fresh.data)).toContain('Kestrelmoor harbour bridge reopened');
    expect(embedText(fresh.data)).toContain(`fact base ${live.current().version}`);
    // Each question got one visible reply, from the old fact base or the new one, never both.
    for (const answer of answers) {
      const token = answer.request.interactionToken;
      const shown = harness.fake.requests.filter((r) => r.interactionToken === token && (r.body?.type === 4 || r.method === 'PATCH'));
      expect(shown).toHaveLength(1);
    }
    expect(logLines.filter((line) => line.includes('fact base reloaded'))).toHaveLength(1);
  });

  it('THEN a page button from before the swap shows that page of the answer on the new coverage, saying the coverage changed', async () => {
    const { file, live, harness, nextReload } = await startServing();
    const asker = harness.user('asker');
    const first = await harness.slash('timeline', {}, asker);
    const oldVersion = live.current().version;
    expect(embedText(first.data)).toContain(`fact base ${oldVersion}`);
    // Before the swap, turning a page says nothing about the coverage.
    const unchanged = await harness.press(buttonsOf(first.data)['Next']!.id, first.data, asker);
    expect(unchanged.data.content ?? '').toBe('');

    const reloaded = nextReload();
    await saveFactBase(after, file);
    expect((await reloaded).status).toBe('swapped');

    const second = await harness.press(buttonsOf(first.data)['Next']!.id, first.data, asker);
    expect(second.kind).toBe('update');
    expect(second.data.content).toBe(COVERAGE_CHANGED);
    const text = embedText(second.data);
    expect(text).toContain(`fact base ${live.current().version}`);
    expect(text).not.toContain(oldVersion);
    const expected = runCommand('timeline', { page: 2 }, live.current());
    expect(text).toContain(`Page 2/${expected.page!.total}`);
    expect(text).toContain(expected.items[0]!.text.slice(0, 40));
    // That page's own buttons are of the new coverage: the next press clears the note.
    const third = await harness.press(buttonsOf(second.data)['Previous']!.id, second.data, asker);
    expect(third.data.content).toBe('');
  });

  it('THEN SIGHUP reloads it at once, with the watch off', async () => {
    const { file, live, harness } = await startServing({ FACTBASE_WATCH: 'false' });
    await saveFactBase(after, file);
    expect(live.generation).toBe(0);
    expect(await reloadOnSignal(live)()).toMatchObject({ status: 'swapped', reason: 'SIGHUP' });
    const reply = await harness.slash('ask', QUESTION, harness.user());
    expect(embedText(reply.data)).toContain('Kestrelmoor harbour bridge reopened');
  });

  it('THEN a damaged file is refused with one log line and the old fact base keeps answering', async () => {
    const { file, live, harness, logLines } = await startServing({ FACTBASE_WATCH: 'false' });
    const serving = live.current();
    await writeFile(file, '{"format":"coverage-factbase","version":3,"coverageHash":"half-writ');
    expect((await reloadOnSignal(live)()).status).toBe('rejected');
    expect(live.current()).toBe(serving);
    const rejected = logLines.filter((line) => line.includes('fact base reload rejected'));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toContain(file);
    const reply = await harness.slash('timeline', {}, harness.user());
    expect(embedText(reply.data)).toContain(`fact base ${serving.version}`);
  });
});
