import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { messageLanguages, messageStatuses, type TemplateKey } from '../../../contracts/messages';
import { accounts, messageChannelEnum } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { participants } from '../participants/schema';
import type { PostalAddress, Sender } from './message-parts';

export const messageLanguageEnum = pgEnum('message_language', messageLanguages);
export const messageStatusEnum = pgEnum('message_status', messageStatuses);

/**
 * The outbox: every e-mail, SMS and letter, written in the transaction of the change that causes it and delivered
 * afterwards by a `deliver-message` job (decision 035). Recipient and sender are copied in at queue time, so what
 * is sent does not change when a record changes later.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    recipientAccountId: uuid('recipient_account_id').references(() => accounts.id),
    recipientParticipantId: uuid('recipient_participant_id').references(() => participants.id),
    recipientName: text('recipient_name').notNull(),
    recipientEmail: text('recipient_email'),
    recipientPhone: text('recipient_phone'),
    recipientAddress: jsonb('recipient_address').$type<PostalAddress>(),
    channel: messageChannelEnum('channel').notNull(),
    language: messageLanguageEnum('language').notNull(),
    /** Text, not an enum: a new template needs no migration. */
    template: text('template').$type<TemplateKey>().notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    sender: jsonb('sender').$type<Sender>().notNull(),
    status: messageStatusEnum('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The unique part of the Message-ID header, chosen at queue time so a resend after a crash carries the same id. */
    messageToken: text('message_token').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('messages_token_unique').on(table.messageToken),
    index('messages_list_idx').on(table.organiserId, table.createdAt, table.id),
    index('messages_status_idx').on(table.organiserId, table.status, table.createdAt),
  ],
);
