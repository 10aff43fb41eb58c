// Option parsers shared by the commands: one place that decides what user text is
// accepted, how it is cleaned, and the one-line message a bad value gets. The Discord
// definitions use the same limits (`max_length`), so the text router and the slash
// commands reject the same inputs.
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { z } from 'zod';
import type { DateRef } from '../factbase/schema.js';
import { parsePeriod, periodOf, type Period } from '../query/periods.js';
import { cleanTypedText } from '../text-hygiene.js';

/** Longest free text accepted (topics, periods): Discord's `max_length` on those options. */
export const MAX_TEXT_LENGTH = 300;
/**
 * Longest question accepted: a message typed to the bot is a question, and a chat message
 * often carries a remark or two around it, so as long as a line the router takes.
 */
export const MAX_QUESTION_LENGTH = 500;
/** Longest name accepted (people, donors): also the longest autocomplete value Discord takes. */
export const MAX_NAME_LENGTH = 100;
/** More pages than any embed-sized timeline of real coverage would need; bounds the integer. */
export const MAX_PAGE = 1000;

/** Shortens echoed text to `max` characters, saying so with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

// Router and Discord both hand over strings, but a number typed as an option value is still text.
const asText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);

/**
 * A required text option: cleaned, non-empty, at most `max` characters. A request without it
 * at all is answered by `runCommand` with an example of what to type.
 */
export function requiredText(name: string, max: number) {
  const notText = `\`${name}\` must be text`;
  return z.preprocess(
    asText,
    z
      .string({ error: notText })
      .transform(cleanTypedText)
      .pipe(
        z
          .string()
          .min(1, { error: `\`${name}\` is empty: type something to look for` })
          .max(max, { error: `\`${name}\` is too long: at most ${max} characters` }),
      ),
  );
}

/** An optional text option: absent, empty or whitespace-only all mean "not given". */
export function optionalText(name: string, max: number) {
  return z.preprocess(
    (value) => {
      const text = asText(value);
      return typeof text === 'string' && cleanTypedText(text) === '' ? undefined : text;
    },
    requiredText(name, max).optional(),
  );
}

/** A closed set of values (a Discord choice option); matched without regard to case. */
export function choice<const Values extends readonly [string, ...string[]]>(name: string, values: Values) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? cleanTypedText(value).toLowerCase() || undefined : value),
    z.enum(values, { error: `\`${name}\` must be one of: ${values.join(', ')}` }).optional(),
  );
}

/** A 1-based page number; absent means the first page. */
export function pageNumber(name: string) {
  return z.preprocess(
    (value) => {
      if (value === undefined) return 1;
      if (typeof value === 'string' && /^\s*\d+\s*$/u.test(value)) return Number(value);
      return value;
    },
    z
      .number({ error: `\`${name}\` must be a whole number from 1` })
      .int({ error: `\`${name}\` must be a whole number from 1` })
      .min(1, { error: `\`${name}\` must be a whole number from 1` })
      .max(MAX_PAGE, { error: `\`${name}\` must be at most ${MAX_PAGE}` }),
  );
}

/** An optional date bound; the command decides whether it uses the period's first or last day. */
export function dateBound(name: string) {
  const message = `\`${name}\` must be a date like 2024, 2024-07, 2024-07-09 or July 2024`;
  return optionalText(name, 40).transform((value, ctx): Period | undefined => {
    if (value === undefined) return undefined;
    const period = parsePeriod(value);
    if (period === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return period;
  });
}

/** Rejects a `from` that starts after the `to` period ends. */
export function checkDateOrder(options: { from?: Period | undefined; to?: Period | undefined }, ctx: z.RefinementCtx): void {
  if (options.from && options.to && options.from.first > options.to.last) {
    ctx.addIssue({
      code: 'custom',
      message: `\`from\` (${options.from.text}) is later than \`to\` (${options.to.text})`,
      path: ['from'],
    });
  }
}

/** True when a dated span [first, last] (ISO days) overlaps the optional bounds. */
export function withinBounds(first: string, last: string, from: Period | undefined, to: Period | undefined): boolean {
  if (from && last < from.first) return false;
  if (to && first > to.last) return false;
  return true;
}

/**
 * True when a dated span [first, last] is no longer than the window the bounds close: a date
 * as precise as the question. "2024-07" or "2021 – 2024" overlaps last week without saying
 * its event happened then. Open bounds ("since March") fit any date.
 */
export function preciseForBounds(first: string, last: string, from: Period | undefined, to: Period | undefined): boolean {
  if (from === undefined || to === undefined) return true;
  return Date.parse(last) - Date.parse(first) <= Date.parse(to.last) - Date.parse(from.first);
}

/** True when a dated span lies in the bounds at their precision: it overlaps them and is no longer than them. */
export const datedWithin = (first: string, last: string, from: Period | undefined, to: Period | undefined): boolean =>
  withinBounds(first, last, from, to) && preciseForBounds(first, last, from, to);

/** Lower is more precise: a sentence's day-precise date is preferred to its month or year. */
export const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** The first and last day a DateRef covers, at its precision ("2024-07" month → 07-01 … 07-31). */
export function spanOf(date: DateRef): { first: string; last: string } {
  const endPeriod = periodAt(date.end ?? date.start, date.precision);
  const startPeriod = periodAt(date.start, date.precision);
  return { first: startPeriod?.first ?? date.start, last: endPeriod?.last ?? date.end ?? date.start };
}

function periodAt(iso: string, precision: DateRef['precision']): Period | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined) return null;
  if (precision === 'year') return periodOf(y, undefined, undefined, iso);
  if (precision === 'month') return periodOf(y, m, undefined, iso);
  return periodOf(y, m, d, iso);
}

/** The Discord side of `pageNumber`, for the commands whose listings are paged. */
export const PAGE_OPTION = {
  type: ApplicationCommandOptionType.Integer,
  name: 'page',
  description: 'Page number (default 1)',
  min_value: 1,
  max_value: MAX_PAGE,
} satisfies APIApplicationCommandBasicOption;

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);

/** A yes/no option: Discord sends a boolean, typed text says `true`/`yes`/`on` or `false`/`no`/`off`. */
export function flag(name: string) {
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string' && typeof value !== 'number') return value;
      const word = cleanTypedText(String(value)).toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return value;
    },
    z.boolean({ error: `\`${name}\` must be true or false` }).optional(),
  );
}

/** The Discord side of the `chart` flag on the commands that can draw one. */
export const CHART_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'chart',
  description: 'Also attach a chart of the whole answer as an image',
} satisfies APIApplicationCommandBasicOption;

/**
 * Every command takes `private`: the reply is ephemeral (only the asker sees it). It is the
 * surface's business, not the command's: `runCommand` reads it off before the options are
 * validated, so no command's schema needs it.
 */
export const PRIVATE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Show the answer only to you',
} satisfies APIApplicationCommandBasicOption;

/** Every command works in servers, in DMs with the bot and as a user-installed app. */
export const AVAILABLE_EVERYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
};

/** The Discord side of the optional `from`/`to` bounds that `dateBound` parses. */
export const DATE_RANGE_OPTIONS = [
  {
    type: ApplicationCommandOptionType.String,
    name: 'from',
    description: 'Earliest date: 2023, 2024-07 or 2024-07-09',
    max_length: 40,
  },
  {
    type: ApplicationCommandOptionType.String,
    name: 'to',
    description: 'Latest date: 2024, 2024-12 or 2024-12-03',
    max_length: 40,
  },
] satisfies APIApplicationCommandBasicOption[];
