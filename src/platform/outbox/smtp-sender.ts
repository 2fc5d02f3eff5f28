// E-mail over SMTP through nodemailer; SMTP has no idempotency, so a send is final once the server accepts it.
import nodemailer from 'nodemailer';
import type { Sender } from './sender';

export interface SmtpSettings {
  /** smtp://user:pass@host:port, or smtps:// for TLS from the first byte. */
  url: string;
  from: string;
}

/** An e-mail sender; timeouts stay well under the dispatcher's lease so a slow server cannot cause a double send. */
export function smtpSender(settings: SmtpSettings): Sender & { close(): void } {
  const url = new URL(settings.url);
  const secure = url.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    channel: 'email',
    async send(message) {
      await transport.sendMail({
        from: settings.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.lang },
        // Khmer text is almost all non-ASCII: base64 is shorter than quoted-printable and survives any relay.
        textEncoding: 'base64',
      });
    },
    close: () => transport.close(),
  };
}
