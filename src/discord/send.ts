// Sending a rendered answer to Discord. An answer's message is encoded once per rendering and
// those bytes are sent to every asker: discord.js's reply(), update() and editReply() rebuild
// the body on every call (MessagePayload.resolveBody, whose type checks `require` a module each
// time) and @discordjs/rest serialises it again. Profiled on the replies benchmark (White House
// fact base, answers from the cache) that was ~9% of the CPU of a reply. The body goes to the
// REST client as bytes, not text: undici copies a string body into a new Buffer per request
// (5–10 KB for most answers, beyond Node's buffer pool), and that churn made V8 run full
// collections of the whole heap (the fact base with it) every few thousand replies. The routes
// and the replied flag are the ones discord.js uses; a message with a file (a chart) goes
// through discord.js, which builds the multipart body.
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

/** Per list of embeds (one per rendering, shared by every asker, paged or not), their JSON as bytes. */
const encodedEmbeds = new WeakMap<RenderedMessage['embeds'], Buffer>();
/** Per rendering, whole bodies by what precedes the message (response type, flags): a cached answer's replies repeat one (a paged answer's rendering is made per asker, and its entry goes with it). */
const encodedBodies = new WeakMap<RenderedMessage, Map<string, Buffer>>();

const JSON_BODY = { passThroughBody: true, headers: { 'Content-Type': 'application/json' }, auth: false } as const;
const BODY_END = `,"attachments":[],"allowed_mentions":${JSON.stringify(NO_PINGS)}}`;

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

/**
 * The request body: the message with `fields` (flags, content) in front, wrapped in an
 * interaction response of `type` (a callback) or bare (a webhook edit). The embeds, the bulk of
 * it, are encoded once; only a paged answer's buttons (they name the asker) are encoded per reply.
 */
function bodyOf(message: RenderedMessage, type: InteractionResponseType | undefined, fields: { flags?: number; content?: string }): Buffer {
  const key = fields.content === undefined ? `${type}:${fields.flags ?? 0}` : undefined;
  const known = key === undefined ? undefined : encodedBodies.get(message)?.get(key);
  if (known !== undefined) return known;
  let embeds = encodedEmbeds.get(message.embeds);
  if (embeds === undefined) {
    embeds = Buffer.from(JSON.stringify(message.embeds));
    encodedEmbeds.set(message.embeds, embeds);
  }
  const head = JSON.stringify(fields);
  const start = `${type === undefined ? '' : `{"type":${type},"data":`}${head === '{}' ? '{' : `${head.slice(0, -1)},`}"embeds":`;
  const end = `,"components":${JSON.stringify(message.components)}${BODY_END}${type === undefined ? '' : '}'}`;
  const body = Buffer.concat([Buffer.from(start), embeds, Buffer.from(end)]);
  if (key !== undefined) {
    let bodies = encodedBodies.get(message);
    if (bodies === undefined) encodedBodies.set(message, (bodies = new Map()));
    bodies.set(key, body);
  }
  return body;
}

async function callback(interaction: Answerable, body: Buffer): Promise<void> {
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { ...JSON_BODY, body });
  interaction.replied = true;
}

/** The answer as the interaction's reply (its acknowledgement); `privately`: only the asker sees it. */
export async function replyWith(interaction: ChatInputCommandInteraction, answered: Answered, privately: boolean): Promise<void> {
  const flags: { flags?: MessageFlags.Ephemeral } = privately ? { flags: MessageFlags.Ephemeral } : {};
  if (answered.chart !== undefined) return void (await interaction.reply({ ...outgoing(answered), ...flags }));
  await callback(interaction, bodyOf(answered.message, InteractionResponseType.ChannelMessageWithSource, flags));
}

/** The answer in place of the message whose button was pressed, with `content` above it. */
export async function updateWith(interaction: ButtonInteraction, answered: Answered, content: string): Promise<void> {
  if (answered.chart !== undefined) return void (await interaction.update({ ...outgoing(answered), content }));
  await callback(interaction, bodyOf(answered.message, InteractionResponseType.UpdateMessage, { content }));
}

/** The answer in place of a deferred reply (`content` above it, when given). */
export async function editWith(interaction: Answerable, answered: Answered, content?: string): Promise<void> {
  const fields = content === undefined ? {} : { content };
  if (answered.chart !== undefined) return void (await interaction.editReply({ ...outgoing(answered), ...fields }));
  await interaction.client.rest.patch(Routes.webhookMessage(interaction.applicationId, interaction.token), { ...JSON_BODY, body: bodyOf(answered.message, undefined, fields) });
  interaction.replied = true;
}
