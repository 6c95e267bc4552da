import { and, eq } from 'drizzle-orm';
import type { Message, MessageSummary } from '../../../contracts/messages';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { renderMessage } from './render-message';
import { messages } from './schema';
import { secretKeysOf } from './secret-data';

type MessageRow = typeof messages.$inferSelect;

/** Failed, or never sent for want of a transport: staff may queue these again. */
export const canResend = (row: Pick<MessageRow, 'status'>): boolean => row.status === 'failed' || row.status === 'not_sent_no_transport';

const addressOf = (row: MessageRow): string | null => {
  if (row.channel === 'email') return row.recipientEmail;
  if (row.channel === 'sms') return row.recipientPhone;
  return row.recipientAddress ? `${row.recipientAddress.street}, ${row.recipientAddress.postcode} ${row.recipientAddress.city}` : null;
};

export const presentSummary = (row: MessageRow): MessageSummary => ({
  id: row.id,
  recipientName: row.recipientName,
  address: addressOf(row),
  channel: row.channel,
  language: row.language,
  template: row.template,
  status: row.status,
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

/** The message as its recipient gets (or got) it: the SMS text for an SMS, the plain text otherwise. */
const hiddenLinkText = '[link verborgen: alleen de ontvanger ziet hem]';

const hiddenValues = (row: MessageRow): string[] =>
  secretKeysOf(row.template)
    .map((key) => row.data[key])
    .filter((value): value is string => typeof value === 'string' && value.length > 0);

const blank = (text: string, hidden: readonly string[]): string => hidden.reduce((result, value) => result.replaceAll(value, hiddenLinkText), text);

export const presentMessage = (row: MessageRow): Message => {
  const rendered = renderMessage(row);
  const hidden = hiddenValues(row);
  return {
    ...presentSummary(row),
    subject: blank(rendered.subject, hidden),
    text: blank(row.channel === 'sms' ? rendered.sms : rendered.text, hidden),
    canResend: canResend(row),
  };
};

/** One message of the actor's organiser; another organiser's id is not found (404), as everywhere. */
export const findOrganiserMessage = async (db: Executor, organiserId: string, messageId: string): Promise<MessageRow> => {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.organiserId, organiserId)));
  if (!row) throw notFound('Message');
  return row;
};
