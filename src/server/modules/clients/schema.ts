import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { LOCAL_AUTHORITY_KINDS } from '../../../domain/clients/client-category';
import { CLIENT_CATEGORIES } from '../../../domain/clients/client-category';
import { accounts, oneTimeLinks } from '../../platform/auth/schema';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';
import { organisers } from '../../platform/tenancy/schema';
import { municipalities } from '../municipalities/schema';
import { contactChannelEnum, languageEnum, signatureMethodEnum } from '../participants/schema';
import type { ClientAgreementFields } from './client-agreement-templates';

export const clientCategoryEnum = pgEnum('client_category', CLIENT_CATEGORIES);
export const localAuthorityKindEnum = pgEnum('local_authority_kind', LOCAL_AUTHORITY_KINDS);

/** A client (gebruiker). The client number is the organiser's own, 1–999,999, and names the client in the fee's reference. */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientNumber: integer('client_number').notNull(),
    category: clientCategoryEnum('category').notNull(),
    localAuthorityKind: localAuthorityKindEnum('local_authority_kind'),
    name: text('name').notNull(),
    enterpriseNumber: text('enterprise_number'),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    email: text('email'),
    phone: text('phone'),
    preferredChannel: contactChannelEnum('preferred_channel').notNull(),
    preferredLanguage: languageEnum('preferred_language').notNull(),
    /** The first job wish of a public registration, kept as the applicant wrote it until a job request is made of it. */
    jobWish: text('job_wish'),
    jobWishActivityCode: text('job_wish_activity_code'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('clients_organiser_number_unique').on(table.organiserId, table.clientNumber),
    // One enterprise is one client of an organiser; the check before the insert names the existing one, this catches a race.
    uniqueIndex('clients_organiser_enterprise_unique')
      .on(table.organiserId, table.enterpriseNumber)
      .where(sql`${table.enterpriseNumber} is not null`),
    index('clients_list_idx').on(table.organiserId, table.name, table.id),
    index('clients_name_search_idx').using('btree', table.organiserId, sql`lower(${table.name})`),
  ],
);

/** The last client number handed out per organiser: numbers only go up, so one is never reused (decision 056). */
export const clientNumberCounters = pgTable('client_number_counters', {
  organiserId: uuid('organiser_id')
    .primaryKey()
    .references(() => organisers.id),
  lastNumber: integer('last_number').notNull(),
});

/** The people to talk to at a client; accounts for them come with invitations. */
export const clientContacts = pgTable(
  'client_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    role: text('role'),
    /** The contact's portal login (role client), linked by an invitation; it sees this client only. */
    accountId: uuid('account_id').references(() => accounts.id),
  },
  (table) => [index('client_contacts_client_idx').on(table.organiserId, table.clientId, table.position), index('client_contacts_account_idx').on(table.accountId)],
);

/**
 * A staff record that a client's fee of a calendar year was paid (or, as a correction, was not). Records are never
 * changed: a correction is a new row naming the one it replaces, and the row nobody replaced is in force.
 */
export const clientFeePayments = pgTable(
  'client_fee_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    structuredReference: text('structured_reference').notNull(),
    paidOn: date('paid_on', { mode: 'string' }),
    correctsPaymentId: uuid('corrects_payment_id').references((): AnyPgColumn => clientFeePayments.id),
    recordedByAccountId: uuid('recorded_by_account_id')
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('client_fee_payments_client_idx').on(table.organiserId, table.clientId, table.year),
    // A record is corrected at most once, so exactly one row per year is in force.
    uniqueIndex('client_fee_payments_corrects_unique').on(table.correctsPaymentId),
    // At most one first record per client and year; later ones are corrections.
    uniqueIndex('client_fee_payments_first_unique')
      .on(table.clientId, table.year)
      .where(sql`${table.correctsPaymentId} is null`),
  ],
);

/** A gebruikersovereenkomst: drawn up from a versioned template with a frozen snapshot, then recorded as signed. */
export const clientAgreements = pgTable(
  'client_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    templateVersion: text('template_version').notNull(),
    snapshot: jsonb('snapshot').$type<ClientAgreementFields>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    signedOn: date('signed_on', { mode: 'string' }),
    signedHow: signatureMethodEnum('signed_how'),
    /** Signed by link: the name the client typed and the address the form came from (R7). */
    signedName: text('signed_name'),
    signedIp: text('signed_ip'),
  },
  (table) => [index('client_agreements_client_idx').on(table.organiserId, table.clientId)],
);

/**
 * A "Verstuur ter ondertekening": which agreement a one-time link (purpose `client_agreement_signing`) offers. The
 * link row holds the hash, expiry and single use; this row says what it signs and to whom it was sent.
 */
export const clientAgreementSigningLinks = pgTable(
  'client_agreement_signing_links',
  {
    oneTimeLinkId: uuid('one_time_link_id')
      .primaryKey()
      .references(() => oneTimeLinks.id, { onDelete: 'cascade' }),
    organiserId: organiserIdColumn(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => clientAgreements.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => clientContacts.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('client_agreement_signing_links_agreement_idx').on(table.organiserId, table.agreementId)],
);
