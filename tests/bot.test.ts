// The real bot (discord.js client, commands, renderer) against the fake Discord: what a user
// does, and what comes back over the wire.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer.js';
import { autocomplete as registryAutocomplete, runCommand } from '../src/commands/index.js';
import { BOT_INTENTS } from '../src/discord/client.js';
import { NOT_YOUR_PAGES } from '../src/discord/interactions.js';
import { decodePageId } from '../src/discord/paging.js';
import type { Person } from '../src/factbase/schema.js';
import { buttonsOf, embedText, harnessPerTest } from './fake-discord/harness.js';
import { listedNumbers } from './helpers/answers.js';
import { messageCreate } from './fake-discord/payloads.js';
import { Intents } from './fake-discord/server.js';

const bot = harnessPerTest();
const start = (options?: Parameters<typeof bot.start>[0]) => bot.start(options);

/** The person the coverage mentions most: present in any corpus with people in it. */
function mostMentioned(): Person {
  const person = [...bot.facts.data.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length)[0];
  if (!person) throw new Error('the test coverage has no people');
  return person;
}

/** Embed text with markdown escapes undone, to compare with sentences as the coverage has them. */
function plain(text: string): string {
  return text.replace(/\\([\\`*_~|>#[\]()-])/g, '$1');
}

/** Every citation quotes a real sentence of the cited article. */
function expectGenuineCitations(answer: Answer): void {
  expect(answer.citations.length).toBeGreaterThan(0);
  for (const citation of answer.citations) {
    const source = [...bot.facts.data.sentences].filter((s) => s.text === citation.sentence);
    expect(source.map((s) => s.articleId)).toContain(citation.article.id);
  }
}

describe('GIVEN the bot logged in to the fake Discord', () => {
  it('THEN it identified with exactly Guilds, GuildMessages and DirectMessages (no privileged MessageContent)', async () => {
    const h = await start();
    expect(h.bot.client.isReady()).toBe(true);
    const identify = h.fake.gatewayReceived.find((p) => p.op === 2);
    expect(identify?.d.intents).toBe(Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages);
    expect(identify?.d.intents & Intents.MessageContent).toBe(0);
    expect(BOT_INTENTS).toHaveLength(3);
    expect(h.bot.client.guilds.cache.has(h.guildId)).toBe(true);
  });

  it('WHEN a user runs /who THEN the reply is an embed whose numbered citations and sources match the fact base', async () => {
    const h = await start();
    const person = mostMentioned();
    const reply = await h.slash('who', { name: person.name }, h.user());

    expect(reply.kind).toBe('reply');
    expect(reply.data.flags ?? 0).toBe(0); // public, not ephemeral
    const expected = runCommand('who', { name: person.name }, bot.facts);
    expect(expected.abstained).toBe(false);
    expectGenuineCitations(expected);

    const embed = reply.data.embeds[0];
    expect(plain(embed.title)).toContain(person.name);
    const sources = (embed.fields as { name: string; value: string }[]).filter((f) => f.name.startsWith('Sources'));
    const sourceText = plain(sources.map((f) => f.value).join('\n'));
    const description = plain(embed.description as string);
    // Each citation shown in the text is listed under Sources with its article.
    const shown = [...description.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(0);
    for (const n of new Set(shown)) {
      const citation = expected.citations.find((c) => c.n === n)!;
      expect(listedNumbers(sourceText)).toContain(n);
      const label = citation.article.title ?? citation.article.publisher ?? citation.article.id;
      expect(sourceText).toContain(label.slice(0, 40));
    }
    // A verbatim sentence from the coverage appears as it is written there.
    const verbatim = expected.citations.map((c) => c.sentence).find((s) => s.length < 280 && description.includes(s));
    expect(verbatim, 'some cited sentence shown verbatim').toBeDefined();
    expect([...bot.facts.data.sentences].map((s) => s.text)).toContain(verbatim);
  });

  it('WHEN a user runs /aid chart:true THEN the chart PNG arrives as an attachment with the embed that shows it', async () => {
    const h = await start();
    const reply = await h.slash('aid', { chart: true }, h.user());
    expect(reply.kind).toBe('reply');
    const [file] = reply.request.files;
    expect(file?.filename).toBe('chart.png');
    expect(file?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(file?.bytes.readUInt32BE(16)).toBe(800);
    const embed = reply.data.embeds[0];
    expect(embed.image.url).toBe('attachment://chart.png');
    expect(reply.data.attachments).toHaveLength(1);
    // The text answer is still there under the picture.
    expect(embedText(reply.data)).toContain('Aid figures in the coverage');
  });

  it('WHEN /timeline chart:true is paged THEN each page keeps the chart of the whole timeline', async () => {
    const h = await start();
    const user = h.user();
    const first = await h.slash('timeline', { chart: true }, user);
    expect(first.request.files.map((file) => file.filename)).toEqual(['chart.png']);
    const next = await h.press(buttonsOf(first.data)['Next']!.id, first.data, user);
    expect(next.kind).toBe('update');
    expect(next.request.files[0]?.bytes.equals(first.request.files[0]!.bytes)).toBe(true);
  });

  it('WHEN a user adds private:true THEN the answer is shown only to them', async () => {
    const h = await start();
    const reply = await h.slash('who', { name: mostMentioned().name, private: true }, h.user());
    expect(reply.data.flags & 64).toBe(64);
    expect(reply.data.embeds).toHaveLength(1);
  });

  it('WHEN a slash command has an invalid option THEN the explanation is shown only to the asker', async () => {
    const h = await start();
    const reply = await h.slash('timeline', { from: 'not a date' }, h.user());
    const expected = runCommand('timeline', { from: 'not a date' }, bot.facts);
    expect(expected.error).toBe('bad-input');
    expect(reply.data.flags & 64).toBe(64);
    expect(plain(reply.data.embeds[0].description)).toContain(expected.message!.slice(0, 40));
  });

  it('WHEN a user types a name THEN autocomplete answers at most 25 ranked choices, the registry’s own ranking', async () => {
    const h = await start();
    const person = mostMentioned();
    const prefix = (person.name.split(' ').at(-1) ?? person.name).slice(0, 4);
    const reply = await h.autocomplete('who', { name: prefix }, 'name', h.user());

    expect(reply.kind).toBe('autocomplete');
    const choices = reply.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toEqual(registryAutocomplete('who', 'name', prefix, bot.facts).slice(0, 25));
    expect(choices[0]?.value).toBe(person.name);

    const all = await h.autocomplete('who', { name: '' }, 'name', h.user());
    expect(all.data.choices.length).toBe(Math.min(25, registryAutocomplete('who', 'name', '', bot.facts).length));
  });

  it('WHEN the requester presses Next on /timeline THEN the message is updated to page 2; another user is politely refused', async () => {
    const h = await start();
    const asker = h.user('asker');
    const first = await h.slash('timeline', {}, asker);
    expect(first.kind).toBe('reply');
    expect(embedText(first.data)).toMatch(/Page 1\/(\d+)/);
    const total = Number(/Page 1\/(\d+)/.exec(embedText(first.data))![1]);
    expect(total).toBeGreaterThan(1);
    const buttons = buttonsOf(first.data);
    expect(buttons['Previous']?.disabled).toBe(true);
    expect(buttons['Next']?.disabled).toBe(false);
    const nextId = buttons['Next']!.id;
    expect(nextId.length).toBeLessThanOrEqual(100);

    const stranger = await h.press(nextId, first.data, h.user('stranger'));
    expect(stranger.kind).toBe('reply');
    expect(stranger.data.content).toBe(NOT_YOUR_PAGES);
    expect(stranger.data.flags & 64).toBe(64);

    const second = await h.press(nextId, first.data, asker);
    expect(second.kind).toBe('update');
    expect(embedText(second.data)).toContain(`Page 2/${total}`);
    const expected = runCommand('timeline', { page: 2 }, bot.facts);
    expect(plain(second.data.embeds[0].description)).toContain(expected.items[0]!.text.slice(0, 60));
    expect(buttonsOf(second.data)['Previous']?.disabled).toBe(false);
  });

  it('WHEN two users ask for the same paged answer THEN each gets the same page with buttons only they can press', async () => {
    const h = await start();
    const [one, two] = [h.user('one'), h.user('two')];
    const first = await h.slash('timeline', {}, one);
    const second = await h.slash('timeline', {}, two);
    expect(embedText(second.data)).toBe(embedText(first.data));
    const ids = [buttonsOf(first.data)['Next']!.id, buttonsOf(second.data)['Next']!.id];
    expect(ids[0]).not.toBe(ids[1]);
    expect(decodePageId(ids[0]!)).toMatchObject({ page: 2, requesterId: one.id });
    expect(decodePageId(ids[1]!)).toMatchObject({ page: 2, requesterId: two.id });
    expect((await h.press(ids[1]!, second.data, two)).kind).toBe('update');
  });

  it('GIVEN a /timeline message from before a restart WHEN its Next button is pressed on a new bot process THEN page 2 is shown', async () => {
    const before = await start();
    const asker = before.user('asker');
    const first = await before.slash('timeline', {}, asker);
    const nextId = buttonsOf(first.data)['Next']!.id;
    await before.close();
    const after = await start();
    const second = await after.press(nextId, first.data, asker);
    expect(second.kind).toBe('update');
    expect(embedText(second.data)).toMatch(/Page 2\//);
  });

  it('WHEN a user asks in a DM THEN the answer is posted in that DM channel, as a reply to the question', async () => {
    const h = await start();
    const user = h.user('dm-user');
    const dm = h.dmWith(user);
    const person = mostMentioned();
    const sent = await h.say(user, `/who name:${person.name}`, dm);
    expect(sent.path).toBe(`/channels/${dm.channelId}/messages`);
    expect(plain(embedText(sent.body))).toContain(person.name);
    expect(sent.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });

  it('WHEN a guild message @mentions the bot THEN it is answered in that channel; messages without a mention and from bots are ignored', async () => {
    const h = await start();
    const user = h.user('guild-user');
    const bot = h.fake.botUser;
    const person = mostMentioned();
    const ignoredBot = h.user('other-bot');
    h.fake.dispatch('MESSAGE_CREATE', messageCreate({ ...ignoredBot, bot: true }, `<@${bot.id}> /help`, h.inGuild, [bot]));
    h.fake.dispatch('MESSAGE_CREATE', messageCreate(user, `/who name:${person.name}`, h.inGuild));

    const sent = await h.say(user, `<@${bot.id}> /who name:${person.name}`, h.inGuild, [bot]);
    expect(sent.path).toBe(`/channels/${h.channelId}/messages`);
    expect(plain(embedText(sent.body))).toContain(person.name);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.fake.requests.filter((r) => r.path.startsWith('/channels/'))).toHaveLength(1);
  });

  it('WHEN the client did not identify with DirectMessages THEN the fake withholds DMs, as Discord does, and nothing is answered', async () => {
    const h = await start({ clientOverrides: { intents: [1 /* Guilds */, 1 << 9 /* GuildMessages */] } });
    const user = h.user();
    h.fake.dispatch('MESSAGE_CREATE', messageCreate(user, '/help', h.dmWith(user)));
    // The same message in a guild channel, with a mention, still reaches it: only DMs are withheld.
    const control = await h.say(user, `<@${h.fake.botUser.id}> /help`, h.inGuild, [h.fake.botUser]);
    expect(control.path).toBe(`/channels/${h.channelId}/messages`);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.fake.requests.filter((r) => r.path.startsWith('/channels/') && r.path !== control.path)).toHaveLength(0);
  });
});
