import { date, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

/**
 * A (municipal or inter-municipal) decision on the organiser's cheque price (R9). Decisions are only added: a later
 * one replaces an earlier one from its own effective date (decision 115), so the history stays readable.
 */
export const chequePriceDecisions = pgTable(
  'cheque_price_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    priceCents: integer('price_cents').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    recordedByAccountId: uuid('recorded_by_account_id')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('cheque_price_decisions_organiser_idx').on(table.organiserId, table.decidedOn)],
);
