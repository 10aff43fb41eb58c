// When an interaction is acknowledged before its answer (deferred) and when the answer is the
// acknowledgement itself, end to end through the fake Discord.
import Keyv from 'keyv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pipeline } from '../src/pipeline.js';
import { AnswerCache } from '../src/store/answer-cache.js';
import { ResilientStore } from '../src/store/resilient-store.js';
import { harnessPerTest } from './fake-discord/harness.js';
import { slashCommand } from './fake-discord/payloads.js';

const bot = harnessPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GIVEN a bot that defers every interaction whose answer it must compute (deferBeyond 0)', () => {
  it('WHEN an answer is already in memory THEN it is sent as the acknowledgement itself, the same message the first asker got, pinging no one', async () => {
    const h = await bot.start({ deferBeyond: 0 });
    const first = await h.slash('help', {}, h.user('first'));
    expect(first.kind).toBe('edit');
    const again = await h.slash('help', {}, h.user('second'));
    expect(again.kind).toBe('reply');
    expect(again.data.embeds).toEqual(first.data.embeds);
    expect(again.data.allowed_mentions).toEqual({ parse: [] });
    expect(again.data.flags ?? 0).toBe(0);
    const firstPrivately = await h.slash('help', { private: true }, h.user('third'));
    expect(firstPrivately.kind).toBe('edit');
    const privately = await h.slash('help', { private: true }, h.user('fourth'));
    expect(privately.kind).toBe('reply');
    expect(privately.data.flags & 64).toBe(64);
    expect(privately.data.embeds).toEqual(firstPrivately.data.embeds);
  });
});

describe('GIVEN a command whose answers typically take long to compute', () => {
  it('WHEN one is asked THEN the interaction is deferred first (ephemerally for private:true) and the answer edited in', async () => {
    vi.spyOn(Pipeline.prototype, 'expectedMs').mockReturnValue(500);
    const h = await bot.start();
    const built = slashCommand(h.applicationId, 'help', { private: true }, h.user(), h.inGuild);
    h.fake.dispatch('INTERACTION_CREATE', built.payload);
    const answer = await h.answerTo(built.token);
    expect(answer.kind).toBe('edit');
    expect(answer.data.embeds).toHaveLength(1);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    const defer = h.fake.requests.find((r) => r.interactionToken === built.token && r.path.endsWith('/callback'));
    expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
  });
});

describe('GIVEN the pipeline timing the answers it computes', () => {
  it('THEN a remembered answer is expected at once, and a command counts as timed only after a warm (second) answer', async () => {
    const facts = bot.facts;
    const pipeline = new Pipeline({ facts, cache: new AnswerCache(new ResilientStore(new Keyv()), { version: facts.version, ttlSeconds: 60 }) });
    const [one, two, three] = facts.data.people.map((person) => ({ name: person.name }));
    expect(pipeline.expectedMs('who', one!)).toBeUndefined();
    await pipeline.handle({ command: 'who', options: one! });
    expect(pipeline.expectedMs('who', one!)).toBe(0);
    // The first answer paid for cold code and lazy tables: not a timing to go by.
    expect(pipeline.expectedMs('who', two!)).toBeUndefined();
    await pipeline.handle({ command: 'who', options: two! });
    expect(pipeline.expectedMs('who', three!)).toBeTypeOf('number');
  });
});
