// A burst of interactions at once: past a few acknowledgements in flight, the bot defers
// those whose answers it must compute and answers them after, so no interaction waits for the
// answers queued before it to be computed before it is acknowledged. (How many land within
// Discord's 3 s under 1,000 at once is measured by `npx tsx bench/burst.ts`, not asserted here.)
import { describe, expect, it, vi } from 'vitest';
import { Pipeline } from '../src/pipeline.js';
import { harnessPerTest } from './fake-discord/harness.js';
import { slashCommand } from './fake-discord/payloads.js';
import type { RecordedRequest } from './fake-discord/server.js';

const bot = harnessPerTest();

describe('GIVEN 60 slash commands dispatched at once and at most 4 acknowledgements in flight before deferring', () => {
  it('THEN each is acknowledged once and answered once, the excess deferred, and every deferral goes out before any deferred answer', async () => {
    // Every answer to be computed, and quickly: only the burst decides what is deferred.
    vi.spyOn(Pipeline.prototype, 'expectedMs').mockReturnValue(1);
    const h = await bot.start({ deferBeyond: 4 });
    // Discord confirms no answer until the bot defers one: the acknowledgements in flight pile up
    // past 4 however fast this machine is (without it the burst could drain one at a time).
    const callback = (r: RecordedRequest) => r.path.endsWith('/callback');
    h.fake.holdUntil((r) => callback(r) && r.body?.type !== 5, (r) => callback(r) && r.body?.type === 5);
    const built = Array.from({ length: 60 }, (_, i) => slashCommand(h.applicationId, ['help', 'timeline', 'sources'][i % 3]!, {}, h.user(`u${i}`), h.inGuild));
    const shows = (r: RecordedRequest) => r.method !== 'DELETE' && !(r.path.endsWith('/callback') && r.body?.type === 5);
    const answers = Promise.all(built.map((b) => h.fake.waitForRequest((r) => r.interactionToken === b.token && shows(r), 15_000)));
    for (const b of built) h.fake.dispatch('INTERACTION_CREATE', b.payload);
    await answers;
    const tokens = new Set(built.map((b) => b.token));
    const mine = h.fake.requests.filter((r) => r.interactionToken !== undefined && tokens.has(r.interactionToken));
    const callbacks = mine.filter((r) => r.path.endsWith('/callback'));
    const deferrals = callbacks.filter((r) => r.body?.type === 5);
    const edits = mine.filter((r) => r.method === 'PATCH');
    // One acknowledgement per interaction, and one answer.
    expect(callbacks).toHaveLength(60);
    for (const b of built) expect(mine.filter((r) => r.interactionToken === b.token && shows(r))).toHaveLength(1);
    expect(deferrals.length).toBeGreaterThan(0);
    expect(edits).toHaveLength(deferrals.length);
    // Acknowledgements first: the last deferral reached Discord before the first deferred answer.
    const lastDeferral = Math.max(...deferrals.map((r) => h.fake.requests.indexOf(r)));
    const firstEdit = Math.min(...edits.map((r) => h.fake.requests.indexOf(r)));
    expect(lastDeferral).toBeLessThan(firstEdit);
    for (const edit of edits) expect(edit.body.embeds).toHaveLength(1);
  });
});
