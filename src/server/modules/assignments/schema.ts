import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { assignmentStatuses, distanceSources, proposalAnswerChannels } from '../../../contracts/assignments';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { FactorLine } from '../../../domain/matching/matching-result';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { clients } from '../clients/schema';
import { jobRequests } from '../job-requests/schema';
import { participants } from '../participants/schema';

export const assignmentStatusEnum = pgEnum('assignment_status', assignmentStatuses);
export const proposalAnswerChannelEnum = pgEnum('proposal_answer_channel', proposalAnswerChannels);
export const distanceSourceEnum = pgEnum('distance_source', distanceSources);

/**
 * A participant doing a job request for its client: first a proposal (tentative for the caps), planned once the
 * participant accepts. It copies the request's activity, place and schedule at proposal time, so a later edit of the
 * request does not move planned work. Distances are metres one way; the round trip is twice that unless staff say
 * otherwise.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    jobRequestId: uuid('job_request_id')
      .notNull()
      .references(() => jobRequests.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    activityCode: text('activity_code').notNull(),
    placeStreet: text('place_street').notNull(),
    placePostcode: text('place_postcode').notNull(),
    placeCity: text('place_city').notNull(),
    schedule: jsonb('schedule').$type<JobSchedule>().notNull(),
    oneWayMetres: integer('one_way_metres'),
    roundTripMetres: integer('round_trip_metres'),
    distanceSource: distanceSourceEnum('distance_source').notNull(),
    coachAccountId: uuid('coach_account_id').references(() => accounts.id),
    status: assignmentStatusEnum('status').notNull(),
    /** The ranking's lines for this participant when proposed: why they were asked. */
    matchFactors: jsonb('match_factors').$type<FactorLine[]>().notNull(),
    proposedByAccountId: uuid('proposed_by_account_id')
      .notNull()
      .references(() => accounts.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    answeredVia: proposalAnswerChannelEnum('answered_via'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Why the participant declined, the proposal was withdrawn or the assignment cancelled. */
    statusReason: text('status_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('assignments_participant_idx').on(table.organiserId, table.participantId, table.status),
    index('assignments_client_idx').on(table.organiserId, table.clientId, table.status),
    index('assignments_job_request_idx').on(table.organiserId, table.jobRequestId),
    // One open proposal or planned assignment per participant and request.
    uniqueIndex('assignments_open_unique')
      .on(table.jobRequestId, table.participantId)
      .where(sql`${table.status} in ('proposed', 'planned')`),
  ],
);

/** A participant's or client contact's secret calendar address; only its hash is stored, revoking sets revoked_at. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('calendar_feeds_token_unique').on(table.tokenHash), index('calendar_feeds_account_idx').on(table.organiserId, table.accountId)],
);
