// SMS over SMPP 3.4 (the `smpp` package): one bound transceiver session per process, kept alive with
// enquire_link and re-bound with backoff; submits each part at a steady rate and hands delivery receipts on.
//
// While the link is down, send() throws SenderUnavailable at once: the dispatcher then tries the row again
// in 30 s without counting an attempt, so a message that waited through an outage goes within a minute of
// the link's return and is never failed for it. A part the SMSC accepted is final: if the link drops
// before all parts are accepted, the whole message is tried again (the outbox's one exception to "once").
import smpp, { type PDU, type Session } from 'smpp';
import { logger } from '../log/logger';
import { messageOf } from '../repeat';
import { type Sender, SenderUnavailable } from './sender';
import type { SmsPartState } from './sms-delivery.table';
import { type IncomingSms, incomingSmsJoiner } from './sms-incoming';
import { smsPayloads, UCS2, UDH_INDICATOR } from './sms-parts';

export interface SmppSettings {
  /** smpp://system_id:password@host:port, or ssmpp:// for TLS. */
  url: string;
  /** The sender address: a short code, a number with +, or an alphanumeric name agreed with the provider. */
  from: string;
  /** submit_sm per second the provider allows. */
  perSecond: number;
}

/** What a delivery receipt said about one part (by the id the SMSC gave it in submit_sm_resp). */
export interface SmsReceipt {
  smscMessageId: string;
  state: Exclude<SmsPartState, 'submitted'>;
}

export interface SmppOptions {
  onReceipt?: (receipt: SmsReceipt) => Promise<void>;
  /**
   * An SMS a citizen sent (its parts joined). The deliver_sm is answered once this resolves; if it
   * throws, the answer asks the SMSC to deliver it again later, so a citizen's SMS is never dropped.
   */
  onIncoming?: (sms: IncomingSms) => Promise<void>;
  log?: (line: string) => void;
  /** First reconnect delay; doubles up to 30 s. */
  reconnectMinMs?: number;
  enquireLinkMs?: number;
  /** How long to wait for submit_sm_resp; far below the dispatcher's lease. */
  responseTimeoutMs?: number;
}

export interface SmppSender extends Sender {
  /** Whether the session is bound now, and a promise for when it is (for tests and start-up logs). */
  readonly bound: boolean;
  whenBound(): Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_CAP_MS = 30_000;
const FINAL_STATES: Record<string, SmsReceipt['state']> = {
  DELIVRD: 'delivered',
  UNDELIV: 'failed',
  REJECTD: 'failed',
  EXPIRED: 'failed',
  DELETED: 'failed',
};

/** The receipt in a deliver_sm's text (`id:… stat:DELIVRD …`), or undefined while the state is not final. */
export function parseReceipt(text: string): SmsReceipt | undefined {
  const id = /\bid:(\S+)/i.exec(text)?.[1];
  const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const state = stat ? FINAL_STATES[stat] : undefined;
  return id && state ? { smscMessageId: id, state } : undefined;
}

const errorName = (status: number) =>
  Object.entries(smpp.errors).find(([, code]) => code === status)?.[0] ?? `status ${status}`;

/** TON/NPI for an address: international numbers as 1/1, names as alphanumeric 5/0, short codes 0/1. */
function address(value: string) {
  if (/^\+\d+$/.test(value)) return { addr: value.slice(1), ton: 1, npi: 1 };
  if (/^\d+$/.test(value)) return { addr: value, ton: 0, npi: 1 };
  return { addr: value, ton: 5, npi: 0 };
}

export function smppSender(settings: SmppSettings, options: SmppOptions = {}): SmppSender {
  const log = options.log ?? ((line: string) => logger.warn({ channel: 'sms' }, line));
  const url = new URL(settings.url);
  const credentials = {
    system_id: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
  const where = `${url.hostname}:${url.port}`;
  const minDelay = options.reconnectMinMs ?? 1000;
  const responseTimeout = options.responseTimeoutMs ?? 30_000;
  const spacingMs = 1000 / settings.perSecond;

  let session: Session | undefined;
  let bound = false;
  let socketOpen = false;
  let closed = false;
  let failures = 0;
  let lastProblem = 'not connected yet';
  let reconnectTimer: NodeJS.Timeout | undefined;
  let nextSlot = 0;
  let reference = Math.floor(Math.random() * 256);
  let boundWaiters: (() => void)[] = [];
  /** Rejects every submit waiting for a response when the session goes. */
  const inFlight = new Set<(err: Error) => void>();
  const incoming = incomingSmsJoiner();

  function connect() {
    const s = smpp.connect({ url: settings.url });
    session = s;
    let keepAlive: NodeJS.Timeout | undefined;
    s.on('connect', () => {
      socketOpen = true;
    });
    // Over TLS the bind waits for the handshake, so the password never leaves before encryption.
    s.on(url.protocol === 'ssmpp:' ? 'secureConnect' : 'connect', () => {
      s.bind_transceiver(credentials, (pdu) => {
        if (pdu.command_status !== 0) {
          lastProblem = `bind refused by ${where} (${errorName(pdu.command_status)})`;
          log(`SMS: ${lastProblem}; check SALA_SMPP_URL`);
          s.close();
          return;
        }
        bound = true;
        failures = 0;
        keepAlive = keepAliveOf(s);
        log(`SMS: bound to ${where} as ${credentials.system_id}`);
        for (const resolve of boundWaiters) resolve();
        boundWaiters = [];
      });
    });
    s.on('error', (err: Error) => {
      lastProblem = `${where}: ${err.message}`;
    });
    s.on('close', () => {
      clearInterval(keepAlive);
      socketOpen = false;
      if (bound && !closed) log(`SMS: link to ${where} lost`);
      bound = false;
      for (const reject of inFlight) reject(new Error(`SMPP link lost before the SMSC answered`));
      inFlight.clear();
      if (session === s && !closed) {
        const delay = Math.min(RECONNECT_CAP_MS, minDelay * 2 ** failures++);
        reconnectTimer = setTimeout(connect, delay);
      }
    });
    s.on('enquire_link', (pdu: PDU) => s.send(pdu.response()));
    s.on('unbind', (pdu: PDU) => {
      s.send(pdu.response());
      s.close();
    });
    s.on('deliver_sm', (pdu: PDU) => {
      const isReceipt = (Number(pdu.esm_class) & 0x04) !== 0;
      if (isReceipt) {
        s.send(pdu.response());
        const text = (pdu.short_message as { message?: unknown } | undefined)?.message;
        const receipt = parseReceipt(typeof text === 'string' ? text : '');
        if (receipt) {
          options.onReceipt?.(receipt).catch((err) => log(`SMS: receipt not recorded: ${messageOf(err)}`));
        }
        return;
      }
      const whole = incoming.take(pdu);
      const handle = options.onIncoming;
      if (!whole || !handle) {
        s.send(pdu.response());
        return;
      }
      // Answered only once handled: an SMS the process could not record is delivered again by the SMSC.
      handle(whole.sms).then(
        () => {
          whole.done();
          s.send(pdu.response());
        },
        (err) => {
          log(`SMS: incoming SMS not handled, the SMSC will retry: ${messageOf(err)}`);
          s.send(pdu.response({ command_status: smpp.errors.ESME_RX_T_APPN }));
        },
      );
    });
  }

  /**
   * enquire_link every period; an SMSC that has not answered the last one by the next is taken as gone
   * (a silent NAT or a hung peer can keep a dead TCP connection open for hours), and the link is re-made.
   */
  function keepAliveOf(s: Session): NodeJS.Timeout {
    let answered = true;
    return setInterval(() => {
      if (!answered) {
        lastProblem = `${where} stopped answering enquire_link`;
        log(`SMS: ${lastProblem}`);
        s.destroy();
        return;
      }
      answered = false;
      s.enquire_link({}, () => {
        answered = true;
      });
    }, options.enquireLinkMs ?? 30_000);
  }

  /** Waits for this submit's turn so the provider's rate is never exceeded (slots are taken in call order). */
  async function rateSlot() {
    const at = Math.max(Date.now(), nextSlot);
    nextSlot = at + spacingMs;
    if (at > Date.now()) await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
  }

  function submit(s: Session, params: Record<string, unknown>): Promise<string> {
    return new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        clearTimeout(timer);
        inFlight.delete(fail);
        reject(err);
      };
      const timer = setTimeout(() => fail(new Error('no submit_sm_resp in time')), responseTimeout);
      inFlight.add(fail);
      const written = s.submit_sm(params, (pdu) => {
        clearTimeout(timer);
        inFlight.delete(fail);
        if (pdu.command_status !== 0)
          reject(new Error(`SMSC refused the SMS (${errorName(pdu.command_status)})`));
        else resolve(String(pdu.message_id));
      });
      if (!written) fail(new SenderUnavailable('SMPP link down'));
    });
  }

  connect();

  return {
    channel: 'sms',
    async send(message) {
      const s = session;
      if (!bound || !s) throw new SenderUnavailable(`SMPP link down: ${lastProblem}`);
      const from = address(settings.from);
      const to = address(message.recipient);
      reference = (reference + 1) & 0xff;
      const ids: string[] = [];
      for (const part of smsPayloads(message.text, reference)) {
        await rateSlot();
        ids.push(
          await submit(s, {
            source_addr: from.addr,
            source_addr_ton: from.ton,
            source_addr_npi: from.npi,
            destination_addr: to.addr,
            dest_addr_ton: to.ton,
            dest_addr_npi: to.npi,
            esm_class: part.udh ? UDH_INDICATOR : 0,
            data_coding: UCS2,
            registered_delivery: 1,
            short_message: part.bytes,
          }),
        );
      }
      return { smscMessageIds: ids };
    },
    get bound() {
      return bound;
    },
    whenBound: () => (bound ? Promise.resolve() : new Promise((resolve) => boundWaiters.push(resolve))),
    async close() {
      closed = true;
      clearTimeout(reconnectTimer);
      const s = session;
      if (!s || !socketOpen) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => s.destroy(), 2000);
        s.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        if (bound) s.unbind({}, () => s.close());
        else s.destroy();
      });
    },
  };
}
