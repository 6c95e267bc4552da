import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { jobRequestOrigins, jobRequestStatuses } from '../../../contracts/job-requests';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { clientContacts, clients } from '../clients/schema';
import { municipalities } from '../municipalities/schema';

export const jobRequestStatusEnum = pgEnum('job_request_status', jobRequestStatuses);
export const jobRequestOriginEnum = pgEnum('job_request_origin', jobRequestOrigins);

/**
 * A klusje: what a client asks, where and when. The place is the client's address or another, always in Flanders
 * (R1); the schedule is the checked `JobSchedule` of decision 052. The activity is a code of the activity list.
 */
export const jobRequests = pgTable(
  'job_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    activityCode: text('activity_code').notNull(),
    description: text('description').notNull(),
    placeStreet: text('place_street').notNull(),
    placePostcode: text('place_postcode').notNull(),
    placeCity: text('place_city').notNull(),
    placeMunicipalityId: uuid('place_municipality_id').references(() => municipalities.id),
    schedule: jsonb('schedule').$type<JobSchedule>().notNull(),
    status: jobRequestStatusEnum('status').notNull().default('new'),
    /** Why it was cancelled or declined; shown to the client. */
    statusReason: text('status_reason'),
    origin: jobRequestOriginEnum('origin').notNull(),
    createdByAccountId: uuid('created_by_account_id').references(() => accounts.id),
    /** The contact who asked (the public form, the portal): told by e-mail when the request arrives and is decided. */
    /** The public form's timing in the client's words; the schedule is the coordinator's reading of it until edited. */
    wishedTiming: text('wished_timing'),
    contactId: uuid('contact_id').references(() => clientContacts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('job_requests_list_idx').on(table.organiserId, table.status, table.createdAt, table.id),
    // The list pages newest first, unfiltered or by client or activity, each one index range (50,000 rows).
    index('job_requests_created_idx').on(table.organiserId, table.createdAt, table.id),
    index('job_requests_client_idx').on(table.organiserId, table.clientId, table.createdAt, table.id),
    index('job_requests_activity_idx').on(table.organiserId, table.activityCode, table.createdAt, table.id),
  ],
);
