// Messages that are only mentions, end to end through the fake Discord: nothing is searched
// for "@everyone", and nothing the bot sends can ping anyone.
import { describe, expect, it } from 'vitest';
import { harnessPerTest } from './fake-discord/harness.js';

const bot = harnessPerTest();

describe('GIVEN a DM or a mention of the bot that holds only mentions', () => {
  it.each(['@everyone', '@here', '<@&123> <#456>'])('WHEN %j is sent in a DM THEN the reply asks for a question', async (content) => {
    const h = await bot.start();
    const user = h.user('dm-user');
    const sent = await h.say(user, content, h.dmWith(user));
    expect(sent.body.content).toBe('Type a question, or /help to see the commands.');
    expect(sent.body.embeds ?? []).toEqual([]);
    expect(sent.body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('WHEN a guild message mentions the bot and @everyone only THEN the reply asks for a question; a bare mention still gets /help', async () => {
    const h = await bot.start();
    const user = h.user('guild-user');
    const me = h.fake.botUser;
    const onlyEveryone = await h.say(user, `<@${me.id}> @everyone`, h.inGuild, [me]);
    expect(onlyEveryone.body.content).toBe('Type a question, or /help to see the commands.');
    const bare = await h.say(user, `<@${me.id}>`, h.inGuild, [me]);
    expect(JSON.stringify(bare.body)).toMatch(/\/who/);
  });
});
