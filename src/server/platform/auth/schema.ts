import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { messageChannels } from '../../../contracts/messages';
import { roles } from '../../../contracts/roles';
import { sessionStages } from '../../../contracts/sessions';
import { organiserIdColumn } from '../tenancy/organiser-column';

export const roleEnum = pgEnum('role', roles);

export const agencyEnum = pgEnum('agency', ['vdab', 'ocmw']);

export const sessionStageEnum = pgEnum('session_stage', sessionStages);

/** How a message reaches someone; here for the accounts' preference, and the outbox's column (modules/messages). */
export const messageChannelEnum = pgEnum('message_channel', messageChannels);

/** A login. Email is stored lower-cased; one account may work for several organisers through memberships. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
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
    index('login_attempts_failed_idx').on(table.attemptedAt).where(sql`not ${table.succeeded}`),
  ],
);
