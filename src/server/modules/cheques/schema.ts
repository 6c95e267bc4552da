import { type AnyPgColumn, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { chequeKinds } from '../../../contracts/cheques';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { clients } from '../clients/schema';

export const chequeKindEnum = pgEnum('cheque_kind', chequeKinds);

/**
 * A purchase of wijk-werkcheques by a client (a lot): paper cheques with a serial range, or electronic cheques as a
 * count. Never changed: a correction is a new row reversing the old one (negative count and amount, a reason), after
 * which the lot holds nothing (decision 140).
 */
export const chequePurchases = pgTable(
  'cheque_purchases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    kind: chequeKindEnum('kind').notNull(),
    serialFrom: integer('serial_from'),
    serialTo: integer('serial_to'),
    chequeCount: integer('cheque_count').notNull(),
    purchasedOn: date('purchased_on', { mode: 'string' }).notNull(),
    /** R13: the last day the cheques of this lot may be used, extensions included. */
    lastValidDate: date('last_valid_date', { mode: 'string' }).notNull(),
    appliedExtensionId: text('applied_extension_id'),
    /** R9: the organiser's price per cheque on the purchase date. */
    priceCents: integer('price_cents').notNull(),
    amountCents: integer('amount_cents').notNull(),
    reversesPurchaseId: uuid('reverses_purchase_id').references((): AnyPgColumn => chequePurchases.id),
    reason: text('reason'),
    recordedByAccountId: uuid('recorded_by_account_id')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('cheque_purchases_client_idx').on(table.organiserId, table.clientId, table.purchasedOn),
    // One reversal per purchase.
    uniqueIndex('cheque_purchases_reverses_unique')
      .on(table.reversesPurchaseId)
      .where(sql`${table.reversesPurchaseId} is not null`),
  ],
);

/**
 * The cheques one confirmed time entry took (R8: one per started hour). The time entry is stored by id only: the
 * time-entries module is above this one. A release (the entry corrected or rejected) is a new row pointing to the
 * consumption it gives back.
 */
export const chequeConsumptions = pgTable(
  'cheque_consumptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    timeEntryId: uuid('time_entry_id').notNull(),
    workDate: date('work_date', { mode: 'string' }).notNull(),
    chequesNeeded: integer('cheques_needed').notNull(),
    chequesCovered: integer('cheques_covered').notNull(),
    uncoveredCount: integer('uncovered_count').notNull(),
    releasesConsumptionId: uuid('releases_consumption_id').references((): AnyPgColumn => chequeConsumptions.id),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('cheque_consumptions_client_idx').on(table.organiserId, table.clientId, table.workDate),
    // One consumption per time entry, and one release per consumption.
    uniqueIndex('cheque_consumptions_entry_unique')
      .on(table.timeEntryId)
      .where(sql`${table.releasesConsumptionId} is null`),
    uniqueIndex('cheque_consumptions_releases_unique')
      .on(table.releasesConsumptionId)
      .where(sql`${table.releasesConsumptionId} is not null`),
    index('cheque_consumptions_uncovered_idx')
      .on(table.organiserId, table.workDate)
      .where(sql`${table.uncoveredCount} > 0`),
  ],
);

/** Which lot(s) covered a consumption, FIFO from the oldest valid purchase. */
export const chequeConsumptionLots = pgTable(
  'cheque_consumption_lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    consumptionId: uuid('consumption_id')
      .notNull()
      .references(() => chequeConsumptions.id),
    purchaseId: uuid('purchase_id')
      .notNull()
      .references(() => chequePurchases.id),
    chequeCount: integer('cheque_count').notNull(),
  },
  (table) => [index('cheque_consumption_lots_purchase_idx').on(table.purchaseId), index('cheque_consumption_lots_consumption_idx').on(table.consumptionId)],
);
