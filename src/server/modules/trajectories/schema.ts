import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { trajectoryOutcomes } from '../../../contracts/trajectories';
import { accounts } from '../../platform/auth/schema';
import { participantAgreements, participants } from '../participants/schema';
import { referrals } from '../referrals/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

export const trajectoryOutcomeEnum = pgEnum('trajectory_outcome', trajectoryOutcomes);
export const evaluationOutcomeEnum = pgEnum('evaluation_outcome', ['continue', 'extend', 'end']);

/**
 * A wijk-werktraject: at most 12 months (6 + 6), or open-ended under the PWA transitional right. Each one starts on
 * its own accepted referral and its own signed wijk-werkovereenkomst (R5, decision 120): the unique indexes make
 * sure neither is used twice. Both are null only for trajectories started before that rule was kept here.
 */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    agreementId: uuid('agreement_id').references(() => participantAgreements.id),
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
    uniqueIndex('trajectories_referral_unique').on(table.referralId),
    uniqueIndex('trajectories_agreement_unique').on(table.agreementId),
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
    /** The counsellor whose evaluation a coordinator recorded ("namens"); null when the counsellor recorded it. */
    onBehalfOfCounsellor: text('on_behalf_of_counsellor'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('evaluations_trajectory_idx').on(table.organiserId, table.trajectoryId)],
);

/**
 * A day of temp work (interim, uitzendarbeid) a participant did, for R18 (decision 145). A mistaken day is removed
 * by setting `removed_at` with a reason (and an audit row), never by deleting it; at most one standing row per
 * participant and date.
 */
export const interimDays = pgTable(
  'interim_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    workedOn: date('worked_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => accounts.id),
    removalReason: text('removal_reason'),
  },
  (table) => [
    index('interim_days_participant_idx').on(table.organiserId, table.participantId, table.workedOn),
    uniqueIndex('interim_days_standing_unique')
      .on(table.participantId, table.workedOn)
      .where(sql`${table.removedAt} is null`),
  ],
);
