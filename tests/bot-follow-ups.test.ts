// Follow-ups in DMs and @mentions, end to end through the fake Discord: "and chile" after a
// question is answered as the question about Chile, for the user who asked it, in the place they
// asked it, and only for FOLLOW_UP_TTL_SECONDS.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import { embedText, Harness, type HarnessOptions } from './fake-discord/harness.js';
import { builtCoverage } from './helpers/built-coverage.js';
import { CHILE_PLEDGE, FOLLOW_UP_ARTICLES, NORWAY_PLEDGE } from './helpers/follow-up-coverage.js';

const QUESTION = 'how much flood relief has norway given';
const TAKEN_AS = 'Taking this as: how much flood relief has chile given';

let facts: LoadedFactBase;
let harness: Harness | undefined;
beforeAll(async () => {
  facts = await builtCoverage(FOLLOW_UP_ARTICLES);
}, 30_000);
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  harness = await Harness.start({ facts, ...options });
  return harness;
}

const description = (sent: { body: any }): string => sent.body.embeds?.[0]?.description ?? '';

describe('GIVEN a question in a DM', () => {
  it('WHEN the user then sends "and chile" THEN the reply says how it was taken and answers about Chile', async () => {
    const h = await start();
    const user = h.user('asker');
    expect(embedText((await h.say(user, QUESTION, h.dmWith(user))).body)).toContain(NORWAY_PLEDGE);
    const followUp = await h.say(user, 'and chile', h.dmWith(user));
    expect(description(followUp).split('\n')[0]).toBe(TAKEN_AS);
    expect(description(followUp)).toContain(CHILE_PLEDGE);
    expect(followUp.body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('WHEN another user sends "and chile" THEN it is a question of their own', async () => {
    const h = await start();
    const asker = h.user('asker');
    const other = h.user('other');
    await h.say(asker, QUESTION, h.dmWith(asker));
    expect(description(await h.say(other, 'and chile', h.dmWith(other)))).not.toContain('Taking this as');
    expect(description(await h.say(asker, 'and chile', h.dmWith(asker))).split('\n')[0]).toBe(TAKEN_AS);
  });

  it('WHEN FOLLOW_UP_TTL_SECONDS have passed THEN "and chile" is a question of its own', async () => {
    let now = 5_000_000;
    const h = await start({ env: { FOLLOW_UP_TTL_SECONDS: '60' }, now: () => now });
    const user = h.user('asker');
    await h.say(user, QUESTION, h.dmWith(user));
    now += 59_000;
    expect(description(await h.say(user, 'what about chile', h.dmWith(user))).split('\n')[0]).toBe(TAKEN_AS);
    now += 60_000;
    expect(description(await h.say(user, 'and norway', h.dmWith(user)))).not.toContain('Taking this as');
  });
});

describe('GIVEN a question in a guild message that @mentions the bot', () => {
  it('THEN only the same user in the same channel follows it up, not someone else there nor the user in a DM', async () => {
    const h = await start();
    const me = h.fake.botUser;
    const asker = h.user('asker');
    const other = h.user('other');
    await h.say(asker, `<@${me.id}> ${QUESTION}`, h.inGuild, [me]);
    expect(description(await h.say(other, `<@${me.id}> and chile`, h.inGuild, [me]))).not.toContain('Taking this as');
    expect(description(await h.say(asker, 'and chile', h.dmWith(asker)))).not.toContain('Taking this as');
    expect(description(await h.say(asker, `<@${me.id}> and chile`, h.inGuild, [me])).split('\n')[0]).toBe(TAKEN_AS);
  });
});
