import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { membershipStatuses } from '../../../contracts/accounts';
import { messageChannels } from '../../../contracts/messages';
import { oneTimeLinkPurposes } from '../../../contracts/one-time-links';
import { roles } from '../../../contracts/roles';
import { sessionStages } from '../../../contracts/sessions';
import { organiserIdColumn } from '../tenancy/organiser-column';

export const roleEnum = pgEnum('role', roles);

export const agencyEnum = pgEnum('agency', ['vdab', 'ocmw']);

export const sessionStageEnum = pgEnum('session_stage', sessionStages);

export const membershipStatusEnum = pgEnum('membership_status', membershipStatuses);

export const oneTimeLinkPurposeEnum = pgEnum('one_time_link_purpose', oneTimeLinkPurposes);

/** How a message reaches someone; here for the accounts' preference, and the outbox's column (modules/messages). */
export const messageChannelEnum = pgEnum('message_channel', messageChannels);

/** A login. Email is stored lower-cased; one account may work for several organisers through memberships. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** Null until the person chooses one from their invitation: such a login cannot log in. */
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('nl-BE'),
    /** Where messages for this account go first; without a phone an SMS preference falls back to e-mail (decision 036). */
    preferredChannel: messageChannelEnum('preferred_channel').notNull().default('email'),
    phone: text('phone'),
    /** The morning e-mail of reminders for staff who handle participants; each person may turn it off. */
    staffDigest: boolean('staff_digest').notNull().default(true),
    /** Base32 TOTP secret; set at setup, in use once `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The 30-second step of the last accepted code, so a code is never accepted twice (ASVS 6.5.1). */
    totpLastStep: integer('totp_last_step'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('accounts_email_unique').on(table.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    role: roleEnum('role').notNull(),
    /** For counsellors: the agency they work for, which decides what consent lets them see. */
    agency: agencyEnum('agency'),
    /** `invited`: the person has not accepted yet; no session opens on it and staff see only `invitedName`. */
    status: membershipStatusEnum('status').notNull().default('active'),
    /** The name the inviting organiser typed, shown instead of the login's own until the person accepts. */
    invitedName: text('invited_name'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('memberships_organiser_account_unique').on(table.organiserId, table.accountId)],
);

/** Server-side sessions: only the SHA-256 of the cookie token is stored, so a database leak yields no usable cookie. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    organiserId: organiserIdColumn(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    csrfToken: text('csrf_token').notNull(),
    stage: sessionStageEnum('stage').notNull().default('complete'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_account_idx').on(table.accountId)],
);

/** Failed and successful logins, for throttling per IP and per account (not organiser data: it precedes a session). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ip: text('ip').notNull(),
    emailKey: text('email_key').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('login_attempts_ip_idx').on(table.ip, table.attemptedAt),
    index('login_attempts_email_idx').on(table.emailKey, table.attemptedAt),
    index('login_attempts_failed_idx')
      .on(table.attemptedAt)
      .where(sql`not ${table.succeeded}`),
  ],
);

/**
 * One-time links (invitation, password reset): only the SHA-256 of the token is stored, so the table gives no
 * usable link. A link works once (`used_at`) and until `expires_at`; issuing a new one for the same recipient and
 * purpose deletes the unused ones before it.
 */
export const oneTimeLinks = pgTable(
  'one_time_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    purpose: oneTimeLinkPurposeEnum('purpose').notNull(),
    /** The recipient: a login, or (for people without one, later) an e-mail address. */
    accountId: uuid('account_id').references(() => accounts.id),
    email: text('email'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Who issued it; null when the person asked for it (password reset). */
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('one_time_links_token_hash_unique').on(table.tokenHash),
    index('one_time_links_recipient_idx').on(table.organiserId, table.purpose, table.accountId),
    index('one_time_links_expires_idx').on(table.expiresAt),
    check('one_time_links_recipient_check', sql`${table.accountId} is not null or ${table.email} is not null`),
  ],
);
