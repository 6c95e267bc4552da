import { type AnyPgColumn, boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timeEntryAnswerChannels, timeEntryResolutions, timeEntryStatuses } from '../../../contracts/time-entries';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { assignments } from '../assignments/schema';
import { clients } from '../clients/schema';
import { participants } from '../participants/schema';

export const timeEntryStatusEnum = pgEnum('time_entry_status', timeEntryStatuses);
export const timeEntryAnswerChannelEnum = pgEnum('time_entry_answer_channel', timeEntryAnswerChannels);
export const timeEntryResolutionEnum = pgEnum('time_entry_resolution', timeEntryResolutions);

/**
 * Hours a participant worked for a client on a date, for one of their assignments (decision 130). What was worked
 * (date, times, minutes) never changes once stored; only the answer columns move with the status. A correction is a
 * new row pointing to the one it corrects.
 */
export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    workDate: date('work_date', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    minutes: integer('minutes').notNull(),
    /** Started hours of this entry (R4, R8), stored so sums need no rounding per row. */
    countedHours: integer('counted_hours').notNull(),
    status: timeEntryStatusEnum('status').notNull(),
    enteredByAccountId: uuid('entered_by_account_id')
      .notNull()
      .references(() => accounts.id),
    onBehalf: boolean('on_behalf').notNull(),
    confirmDeadline: date('confirm_deadline', { mode: 'string' }).notNull(),
    answeredVia: timeEntryAnswerChannelEnum('answered_via'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredByAccountId: uuid('answered_by_account_id').references(() => accounts.id),
    contestReason: text('contest_reason'),
    resolution: timeEntryResolutionEnum('resolution'),
    resolutionReason: text('resolution_reason'),
    resolvedByAccountId: uuid('resolved_by_account_id').references(() => accounts.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    correctsEntryId: uuid('corrects_entry_id').references((): AnyPgColumn => timeEntries.id),
    correctionReason: text('correction_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('time_entries_participant_idx').on(table.organiserId, table.participantId, table.workDate),
    index('time_entries_client_idx').on(table.organiserId, table.clientId, table.status, table.workDate),
    index('time_entries_assignment_idx').on(table.organiserId, table.assignmentId),
    // The auto-confirmation job's scan: open entries by deadline.
    index('time_entries_open_deadline_idx')
      .on(table.confirmDeadline)
      .where(sql`${table.status} = 'registered'`),
    // One correction per entry.
    uniqueIndex('time_entries_corrects_unique')
      .on(table.correctsEntryId)
      .where(sql`${table.correctsEntryId} is not null`),
  ],
);
