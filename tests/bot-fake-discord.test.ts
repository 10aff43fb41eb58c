// The fake Discord must hold the bot to Discord's rules, or a missing intent would pass here
// and fail in production.
import { describe, expect, it } from 'vitest';
import { messageCreate, makeUser } from './fake-discord/payloads.js';
import { Intents, visibleTo } from './fake-discord/server.js';

const bot = makeUser('bot', true);
const user = makeUser('user');
const guild = { guildId: '300000000000000001', channelId: '300000000000000002' };
const dm = { channelId: '300000000000000003' };
const all = Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages;

describe('fake Discord intent enforcement', () => {
  it('GIVEN no DirectMessages intent THEN DMs are not delivered', () => {
    expect(visibleTo(Intents.Guilds | Intents.GuildMessages, 'MESSAGE_CREATE', messageCreate(user, 'hi', dm), bot.id)).toBeNull();
    expect(visibleTo(all, 'MESSAGE_CREATE', messageCreate(user, 'hi', dm), bot.id)?.['content']).toBe('hi');
  });

  it('GIVEN no GuildMessages intent THEN guild messages are not delivered, even mentions', () => {
    expect(visibleTo(Intents.Guilds | Intents.DirectMessages, 'MESSAGE_CREATE', messageCreate(user, 'hi', guild, [bot]), bot.id)).toBeNull();
  });

  it('GIVEN no MessageContent intent THEN guild messages arrive without content unless they mention the bot', () => {
    expect(visibleTo(all, 'MESSAGE_CREATE', messageCreate(user, 'chatter', guild), bot.id)?.['content']).toBe('');
    expect(visibleTo(all, 'MESSAGE_CREATE', messageCreate(user, `<@${bot.id}> hi`, guild, [bot]), bot.id)?.['content']).toBe(`<@${bot.id}> hi`);
    expect(visibleTo(all | Intents.MessageContent, 'MESSAGE_CREATE', messageCreate(user, 'chatter', guild), bot.id)?.['content']).toBe('chatter');
  });

  it('GIVEN no Guilds intent THEN GUILD_CREATE is not delivered; interactions need no intent', () => {
    expect(visibleTo(0, 'GUILD_CREATE', { id: guild.guildId }, bot.id)).toBeNull();
    expect(visibleTo(0, 'INTERACTION_CREATE', { id: '1' }, bot.id)).toEqual({ id: '1' });
  });
});
