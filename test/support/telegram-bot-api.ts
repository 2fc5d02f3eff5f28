// A local stand-in of Telegram's Bot API: a real HTTP server speaking its JSON protocol, for tests to push
// what a citizen does in the chat and read what the bot sent. Methods: getMe, getUpdates (offset, timeout),
// sendMessage, answerCallbackQuery, editMessageText, editMessageReplyMarkup, getFile and the file download
// path, setWebhook, deleteWebhook.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const STAND_IN_TOKEN = '123456789:TEST-stand-in-token-0123456789abcdef';
export const BOT_USERNAME = 'sala_test_bot';

/** A message the bot sent (sendMessage) or changed (editMessageText). */
export interface BotMessage {
  method: string;
  chat_id: number | string;
  message_id: number;
  text: string;
  reply_markup?: { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][] };
  parse_mode?: string;
}

interface StoredFile {
  bytes: Buffer;
  path: string;
}

type Update = Record<string, unknown> & { update_id: number };

export class BotApiStandIn {
  readonly sent: BotMessage[] = [];
  readonly callbackAnswers: { callback_query_id: string; text?: string }[] = [];
  /** Every method called, in order (getUpdates included), with who called it when a test names callers. */
  readonly calls: { method: string; token: string }[] = [];
  webhook: { url: string; secret_token?: string } | undefined;
  private readonly server: http.Server;
  private readonly queue: Update[] = [];
  private readonly files = new Map<string, StoredFile>();
  private readonly waiters = new Set<() => void>();
  private nextUpdateId = 700_000_001;
  private nextMessageId = 1;
  private nextFileId = 1;
  private port = 0;

  constructor(readonly token = STAND_IN_TOKEN) {
    this.server = http.createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close() {
    for (const wake of this.waiters) wake();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** SALA_TELEGRAM_API_ROOT for the bot under test. */
  get apiRoot() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Queues an update for getUpdates; returns it (with its update_id) so a test can deliver it again. */
  push(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId++ } as Update;
    this.queue.push(full);
    for (const wake of this.waiters) wake();
    return full;
  }

  /** An update in which `user` writes `text` in their private chat with the bot. */
  textUpdate(user: number, text: string): Omit<Update, 'update_id'> {
    // As Telegram does, a leading /command is marked as an entity (grammy's command filter reads it).
    const command = text.match(/^\/\S+/);
    const entities = command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
    return { message: { ...this.messageBase(user), text, ...(entities ? { entities } : {}) } };
  }

  /** An update in which `user` presses an inline button of a bot message. */
  pressUpdate(user: number, data: string, messageId = 1): Omit<Update, 'update_id'> {
    return {
      callback_query: {
        id: `cb${this.nextMessageId++}`,
        from: { id: user, is_bot: false, first_name: 'Citizen' },
        chat_instance: String(user),
        data,
        message: { message_id: messageId, date: now(), chat: { id: user, type: 'private' }, text: '…' },
      },
    };
  }

  /** An update in which `user` sends a photo whose bytes the bot can fetch with getFile. */
  photoUpdate(user: number, bytes: Buffer): Omit<Update, 'update_id'> {
    const fileId = `photo${this.nextFileId++}`;
    this.files.set(fileId, { bytes, path: `photos/${fileId}.jpg` });
    return {
      message: {
        ...this.messageBase(user),
        photo: [
          { file_id: fileId, file_unique_id: `u${fileId}`, width: 800, height: 600, file_size: bytes.length },
        ],
      },
    };
  }

  /** An update in which `user` sends a voice note (Telegram records OGG/Opus) whose bytes getFile serves. */
  voiceUpdate(user: number, bytes: Buffer): Omit<Update, 'update_id'> {
    const fileId = `voice${this.nextFileId++}`;
    this.files.set(fileId, { bytes, path: `voice/${fileId}.oga` });
    return {
      message: {
        ...this.messageBase(user),
        voice: {
          file_id: fileId,
          file_unique_id: `u${fileId}`,
          duration: 4,
          mime_type: 'audio/ogg',
          file_size: bytes.length,
        },
      },
    };
  }

  /** An update carrying any other message content (a sticker, a location). */
  messageUpdate(user: number, content: Record<string, unknown>): Omit<Update, 'update_id'> {
    return { message: { ...this.messageBase(user), ...content } };
  }

  /** The messages sent to one chat so far. */
  sentTo(chat: number) {
    return this.sent.filter((m) => String(m.chat_id) === String(chat));
  }

  /** Waits until the bot has sent `count` messages to `chat` (or fails after `timeoutMs`). */
  async waitForSent(chat: number, count: number, timeoutMs = 5000): Promise<BotMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.sentTo(chat).length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `waited for ${count} message(s) to chat ${chat}, got ${this.sentTo(chat).length}: ${JSON.stringify(this.sentTo(chat).map((m) => m.text))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.sentTo(chat);
  }

  /** Whether every queued update has been confirmed by a later getUpdates offset. */
  get pending() {
    return this.queue.length;
  }

  private messageBase(user: number) {
    return {
      message_id: this.nextMessageId++,
      date: now(),
      chat: { id: user, type: 'private', first_name: 'Citizen' },
      from: { id: user, is_bot: false, first_name: 'Citizen', language_code: 'km' },
    };
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', this.apiRoot);
    const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (file) {
      const stored = [...this.files.values()].find((f) => f.path === file[2]);
      if (file[1] !== this.token || !stored) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(stored.bytes);
    }
    const call = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!call) return void res.writeHead(404).end();
    const [, token, method] = call;
    this.calls.push({ method, token });
    if (token !== this.token)
      return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const params = await readParams(req);
    const answer = await this.answer(method, params);
    if (answer === undefined) {
      return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
    reply(res, 200, { ok: true, result: answer });
  }

  private async answer(method: string, p: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return { id: 123456789, is_bot: true, first_name: 'Sala', username: BOT_USERNAME };
      case 'getUpdates': {
        if (this.webhook) throw new Error('getUpdates while a webhook is set');
        const offset = Number(p.offset ?? 0);
        // Telegram forgets updates below the offset: they were confirmed.
        while (this.queue.length && this.queue[0].update_id < offset) this.queue.shift();
        if (!this.queue.length && Number(p.timeout ?? 0) > 0) {
          await this.waitForUpdate(Number(p.timeout) * 1000);
        }
        return this.queue.slice(0, Number(p.limit ?? 100));
      }
      case 'sendMessage':
      case 'editMessageText': {
        const message: BotMessage = {
          method,
          chat_id: p.chat_id as number,
          message_id: method === 'sendMessage' ? this.nextMessageId++ : Number(p.message_id),
          text: String(p.text),
          reply_markup: parseMaybe(p.reply_markup) as BotMessage['reply_markup'],
          parse_mode: p.parse_mode as string | undefined,
        };
        this.sent.push(message);
        return {
          message_id: message.message_id,
          date: now(),
          chat: { id: p.chat_id, type: 'private' },
          text: p.text,
        };
      }
      case 'editMessageReplyMarkup':
        return true;
      case 'answerCallbackQuery':
        this.callbackAnswers.push({ callback_query_id: String(p.callback_query_id), text: p.text as string });
        return true;
      case 'getFile': {
        const stored = this.files.get(String(p.file_id));
        if (!stored) throw new Error('no such file');
        return {
          file_id: p.file_id,
          file_unique_id: `u${p.file_id}`,
          file_size: stored.bytes.length,
          file_path: stored.path,
        };
      }
      case 'setWebhook':
        this.webhook = { url: String(p.url), secret_token: p.secret_token as string | undefined };
        return true;
      case 'deleteWebhook':
        this.webhook = undefined;
        return true;
      default:
        return undefined;
    }
  }

  private waitForUpdate(ms: number) {
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiters.add(wake);
    });
  }
}

const now = () => Math.floor(Date.now() / 1000);

function reply(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function parseMaybe(value: unknown) {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The Bot API takes JSON, url-encoded forms and query strings alike. */
async function readParams(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json') && body) return { ...query, ...(JSON.parse(body) as object) };
  if (type.includes('application/x-www-form-urlencoded')) {
    return { ...query, ...Object.fromEntries(new URLSearchParams(body)) };
  }
  return query;
}
