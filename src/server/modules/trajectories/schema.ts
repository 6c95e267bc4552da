import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { trajectoryOutcomes } from '../../../contracts/participants';
import { accounts } from '../../platform/auth/schema';
import { participants } from '../participants/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

export const trajectoryOutcomeEnum = pgEnum('trajectory_outcome', trajectoryOutcomes);
export const evaluationOutcomeEnum = pgEnum('evaluation_outcome', ['continue', 'extend', 'end']);

/** A wijk-werktraject: at most 12 months (6 + 6), or open-ended under the PWA transitional right. */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    extensionsGranted: integer('extensions_granted').notNull().default(0),
    pwaTransitional: boolean('pwa_transitional').notNull(),
    /** The end date as the rules engine computed it at the last change; kept for list filters ("months left"). */
    plannedEndDate: date('planned_end_date', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    outcome: trajectoryOutcomeEnum('outcome'),
    outcomeReason: text('outcome_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('trajectories_participant_idx').on(table.organiserId, table.participantId),
    index('trajectories_end_idx').on(table.organiserId, table.plannedEndDate),
  ],
);

export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    outcome: evaluationOutcomeEnum('outcome').notNull(),
    notes: text('notes').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('evaluations_trajectory_idx').on(table.organiserId, table.trajectoryId)],
);
