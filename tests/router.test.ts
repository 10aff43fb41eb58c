import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { AnswerSchema } from '../src/answer.js';
import { commands } from '../src/commands/index.js';
import { buildFactBase } from '../src/ingest/build.js';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import {
  MAX_LINE_LENGTH,
  cleanLine,
  route,
  type RoutableCommand,
  type RouterContext,
} from '../src/router.js';
import { answerLine } from '../src/pipeline.js';
import { namesKnownPerson } from '../src/query/route-question.js';
import { loadViaFile } from './helpers/factbase-file.js';
import { BUNDLED_ARTICLES } from './helpers/paths.js';
import { typedInLowerCase } from '../src/cli/evaluation.js';

const context: RouterContext = {
  people: [
    { name: 'Antony Blinken', aliases: ['Blinken', 'Secretary Blinken'] },
    { name: 'Dmytro Kuleba', aliases: ['Kuleba'] },
    { name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
    { name: 'Mark Rutte', aliases: ['Rutte'] },
    { name: 'Jens Stoltenberg', aliases: ['Stoltenberg'] },
    { name: 'James O’Brien', aliases: ["O'Brien"] },
  ],
  donors: ['United States', 'European allies', 'NATO Allies', 'Germany', null],
};

const ok = (line: string) => {
  const routed = route(line, commands, context);
  if ('error' in routed) throw new Error(`expected a route for "${line}", got: ${routed.error}`);
  return routed;
};
const error = (line: string) => {
  const routed = route(line, commands, context);
  if (!('error' in routed)) throw new Error(`expected an error for "${line}", got /${routed.command}`);
  return routed;
};

describe('route: slash syntax typed as text', () => {
  it.each([
    ['/who name:Kuleba', 'who', { name: 'Kuleba' }],
    ['/aid donor:"United States" kind:military', 'aid', { donor: 'United States', kind: 'military' }],
    ['/aid donor:United States kind:military', 'aid', { donor: 'United States', kind: 'military' }],
    ['/timeline topic:summit from:2024-01', 'timeline', { topic: 'summit', from: '2024-01' }],
    ['/timeline topic:summit page:2', 'timeline', { topic: 'summit', page: 2 }],
    ['/ask question:what did blinken say', 'ask', { question: 'what did blinken say' }],
    ['/ask question: what did blinken say', 'ask', { question: 'what did blinken say' }],
    ['/ask what did blinken say', 'ask', { question: 'what did blinken say' }],
    ['/ask what happened at 10:30 in Brussels', 'ask', { question: 'what happened at 10:30 in Brussels' }],
    ['/WHO Zelenskyy', 'who', { name: 'Zelenskyy' }],
    ['/help', 'help', {}],
    ['/sources', 'sources', {}],
    // An option key with nothing after it is a missing option, not a value "name:".
    ['/who name:', 'who', {}],
    ['/who name:   ', 'who', {}],
    ['/who name:""', 'who', {}],
    ['/aid donor: kind:military', 'aid', { kind: 'military' }],
    ['/timeline topic: from: 2024', 'timeline', { from: '2024' }],
  ])('GIVEN %s THEN /%s with %o', (line, command, options) => {
    expect(ok(line)).toEqual({ command, options });
  });

  it('GIVEN a misspelt command THEN the error names it and suggests the closest', () => {
    expect(error('/timelin topic:x')).toEqual({
      error: 'Unknown command "/timelin". Did you mean /timeline? Type /help for the list.',
      code: 'unknown-command',
    });
  });

  it('GIVEN a command nothing resembles THEN the error names it without a suggestion', () => {
    expect(error('/xyzzyplugh').error).toBe('Unknown command "/xyzzyplugh". Type /help for the list.');
  });

  it('GIVEN an unknown option THEN the error names it and lists the valid ones', () => {
    expect(error('/who person:Kuleba')).toEqual({ error: 'Unknown option "person" for /who: /who takes name:, private:.', code: 'bad-input' });
  });

  it('GIVEN an option given twice THEN it is refused', () => {
    expect(error('/who name:a name:b').error).toBe('Option name: is given twice.');
  });

  it('GIVEN free text after a command that takes no options THEN it is refused', () => {
    expect(error('/sources please').code).toBe('bad-input');
  });

  it('GIVEN a hand-made registry THEN integer and boolean options are typed, bad numbers left for validation', () => {
    const registry: RoutableCommand[] = [
      {
        data: {
          name: 'demo',
          options: [
            { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'p' },
            { type: ApplicationCommandOptionType.Boolean, name: 'all', description: 'a' },
          ],
        },
      },
    ];
    expect(route('/demo page:3 all:yes', registry, context)).toEqual({ command: 'demo', options: { page: 3, all: true } });
    expect(route('/demo page:three', registry, context)).toEqual({ command: 'demo', options: { page: 'three' } });
  });
});

describe('route: plain questions', () => {
  it.each([
    ['who is kuleba', 'who', { name: 'kuleba' }],
    ["who's rutte?", 'who', { name: 'rutte' }],
    ['who’s rutte', 'who', { name: 'rutte' }],
    ['Tell me about Stoltenberg', 'who', { name: 'Stoltenberg' }],
    ["hey bot whos pat ryder, like what's his role", 'ask', { question: "hey bot whos pat ryder, like what's his role" }],
    ['who is rutte and what does he do', 'who', { name: 'rutte' }],
    ["what is kuleba's job", 'who', { name: 'kuleba' }],
    ['whats kulebas job', 'who', { name: 'kulebas' }],
    ['what is the role of rutte', 'who', { name: 'rutte' }],
    ['what does stoltenberg do', 'who', { name: 'stoltenberg' }],
    ["james o'brien what's his job", 'who', { name: "james o'brien" }],
    ['kuleba role', 'who', { name: 'kuleba' }],
    ['nato role', 'ask', { question: 'nato role' }],
    ['rutte and stoltenberg', 'ask', { question: 'rutte and stoltenberg' }],
    ['who is Secretary Blinken', 'who', { name: 'Secretary Blinken' }],
    ['Zelensky', 'who', { name: 'Zelensky' }],
    ['aid from europe', 'aid', { donor: 'Europe' }],
    ['list military aid from the US', 'aid', { donor: 'United States', kind: 'military' }],
    ['aid from washington', 'aid', { donor: 'United States' }],
    ['aid from great britain', 'aid', { donor: 'United Kingdom' }],
    ['aid from the european union', 'aid', { donor: 'European Union' }],
    ['aid to ukraine since 2023', 'aid', { recipient: 'ukraine', from: '2023' }],
    ['Aid to Sudan', 'aid', { recipient: 'Sudan' }],
    ['compare aid from the us and europe', 'aid', { donor: 'United States, Europe' }],
    ['military aid from japan to ukraine', 'aid', { donor: 'japan', recipient: 'ukraine', kind: 'military' }],
    ['us aid to the west bank', 'aid', { donor: 'United States', recipient: 'west bank' }],
    ['aid packages announced in December 2024', 'aid', { from: '2024-12', to: '2024-12' }],
    ['what happened in july 2024', 'timeline', { from: '2024-07', to: '2024-07' }],
    ['timeline of the NATO-Ukraine Council since 2023', 'timeline', { topic: 'NATO-Ukraine Council', from: '2023' }],
    ['nato-ukraine council timeline', 'timeline', { topic: 'nato-ukraine council' }],
    ['Summit chronology since 2023', 'timeline', { topic: 'Summit', from: '2023' }],
    ['what happened between March 2024 and 2024-11-13', 'timeline', { from: '2024-03', to: '2024-11-13' }],
    ['what did blinken say about north korea', 'quote', { person: 'blinken', topic: 'north korea' }],
    ['quotes from zelenskyy', 'quote', { person: 'zelenskyy' }],
    ['what did kuleba warn about russia', 'quote', { person: 'kuleba', topic: 'russia' }],
    ['sources', 'sources', {}],
    ['What coverage do you have?', 'sources', {}],
    ['how many articles do you have', 'sources', {}],
    ["what's new", 'sources', {}],
    ['Latest news?', 'sources', {}],
    ['whats the latest news', 'sources', {}],
    ['what is the latest', 'sources', {}],
    ['show me the newest articles', 'sources', {}],
    ['any updates', 'sources', {}],
    ['recently', 'sources', {}],
    ['help', 'help', {}],
    ['thanks', 'help', {}],
    ['Thank you!', 'help', {}],
    ['hey', 'help', {}],
    ['Hi there', 'help', {}],
    ['hi, thanks!', 'help', {}],
    ['good bot', 'help', {}],
  ])('GIVEN "%s" THEN /%s with %o', (line, command, options) => {
    expect(ok(line)).toEqual({ command, options });
  });

  it.each([
    'who is kuleba',
    'Tell me about Stoltenberg',
    'timeline of the NATO-Ukraine Council since 2023',
    'aid from europe',
    'what did blinken say about north korea',
    'help',
  ])('GIVEN "%s" typed in lower case without punctuation THEN the same command and options', (line) => {
    const typed = ok(typedInLowerCase(line));
    const asWritten = ok(line);
    expect(typed.command).toBe(asWritten.command);
    expect(JSON.stringify(typed.options).toLowerCase()).toBe(JSON.stringify(asWritten.options).toLowerCase());
  });

  it.each([
    // One fact asked for: /ask ranks the sentence that states it (an amount, a date) first.
    'how much aid has europe given?',
    'what aid did the US send',
    'How much military assistance has the U.S. provided?',
    'How much aid has Japan given Ukraine?',
    'When was the Washington summit?',
    'when is the nato summit in washington',
    'who is the pentagon spokeswoman',
    'who is the NATO secretary general',
    'what did NATO say about membership',
    'What does the $725 million package include?',
    'Is Europe tired of supporting Ukraine?',
    'tell me about the Washington summit',
    "What happens if aggressors like Russia go unpunished, in Blinken's view?",
    'Which sources reported the landmines?',
    'how many articles are there in the treaty',
    'latest on the summit',
  ])('GIVEN "%s" (no known person, no listing asked for) THEN /ask with the whole line', (line) => {
    expect(ok(line)).toEqual({ command: 'ask', options: { question: line } });
  });
});

describe('route: input hygiene', () => {
  it('GIVEN an empty or whitespace-only line THEN a short error', () => {
    expect(error('').error).toBe('Type a question, or /help to see the commands.');
    expect(error(' \t\u200B ').code).toBe('bad-input');
  });

  it('GIVEN 10,000 characters THEN it is refused as too long', () => {
    expect(error('a'.repeat(10_000)).error).toBe(`That is too long (10000 characters): at most ${MAX_LINE_LENGTH}.`);
    expect(ok('b'.repeat(MAX_LINE_LENGTH)).command).toBe('ask');
  });

  it('GIVEN control, zero-width, bidi and zalgo characters THEN they are removed or trimmed to at most two marks', () => {
    expect(cleanLine('\u202Ewho\u200B is\x07 kuleba\u2066')).toBe('who is kuleba');
    expect(cleanLine('x\u0301\u0302\u0303\u0304\u0305y')).toBe('x\u0301\u0302y');
    expect(cleanLine('ｗｈｏ ｉｓ kuleba')).toBe('who is kuleba');
  });

  it('GIVEN @everyone in a question THEN the mention is dropped and the rest answered; alone, it is no question', () => {
    expect(ok('@everyone what did blinken announce?')).toEqual(ok('what did blinken announce?'));
    expect(error('@everyone').error).toMatch(/Type a question/u);
    expect(error('@here <@123>').error).toMatch(/Type a question/u);
  });
});

describe('namesKnownPerson', () => {
  it('GIVEN surnames, typos, accents and titles THEN known people are recognised', () => {
    for (const span of ['Kuleba', 'stoltenbrg', 'Zelensky', 'President Zelenskyy', 'Mark Rutte', 'o’brien', 'Blínken']) {
      expect(namesKnownPerson(span, context), span).toBe(true);
    }
  });

  it('GIVEN organisations, titles alone or strangers THEN no person is recognised', () => {
    for (const span of ['NATO', 'the secretary general', 'Macron', 'the US', 'Mark Smith', 'north korea']) {
      expect(namesKnownPerson(span, context), span).toBe(false);
    }
  });
});

describe('answerLine on the bundled coverage', () => {
  let facts: LoadedFactBase;
  beforeAll(async () => {
    facts = await loadViaFile((await buildFactBase(BUNDLED_ARTICLES)).factBase);
  }, 60_000);

  it.each(['how much aid has europe given?', 'how much aid has europe given'])('GIVEN "%s" THEN the answer leads with the sentence stating the European figure', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('$110 billion');
  });

  it.each(['How much aid has Japan given Ukraine?', 'how much aid has japan given ukraine'])('GIVEN "%s" (a donor the coverage lacks) THEN it abstains naming it, in any case', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.abstained).toBe(true);
    expect(answer.message?.toLowerCase()).toContain('never mentions japan');
    expect(answer.items.every((item) => item.closest === true)).toBe(true);
  });

  it.each(['when is the nato summit in washington', 'When is the NATO summit in Washington?'])('GIVEN "%s" THEN the sentence stating the summit\'s dates leads', (line) => {
    const answer = answerLine(line, facts);
    expect(answer.items[0]?.text).toContain('July 9 to 11, 2024');
  });

  it('GIVEN a line that cannot be routed THEN a valid error Answer, never an exception', () => {
    for (const line of ['', '/nosuch x', 'x'.repeat(10_000), '/who person:Kuleba']) {
      const answer = AnswerSchema.parse(answerLine(line, facts));
      expect(answer.error === 'bad-input' || answer.error === 'unknown-command', line.slice(0, 20)).toBe(true);
      expect(answer.query.length).toBeLessThanOrEqual(100);
    }
  });
});
