// Answer → Discord message JSON (an embed plus paging buttons) within Discord's limits.
// Pure: discord-api-types only, so the bot, tests and benchmarks can all call it.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { articleLabel, citationMarkers, numberList, quotedEvidence, sourceGroups, webUrl, type SourceGroup } from './citations.js';
import { removeInvisible } from '../text-hygiene.js';
import { discordSafe, truncateAtWord } from './sanitize.js';
import { takenAsLine } from './taken-as.js';

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
const SPEAKER_MAX = 100;
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
  /** Paging buttons, then link buttons to the shown sources that have a web address. */
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Discord allows 5 buttons a row and 5 rows a message; one row is left for paging. */
const LINK_BUTTONS_MAX = 10;
const BUTTONS_PER_ROW = 5;
const BUTTON_LABEL_MAX = 80;

const safe = (text: string, max: number) => truncateAtWord(discordSafe(removeInvisible(text)), max);

function itemBlock(item: AnswerItem, position: number, citations: ReadonlyMap<number, Citation>): string {
  const date = item.date === undefined ? '' : ` — ${safe(item.date, 60)}`;
  const speaker = item.speaker === undefined ? '' : `*${safe(item.speaker, SPEAKER_MAX)}:* `;
  const line = `**${position}.** ${speaker}${safe(item.text, ITEM_MAX)}${date} ${citationMarkers(item)}`;
  // A structured fact ("$315 million · military") shows the sentence it was drawn from.
  const quoted = quotedEvidence(item, citations);
  return quoted === null ? line : `${line}\n> “${safe(quoted.sentence, QUOTE_MAX)}”`;
}

/** "[1–3] [Publisher, “Title”](url) · 2025-03-18": one line an article. */
function sourceLine({ article, numbers }: SourceGroup): string {
  const label = safe(articleLabel(article), SOURCE_LINE_MAX - 80);
  const url = webUrl(article);
  // Parentheses inside a URL would end the masked link early.
  const linked = url === null ? label : `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
  const date = article.published === null ? '' : ` · ${article.published}`;
  return `${numberList(numbers)} ${linked}${date}`;
}

/** Link buttons that open the shown sources' articles (those with a web address), in source order. */
function sourceButtons(groups: readonly SourceGroup[]): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponentWithURL[] = [];
  for (const { article, numbers } of groups) {
    const url = webUrl(article);
    if (url === null || url.length > 512 || buttons.length === LINK_BUTTONS_MAX) continue;
    const label = truncateAtWord(removeInvisible(`${numberList(numbers)} ${article.publisher ?? article.title ?? article.id}`), BUTTON_LABEL_MAX);
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label, url });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return rows;
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

/**
 * The sanitised pieces of an answer's embed, each made once however many item counts are
 * tried: sanitising is the costly part, assembling a candidate embed is string joins.
 */
class EmbedPieces {
  readonly answer: Answer;
  readonly title: string;
  readonly message: string | undefined;
  /** A follow-up's "Taking this as: …" line, first in the description. */
  readonly takenAs: string | undefined;
  readonly #byNumber: ReadonlyMap<number, Citation>;
  readonly #blocks: string[] = [];
  /** By article id and citation numbers: the lines of one article differ with the items shown. */
  readonly #sourceLines = new Map<string, string>();

  constructor(answer: Answer) {
    this.answer = answer;
    this.title = safe(answer.title, EMBED_LIMITS.title);
    // With no items (/help, an error), the message is the answer: it keeps its lines and the room.
    const messageMax = answer.items.length === 0 ? EMBED_LIMITS.description : MESSAGE_MAX;
    this.message =
      answer.message === undefined
        ? undefined
        : truncateAtWord(discordSafe(removeInvisible(answer.message, true)), messageMax);
    this.takenAs = answer.takenAs === undefined ? undefined : takenAsLine(answer.takenAs, (text) => discordSafe(removeInvisible(text)));
    this.#byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  }

  /** The description block of item `index` (0-based), made on first use. */
  block(index: number): string {
    for (let next = this.#blocks.length; next <= index; next += 1) {
      const item = this.answer.items[next];
      if (item === undefined) throw new RangeError(`no item ${index}`);
      this.#blocks.push(itemBlock(item, next + 1, this.#byNumber));
    }
    return this.#blocks[index]!;
  }

  sourceLine(group: SourceGroup): string {
    const key = `${group.article.id}|${group.numbers.join(',')}`;
    let line = this.#sourceLines.get(key);
    if (line === undefined) {
      line = sourceLine(group);
      this.#sourceLines.set(key, line);
    }
    return line;
  }

  /** Fixed blocks before the items when `shown` items follow. */
  leadingBlocks(shown: number): string[] {
    const blocks: string[] = [];
    if (this.takenAs !== undefined) blocks.push(this.takenAs);
    if (this.message !== undefined) blocks.push(this.message);
    if (shown > 0 && this.answer.abstained) blocks.push('*Closest sentences in the coverage (they may not answer this):*');
    return blocks;
  }

  /**
   * The most items whose description alone stays within Discord's limits. More items only
   * lengthen the description, so no larger count can fit: the search for the best count
   * never needs to sanitise items past this one.
   */
  mostThatCouldFit(): number {
    let length = this.leadingBlocks(1).reduce((sum, block) => sum + block.length + 2, 0);
    for (let shown = 0; shown < this.answer.items.length; shown += 1) {
      length += this.block(shown).length + 2;
      // The separators count one fewer than the blocks.
      if (length - 2 > EMBED_LIMITS.description) return shown;
    }
    return this.answer.items.length;
  }
}

function colourOf(answer: Answer): number {
  if (answer.error !== undefined) return EMBED_COLOURS.error;
  return answer.abstained ? EMBED_COLOURS.abstained : EMBED_COLOURS.answered;
}

function buildEmbed(pieces: EmbedPieces, shown: number, options: EmbedOptions): APIEmbed {
  const { answer } = pieces;
  const items = answer.items.slice(0, shown);
  const blocks = pieces.leadingBlocks(shown);
  for (let index = 0; index < shown; index += 1) blocks.push(pieces.block(index));

  const footer: string[] = [];
  if (answer.page !== undefined) footer.push(`Page ${answer.page.number}/${answer.page.total}`);
  const hidden = answer.items.length - shown;
  if (hidden > 0) footer.push(`${hidden} more item${hidden === 1 ? '' : 's'} not shown (Discord size limits)`);
  if (options.factBaseVersion !== undefined) footer.push(`fact base ${options.factBaseVersion}`);

  const embed: APIEmbed = {
    title: pieces.title,
    color: colourOf(answer),
    description: blocks.join('\n\n'),
  };
  const fields = sourceFields(sourceGroups(answer, items).map((group) => pieces.sourceLine(group)));
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
  const pieces = new EmbedPieces(answer);
  // Sizes only grow with the number of items shown: binary-search the most that fit.
  let fits = 0;
  let misfit = pieces.mostThatCouldFit() + 1;
  while (misfit - fits > 1) {
    const middle = Math.floor((fits + misfit) / 2);
    if (embedLimitViolations(buildEmbed(pieces, middle, options)).length === 0) fits = middle;
    else misfit = middle;
  }
  const links = sourceButtons(sourceGroups(answer, answer.items.slice(0, fits)));
  return { embeds: [buildEmbed(pieces, fits, options)], components: [...pagingRow(answer, options), ...links] };
}
