// The part of the untyped `smpp` package (0.5) Sala uses: sessions, PDUs and the test server.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  /** A PDU's fields are its parameters by name (short_message, esm_class, message_id …). */
  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    [param: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
  }

  type Callback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    server?: Server;
    send(pdu: PDU, responseCallback?: Callback, sendCallback?: Callback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    bind_transceiver(options: Record<string, unknown>, responseCallback?: Callback): boolean;
    submit_sm(options: Record<string, unknown>, responseCallback?: Callback): boolean;
    deliver_sm(options: Record<string, unknown>, responseCallback?: Callback): boolean;
    enquire_link(options?: Record<string, unknown>, responseCallback?: Callback): boolean;
    unbind(options?: Record<string, unknown>, responseCallback?: Callback): boolean;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  export function connect(
    options: { url: string; auto_enquire_link_period?: number; [option: string]: unknown },
    listener?: () => void,
  ): Session;
  export function createServer(listener: (session: Session) => void): Server;

  export const errors: Record<string, number>;
}
