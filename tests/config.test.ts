import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configuredFactBasePath, loadConfig, readEnvironment } from '../src/config.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_FACTBASE_FILE } from '../src/factbase/location.js';
import { useTempDirs } from './helpers/temp-dirs.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GsEcRt.very-secret-token-value-abcdefghijkl';

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('GIVEN an empty environment THEN every optional setting has its documented default', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      discordToken: undefined,
      discordClientId: undefined,
      discordGuildId: undefined,
      discordApiUrl: undefined,
      factbase: { file: DEFAULT_FACTBASE_FILE, articlesDir: DEFAULT_ARTICLES_DIR, from: 'default' },
      factbaseWatch: true,
      factbaseReloadDebounceMs: 1000,
      keyvUrl: 'sqlite://data/cache.sqlite',
      rateLimitMax: 5,
      rateLimitWindowSeconds: 15,
      cacheTtlSeconds: 3600,
      followUpTtlSeconds: 300,
      logLevel: 'info',
      shardCount: 1,
      shardsPerProcess: undefined,
      healthPort: undefined,
      healthHost: '127.0.0.1',
      shutdownTimeoutMs: 10_000,
      shardWorker: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('GIVEN every variable set THEN they are parsed and typed', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api',
      FACTBASE_PATH: 'elsewhere/facts.json',
      FACTBASE_WATCH: 'false',
      FACTBASE_RELOAD_DEBOUNCE_MS: '250',
      KEYV_URL: 'redis://cache.internal:6379',
      RATE_LIMIT_MAX: '3',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      CACHE_TTL_SECONDS: '10',
      FOLLOW_UP_TTL_SECONDS: '90',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      discordToken: TOKEN,
      factbase: { file: resolve('elsewhere/facts.json'), articlesDir: undefined, from: 'FACTBASE_PATH' },
      factbaseWatch: false,
      factbaseReloadDebounceMs: 250,
      discordGuildId: '223456789012345678',
      discordApiUrl: 'http://127.0.0.1:4000/api',
      keyvUrl: 'redis://cache.internal:6379',
      rateLimitMax: 3,
      rateLimitWindowSeconds: 60,
      cacheTtlSeconds: 10,
      followUpTtlSeconds: 90,
      logLevel: 'debug',
    });
  });

  it('GIVEN FACTBASE_PATH THEN the CLIs read it alone, whatever else the environment holds', () => {
    expect(configuredFactBasePath({ FACTBASE_PATH: ' elsewhere/facts.json ', DISCORD_TOKEN: 'not a token' })).toBe('elsewhere/facts.json');
    expect(configuredFactBasePath({ FACTBASE_PATH: '' })).toBeUndefined();
    expect(configuredFactBasePath({})).toBeUndefined();
  });

  it('GIVEN a blank value as in a .env template THEN it counts as unset', () => {
    expect(loadConfig({ DISCORD_GUILD_ID: '', RATE_LIMIT_MAX: '  ' })).toMatchObject({ discordGuildId: undefined, rateLimitMax: 5 });
  });

  it('GIVEN a required variable missing THEN the one-line error names it', () => {
    const error = errorOf(() => loadConfig({ DISCORD_TOKEN: TOKEN }, { require: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] }));
    expect(error.variable).toBe('DISCORD_CLIENT_ID');
    expect(error.message).toMatch(/^Configuration error: DISCORD_CLIENT_ID is required/);
    expect(error.message).not.toContain('\n');
  });

  it.each([
    ['RATE_LIMIT_MAX', 'many', /must be a number/],
    ['RATE_LIMIT_MAX', '0', /positive/],
    ['CACHE_TTL_SECONDS', '1.5', /whole number/],
    ['LOG_LEVEL', 'loud', /one of debug, info, warn, error/],
    ['DISCORD_API_URL', 'ftp://example.com', /http\(s\) URL/],
    ['DISCORD_CLIENT_ID', 'my-bot', /Discord id/],
    ['KEYV_URL', 'mongodb://db', /sqlite:\/\/ or redis:\/\//],
    ['FACTBASE_WATCH', 'yes', /true or false/],
    ['FACTBASE_RELOAD_DEBOUNCE_MS', '-1', /0 or more/],
  ])('GIVEN %s=%s THEN start-up stops with a message naming the variable', (variable, value, problem) => {
    const error = errorOf(() => loadConfig({ [variable]: value }));
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(problem);
  });

  it.each([
    ['a "Bot " prefix', `Bot ${TOKEN}`],
    ['a space inside', `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`],
    ['no dots (a client secret)', 'very-secret-client-secret-value'],
  ])('GIVEN a malformed token (%s) THEN the error names DISCORD_TOKEN and never contains the value', (_, token) => {
    const error = errorOf(() => loadConfig({ DISCORD_TOKEN: token }));
    expect(error.variable).toBe('DISCORD_TOKEN');
    expect(error.message).not.toContain('very-secret');
    expect(error.message).not.toContain(token.trim());
  });

  it('GIVEN a malformed Redis URL with a password THEN the error does not echo it', () => {
    const error = errorOf(() => loadConfig({ KEYV_URL: 'memcache://user:hunter2@cache' }));
    expect(error.message).not.toContain('hunter2');
  });
});

describe('readEnvironment', () => {
  const tempDir = useTempDirs('config-test-');

  it('GIVEN a .env file and a real environment THEN both are read and the real environment wins', async () => {
    const dir = await tempDir();
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nLOG_LEVEL=debug\nRATE_LIMIT_MAX=9\n');
    const env = readEnvironment({ RATE_LIMIT_MAX: '2' }, file);
    expect(loadConfig(env)).toMatchObject({ logLevel: 'debug', rateLimitMax: 2 });
  });

  it('GIVEN no .env file THEN the real environment alone is used', () => {
    expect(readEnvironment({ LOG_LEVEL: 'warn' }, join(tmpdir(), 'no-such-dir', '.env'))).toEqual({ LOG_LEVEL: 'warn' });
  });
});
