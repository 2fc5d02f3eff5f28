// A real SMSC for tests: the `smpp` package's own server on 127.0.0.1, recording every submit_sm and
// able to send deliver_sm (receipts, citizens' SMS) and to stop and start again on the same port.
import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Server, type Session } from 'smpp';

export interface Submit {
  at: number;
  to: string;
  dataCoding: number;
  esmClass: number;
  udh: number[] | null;
  text: string;
  messageId: string;
}

/** A real SMSC: accepts system_id "sala" with password "secret", answers every submit_sm with an id. */
export function smsc() {
  const submits: Submit[] = [];
  let server: Server | undefined;
  let port = 0;
  let nextId = 1000;
  const behaviour = { answerEnquireLink: true };
  const sessions = new Set<Session>();

  async function start() {
    server = smpp.createServer((session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
      session.on('error', () => {});
      session.on('bind_transceiver', (pdu: PDU) => {
        const ok = pdu.system_id === 'sala' && pdu.password === 'secret';
        session.send(pdu.response(ok ? {} : { command_status: smpp.errors.ESME_RINVPASWD }));
      });
      session.on('submit_sm', (pdu: PDU) => {
        const sm = pdu.short_message as { udh?: Buffer[]; message: string };
        const messageId = `M${nextId++}`;
        submits.push({
          at: Date.now(),
          to: String(pdu.destination_addr),
          dataCoding: Number(pdu.data_coding),
          esmClass: Number(pdu.esm_class),
          udh: sm.udh?.[0] ? [...sm.udh[0]] : null,
          text: sm.message,
          messageId,
        });
        session.send(pdu.response({ message_id: messageId }));
      });
      session.on('enquire_link', (pdu: PDU) => {
        if (behaviour.answerEnquireLink) session.send(pdu.response());
      });
      session.on('unbind', (pdu: PDU) => {
        session.send(pdu.response());
        session.close();
      });
    });
    const s = server;
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    port = (s.address() as AddressInfo).port;
  }

  async function stop() {
    const s = server;
    if (!s) return;
    for (const session of sessions) session.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
    server = undefined;
  }

  /** Sends a deliver_sm over a bound session (the first, or `which`); resolves with the answer. */
  function deliver(params: Record<string, unknown>, which = 0) {
    const session = [...sessions].at(which) as Session;
    return new Promise<PDU>((resolve) => session.deliver_sm(params, resolve));
  }

  /** A delivery receipt for one part, as SMSCs write them. */
  const receipt = (messageId: string, stat: string, which = 0) =>
    deliver(
      {
        esm_class: 0x04,
        short_message: `id:${messageId} sub:001 dlvrd:001 submit date:2611230000 done date:2611230001 stat:${stat} err:000 text:`,
      },
      which,
    );

  return {
    submits,
    start,
    stop,
    receipt,
    deliver,
    behaviour,
    url: (password = 'secret') => `smpp://sala:${password}@127.0.0.1:${port}`,
  };
}
