import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { autocomplete, commandDefinitions, commandList, runCommand } from '../../src/commands/index.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { loadFixture } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

describe('the registry', () => {
  it('holds the seven commands with unique names, each usable in guilds, bot DMs and as a user app', () => {
    expect(commandList.map((c) => c.data.name)).toEqual(['ask', 'who', 'aid', 'timeline', 'quote', 'sources', 'help']);
    for (const definition of commandDefinitions) {
      expect(definition.contexts).toEqual([0, 1, 2]);
      expect(definition.integration_types).toEqual([0, 1]);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      for (const option of definition.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers /help with a line per command in the message', () => {
    const answer = runCommand('help', {}, facts);
    expect(answer.items).toEqual([]);
    expect(answer.message?.split('\n').filter((line) => line.startsWith('/'))).toHaveLength(7);
    expect(answer.message).toContain('e.g. /who name:"Anna Kovalenko"');
  });
});

describe('runCommand', () => {
  it('accepts "/Who" as well as "who"', () => {
    expect(runCommand('/Who', { name: 'Reyes' }, facts).title).toBe('David Reyes');
  });

  it('GIVEN an unknown command THEN it answers unknown-command listing the commands', () => {
    const answer = runCommand('weather', {}, facts);
    expect(answer.error).toBe('unknown-command');
    expect(answer.message).toBe('There is no command /weather. Commands: /ask, /who, /aid, /timeline, /quote, /sources, /help.');
  });

  it('GIVEN an unknown option THEN it is rejected naming the options the command takes', () => {
    const answer = runCommand('who', { nme: 'Reyes' }, facts);
    expect(answer.error).toBe('bad-input');
    expect(answer.message).toBe('/who has no option `nme`: its options are name.');
  });

  it('GIVEN an option passed as undefined THEN it counts as not given', () => {
    expect(runCommand('aid', { donor: undefined }, facts).error).toBeUndefined();
  });

  it.each([
    ['ask', { question: '' }, '`question` is empty: type something to look for'],
    ['ask', { question: '   \t ' }, '`question` is empty: type something to look for'],
    ['ask', { question: 'x'.repeat(10_000) }, '`question` is too long: at most 500 characters'],
    ['ask', {}, '/ask needs a question, e.g. /ask question:"who is Anna Kovalenko"'],
    ['who', {}, '/who needs a name, e.g. /who name:"Anna Kovalenko"'],
    ['ask', { question: ['a'] as unknown as string }, '`question` must be text'],
    ['who', { name: '' }, '`name` is empty: type something to look for'],
    ['timeline', { from: '2024-08', to: '2024-07' }, '`from` (2024-08) is later than `to` (2024-07)'],
    ['timeline', { from: 'soon' }, '`from` must be a date like 2024, 2024-07, 2024-07-09 or July 2024'],
    ['timeline', { page: 0 }, '`page` must be a whole number from 1'],
    ['aid', { kind: 'tanks' }, '`kind` must be one of: military, financial, humanitarian, mixed, unspecified'],
  ])('GIVEN /%s %o THEN bad-input: %s', (name, raw, message) => {
    const answer = runCommand(name, raw, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.error).toBe('bad-input');
    expect(answer.message).toBe(message);
  });

  it('GIVEN a 10,000-character input THEN the echoed query stays short', () => {
    const answer = runCommand('ask', { question: 'x'.repeat(10_000) }, facts);
    expect(answer.query.length).toBeLessThanOrEqual(320);
  });

  it('GIVEN mentions, markdown and control characters THEN nothing throws and the echo has no control characters', () => {
    const inputs = [
      '@everyone what did Solberg say?',
      '<@&123> <@123> summit',
      '**bold** `code` [link](http://x) ~~strike~~ ||spoiler||',
      'Z\u0300\u0301\u0302\u0303\u0304\u0305algo \u202Etxet\u202C \u0007bell',
      '🇺🇦🙏 سلام עברית',
    ];
    for (const question of inputs) {
      const answer = runCommand('ask', { question }, facts);
      expect(AnswerSchema.parse(answer)).toBeTruthy();
      expect(answer.error).toBeUndefined();
      expect(answer.query).not.toMatch(CONTROL);
      expect(answer.title).not.toMatch(CONTROL);
    }
  });

  it('GIVEN a command that throws THEN it answers internal, without the error text, and reports the error', () => {
    const broken = { ...facts, sentence: () => { throw new Error('secret stack detail'); } } as LoadedFactBase;
    const reported: unknown[] = [];
    const answer = runCommand('ask', { question: 'Solberg summit' }, broken, (error) => reported.push(error));
    expect(answer.error).toBe('internal');
    expect(answer.message).not.toContain('secret');
    expect(reported).toHaveLength(1);
  });

  it('every command answers the fixture with a valid Answer whose items all cite something', () => {
    const requests: [string, Record<string, string>][] = [
      ['ask', { question: 'summit' }],
      ['who', { name: 'Solberg' }],
      ['aid', {}],
      ['timeline', {}],
      ['quote', { person: 'Kovalenko' }],
      ['sources', {}],
    ];
    for (const [name, raw] of requests) {
      const answer = AnswerSchema.parse(runCommand(name, raw, facts));
      expect(answer.abstained, name).toBe(false);
      const numbers = new Set(answer.citations.map((c) => c.n));
      expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
      for (const item of answer.items) for (const n of item.citations) expect(numbers.has(n)).toBe(true);
    }
  });
});

describe('autocomplete', () => {
  it('routes to the command and option, and is empty for the rest', () => {
    expect(autocomplete('who', 'name', 'rey', facts)[0]?.value).toBe('David Reyes');
    expect(autocomplete('aid', 'donor', 'can', facts).map((c) => c.value)).toEqual(['Canada']);
    expect(autocomplete('ask', 'question', 'x', facts)).toEqual([]);
    expect(autocomplete('nope', 'name', 'x', facts)).toEqual([]);
  });
});
