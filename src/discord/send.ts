// Sending a rendered answer to Discord. An answer's message is serialised to JSON once per
// rendering and that text is sent to every asker: discord.js's reply(), update() and
// editReply() rebuild the body on every call (MessagePayload.resolveBody, whose type checks
// `require` a module each time) and @discordjs/rest serialises it again. Profiled on the
// replies benchmark (White House fact base, answers from the cache) that was ~9% of the CPU
// of a reply. The routes and the replied flag are the ones discord.js uses; a message with a
// file (a chart) goes through discord.js, which builds the multipart body.
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { RenderedMessage } from '../render/embed.js';
import type { Answered } from './answering.js';
import { NO_PINGS } from './client.js';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** Per rendering (a cached answer's is shared by every asker), its message body as JSON. */
const serialised = new WeakMap<RenderedMessage, string>();

const JSON_BODY = { passThroughBody: true, headers: { 'Content-Type': 'application/json' }, auth: false } as const;

/**
 * The message to send for an answer: its embed and buttons, and the chart image when there is
 * one. Embeds and button rows are already Discord's JSON: handed over as such, discord.js sends
 * them as they are instead of re-casing every key.
 */
export function outgoing(answered: Answered) {
  const { chart, message } = answered;
  return {
    embeds: message.embeds.map(asJson),
    components: message.components.map(asJson),
    files: chart === undefined ? [] : [{ attachment: chart.png, name: chart.name }],
  };
}

function asJson<T>(value: T): { toJSON(): T } {
  return { toJSON: () => value };
}

/** The message body as JSON, with `fields` (flags, content) in front of the shared part. */
function bodyOf(message: RenderedMessage, fields: { flags?: number; content?: string }): string {
  let json = serialised.get(message);
  if (json === undefined) {
    json = JSON.stringify({ embeds: message.embeds, components: message.components, attachments: [], allowed_mentions: NO_PINGS });
    serialised.set(message, json);
  }
  const head = JSON.stringify(fields);
  return head === '{}' ? json : `${head.slice(0, -1)},${json.slice(1)}`;
}

async function callback(interaction: Answerable, type: InteractionResponseType, data: string): Promise<void> {
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { ...JSON_BODY, body: `{"type":${type},"data":${data}}` });
  interaction.replied = true;
}

/** The answer as the interaction's reply (its acknowledgement); `privately`: only the asker sees it. */
export async function replyWith(interaction: ChatInputCommandInteraction, answered: Answered, privately: boolean): Promise<void> {
  const flags: { flags?: MessageFlags.Ephemeral } = privately ? { flags: MessageFlags.Ephemeral } : {};
  if (answered.chart !== undefined) return void (await interaction.reply({ ...outgoing(answered), ...flags }));
  await callback(interaction, InteractionResponseType.ChannelMessageWithSource, bodyOf(answered.message, flags));
}

/** The answer in place of the message whose button was pressed, with `content` above it. */
export async function updateWith(interaction: ButtonInteraction, answered: Answered, content: string): Promise<void> {
  if (answered.chart !== undefined) return void (await interaction.update({ ...outgoing(answered), content }));
  await callback(interaction, InteractionResponseType.UpdateMessage, bodyOf(answered.message, { content }));
}

/** The answer in place of a deferred reply (`content` above it, when given). */
export async function editWith(interaction: Answerable, answered: Answered, content?: string): Promise<void> {
  const fields = content === undefined ? {} : { content };
  if (answered.chart !== undefined) return void (await interaction.editReply({ ...outgoing(answered), ...fields }));
  await interaction.client.rest.patch(Routes.webhookMessage(interaction.applicationId, interaction.token), { ...JSON_BODY, body: bodyOf(answered.message, fields) });
  interaction.replied = true;
}
