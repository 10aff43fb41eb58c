// The bot when things go wrong: users asking too fast, the gateway dropping, Discord's REST
// answering 429/500, the store down, a shutdown mid-reply.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { startBot } from '../src/bot.js';
import { loadConfig } from '../src/config.js';
import { RESTARTING, rateLimitText } from '../src/discord/interactions.js';
import { createLogger, describeError } from '../src/logger.js';
import { InFlight } from '../src/discord/shutdown.js';
import { ResilientStore } from '../src/store/resilient-store.js';
import { buttonsOf, embedText, harnessPerTest, TEST_TOKEN } from './fake-discord/harness.js';
import { messageCreate, slashCommand } from './fake-discord/payloads.js';
import { FakeDiscord } from './fake-discord/server.js';

const bot = harnessPerTest();
const start = (options?: Parameters<typeof bot.start>[0]) => bot.start(options);

/** A keyv whose calls never settle: the store is there but not answering. */
function hangingKeyv(): Keyv {
  const never = () => new Promise(() => {});
  return new Keyv({ store: Object.assign(new Map(), { get: never, set: never, delete: never, clear: never }), throwOnErrors: true });
}

describe('rate limit', () => {
  it('GIVEN 2 requests per 10 s THEN the third is refused ephemerally with the wait, and the user is answered again after the window', async () => {
    let now = 10_000_000;
    const h = await start({ env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_SECONDS: '10' }, now: () => now });
    const user = h.user();
    expect((await h.slash('help', {}, user)).data.embeds).toHaveLength(1);
    expect((await h.slash('help', {}, user)).data.embeds).toHaveLength(1);
    now += 3_000;
    const refused = await h.slash('help', {}, user);
    expect(refused.data).toMatchObject({ content: rateLimitText(7), flags: 64 });
    expect(refused.data.content).toBe("You're asking quickly — try again in 7 s.");
    expect((await h.slash('help', {}, h.user('someone-else'))).data.embeds).toHaveLength(1);
    now += 7_000;
    expect((await h.slash('help', {}, user)).data.embeds).toHaveLength(1);
  });

  it('GIVEN the limit reached THEN a DM question is refused with the same friendly text', async () => {
    const h = await start({ env: { RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW_SECONDS: '60' }, now: () => 60_000 * 1000 });
    const user = h.user();
    const dm = h.dmWith(user);
    expect((await h.say(user, '/help', dm)).body.embeds).toHaveLength(1);
    expect((await h.say(user, '/help', dm)).body.content).toBe(rateLimitText(60));
  });
});

describe('gateway faults', () => {
  it.each([
    ['an abrupt drop', undefined],
    ['close code 4000', 4000],
  ])('GIVEN %s THEN the client RESUMEs its session and the next command is answered', async (_, code) => {
    const h = await start();
    const identifies = () => h.fake.gatewayReceived.filter((p) => p.op === 2).length;
    h.fake.dropGateway(code);
    await waitFor(() => h.fake.gatewayReceived.some((p) => p.op === 6));
    const resume = h.fake.gatewayReceived.find((p) => p.op === 6)!;
    expect(resume.d.session_id).toBe(h.fake.sessions[0]!.id);
    expect(identifies()).toBe(1); // resumed, not re-identified
    const reply = await h.slash('help', {}, h.user());
    expect(reply.kind).toBe('reply');
  });

  it('GIVEN an interaction dispatched while the socket is down THEN it is replayed on RESUME and answered', async () => {
    const h = await start();
    h.fake.dropGateway();
    const built = slashCommand(h.applicationId, 'help', {}, h.user(), h.inGuild);
    h.fake.dispatch('INTERACTION_CREATE', built.payload);
    const reply = await h.answerTo(built.token);
    expect(reply.kind).toBe('reply');
    expect(h.fake.gatewayReceived.some((p) => p.op === 6)).toBe(true);
  });
});

describe('REST faults on the reply', () => {
  it('GIVEN Discord answers the reply with 429 and Retry-After THEN discord.js waits that long, retries, and the user gets the answer', async () => {
    const h = await start();
    h.fake.inject({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: 0.3, times: 1 });
    const reply = await h.slash('help', {}, h.user());
    expect(reply.kind).toBe('reply');
    // One refusal, then the answer, sent no sooner than Retry-After allowed (a busy machine only makes it later).
    expect(h.fake.rejected).toHaveLength(1);
    expect(reply.request.at - h.fake.rejected[0]!.at).toBeGreaterThanOrEqual(280);
  });

  it('GIVEN a 500 on the reply THEN it is retried and the user gets the answer', async () => {
    const h = await start();
    h.fake.inject({ method: 'POST', path: /\/callback$/, status: 500, times: 2 });
    const reply = await h.slash('help', {}, h.user());
    expect(reply.kind).toBe('reply');
    expect(h.fake.rejected).toHaveLength(2);
  });

  it('GIVEN the deferred answer can never be written (500 every time) THEN the user gets a short ephemeral error with a reference, and the log one line with it', async () => {
    const h = await start({ deferBeyond: 0 });
    h.fake.inject({ method: 'PATCH', path: /messages\/@original$/, status: 500, times: Infinity });
    const user = h.user();
    const built = slashCommand(h.applicationId, 'timeline', {}, user, h.inGuild);
    h.fake.dispatch('INTERACTION_CREATE', built.payload);
    const defer = await h.fake.waitForRequest((r) => r.interactionToken === built.token && r.body?.type === 5);
    expect(defer.path).toMatch(/\/callback$/);
    const error = await h.answerTo(built.token);
    expect(error.kind).toBe('followUp');
    expect(error.data.flags & 64).toBe(64);
    const ref = /\(ref ([0-9a-f]{8})\)/.exec(error.data.content)?.[1];
    expect(ref).toBeDefined();
    expect(error.data.content).not.toMatch(/HTTPError|Internal Server Error|at .*\.ts/);
    const logged = h.logLines.filter((l) => l.includes(`"${ref}"`));
    expect(logged).toHaveLength(1);
    // One structured record: the reference, the command, and the error with its stack.
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: 'error', msg: 'slash failed', ref, command: 'timeline', error: { type: expect.any(String), stack: expect.stringMatching(/\n\s+at /) } });
  });
});

describe('store outage', () => {
  it('GIVEN a store that hangs THEN commands, paging and DMs are still answered without the cache, and the rate limit still holds', async () => {
    const h = await start({
      store: (logger) => new ResilientStore(hangingKeyv(), { timeoutMs: 50, logger }),
      env: { RATE_LIMIT_MAX: '1' },
    });
    const user = h.user();
    const first = await h.slash('timeline', {}, user);
    expect(first.kind).toBe('reply');
    const next = buttonsOf(first.data)['Next'];
    expect(next?.disabled).toBe(false);
    // Page buttons are not counted by the limit.
    const page2 = await h.press(next!.id, first.data, user);
    expect(embedText(page2.data)).toMatch(/Page 2\//);
    // The limit is kept in process memory, not in the store: an outage does not lift it.
    expect((await h.slash('help', {}, user)).data.content).toMatch(/asking quickly/);
    const other = h.user('other');
    expect((await h.slash('help', {}, other)).data.embeds).toHaveLength(1);
    const third = h.user('third');
    expect((await h.say(third, '/help', h.dmWith(third))).body.embeds).toHaveLength(1);
    // An outage, if the store was asked at all, is logged once, not once per call.
    expect(h.logLines.filter((l) => l.includes('store unavailable')).length).toBeLessThanOrEqual(1);
  });
});

describe('secrets', () => {
  it('GIVEN a token Discord rejects THEN login fails with an error (and log) that never contains the token', async () => {
    const fake = await FakeDiscord.start({ token: TEST_TOKEN });
    const wrong = 'MTAwMDAwMDAwMDAwMDAwMDAy.GwRoNg.another-secret-token-value-abcdef';
    const lines: string[] = [];
    try {
      const attempt = startBot({
        config: loadConfig({ DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl }),
        facts: bot.facts,
        store: new ResilientStore(new Keyv()),
        logger: createLogger({ write: (l) => lines.push(l) }),
      });
      const error = await attempt.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const text = `${describeError(error)} ${(error as Error).stack ?? ''}`;
      expect(text).toMatch(/invalid token/i);
      expect(text).not.toContain(wrong);
      expect(lines.join('\n')).not.toContain(wrong);
    } finally {
      await fake.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('GIVEN a reply in flight THEN stop() waits for it before disconnecting', async () => {
    // Each store call takes its full 150 ms timeout, so the answer is still in flight when stop() begins.
    const h = await start({ store: () => new ResilientStore(hangingKeyv(), { timeoutMs: 150 }) });
    const built = slashCommand(h.applicationId, 'help', {}, h.user(), h.inGuild);
    h.fake.dispatch('INTERACTION_CREATE', built.payload);
    await new Promise((r) => setTimeout(r, 50));
    await h.bot.stop(5000);
    expect(h.fake.requests.some((r) => r.interactionToken === built.token)).toBe(true);
    expect(h.bot.client.isReady()).toBe(false);
  });

  it('GIVEN an interaction arriving after stop() began, its note slowed by a 429 THEN stop() resolves only once the note was sent', async () => {
    const h = await start();
    const early = slashCommand(h.applicationId, 'help', {}, h.user(), h.inGuild);
    const late = slashCommand(h.applicationId, 'help', {}, h.user('late'), h.inGuild);
    // The early answer is retried 1 s after stop() begins; the late one's note 2 s after it arrives.
    h.fake.inject({ path: new RegExp(early.token), status: 429, retryAfter: 1, times: 1 });
    h.fake.inject({ path: new RegExp(late.token), status: 429, retryAfter: 2, times: 1 });
    h.fake.dispatch('INTERACTION_CREATE', early.payload);
    await waitFor(() => h.fake.rejected.some((r) => r.interactionToken === early.token));
    const stopped = h.bot.stop(10_000);
    h.fake.dispatch('INTERACTION_CREATE', late.payload);
    await stopped;
    expect(h.fake.requests.find((r) => r.interactionToken === early.token)?.body?.data?.embeds).toHaveLength(1);
    expect(h.fake.requests.find((r) => r.interactionToken === late.token)?.body?.data).toMatchObject({ content: RESTARTING, flags: 64 });
  });

  it('GIVEN a DM and an @mention arriving after stop() began THEN each gets the restarting note before stop() resolves, and a message not for the bot gets nothing', async () => {
    const h = await start();
    const early = slashCommand(h.applicationId, 'help', {}, h.user(), h.inGuild);
    // The early answer is retried 1 s after stop() begins: the bot is still draining when the messages arrive.
    h.fake.inject({ path: new RegExp(early.token), status: 429, retryAfter: 1, times: 1 });
    h.fake.dispatch('INTERACTION_CREATE', early.payload);
    await waitFor(() => h.fake.rejected.some((r) => r.interactionToken === early.token));
    const stopped = h.bot.stop(10_000);
    const user = h.user('late');
    const dm = messageCreate(user, 'who is kuleba', h.dmWith(user));
    const mention = messageCreate(user, `<@${h.fake.botUser.id}> /help`, h.inGuild, [h.fake.botUser]);
    const chatter = messageCreate(user, 'not for the bot', h.inGuild);
    for (const message of [dm, mention, chatter]) h.fake.dispatch('MESSAGE_CREATE', message);
    await stopped;
    const replyTo = (message: Record<string, unknown>) => h.fake.requests.find((r) => r.body?.message_reference?.message_id === message['id']);
    expect(replyTo(dm)?.body?.content).toBe(RESTARTING);
    expect(replyTo(mention)?.body?.content).toBe(RESTARTING);
    expect(replyTo(chatter)).toBeUndefined();
    expect(h.fake.requests.find((r) => r.interactionToken === early.token)?.body?.data?.embeds).toHaveLength(1);
  });
});

describe('InFlight', () => {
  it('GIVEN work that outlasts the deadline THEN drain gives up at the deadline, before that work ends, and refuses new work', async () => {
    const inFlight = new InFlight();
    let finished = false;
    // Work that ends only when the test ends it: a drain that waited for it would never resolve.
    let release: () => void = () => undefined;
    void inFlight.run(() => new Promise<void>((resolve) => (release = resolve)));
    void inFlight.run(async () => {
      finished = true;
    });
    expect(await inFlight.drain(50)).toBe(false);
    expect(inFlight.size).toBe(1);
    expect(finished).toBe(true);
    release();
    expect(await inFlight.drain(50)).toBe(true);
    let ran = false;
    await inFlight.run(async () => {
      ran = true;
    });
    expect(ran).toBe(false);
  });

  it('GIVEN failing work THEN drain still completes', async () => {
    const inFlight = new InFlight();
    void inFlight.run(() => Promise.reject(new Error('boom')));
    expect(await inFlight.drain(1000)).toBe(true);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
