import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { exceptionalActivityStatuses } from '../../../contracts/activities';
import { MAIN_ACTIVITIES } from '../../../domain/activities/main-activities';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { clients } from '../clients/schema';
import { municipalities } from '../municipalities/schema';

export const mainActivityEnum = pgEnum('main_activity', MAIN_ACTIVITIES);
export const exceptionalActivityStatusEnum = pgEnum('exceptional_activity_status', exceptionalActivityStatuses);

/** R15: a municipality of the area chose an activity of the Flemish list, from a date (until a date once dropped). */
export const municipalityActivityChoices = pgTable(
  'municipality_activity_choices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    activityCode: text('activity_code').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('municipality_activity_choices_idx').on(table.organiserId, table.municipalityId, table.activityCode)],
);

/** R16: a transitional PWA activity the client already had done under the PWA. */
export const clientPwaActivities = pgTable(
  'client_pwa_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    activityCode: text('activity_code').notNull(),
  },
  (table) => [uniqueIndex('client_pwa_activities_unique').on(table.organiserId, table.clientId, table.activityCode)],
);

/**
 * An exceptional ("afwijkende") activity asked of the VDAB for one client. Once approved it is an activity of the
 * catalogue for that client only, under its own code; refused ones stay as the record of the procedure.
 */
export const exceptionalActivities = pgTable(
  'exceptional_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    activityCode: text('activity_code').notNull(),
    mainActivity: mainActivityEnum('main_activity').notNull(),
    labelNl: text('label_nl').notNull(),
    status: exceptionalActivityStatusEnum('status').notNull().default('requested'),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    vdabReference: text('vdab_reference'),
    recordedByAccountId: uuid('recorded_by_account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('exceptional_activities_client_idx').on(table.organiserId, table.clientId),
    uniqueIndex('exceptional_activities_code_unique').on(table.organiserId, table.activityCode),
  ],
);
