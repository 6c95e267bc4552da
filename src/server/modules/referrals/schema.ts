import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { referralStatuses } from '../../../contracts/referrals';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { accounts, agencyEnum } from '../../platform/auth/schema';
import { offices } from '../offices/schema';
import { benefitStatusEnum, participants } from '../participants/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

export const referralStatusEnum = pgEnum('referral_status', referralStatuses);
export const referralChannelEnum = pgEnum('referral_channel', ['portal', 'phone', 'email']);

/** A counsellor's referral (toeleiding) of a job seeker, with the agreements already made (afsprakenblad). */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    status: referralStatusEnum('status').notNull().default('received'),
    agency: agencyEnum('agency').notNull(),
    channel: referralChannelEnum('channel').notNull(),
    counsellorAccountId: uuid('counsellor_account_id').references(() => accounts.id),
    counsellorName: text('counsellor_name').notNull(),
    counsellorEmail: text('counsellor_email'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    email: text('email'),
    postcode: text('postcode').notNull(),
    benefitStatus: benefitStatusEnum('benefit_status'),
    agreements: text('agreements').notNull(),
    intakeAt: timestamp('intake_at', { withTimezone: true }),
    intakeOfficeId: uuid('intake_office_id').references(() => offices.id),
    declineReason: text('decline_reason'),
    refusalReasons: jsonb('refusal_reasons').$type<RuleReason[]>(),
    participantId: uuid('participant_id').references(() => participants.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('referrals_queue_idx').on(table.organiserId, table.status, table.receivedAt),
    index('referrals_counsellor_idx').on(table.organiserId, table.counsellorAccountId),
  ],
);
