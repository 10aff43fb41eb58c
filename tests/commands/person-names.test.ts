// A person is named only on evidence in the letters typed. The fixture's most mentioned person
// (Anna Kovalenko) heads every list: the trap is to answer with her for a name that matched on
// nothing ("!!!", an emoji, a name in another script the coverage does not have).
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { commands, runCommand } from '../../src/commands/index.js';
import { quote } from '../../src/commands/quote.js';
import { who } from '../../src/commands/who.js';
import { requestIn } from '../../src/discord/messages.js';
import { withoutMentions } from '../../src/render/sanitize.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { route, type RouterContext } from '../../src/router.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { loadFixture, runDirect } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

const MOST_MENTIONED = 'Anna Kovalenko';
const NO_ONE = ['!!!', '🤡', '习近平', 'Кулеба', '…', "'", '-- --', 'Taylor Swift'];

describe('GIVEN a name no one in the coverage has', () => {
  it('the trap is real: the fixture’s most mentioned person is first in the unfiltered list', () => {
    expect(who.autocomplete?.('name', '', facts)[0]?.value).toBe(MOST_MENTIONED);
  });

  it.each(NO_ONE)('/who name:%s THEN "no one called …", never the most mentioned person', (name) => {
    const answer = runDirect(who, { name }, facts);
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.abstained).toBe(true);
    expect(answer.error).toBe('not-found');
    expect(answer.items).toEqual([]);
    expect(answer.message).toBe(`No one called “${name}” appears in the coverage.`);
    expect(JSON.stringify(answer)).not.toContain('Kovalenko');
  });

  it.each(NO_ONE)('/quote person:%s THEN "no one called …", never someone else’s quotes', (person) => {
    const answer = runDirect(quote, { person }, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.error).toBe('not-found');
    expect(answer.items).toEqual([]);
    expect(answer.message).toBe(`No one called “${person}” appears in the coverage.`);
  });

  it('THEN autocomplete offers no one for text without letters, and only real matches otherwise', () => {
    for (const typed of ['!!!', '🤡', '习近平', 'Кулеба']) expect(who.autocomplete?.('name', typed, facts), typed).toEqual([]);
  });

  it('WHEN a word of it matches someone THEN the answer suggests them, and only them', () => {
    expect(runDirect(who, { name: 'Ingrid Smith' }, facts).message).toBe(
      'No one called “Ingrid Smith” appears in the coverage. Did you mean Ingrid Solberg?',
    );
    expect(runDirect(quote, { person: 'Dave Reyez' }, facts).message).toBe(
      'No one called “Dave Reyez” appears in the coverage. Did you mean David Reyes?',
    );
  });

  it('THEN a long name is echoed bounded, and control characters never', () => {
    const answer = runCommand('who', { name: `\u202E${'Zz'.repeat(50)}` }, facts);
    expect(answer.error).toBe('not-found');
    expect(answer.message).not.toMatch(/\u202E/u);
    expect(answer.message?.length).toBeLessThan(120);
  });
});

describe('GIVEN a name the coverage has, typed the way people type', () => {
  it.each([
    ['kovalenko', 'Anna Kovalenko'],
    ['KOVALENKO', 'Anna Kovalenko'],
    ['anna kovalenko', 'Anna Kovalenko'],
    ['Kovalneko', 'Anna Kovalenko'], // two letters swapped
    ['kovalenka', 'Anna Kovalenko'], // one letter wrong
    ['koval', 'Anna Kovalenko'], // a prefix
    ['defence minister kovalenko', 'Anna Kovalenko'], // with a title
    ['secretary general solberg', 'Ingrid Solberg'],
    ['Коваленко', 'Anna Kovalenko'], // Cyrillic for a Latin name present
    ['Інгрід Сольберг', 'Ingrid Solberg'],
    ['reyes', 'David Reyes'],
  ])('/who name:%s THEN %s', (name, expected) => {
    const answer = runDirect(who, { name }, facts);
    expect(answer.abstained).toBe(false);
    expect(answer.title).toBe(expected);
  });

  it('/quote finds the speaker the same way', () => {
    expect(runDirect(quote, { person: 'Сольберг' }, facts).items.map((item) => item.text)).toEqual(['“We will not waver”']);
    expect(runDirect(quote, { person: 'solbreg' }, facts).title).toBe('Quotes: Ingrid Solberg');
  });

  it('a prefix or a word too short to be evidence is not an answer', () => {
    for (const name of ['ko', 'an', 'k']) expect(runDirect(who, { name }, facts).error, name).toBe('not-found');
  });
});

describe('GIVEN /who or /quote typed as text with an empty option', () => {
  const context: RouterContext = { people: [], donors: [] };
  const answerTo = (line: string) => {
    const routed = route(line, commands, context);
    if ('error' in routed) throw new Error(routed.error);
    return runCommand(routed.command, routed.options, facts);
  };

  it.each(['/who name:', '/who name: ', '/who name:   ', '/who name:""', '/who', '/WHO NAME:'])('%j THEN it asks for a name', (line) => {
    const answer = answerTo(line);
    expect(answer.error).toBe('bad-input');
    // The example is a person the coverage names (the most mentioned one).
    expect(answer.message).toBe('/who needs a name, e.g. /who name:"Anna Kovalenko"');
  });

  it('/quote person: topic:x THEN it asks for a person, not for quotes by "topic:x"', () => {
    expect(answerTo('/quote person: topic:cities').message).toBe('/quote needs a person, e.g. /quote person:"Anna Kovalenko"');
  });
});

describe('GIVEN a message of only mentions', () => {
  const BOT = '1234';
  it.each(['@everyone', '@here', '@Everyone @HERE', '<@999>', '<@&42> <#7>', `<@${BOT}> @everyone`, '@\u200Beveryone', '＠everyone'])(
    '%j THEN nothing is left to answer, and the router says "Type a question…"',
    (content) => {
      const request = requestIn(content, BOT);
      expect(request).toBe('');
      expect(route(request, commands, { people: [], donors: [] })).toEqual({
        error: 'Type a question, or /help to see the commands.',
        code: 'bad-input',
      });
    },
  );

  it('a bare mention of the bot still asks for /help', () => {
    expect(requestIn(`<@${BOT}>`, BOT)).toBe('/help');
    expect(requestIn(`  <@!${BOT}>  `, BOT)).toBe('/help');
  });

  it('mentions around a question are left out of it', () => {
    expect(requestIn(`<@${BOT}> @everyone who is kovalenko`, BOT)).toBe('who is kovalenko');
    expect(withoutMentions('what did <@&5> say about @here today')).toBe('what did say about today');
    expect(withoutMentions('mail me@heretic.example')).toBe('mail me@heretic.example');
  });
});

describe('GIVEN a given name several people in the coverage share', () => {
  const surnames = ['Lindqvist', 'Haraldsen', 'Quellmark', 'Varnholm', 'Olsen', 'Berg', 'Reyes'];
  const shared = coverageForTests({
    'council.txt': [
      'Council briefs on the harbour plan',
      '',
      // Tove Lindqvist is mentioned most: she leads; the others are listed after her, the rest counted.
      ...surnames.map((surname) => `Foreign Minister Tove ${surname} said the harbour plan would be put to a vote in March.`),
      'Lindqvist said the plan had wide support.',
      'Lindqvist added that the vote would be held in public.',
    ].join('\n\n'),
  });

  it('/who name:tove THEN the most mentioned Tove, naming five others and counting the rest', () => {
    const answer = runDirect(who, { name: 'tove' }, shared.facts());
    expect(answer.title).toBe('Tove Lindqvist');
    expect(answer.message).toMatch(/Also matching “tove”: (?:Tove \p{Lu}\p{Ll}+, ){4}Tove \p{Lu}\p{Ll}+ and 1 other\.$/u);
  });
});
