// A fake Discord on 127.0.0.1: enough REST and gateway for the real discord.js client to log
// in, receive dispatches, and answer through the interaction and message routes. It
// records every REST call, injects faults (429, 500) on demand, supports RESUME after a
// dropped socket, and enforces intents as Discord does, so a missing intent fails a test
// here instead of in production.
import { parseMultipart, type UploadedFile } from './multipart.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { nextSnowflake } from './ids.js';

export const Intents = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

export interface FakeGuild {
  readonly id: string;
  readonly channelIds: readonly string[];
}

export interface FakeDiscordOptions {
  /** The only token the fake accepts (REST and IDENTIFY). */
  readonly token: string;
  readonly applicationId?: string;
  readonly botUser?: FakeUser;
  readonly guilds?: readonly FakeGuild[];
  /** Shards GET /gateway/bot recommends; IDENTIFY must then use exactly this count (default 1). */
  readonly shards?: number;
  /** Identifies allowed per 5 s (`session_start_limit.max_concurrency`, default 1). */
  readonly maxConcurrency?: number;
  /**
   * Keep every REST request (`requests`) and every dispatch (for RESUME). Default true. The
   * benchmarks turn it off: a history growing by every reply's embeds is garbage the bot under
   * test would be charged for (ever slower collections of an ever larger heap).
   */
  readonly keepHistory?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  /** Decoded path after `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: any;
  /** Files sent with the message (multipart requests); none for plain JSON. */
  readonly files: readonly UploadedFile[];
  /** The interaction token when the route belongs to an interaction. */
  readonly interactionToken: string | undefined;
  readonly at: number;
}

export interface Fault {
  readonly method?: string;
  readonly path: RegExp;
  readonly status: 429 | 500 | 502 | 401;
  /** Seconds, sent as the `Retry-After` header on a 429. */
  readonly retryAfter?: number;
  /** How many matching requests fail; Infinity for all. */
  times: number;
}

interface Session {
  readonly id: string;
  readonly intents: number;
  /** [shard id, shard count] from IDENTIFY. */
  readonly shard: readonly [number, number];
  socket: WebSocket | undefined;
  seq: number;
  /** Every dispatch with its sequence number and its frame, for replay on RESUME. */
  readonly sent: { s: number; frame: string }[];
}

type Waiter = { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void };
type Hold = { held: (r: RecordedRequest) => boolean; release: (r: RecordedRequest) => boolean; released: Promise<void>; open: () => void };

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly guilds: readonly FakeGuild[];
  readonly shardCount: number;
  readonly #maxConcurrency: number;
  readonly #keepHistory: boolean;
  readonly requests: RecordedRequest[] = [];
  /** Requests answered with an injected fault (not in `requests`). */
  readonly rejected: RecordedRequest[] = [];
  readonly sessions: Session[] = [];
  /** Every gateway payload received from clients (IDENTIFY, RESUME, heartbeats…). */
  readonly gatewayReceived: { op: number; d: any }[] = [];
  readonly #faults: Fault[] = [];
  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<(r: RecordedRequest) => void>();
  readonly #holds: Hold[] = [];
  readonly #http: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId ?? nextSnowflake();
    this.botUser = options.botUser ?? { id: this.applicationId, username: 'coverage-bot', bot: true };
    this.guilds = options.guilds ?? [];
    this.shardCount = options.shards ?? 1;
    this.#maxConcurrency = options.maxConcurrency ?? 1;
    this.#keepHistory = options.keepHistory ?? true;
    this.#http = createServer((req, res) => void this.#handleRest(req, res));
    this.#http.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#handleSocket(ws));
    });
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#http.listen(0, '127.0.0.1', resolve));
    fake.#port = (fake.#http.address() as AddressInfo).port;
    return fake;
  }

  /** REST base for `new Client({ rest: { api } })` / DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Fail the next `times` requests matching the rule. */
  inject(fault: Fault): void {
    this.#faults.push(fault);
  }

  /**
   * Withholds the response to every request matching `held` until a request matching `release`
   * arrives: a Discord slow to confirm, so that the client's requests pile up in flight.
   */
  holdUntil(held: (r: RecordedRequest) => boolean, release: (r: RecordedRequest) => boolean): void {
    let open = (): void => undefined;
    const released = new Promise<void>((resolve) => (open = resolve));
    this.#holds.push({ held, release, released, open });
  }

  /** Calls `listener` for every REST request from now on; returns the unsubscribe function. */
  onRequest(listener: (r: RecordedRequest) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the first request (already recorded or future) that matches. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** The shard Discord sends a guild's events to ((guild_id >> 22) % count); DMs go to shard 0. */
  shardOf(guildId: string | undefined): number {
    return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount));
  }

  /** Sends a dispatch to the live session of the shard it belongs to, filtered by that session's intents. */
  dispatch(t: string, d: Record<string, unknown>): void {
    const shard = this.shardOf(typeof d['guild_id'] === 'string' ? d['guild_id'] : undefined);
    for (const session of this.sessions) {
      if (session.shard[0] !== shard) continue;
      const visible = visibleTo(session.intents, t, d, this.botUser.id);
      if (visible) this.#send(session, t, visible);
    }
  }

  /**
   * An INTERACTION_CREATE whose payload is already JSON, to the shard of `guildId` (DMs: shard
   * 0). The benchmarks serialise theirs before the clock starts, so a dispatch costs them a
   * frame rather than a JSON.stringify. Interactions reach a session whatever its intents.
   */
  dispatchInteraction(json: string, guildId: string | undefined): void {
    const shard = this.shardOf(guildId);
    for (const session of this.sessions) if (session.shard[0] === shard) this.#sendJson(session, 'INTERACTION_CREATE', json);
  }

  /** Drops every gateway socket as a network failure would (no close frame), or with a close code. */
  dropGateway(closeCode?: number): void {
    for (const session of this.sessions) {
      if (closeCode === undefined) session.socket?.terminate();
      else session.socket?.close(closeCode);
      session.socket = undefined;
    }
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  // ---- gateway -------------------------------------------------------------------------

  #handleSocket(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      this.gatewayReceived.push(payload);
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (payload.op === 2) this.#identify(ws, payload.d);
      else if (payload.op === 6) this.#resume(ws, payload.d);
    });
  }

  #identify(ws: WebSocket, d: { token: string; intents: number; shard?: [number, number] }): void {
    if (d.token !== this.token) return ws.close(4004, 'Authentication failed.');
    // As Discord: a shard outside the count, or a count other than the one this bot needs, is refused.
    const shard = d.shard ?? [0, 1];
    if (shard[1] !== this.shardCount || shard[0] < 0 || shard[0] >= shard[1]) return ws.close(4010, 'Invalid shard.');
    // A new session for a shard replaces the old one (a restarted process), as on Discord.
    for (let i = this.sessions.length - 1; i >= 0; i -= 1) {
      if (this.sessions[i]!.shard[0] === shard[0]) this.sessions.splice(i, 1);
    }
    const session: Session = { id: nextSnowflake(), intents: d.intents, shard: [shard[0], shard[1]], socket: ws, seq: 0, sent: [] };
    this.sessions.push(session);
    const guilds = session.intents & Intents.Guilds ? this.guilds.filter((g) => this.shardOf(g.id) === shard[0]) : [];
    this.#send(session, 'READY', {
      v: 10,
      user: { id: this.botUser.id, username: this.botUser.username, discriminator: '0', avatar: null, bot: true },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
    });
    for (const guild of guilds) this.#send(session, 'GUILD_CREATE', guildCreate(guild));
  }

  #resume(ws: WebSocket, d: { session_id: string; seq: number; token: string }): void {
    const session = this.sessions.find((s) => s.id === d.session_id);
    if (!session || d.token !== this.token) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    session.socket = ws;
    for (const missed of session.sent.filter((m) => m.s > d.seq)) ws.send(missed.frame);
    this.#send(session, 'RESUMED', {});
  }

  #send(session: Session, t: string, d: unknown): void {
    this.#sendJson(session, t, JSON.stringify(d));
  }

  #sendJson(session: Session, t: string, json: string): void {
    const s = ++session.seq;
    const frame = `{"op":0,"s":${s},"t":${JSON.stringify(t)},"d":${json}}`;
    if (this.#keepHistory) session.sent.push({ s, frame });
    if (session.socket?.readyState === 1) session.socket.send(frame);
  }

  // ---- REST ----------------------------------------------------------------------------

  async #handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    // A message with files comes as multipart: its JSON is the `payload_json` part.
    const multipart = contentType.includes('multipart/form-data') ? parseMultipart(raw, contentType) : undefined;
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: multipart ? multipart.json : text && contentType.includes('json') ? JSON.parse(text) : text || undefined,
      files: multipart?.files ?? [],
      interactionToken: /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1],
      at: Date.now(),
    };

    const fault = this.#faults.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === request.method));
    if (fault) {
      fault.times -= 1;
      this.rejected.push(request);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfter ?? 0.1);
      res.writeHead(fault.status, headers);
      res.end(JSON.stringify(fault.status === 429 ? { message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 0.1, global: false } : { message: 'Internal Server Error', code: 0 }));
      return;
    }

    // Interaction routes are authorised by their token in the path, everything else by the bot token.
    const needsBotToken = !/^\/(interactions|webhooks)\//.test(path);
    if (needsBotToken && request.authorization !== `Bot ${this.token}`) {
      return json(res, 401, { message: '401: Unauthorized', code: 0 });
    }
    if (this.#keepHistory) this.requests.push(request);
    for (const listener of this.#listeners) listener(request);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(request)) {
        this.#waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
    for (const hold of this.#holds.filter((candidate) => candidate.release(request))) {
      hold.open();
      this.#holds.splice(this.#holds.indexOf(hold), 1);
    }
    const hold = this.#holds.find((candidate) => candidate.held(request));
    if (hold !== undefined) await hold.released;
    this.#route(request, res);
  }

  #route(r: RecordedRequest, res: ServerResponse): void {
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return json(res, 200, {
        url: this.gatewayUrl,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: this.#maxConcurrency },
      });
    }
    if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path))) {
      if (r.query.get('with_response') !== 'true') return void res.writeHead(204).end();
      const message = r.body?.data ? this.#message(r.body.data, '0') : null;
      return json(res, 200, { interaction: { id: m[1], type: 2 }, resource: { type: r.body?.type, message } });
    }
    if ((m = /^\/webhooks\/\d+\/[^/]+(?:\/messages\/(@original|\d+))?$/.exec(r.path))) {
      if (r.method === 'PATCH' || r.method === 'POST') return json(res, 200, this.#message(r.body ?? {}, '0'));
      if (r.method === 'DELETE') return void res.writeHead(204).end();
    }
    if (r.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      return json(res, 200, this.#message(r.body ?? {}, m[1] ?? '0'));
    }
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      const body = Array.isArray(r.body) ? r.body : [];
      return json(res, 200, body.map((c: object) => ({ id: nextSnowflake(), application_id: this.applicationId, version: '1', ...c })));
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  }

  #message(body: Record<string, unknown>, channelId: string): Record<string, unknown> {
    return {
      id: nextSnowflake(),
      channel_id: channelId,
      author: { id: this.botUser.id, username: this.botUser.username, discriminator: '0', avatar: null, bot: true },
      content: body['content'] ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body['embeds'] ?? [],
      components: body['components'] ?? [],
      pinned: false,
      type: 0,
      flags: body['flags'] ?? 0,
    };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function guildCreate(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.id,
    name: `guild ${guild.id}`,
    icon: null,
    owner_id: '100000000000000001',
    unavailable: false,
    member_count: 2,
    roles: [{ id: guild.id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: guild.channelIds.map((id, position) => ({ id, type: 0, name: `channel-${position}`, position, guild_id: guild.id, permission_overwrites: [] })),
    members: [],
    emojis: [],
    stickers: [],
    features: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: new Date().toISOString(),
    large: false,
  };
}

/**
 * What Discord would deliver for this dispatch to a session with these intents: null when
 * the event is not subscribed; message content blanked without MESSAGE_CONTENT, except in
 * DMs and messages that mention the bot (Discord's documented exemptions).
 */
export function visibleTo(intents: number, t: string, d: Record<string, unknown>, botId: string): Record<string, unknown> | null {
  if (t === 'GUILD_CREATE') return intents & Intents.Guilds ? d : null;
  if (t !== 'MESSAGE_CREATE') return d;
  const inGuild = typeof d['guild_id'] === 'string';
  if (!(intents & (inGuild ? Intents.GuildMessages : Intents.DirectMessages))) return null;
  const mentions = (d['mentions'] as { id: string }[] | undefined) ?? [];
  const exempt = !inGuild || mentions.some((u) => u.id === botId) || (d['author'] as { id: string }).id === botId;
  if (intents & Intents.MessageContent || exempt) return d;
  return { ...d, content: '', embeds: [], attachments: [], components: [] };
}
