import { sql } from 'drizzle-orm';
import { customType, date, index, integer, boolean, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  benefitStatuses,
  contactChannels,
  documentTypes,
  languages,
  noteVisibilities,
  participantStatuses,
  signatureMethods,
  transportModes,
} from '../../../contracts/participants';
import { accounts, agencyEnum } from '../../platform/auth/schema';
import { municipalities } from '../municipalities/schema';
import type { AgreementFields } from './agreement-templates';
import { organiserIdColumn } from '../../platform/tenancy/organiser-column';

export const benefitStatusEnum = pgEnum('benefit_status', benefitStatuses);
export const participantStatusEnum = pgEnum('participant_status', participantStatuses);
export const documentTypeEnum = pgEnum('document_type', documentTypes);
export const contactChannelEnum = pgEnum('contact_channel', contactChannels);
export const languageEnum = pgEnum('language', languages);
export const transportModeEnum = pgEnum('transport_mode', transportModes);
export const noteVisibilityEnum = pgEnum('note_visibility', noteVisibilities);
export const signatureMethodEnum = pgEnum('signature_method', signatureMethods);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export type AvailabilitySlot = { weekday: number; from: string; until: string };

/** A wijk-werker. Created when a referral is accepted at intake; INSZ is unique within an organiser. */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    insz: text('insz').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    phone: text('phone'),
    email: text('email'),
    preferredChannel: contactChannelEnum('preferred_channel').notNull(),
    preferredLanguage: languageEnum('preferred_language').notNull(),
    iban: text('iban'),
    transportModes: transportModeEnum('transport_modes').array().notNull(),
    activityCodes: text('activity_codes').array().notNull(),
    availability: jsonb('availability').$type<AvailabilitySlot[]>().notNull(),
    maxTravelKm: integer('max_travel_km').notNull(),
    benefitStatus: benefitStatusEnum('benefit_status').notNull(),
    vdabRegistered: boolean('vdab_registered').notNull(),
    availableForLabourMarket: boolean('available_for_labour_market').notNull(),
    hadPwaContractOn20170930: boolean('had_pwa_contract_on_20170930').notNull(),
    pwaLastWorkedOn: date('pwa_last_worked_on', { mode: 'string' }),
    referralAgency: agencyEnum('referral_agency').notNull(),
    counsellorAccountId: uuid('counsellor_account_id').references(() => accounts.id),
    coachAccountId: uuid('coach_account_id').references(() => accounts.id),
    /** The wijk-werker's own portal login (role participant), which sees this record only. */
    accountId: uuid('account_id').references(() => accounts.id),
    status: participantStatusEnum('status').notNull().default('intake'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('participants_organiser_insz_unique').on(table.organiserId, table.insz),
    index('participants_list_idx').on(table.organiserId, table.lastName, table.firstName, table.id),
    index('participants_counsellor_idx').on(table.organiserId, table.counsellorAccountId),
    index('participants_coach_idx').on(table.organiserId, table.coachAccountId),
    uniqueIndex('participants_account_unique').on(table.organiserId, table.accountId),
    index('participants_name_search_idx').using('btree', table.organiserId, sql`lower(${table.lastName} || ' ' || ${table.firstName})`),
    // Matching keeps only those who chose the request's activity (`activity_codes @> array[...]`, decision 150).
    index('participants_activity_codes_idx').using('gin', table.activityCodes),
  ],
);

/** Consent to share data with an agency: what, with whom, when given and when withdrawn. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    recipient: agencyEnum('recipient').notNull(),
    purpose: text('purpose').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (table) => [index('consents_participant_idx').on(table.organiserId, table.participantId)],
);

/** Evidence and papers. Content lives in the database, so it is backed up with the rest and never served directly. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    type: documentTypeEnum('type').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('documents_participant_idx').on(table.organiserId, table.participantId)],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    authorAccountId: uuid('author_account_id')
      .notNull()
      .references(() => accounts.id),
    body: text('body').notNull(),
    visibility: noteVisibilityEnum('visibility').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('case_notes_participant_idx').on(table.organiserId, table.participantId)],
);

/** A wijk-werkovereenkomst: generated from a versioned template with a frozen snapshot, then recorded as signed. */
export const participantAgreements = pgTable(
  'participant_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    templateVersion: text('template_version').notNull(),
    snapshot: jsonb('snapshot').$type<AgreementFields>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    signedOn: date('signed_on', { mode: 'string' }),
    signedHow: signatureMethodEnum('signed_how'),
  },
  (table) => [index('participant_agreements_participant_idx').on(table.organiserId, table.participantId)],
);

/**
 * A participant's worked hours per civil date, summed over their counted time entries (decision 130). The caps (R4)
 * and the PWA lapse (R6) read these few rows instead of every entry; the time-entries module keeps them up to date
 * through `worked-hours.ts`, in the same transaction as the entry, under the participant's row lock.
 */
export const participantWorkedDays = pgTable(
  'participant_worked_days',
  {
    organiserId: organiserIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    workDate: date('work_date', { mode: 'string' }).notNull(),
    /** Started hours (R4): each entry's own started hours, summed. */
    countedHours: integer('counted_hours').notNull(),
    workedMinutes: integer('worked_minutes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.participantId, table.workDate] })],
);
