import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { incidentStatuses } from '../../../contracts/incidents';
import { accounts, roleEnum } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { assignments } from '../assignments/schema';
import { participants } from '../participants/schema';

export const incidentStatusEnum = pgEnum('incident_status', incidentStatuses);

/**
 * An accident or incident during wijk-werk (R20, decision 146): who it happened to, when and where, what happened,
 * and the VDAB report it needs within 7 working days (`report_deadline`, computed when it is filed). Open → reported
 * to VDAB (date, reference, by whom) → closed.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    occurredAt: text('occurred_at'),
    location: text('location').notNull(),
    description: text('description').notNull(),
    injuries: boolean('injuries').notNull(),
    witnesses: text('witnesses').notNull(),
    reportDeadline: date('report_deadline', { mode: 'string' }).notNull(),
    status: incidentStatusEnum('status').notNull().default('open'),
    filedBy: uuid('filed_by')
      .notNull()
      .references(() => accounts.id),
    filedByRole: roleEnum('filed_by_role').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }),
    vdabReference: text('vdab_reference'),
    reportedBy: uuid('reported_by').references(() => accounts.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('incidents_organiser_idx').on(table.organiserId, table.status, table.reportDeadline), index('incidents_participant_idx').on(table.participantId)],
);
