import { and, eq } from 'drizzle-orm';
import type { MessageStatus } from '../../../contracts/messages';
import type { Database } from '../../platform/db/database';
import { renderMessage } from './render-message';
import { messages } from './schema';
import { withSecretsErased } from './secret-data';
import { DeliveryError, type Transports } from './transports/transport';

export type DeliveryAttempt = { messageId: string; attempt: number; now: Date };

/** The header every send of one message carries, first try or after a crash: receivers see one message. */
const messageIdHeader = (token: string, domain: string): string => `<${token}@${domain}>`;

const finish = (
  db: Database,
  messageId: string,
  values: { status: MessageStatus; attempts: number; lastError: string | null; sentAt?: Date; data?: Record<string, unknown> },
) =>
  db
    .update(messages)
    .set(values)
    .where(and(eq(messages.id, messageId), eq(messages.status, 'queued')));

/**
 * One delivery try of a queued e-mail or SMS (the `deliver-message` job, decision 038). Not queued any more (sent,
 * failed, a letter printed) → nothing to do, so a job that runs twice sends once. No transport set up → stays in
 * the outbox as not sent. A transient failure is recorded and thrown for the runner to retry; a permanent one
 * marks the message failed at once. It runs outside a transaction: the send must not hold the database.
 */
export const deliverMessage = async (db: Database, transports: Transports, { messageId, attempt, now }: DeliveryAttempt): Promise<void> => {
  const [message] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!message || message.status !== 'queued' || message.channel === 'letter') return;
  const rendered = renderMessage(message);
  try {
    if (message.channel === 'email') {
      if (!transports.email || !message.recipientEmail) {
        await finish(db, messageId, { status: 'not_sent_no_transport', attempts: attempt, lastError: null });
        return;
      }
      await transports.email.send({
        to: message.recipientEmail,
        replyTo: message.sender.office?.email ?? null,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: messageIdHeader(message.messageToken, transports.messageIdDomain),
      });
    } else {
      if (!transports.sms || !message.recipientPhone) {
        await finish(db, messageId, { status: 'not_sent_no_transport', attempts: attempt, lastError: null });
        return;
      }
      await transports.sms.send({ to: message.recipientPhone, text: rendered.sms, idempotencyKey: message.messageToken });
    }
  } catch (error) {
    const lastError = error instanceof DeliveryError ? error.message : 'Delivery failed';
    if (error instanceof DeliveryError && error.permanent) {
      await finish(db, messageId, { status: 'failed', attempts: attempt, lastError });
      return;
    }
    await db.update(messages).set({ attempts: attempt, lastError }).where(eq(messages.id, messageId));
    throw error;
  }
  await finish(db, messageId, { status: 'sent', attempts: attempt, lastError: null, sentAt: now, data: withSecretsErased(message.template, message.data) });
};

/** After the runner's last try: the message is failed, and staff see it in Berichten. */
export const giveUpDelivery = async (db: Database, { messageId, attempt, error }: { messageId: string; attempt: number; error: string }): Promise<void> => {
  await finish(db, messageId, { status: 'failed', attempts: attempt, lastError: error });
};
