import { z } from 'zod';
import { parseIban } from '../domain/identity/iban';
import { parseInsz } from '../domain/identity/insz';
import { civilDateOutputSchema, civilDateSchema, emailSchema, idSchema, phoneSchema, postcodeSchema, textSchema, timeOfDaySchema, versionSchema } from './common';
import { listQuerySchema, pageSchema } from './pagination';
import { trajectoryDetailSchema, trajectorySummarySchema } from './trajectories';

export const benefitStatuses = ['unemployment_benefit', 'leefloon', 'sickness_benefit', 'none'] as const;
export const benefitStatusSchema = z.enum(benefitStatuses);

export const participantStatuses = ['intake', 'active', 'ended'] as const;
export const participantStatusSchema = z.enum(participantStatuses);

export const contactChannels = ['phone', 'sms', 'email', 'letter'] as const;
export const contactChannelSchema = z.enum(contactChannels);
export const languages = ['nl', 'fr', 'en', 'ar', 'tr', 'uk', 'other'] as const;
export const languageSchema = z.enum(languages);
export const transportModes = ['walk', 'bicycle', 'public_transport', 'moped', 'car'] as const;
export const transportModeSchema = z.enum(transportModes);
export const noteVisibilities = ['staff', 'shared_with_counsellor'] as const;
/** How an agreement was signed; `link` only for a client's agreement, signed from an e-mailed one-time link. */
export const signatureMethods = ['paper', 'in_person', 'link'] as const;
const staffSignatureMethods = ['paper', 'in_person'] as const;

/** Accepts an INSZ as written (dots, dashes) and yields the 11 digits; the check digits must be right. */
export const inszSchema = textSchema.max(20).transform((text, context) => {
  const parsed = parseInsz(text);
  if (!parsed) {
    context.addIssue({ code: 'custom', message: 'INVALID_INSZ' });
    return z.NEVER;
  }
  return parsed.insz;
});

export const ibanSchema = textSchema.max(42).transform((text, context) => {
  const iban = parseIban(text);
  if (!iban) {
    context.addIssue({ code: 'custom', message: 'INVALID_IBAN' });
    return z.NEVER;
  }
  return iban;
});

export const availabilitySlotSchema = z
  .object({ weekday: z.number().int().min(1).max(7), from: timeOfDaySchema, until: timeOfDaySchema })
  .strict()
  .refine((slot) => slot.from < slot.until, { message: 'until must be after from', path: ['until'] });

export const addressFieldsSchema = z.object({ street: textSchema.trim().min(1).max(200), postcode: postcodeSchema, city: textSchema.trim().min(1).max(100) }).strict();

/** The editable part of a participant record (the intake form). */
export const participantFieldsSchema = z
  .object({
    firstName: textSchema.trim().min(1).max(80),
    lastName: textSchema.trim().min(1).max(80),
    address: addressFieldsSchema,
    phone: phoneSchema.nullable(),
    email: emailSchema.nullable(),
    preferredChannel: contactChannelSchema,
    preferredLanguage: languageSchema,
    iban: ibanSchema.nullable(),
    transportModes: z.array(transportModeSchema).max(5),
    activityCodes: z.array(textSchema.max(60)).max(60),
    availability: z.array(availabilitySlotSchema).max(35),
    maxTravelKm: z.number().int().min(0).max(200),
    benefitStatus: benefitStatusSchema,
    vdabRegistered: z.boolean(),
    availableForLabourMarket: z.boolean(),
    hadPwaContractOn20170930: z.boolean(),
    /** For ex-PWA workers: the last day they did wijk-werk before this platform kept their hours (R6 lapse). */
    pwaLastWorkedOn: civilDateSchema.nullable(),
  })
  .strict();

export const updateParticipantRequestSchema = participantFieldsSchema.partial().extend({ version: versionSchema }).strict();

const personRef = z.object({ accountId: idSchema, name: z.string() });

export const participantSummarySchema = z
  .object({
    id: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    municipality: z.string().nullable(),
    status: participantStatusSchema,
    benefitStatus: benefitStatusSchema.optional(),
    counsellor: personRef.nullable(),
    coach: personRef.nullable(),
    trajectory: trajectorySummarySchema.nullable(),
  })
  .meta({ id: 'ParticipantSummary' });

export const participantPageSchema = pageSchema(participantSummarySchema);

export const listParticipantsQuerySchema = listQuerySchema(z.tuple([textSchema, textSchema, idSchema]))
  .extend({
    status: participantStatusSchema.optional(),
    municipalityId: idSchema.optional(),
    counsellorId: idSchema.optional(),
    coachId: idSchema.optional(),
    benefitStatus: benefitStatusSchema.optional(),
    monthsLeftAtMost: z.coerce.number().int().min(0).max(12).optional(),
  })
  .strict();

export const consentSchema = z.object({
  id: idSchema,
  recipient: z.enum(['vdab', 'ocmw']),
  purpose: z.string(),
  givenOn: civilDateOutputSchema,
  withdrawnOn: civilDateOutputSchema.nullable(),
});

export const documentTypes = ['medical_permission', 'vdab_registration', 'signed_agreement', 'identity', 'other'] as const;
export const documentTypeSchema = z.enum(documentTypes);

export const documentSchema = z.object({
  id: idSchema,
  type: documentTypeSchema,
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  validFrom: civilDateOutputSchema.nullable(),
  validTo: civilDateOutputSchema.nullable(),
  uploadedAt: z.iso.datetime(),
});

export const caseNoteSchema = z.object({
  id: idSchema,
  body: z.string(),
  visibility: z.enum(noteVisibilities),
  author: z.string(),
  createdAt: z.iso.datetime(),
});

export const agreementSchema = z.object({
  id: idSchema,
  templateVersion: z.string(),
  createdAt: z.iso.datetime(),
  signedOn: civilDateOutputSchema.nullable(),
  signedHow: z.enum(signatureMethods).nullable(),
});

/**
 * The participant page. Sensitive fields (INSZ, IBAN, benefit status, documents) are present only for roles that
 * need them; the server omits them for the others, and opening a record with them is access-logged.
 */
export const participantDetailSchema = z
  .object({
    id: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    insz: z.string().optional(),
    birthDate: civilDateOutputSchema.nullable().optional(),
    address: addressFieldsSchema,
    municipality: z.object({ id: idSchema, name: z.string() }).nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredChannel: contactChannelSchema,
    preferredLanguage: languageSchema,
    iban: z.string().nullable().optional(),
    transportModes: z.array(transportModeSchema),
    activityCodes: z.array(z.string()),
    availability: z.array(availabilitySlotSchema),
    maxTravelKm: z.number().int(),
    benefitStatus: benefitStatusSchema.optional(),
    vdabRegistered: z.boolean().optional(),
    availableForLabourMarket: z.boolean().optional(),
    hadPwaContractOn20170930: z.boolean(),
    pwaLastWorkedOn: civilDateOutputSchema.nullable(),
    referralAgency: z.enum(['vdab', 'ocmw']),
    status: participantStatusSchema,
    counsellor: personRef.nullable(),
    coach: personRef.nullable(),
    trajectories: z.array(trajectoryDetailSchema),
    consents: z.array(consentSchema),
    documents: z.array(documentSchema).optional(),
    notes: z.array(caseNoteSchema),
    agreements: z.array(agreementSchema),
    version: versionSchema,
  })
  .meta({ id: 'ParticipantDetail' });

export const ruleReasonSchema = z.object({ code: z.string(), rule: z.string(), details: z.record(z.string(), z.unknown()).optional() });

export const eligibilitySchema = z.object({
  date: civilDateOutputSchema,
  eligible: z.boolean(),
  reasons: z.array(ruleReasonSchema).readonly(),
  warnings: z.array(ruleReasonSchema).readonly(),
});

export const eligibilityQuerySchema = z.object({ date: civilDateSchema.optional() }).strict();

export const createConsentRequestSchema = z
  .object({ recipient: z.enum(['vdab', 'ocmw']), purpose: textSchema.trim().min(1).max(300), givenOn: civilDateSchema })
  .strict();

export const withdrawConsentRequestSchema = z.object({ withdrawnOn: civilDateSchema }).strict();

/** Documents travel as base64 in JSON (max 5 MB decoded); type and size are checked on the server too. */
export const documentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const maxDocumentBytes = 5 * 1024 * 1024;

export const uploadDocumentRequestSchema = z
  .object({
    type: documentTypeSchema,
    fileName: textSchema.trim().min(1).max(200),
    mimeType: z.enum(documentMimeTypes),
    contentBase64: z
      .string()
      .min(4)
      .max(Math.ceil((maxDocumentBytes * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Not base64'),
    validFrom: civilDateSchema.optional(),
    validTo: civilDateSchema.optional(),
  })
  .strict()
  .refine((document) => !document.validFrom || !document.validTo || document.validTo >= document.validFrom, {
    message: 'The end date is before the start date',
    path: ['validTo'],
  })
  .refine((document) => document.type !== 'medical_permission' || (document.validFrom && document.validTo), {
    message: 'A medical permission needs its validity dates',
    path: ['validTo'],
  });

export const createCaseNoteRequestSchema = z.object({ body: textSchema.trim().min(1).max(5000), visibility: z.enum(noteVisibilities) }).strict();

export const createAgreementRequestSchema = z.object({ plannedStartDate: civilDateSchema }).strict();

export const signAgreementRequestSchema = z.object({ signedOn: civilDateSchema, signedHow: z.enum(staffSignatureMethods) }).strict();

export const assignCoachRequestSchema = z.object({ version: versionSchema, coachAccountId: idSchema.nullable() }).strict();

export type BenefitStatus = z.infer<typeof benefitStatusSchema>;
export type ParticipantFields = z.infer<typeof participantFieldsSchema>;
export type UpdateParticipantRequest = z.infer<typeof updateParticipantRequestSchema>;
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuerySchema>;
export type CreateConsentRequest = z.infer<typeof createConsentRequestSchema>;
export type UploadDocumentRequest = z.infer<typeof uploadDocumentRequestSchema>;
export type CreateCaseNoteRequest = z.infer<typeof createCaseNoteRequestSchema>;
export type CreateAgreementRequest = z.infer<typeof createAgreementRequestSchema>;
export type SignAgreementRequest = z.infer<typeof signAgreementRequestSchema>;
export type AssignCoachRequest = z.infer<typeof assignCoachRequestSchema>;
export type WithdrawConsentRequest = z.infer<typeof withdrawConsentRequestSchema>;

export const reminderSchema = z.object({
  kind: z.enum(['medical_permission_expiring', 'evaluation_due']),
  participantId: idSchema,
  participantName: z.string(),
  dueOn: civilDateOutputSchema,
});

export const remindersResponseSchema = z.object({ items: z.array(reminderSchema) });

export type Reminder = z.infer<typeof reminderSchema>;

/** What happened to a participant's record and who opened its sensitive data (GDPR: the person may ask). */
export const participantHistorySchema = z.object({
  changes: z.array(z.object({ action: z.string(), actor: z.string().nullable(), actorRole: z.string().nullable(), occurredAt: z.iso.datetime() })),
  accesses: z.array(z.object({ actor: z.string().nullable(), actorRole: z.string(), fields: z.array(z.string()), occurredAt: z.iso.datetime() })),
});

export type ParticipantHistory = z.infer<typeof participantHistorySchema>;
