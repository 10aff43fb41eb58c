// `npm start` as a real process: configuration and fact-base failures stop it with one clear
// line; a running bot shuts down cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { copyFile, cp, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare, StartupError } from '../src/bot.js';
import { buildFactBase } from '../src/ingest/build.js';
import { saveFactBase } from '../src/factbase/persist.js';
import { ARTICLES_DIR } from './fake-discord/facts.js';
import { useSuiteTempDirs, useTempDirs } from './helpers/temp-dirs.js';
import { TEST_TOKEN } from './fake-discord/harness.js';
import { FakeDiscord } from './fake-discord/server.js';

const BOT = resolve('src/bot.ts');
const TSX = resolve('node_modules/.bin/tsx');

const tempDir = useSuiteTempDirs('bot-startup-');
let dir: string;
let factbase: string;

beforeAll(async () => {
  dir = await tempDir();
  factbase = join(dir, 'factbase.json');
  await saveFactBase((await buildFactBase(ARTICLES_DIR)).factBase, factbase);
});

interface Exit {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs the bot in `dir` (no .env there) with only the given variables. */
function runBot(env: Record<string, string>, whileRunning?: (child: ReturnType<typeof spawn>, stderr: () => string) => Promise<void>): Promise<Exit> {
  const child = spawn(TSX, [BOT], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', KEYV_URL: 'memory://', ...env } });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<Exit>((done) => child.on('exit', (code) => done({ code, stderr, stdout })));
  return (async () => {
    if (whileRunning) await whileRunning(child, () => stderr);
    return exited;
  })();
}

describe('prepare (what npm start checks before connecting)', () => {
  async function failure(env: Record<string, string>): Promise<string> {
    const error = await prepare(env, () => {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }

  it('GIVEN no DISCORD_TOKEN THEN start-up stops with one line naming the variable', async () => {
    expect(await failure({})).toMatch(/^Configuration error: DISCORD_TOKEN is required[^\n]*$/);
  });

  it('GIVEN a missing fact base THEN start-up stops saying how to rebuild it, without the token', async () => {
    const message = await failure({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: join(dir, 'nope.json') });
    expect(message).toMatch(/nope\.json.*npm run build:facts/);
    expect(message).not.toContain(TEST_TOKEN);
  });

  it('GIVEN a fact base that is not one THEN start-up stops saying how to rebuild it', async () => {
    const junk = join(dir, 'junk.json');
    await writeFile(junk, '{"format":"something-else"}');
    expect(await failure({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: junk })).toMatch(/junk\.json is not a coverage fact base.*npm run build:facts/);
  });

  it('GIVEN a good configuration THEN it returns the config, a logger and the fact base', async () => {
    const lines: string[] = [];
    const prepared = await prepare({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: factbase }, (l) => lines.push(l));
    await prepared.facts.close();
    expect(prepared.facts.current().data.sentences.length).toBeGreaterThan(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ level: 'info', msg: 'fact base loaded', version: expect.any(String) })]);
  });
});

describe('npm start as a process', () => {
  describe('against the fake Discord', () => {
    let fake: FakeDiscord;
    beforeAll(async () => {
      fake = await FakeDiscord.start({ token: TEST_TOKEN });
    });
    afterAll(async () => {
      await fake.close();
    });

    it('GIVEN a running bot WHEN it gets SIGTERM THEN it disconnects and exits 0', async () => {
      const exit = await runBot({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: factbase, DISCORD_API_URL: fake.apiUrl }, async (child, stderr) => {
        const started = Date.now();
        while (!stderr().includes('connected to Discord')) {
          // Starting tsx, loading compromise and the fact base takes 13-21 s when the whole suite runs at load 8-11.
          if (Date.now() - started > 60_000) throw new Error(`bot did not connect: ${stderr()}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        child.kill('SIGTERM');
      });
      expect(exit.code).toBe(0);
      // One JSON record per line, in this order.
      const records = exit.stderr.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; healthy?: boolean; signal?: string });
      const at = (msg: string) => records.findIndex((r) => r.msg === msg);
      expect(at('fact base loaded')).toBeGreaterThanOrEqual(0);
      expect(records[at('store opened')]).toMatchObject({ healthy: true });
      expect(at('fact base loaded')).toBeLessThan(at('store opened'));
      expect(at('store opened')).toBeLessThan(at('connected to Discord'));
      expect(records[at('shutting down')]).toMatchObject({ signal: 'SIGTERM' });
      expect(at('connected to Discord')).toBeLessThan(at('shutting down'));
      expect(exit.stderr + exit.stdout).not.toContain(TEST_TOKEN);
    }, 90_000);
  });
});

describe('a fact base beside its articles', () => {
  const layoutDir = useTempDirs('bot-startup-layout-');
  /** A folder holding factbase.json and the articles/ it is checked against. */
  async function layout(articles: (dir: string) => Promise<void>): Promise<string> {
    const home = await layoutDir();
    await articles(join(home, 'articles'));
    await copyFile(factbase, join(home, 'factbase.json'));
    return join(home, 'factbase.json');
  }

  it('GIVEN articles changed since the build THEN start-up refuses the stale fact base, naming it and the command that rebuilds it', async () => {
    const file = await layout(async (articles) => {
      await cp(ARTICLES_DIR, articles, { recursive: true });
      await writeFile(join(articles, 'other.txt'), 'A different article entirely. It has two sentences.\n');
    });
    const error = await prepare({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: file }, () => {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const articles = join(dirname(file), 'articles');
    expect((error as Error).message).toBe(
      `Fact base ${file} is stale: the articles in ${articles} changed since it was built. Rebuild it with: npm run build:facts -- --articles ${articles} --out ${file}`,
    );
  });

  it('GIVEN the articles it was built from THEN it loads', async () => {
    const file = await layout((articles) => cp(ARTICLES_DIR, articles, { recursive: true }));
    const prepared = await prepare({ DISCORD_TOKEN: TEST_TOKEN, FACTBASE_PATH: file }, () => {});
    await prepared.facts.close();
    expect(prepared.facts.current().data.articles.length).toBeGreaterThan(0);
  });
});
