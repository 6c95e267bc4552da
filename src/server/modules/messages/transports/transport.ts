/** One e-mail as the transport sends it. */
export type OutgoingEmail = { to: string; replyTo: string | null; subject: string; text: string; html: string; messageId: string };

export type OutgoingSms = { to: string; text: string; idempotencyKey: string };

/**
 * A delivery that failed. `permanent`: the other side refused this message for good (an unknown mailbox, a number
 * the provider rejects), so retrying cannot help; otherwise the job runner tries again later (decision 038).
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export type EmailTransport = { send: (email: OutgoingEmail) => Promise<void>; close: () => void };

export type SmsTransport = { send: (sms: OutgoingSms) => Promise<void> };

/** What is set up; null where the environment configures nothing (the message stays in the outbox, not sent). */
export type Transports = { email: EmailTransport | null; sms: SmsTransport | null; messageIdDomain: string };
