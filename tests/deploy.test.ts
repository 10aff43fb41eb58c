import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../src/commands/index.js';
import { main, withDefaultReach } from '../src/deploy-commands.js';
import { FakeDiscord } from './fake-discord/server.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GdEpLo.deploy-test-token-value-0123456789';
const CLIENT_ID = '123456789012345678';
const GUILD_ID = '223456789012345678';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: CLIENT_ID });
});

afterAll(async () => {
  await fake.close();
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

const names = commandDefinitions.map((c) => c.name);

describe('deploy-commands', () => {
  it('GIVEN DISCORD_GUILD_ID THEN one bulk PUT to the guild route carries every command of the registry', async () => {
    const { out, err, output } = capture();
    const before = fake.requests.length;
    const code = await main({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl }, output);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const puts = fake.requests.slice(before).filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    const put = puts[0]!;
    expect(put.path).toBe(`/applications/${CLIENT_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(commandDefinitions.map(withDefaultReach));
    expect(put.body.map((c: { name: string }) => c.name).sort()).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['aid', 'who', 'timeline', 'ask', 'quote', 'sources', 'help']));
    expect(out).toEqual([`Registered ${names.length} commands to guild ${GUILD_ID}: ${names.map((n) => `/${n}`).join(', ')}`]);
  });

  it('GIVEN no guild THEN the PUT goes to the global route, and every command reaches guilds, DMs and user installs', async () => {
    const { out, output } = capture();
    const before = fake.requests.length;
    expect(await main({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl }, output)).toBe(0);
    const put = fake.requests.slice(before).find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${CLIENT_ID}/commands`);
    for (const command of put.body) {
      expect(command.contexts).toEqual(expect.arrayContaining([0, 1, 2]));
      expect(command.integration_types).toEqual(expect.arrayContaining([0, 1]));
    }
    expect(out[0]).toMatch(/^Registered \d+ commands globally/);
  });

  it('GIVEN a command that sets its own contexts THEN deploy keeps them', () => {
    expect(withDefaultReach({ name: 'x', description: 'x', contexts: [0] }).contexts).toEqual([0]);
  });

  it('GIVEN a token Discord rejects (401) THEN it exits 1 with one line that does not contain the token', async () => {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GwRoNg.rejected-token-value-9876543210';
    const { out, err, output } = capture();
    const code = await main({ DISCORD_TOKEN: wrong, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl }, output);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^Deploy failed: .*401: Unauthorized/);
    expect(err[0]).not.toContain(wrong);
    expect(err[0]).not.toContain('rejected-token');
  });

  it('GIVEN no client id THEN it exits 1 naming DISCORD_CLIENT_ID and sends nothing', async () => {
    const { err, output } = capture();
    const before = fake.requests.length;
    expect(await main({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }, output)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^Configuration error: DISCORD_CLIENT_ID is required/)]);
    expect(fake.requests.length).toBe(before);
  });
});
