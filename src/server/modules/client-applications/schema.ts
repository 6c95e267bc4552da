import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clientApplicationStatuses } from '../../../contracts/client-applications';
import { accounts } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { clientCategoryEnum, clients, localAuthorityKindEnum } from '../clients/schema';
import { municipalities } from '../municipalities/schema';
import { contactChannelEnum, languageEnum } from '../participants/schema';

export const clientApplicationStatusEnum = pgEnum('client_application_status', clientApplicationStatuses);

/**
 * A "Word gebruiker" form as the public sent it. No client and no account exist until a coordinator approves it;
 * then `client_id` names the client it became (new, or the existing one it was linked to).
 */
export const clientApplications = pgTable(
  'client_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    status: clientApplicationStatusEnum('status').notNull().default('new'),
    category: clientCategoryEnum('category').notNull(),
    localAuthorityKind: localAuthorityKindEnum('local_authority_kind'),
    name: text('name').notNull(),
    enterpriseNumber: text('enterprise_number'),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    preferredChannel: contactChannelEnum('preferred_channel').notNull(),
    preferredLanguage: languageEnum('preferred_language').notNull(),
    jobWish: text('job_wish'),
    jobWishActivityCode: text('job_wish_activity_code'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id),
    declineReason: text('decline_reason'),
    clientId: uuid('client_id').references(() => clients.id),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('client_applications_list_idx').on(table.organiserId, table.status, table.submittedAt, table.id)],
);
