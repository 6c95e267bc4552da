import { createTransport } from 'nodemailer';
import type { MailConfig } from '../../../platform/config';
import { DeliveryError, type EmailTransport } from './transport';

/** A reply-code from the SMTP server, when the failure came with one. */
const responseCodeOf = (error: unknown): number | null =>
  typeof error === 'object' && error !== null && 'responseCode' in error && typeof error.responseCode === 'number' ? error.responseCode : null;

/**
 * E-mail over SMTP with nodemailer (decision 037): a small pool of kept-open connections, timeouts well under the
 * job lease, and the Message-ID the outbox chose. A 5xx answer is permanent; anything else (no connection, 4xx) is
 * tried again by the runner. The error text never carries the SMTP URL, which may hold a password.
 */
export const createSmtpTransport = (config: MailConfig): EmailTransport => {
  const transporter = createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (email) => {
      try {
        await transporter.sendMail({
          from: config.from,
          to: email.to,
          replyTo: email.replyTo ?? undefined,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
        });
      } catch (error) {
        const code = responseCodeOf(error);
        const reason = code === null ? (error instanceof Error && 'code' in error ? String(error.code) : 'no connection') : `SMTP ${code}`;
        throw new DeliveryError(`E-mail not accepted: ${reason}`, code !== null && code >= 500);
      }
    },
    close: () => transporter.close(),
  };
};
