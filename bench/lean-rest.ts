// The REST side of Discord for the scaling benchmark, kept as cheap as a load generator
// should be. The tests' fake Discord (tests/fake-discord/server.ts) records every request
// through node:http, URL parsing and a JSON parse: profiled in the bot benchmark, it and the
// HTTP server took about a quarter of the process's CPU, as much as the bot's own REST client,
// and on 2 cores that is CPU the bots under test do not get. Here HTTP/1.1 is read straight off
// the socket (request line, content-length, body) and every answer is a fixed buffer; only a
// callback small enough to be a deferral is parsed, to tell it from an answer. The gateway stays
// the fake's. Routes: GET /gateway/bot, interaction callbacks, the interaction webhook
// (edit/follow-up); anything else is answered 404 and counted.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LeanRestOptions {
  /** The fake's gateway, which GET /gateway/bot hands out. */
  readonly gatewayUrl: string;
  readonly shards: number;
  /** An answer (not a deferral) for the interaction with this token reached Discord. */
  readonly onAnswer: (token: string) => void;
}

const CALLBACK = /^\/api\/v\d+\/interactions\/\d+\/([^/]+)\/callback(?:\?|$)/;
const WEBHOOK = /^\/api\/v\d+\/webhooks\/\d+\/([^/?]+)/;
const HEAD_END = Buffer.from('\r\n\r\n');
const DEFERRALS = new Set([5, 6]);
/** A deferral's body is its type and at most its flags; an answer's is larger. */
const DEFERRAL_MAX_BYTES = 128;

function isDeferral(body: Buffer): boolean {
  return body.length <= DEFERRAL_MAX_BYTES && DEFERRALS.has((JSON.parse(body.toString('utf8')) as { type: number }).type);
}

function response(status: string, body?: string): Buffer {
  const head = body === undefined ? `HTTP/1.1 ${status}\r\n\r\n` : `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`;
  return Buffer.from(body === undefined ? head : head + body);
}

const NO_CONTENT = response('204 No Content');
const NOT_FOUND = response('404 Not Found', '{"message":"404: Not Found","code":0}');
// discord.js builds a Message from an edit's or follow-up's answer: the fields it reads.
const MESSAGE = response(
  '200 OK',
  JSON.stringify({ id: '1100000000000000000', channel_id: '1100000000000000001', author: { id: '1100000000000000002', username: 'coverage-bot', discriminator: '0', avatar: null, bot: true }, content: '', timestamp: new Date(0).toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0 }),
);

export class LeanRest {
  /** Requests answered 404 (a route the benchmark does not expect). */
  unexpected = 0;
  readonly #server: Server;
  readonly #gatewayBot: Buffer;

  private constructor(readonly options: LeanRestOptions) {
    this.#gatewayBot = response('200 OK', JSON.stringify({ url: options.gatewayUrl, shards: options.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: options.shards } }));
    this.#server = createServer((socket) => this.#serve(socket));
  }

  static async start(options: LeanRestOptions): Promise<LeanRest> {
    const rest = new LeanRest(options);
    await new Promise<void>((resolve) => rest.#server.listen(0, '127.0.0.1', resolve));
    return rest;
  }

  /** DISCORD_API_URL for the bots. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/api`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
    });
  }

  readonly #sockets = new Set<Socket>();

  #serve(socket: Socket): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // Keep-alive: several requests may arrive in one read, or one across several.
      for (;;) {
        const headEnd = pending.indexOf(HEAD_END);
        if (headEnd === -1) return;
        const head = pending.toString('latin1', 0, headEnd);
        const length = contentLength(head);
        const end = headEnd + HEAD_END.length + length;
        if (pending.length < end) return;
        socket.write(this.#answer(head, pending.subarray(headEnd + HEAD_END.length, end)));
        pending = pending.subarray(end);
      }
    });
  }

  #answer(head: string, body: Buffer): Buffer {
    const lineEnd = head.indexOf('\r\n');
    const [method, path = ''] = head.slice(0, lineEnd === -1 ? undefined : lineEnd).split(' ');
    let m: RegExpExecArray | null;
    if (method === 'GET' && /^\/api\/v\d+\/gateway\/bot$/.test(path)) return this.#gatewayBot;
    if (method === 'POST' && (m = CALLBACK.exec(path))) {
      if (!isDeferral(body)) this.options.onAnswer(m[1]!);
      return NO_CONTENT;
    }
    if ((method === 'PATCH' || method === 'POST') && (m = WEBHOOK.exec(path))) {
      this.options.onAnswer(m[1]!);
      return MESSAGE;
    }
    this.unexpected += 1;
    return NOT_FOUND;
  }
}

/** The body's length from a request head; chunked bodies are not something the bot sends. */
function contentLength(head: string): number {
  const lower = head.toLowerCase();
  if (lower.includes('\r\ntransfer-encoding:')) throw new Error('lean REST: chunked request bodies are not supported');
  const at = lower.indexOf('\r\ncontent-length:');
  if (at === -1) return 0;
  const end = lower.indexOf('\r\n', at + 17);
  return Number.parseInt(lower.slice(at + 17, end === -1 ? undefined : end), 10);
}
