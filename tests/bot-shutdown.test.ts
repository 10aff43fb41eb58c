// Shutdown as an operator triggers it: the bot started through npm (`npm run dev`: npm → node,
// the same process tree as `npm start`, from source so no build is needed), a burst of
// interactions in flight, then SIGTERM — to npm alone (a supervisor that knows only its
// child) or to the whole process group (Ctrl-C, systemd). Every interaction gets a visible
// response (its answer, or the short "restarting" note for those arriving after the signal),
// nothing is left running, and the exit code is 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFactBase } from '../src/factbase/persist.js';
import { buildFactBase } from '../src/ingest/build.js';
import { RESTARTING } from '../src/discord/interactions.js';
import { ARTICLES_DIR } from './fake-discord/facts.js';
import { useSuiteTempDirs } from './helpers/temp-dirs.js';
import { TEST_TOKEN } from './fake-discord/harness.js';
import { nextSnowflake } from './fake-discord/ids.js';
import { makeUser, slashCommand } from './fake-discord/payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord/server.js';

const BURST = 400;

const tempDir = useSuiteTempDirs('bot-shutdown-');
let factbase: string;

beforeAll(async () => {
  factbase = join(await tempDir(), 'factbase.json');
  await saveFactBase((await buildFactBase(ARTICLES_DIR)).factBase, factbase);
}, 60_000);

interface Running {
  readonly npm: ChildProcess;
  readonly fake: FakeDiscord;
  log(): string;
  exited: Promise<number | null>;
}

async function startThroughNpm(): Promise<Running> {
  const guildId = nextSnowflake();
  const fake = await FakeDiscord.start({ token: TEST_TOKEN, guilds: [{ id: guildId, channelIds: [nextSnowflake()] }] });
  // Its own process group, so the test can signal npm alone or the whole group.
  const npm = spawn('npm', ['run', '--silent', 'dev'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      FACTBASE_PATH: factbase,
      FACTBASE_WATCH: 'false',
      KEYV_URL: 'memory://',
      RATE_LIMIT_MAX: '100000',
    },
  });
  let log = '';
  npm.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  npm.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<number | null>((done) => npm.once('exit', (code) => done(code)));
  const started = Date.now();
  while (!log.includes('connected to Discord')) {
    if (Date.now() - started > 60_000 || npm.exitCode !== null) throw new Error(`bot did not connect:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { npm, fake, log: () => log, exited };
}

/** Dispatches the burst; resolves with each interaction's first visible response (not a defer), undefined for none within 30 s. */
function burst(running: Running): { tokens: string[]; responses: Promise<(RecordedRequest | undefined)[]> } {
  const { fake } = running;
  const guild = fake.guilds[0]!;
  const users = Array.from({ length: 20 }, (_, i) => makeUser(`u${i}`));
  const kinds = ['help', 'sources', 'timeline', 'aid'];
  const built = Array.from({ length: BURST }, (_, i) =>
    slashCommand(fake.applicationId, kinds[i % kinds.length]!, {}, users[i % users.length]!, { guildId: guild.id, channelId: guild.channelIds[0]! }),
  );
  const shows = (r: RecordedRequest) => r.method !== 'DELETE' && !(r.path.endsWith('/callback') && r.body?.type === 5);
  const responses = Promise.all(built.map((b) => fake.waitForRequest((r) => r.interactionToken === b.token && shows(r), 30_000).catch(() => undefined)));
  for (const b of built) fake.dispatch('INTERACTION_CREATE', b.payload);
  return { tokens: built.map((b) => b.token), responses };
}

function botPid(log: string): number | undefined {
  const record = log.split('\n').find((line) => line.includes('connected to Discord'));
  return record === undefined ? undefined : (JSON.parse(record) as { pid: number }).pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('SIGTERM during a burst, started with npm', { timeout: 120_000 }, () => {
  const running: Running[] = [];
  afterAll(async () => {
    for (const r of running) {
      if (r.npm.exitCode === null && r.npm.pid !== undefined) process.kill(-r.npm.pid, 'SIGKILL');
      await r.fake.close();
    }
  });

  it.each([
    ['npm alone (a supervisor signalling its child)', false],
    ['the whole process group (Ctrl-C, systemd)', true],
  ])('GIVEN SIGTERM to %s THEN every interaction gets a response, the bot exits 0 and nothing is left running', async (_, group) => {
    const r = await startThroughNpm();
    running.push(r);
    const pid = botPid(r.log())!;
    expect(pid).toBeGreaterThan(0);
    const { responses } = burst(r);
    // The signal lands while the burst is being answered.
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.kill(group ? -r.npm.pid! : r.npm.pid!, 'SIGTERM');
    const got = (await responses).filter((g) => g !== undefined);
    const shutdownLog = r.log().split('\n').filter((line) => /shut|deadline/.test(line)).join('\n');
    expect(BURST - got.length, `interactions without a response; the bot's shutdown log:\n${shutdownLog}`).toBe(0);
    const answered = got.filter((g) => (g.body?.data?.embeds ?? g.body?.embeds ?? []).length > 0).length;
    const restarting = got.filter((g) => (g.body?.data?.content ?? g.body?.content) === RESTARTING).length;
    expect(answered + restarting).toBe(BURST);
    expect(answered).toBeGreaterThan(0);
    expect(await r.exited).toBe(0);
    expect(r.log()).toMatch(/"msg":"shutting down"/);
    expect(alive(pid)).toBe(false);
  });
});
