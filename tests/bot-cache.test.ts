// What the discord.js client keeps between requests: nothing that grows with the audience.
import { describe, expect, it } from 'vitest';
import { harnessPerTest } from './fake-discord/harness.js';

const bot = harnessPerTest();

describe('GIVEN users asking by slash command, in a DM and by @mention', () => {
  it('THEN the client keeps no user, member or message of theirs, only its own user, and every one is answered', async () => {
    const h = await bot.start();
    const me = h.fake.botUser;
    for (let i = 0; i < 5; i += 1) {
      const reply = await h.slash('help', {}, h.user(`asker-${i}`));
      expect(reply.data.embeds).toHaveLength(1);
    }
    const writer = h.user('dm-writer');
    expect((await h.say(writer, '/help', h.dmWith(writer))).body.embeds).toHaveLength(1);
    expect((await h.say(h.user('mentioner'), `<@${me.id}> /help`, h.inGuild, [me])).body.embeds).toHaveLength(1);

    const { client } = h.bot;
    expect([...client.users.cache.keys()]).toEqual([me.id]);
    for (const guild of client.guilds.cache.values()) expect([...guild.members.cache.keys()].filter((id) => id !== me.id)).toEqual([]);
    for (const channel of client.channels.cache.values()) {
      if ('messages' in channel) expect(channel.messages.cache.size).toBe(0);
    }
  });
});
