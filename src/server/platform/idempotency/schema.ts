import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organiserIdColumn } from '../tenancy/organiser-column';

/**
 * Remembered answers to writes sent with an `Idempotency-Key`, per account: a retried request gets the first
 * answer instead of a second side effect. Kept 24 hours.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    accountId: uuid('account_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('idempotency_keys_account_key_unique').on(table.accountId, table.key), index('idempotency_keys_created_idx').on(table.createdAt)],
);
