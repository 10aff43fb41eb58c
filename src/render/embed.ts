// Answer → Discord message JSON (an embed plus paging buttons) within Discord's limits.
// Pure: discord-api-types only, so the bot, tests and benchmarks can all call it.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { articleLabel, citationMarkers, citationsUsedBy, webUrl } from './citations.js';
import { discordSafe, stripControlCharacters, truncateAtWord } from './sanitize.js';

/** Discord's documented embed limits (characters). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

export const EMBED_COLOURS = { answered: 0x5865f2, abstained: 0xf0b232, error: 0xed4245 } as const;

/** Longest item text and quoted sentence shown, so one long item cannot crowd out the rest. */
const ITEM_MAX = 900;
const QUOTE_MAX = 300;
const SOURCE_LINE_MAX = 300;
const MESSAGE_MAX = 1000;

export interface EmbedOptions {
  /** Custom ids for the paging buttons (made by the bot); a missing id disables that button. */
  paging?: { previousId?: string; nextId?: string };
  /** Shown in the footer so users can tell which coverage answered. */
  factBaseVersion?: string;
}

export interface RenderedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

const safe = (text: string, max: number) => truncateAtWord(discordSafe(stripControlCharacters(text)), max);

function itemBlock(item: AnswerItem, position: number, citations: ReadonlyMap<number, Citation>): string {
  const date = item.date === undefined ? '' : ` — ${safe(item.date, 60)}`;
  const line = `**${position}.** ${safe(item.text, ITEM_MAX)}${date} ${citationMarkers(item)}`;
  // A structured fact ("$725 million · military") shows the sentence it was drawn from.
  const quoted = item.citations
    .map((n) => citations.get(n))
    .find((citation): citation is Citation => citation !== undefined && citation.sentence !== item.text);
  const isVerbatim = item.citations.some((n) => citations.get(n)?.sentence === item.text);
  return quoted === undefined || isVerbatim ? line : `${line}\n> “${safe(quoted.sentence, QUOTE_MAX)}”`;
}

function sourceLine(citation: Citation): string {
  const { article } = citation;
  const label = safe(articleLabel(article), SOURCE_LINE_MAX - 80);
  const url = webUrl(article);
  // Parentheses inside a URL would end the masked link early.
  const linked = url === null ? label : `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
  const date = article.published === null ? '' : ` · ${article.published}`;
  return `[${citation.n}] ${linked}${date}`;
}

/** Packs source lines into as few fields as the 1024-character value limit allows. */
function sourceFields(lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current = '';
  for (const line of lines) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= EMBED_LIMITS.fieldValue) {
      current = candidate;
      continue;
    }
    if (current !== '') fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (cont.)', value: current });
    current = truncateAtWord(line, EMBED_LIMITS.fieldValue);
  }
  if (current !== '') fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (cont.)', value: current });
  return fields;
}

function colourOf(answer: Answer): number {
  if (answer.error !== undefined) return EMBED_COLOURS.error;
  return answer.abstained ? EMBED_COLOURS.abstained : EMBED_COLOURS.answered;
}

function buildEmbed(answer: Answer, shown: number, options: EmbedOptions): APIEmbed {
  const items = answer.items.slice(0, shown);
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  const blocks: string[] = [];
  if (answer.message !== undefined) blocks.push(safe(answer.message, MESSAGE_MAX));
  if (items.length > 0 && answer.abstained) blocks.push('*Closest sentences in the coverage (they may not answer this):*');
  blocks.push(...items.map((item, index) => itemBlock(item, index + 1, byNumber)));

  const footer: string[] = [];
  if (answer.page !== undefined) footer.push(`Page ${answer.page.number}/${answer.page.total}`);
  const hidden = answer.items.length - shown;
  if (hidden > 0) footer.push(`${hidden} more item${hidden === 1 ? '' : 's'} not shown (Discord size limits)`);
  if (options.factBaseVersion !== undefined) footer.push(`fact base ${options.factBaseVersion}`);

  const embed: APIEmbed = {
    title: safe(answer.title, EMBED_LIMITS.title),
    color: colourOf(answer),
    description: blocks.join('\n\n'),
  };
  const fields = sourceFields(citationsUsedBy(answer, items).map(sourceLine));
  if (fields.length > 0) embed.fields = fields;
  if (footer.length > 0) embed.footer = { text: truncateAtWord(footer.join(' · '), EMBED_LIMITS.footer) };
  return embed;
}

/** Characters Discord counts toward the 6000 total of an embed. */
export function embedSize(embed: APIEmbed): number {
  const fields = embed.fields ?? [];
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every Discord embed limit, checked; an empty list means the embed can be sent. */
export function embedLimitViolations(embed: APIEmbed): string[] {
  const violations: string[] = [];
  const fields = embed.fields ?? [];
  if ((embed.title?.length ?? 0) > EMBED_LIMITS.title) violations.push('title');
  if ((embed.description?.length ?? 0) > EMBED_LIMITS.description) violations.push('description');
  if (fields.length > EMBED_LIMITS.fields) violations.push('field count');
  if (fields.some((field) => field.name.length > EMBED_LIMITS.fieldName)) violations.push('field name');
  if (fields.some((field) => field.value.length > EMBED_LIMITS.fieldValue)) violations.push('field value');
  if ((embed.footer?.text.length ?? 0) > EMBED_LIMITS.footer) violations.push('footer');
  if (embedSize(embed) > EMBED_LIMITS.total) violations.push('total');
  return violations;
}

function pagingRow(answer: Answer, options: EmbedOptions): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  if (answer.page === undefined || options.paging === undefined) return [];
  const { number, total } = answer.page;
  const button = (label: string, id: string | undefined, enabled: boolean, fallbackId: string): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    // Discord wants an id even on a disabled button; it can never be clicked.
    custom_id: id ?? fallbackId,
    disabled: !enabled || id === undefined,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('Previous', options.paging.previousId, number > 1, 'page:none:previous'),
        button('Next', options.paging.nextId, number < total, 'page:none:next'),
      ],
    },
  ];
}

/**
 * The embed for an answer. Items that do not fit are dropped whole from the end (with
 * their sources) and the footer says how many; nothing is cut mid-word.
 */
export function renderEmbed(answer: Answer, options: EmbedOptions = {}): RenderedMessage {
  // Sizes only grow with the number of items shown: binary-search the most that fit.
  let fits = 0;
  let misfit = answer.items.length + 1;
  while (misfit - fits > 1) {
    const middle = Math.floor((fits + misfit) / 2);
    if (embedLimitViolations(buildEmbed(answer, middle, options)).length === 0) fits = middle;
    else misfit = middle;
  }
  return { embeds: [buildEmbed(answer, fits, options)], components: pagingRow(answer, options) };
}
