import { z } from 'zod';
import { CLIENT_CATEGORIES, LOCAL_AUTHORITY_KINDS } from '../domain/clients/client-category';
import { parseEnterpriseNumber } from '../domain/identity/kbo';
import { civilDateOutputSchema, civilDateSchema, emailSchema, idSchema, phoneSchema, textSchema, versionSchema } from './common';
import { oneTimeTokenSchema } from './one-time-links';
import { listQuerySchema, pageSchema } from './pagination';
import { addressFieldsSchema, agreementSchema, contactChannelSchema, languageSchema, ruleReasonSchema } from './participants';

export const clientCategorySchema = z.enum(CLIENT_CATEGORIES);
export const localAuthorityKindSchema = z.enum(LOCAL_AUTHORITY_KINDS);

/**
 * Categories whose clients are registered enterprises and must give their KBO number. A non-profit may be a
 * feitelijke vereniging without one, so it may leave it empty; a private person has none (decision 056).
 */
export const enterpriseNumberRequiredFor: readonly z.infer<typeof clientCategorySchema>[] = ['local_authority', 'school', 'agriculture_horticulture'];

/** Accepts an enterprise number as written (dots, spaces, `BE`) and yields its 10 digits; the check digits must be right. */
export const enterpriseNumberSchema = textSchema.max(20).transform((text, context) => {
  const parsed = parseEnterpriseNumber(text);
  if (!parsed.valid) {
    context.addIssue({ code: 'custom', message: parsed.code });
    return z.NEVER;
  }
  return parsed.enterpriseNumber;
});

export const clientContactSchema = z
  .object({
    name: textSchema.trim().min(1).max(120),
    email: emailSchema.nullable(),
    phone: phoneSchema.nullable(),
    role: textSchema.trim().max(80).nullable(),
  })
  .strict();

type CategoryFields = {
  category: z.infer<typeof clientCategorySchema>;
  localAuthorityKind: z.infer<typeof localAuthorityKindSchema> | null;
  enterpriseNumber: string | null;
};

/** The kind goes with a local authority only; KBO numbers with organisations, required where they must have one. */
export const checkCategoryFields = (client: CategoryFields, context: z.RefinementCtx): void => {
  if ((client.category === 'local_authority') !== (client.localAuthorityKind !== null)) {
    context.addIssue({
      code: 'custom',
      path: ['localAuthorityKind'],
      message: client.category === 'local_authority' ? 'LOCAL_AUTHORITY_KIND_MISSING' : 'LOCAL_AUTHORITY_KIND_NOT_APPLICABLE',
    });
  }
  if (client.category === 'private_person' && client.enterpriseNumber !== null) {
    context.addIssue({ code: 'custom', path: ['enterpriseNumber'], message: 'ENTERPRISE_NUMBER_NOT_FOR_PRIVATE_PERSON' });
  }
  if (enterpriseNumberRequiredFor.includes(client.category) && client.enterpriseNumber === null) {
    context.addIssue({ code: 'custom', path: ['enterpriseNumber'], message: 'ENTERPRISE_NUMBER_REQUIRED' });
  }
};

export const createClientRequestSchema = z
  .object({
    category: clientCategorySchema,
    localAuthorityKind: localAuthorityKindSchema.nullable(),
    name: textSchema.trim().min(1).max(160),
    enterpriseNumber: enterpriseNumberSchema.nullable(),
    address: addressFieldsSchema,
    /** For an address outside the organiser's area under the `warn` setting: the area's municipality that applies. */
    areaMunicipalityId: idSchema.optional(),
    email: emailSchema.nullable(),
    phone: phoneSchema.nullable(),
    preferredChannel: contactChannelSchema,
    preferredLanguage: languageSchema,
    contacts: z.array(clientContactSchema).max(10),
    /** "Toch aanmaken": the coordinator saw the private person with the same name and address and it is someone else. */
    confirmNotDuplicate: z.boolean().optional(),
  })
  .strict()
  .superRefine(checkCategoryFields);
export type CreateClientRequest = z.infer<typeof createClientRequestSchema>;

export const registrationFeeSchema = z.object({
  year: z.number().int(),
  amountCents: z.number().int(),
  amountUnconfirmed: z.boolean(),
  structuredReference: z.string(),
  paidOn: civilDateOutputSchema.nullable(),
  /** The payment record now in force, which a correction points to; null while nothing was recorded. */
  paymentId: idSchema.nullable(),
});

export const planningGateSchema = z.object({
  year: z.number().int(),
  allowed: z.boolean(),
  reasons: z.array(ruleReasonSchema),
});

/**
 * The gebruikersovereenkomst has the shape of the wijk-werkovereenkomst (template version, drawn up, signed), plus
 * the name typed when signed by link and whether a signing link is out.
 */
export const clientAgreementSchema = agreementSchema.extend({
  signedName: z.string().nullable(),
  signingLinkSentAt: z.iso.datetime().nullable(),
});

/** A contact's portal login: none yet, invited (link sent), or in use. */
export const clientContactPortalStatuses = ['none', 'invited', 'active'] as const;
export const clientContactWithPortalSchema = clientContactSchema.extend({ id: idSchema, portalStatus: z.enum(clientContactPortalStatuses) });

export const signClientAgreementRequestSchema = z.object({ signedOn: civilDateSchema, signedHow: z.literal('paper') }).strict();
export type SignClientAgreementRequest = z.infer<typeof signClientAgreementRequestSchema>;

export const clientDetailSchema = z.object({
  id: idSchema,
  clientNumber: z.number().int(),
  category: clientCategorySchema,
  localAuthorityKind: localAuthorityKindSchema.nullable(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  municipality: z.object({ id: idSchema, name: z.string() }).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredChannel: contactChannelSchema,
  preferredLanguage: languageSchema,
  contacts: z.array(clientContactWithPortalSchema),
  agreements: z.array(clientAgreementSchema),
  /** The first job wish of a public registration, as written, until a job request is made of it. */
  jobWish: z.object({ text: z.string().nullable(), activityCode: z.string().nullable() }).nullable(),
  /** This calendar year's registration fee (Europe/Brussels). */
  registrationFee: registrationFeeSchema,
  /** R17 for this calendar year. */
  planning: planningGateSchema,
  version: versionSchema,
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const clientSummarySchema = clientDetailSchema.pick({ id: true, clientNumber: true, category: true, name: true, municipality: true });
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const listClientsQuerySchema = listQuerySchema(z.tuple([textSchema.max(200), idSchema])).strict();
export type ListClientsQuery = z.infer<typeof listClientsQuerySchema>;
export const clientPageSchema = pageSchema(clientSummarySchema);

/**
 * Staff record that a year's fee was paid on `paidOn`. A correction is a new record naming the one it replaces
 * (`correctsPaymentId`); `paidOn: null` in a correction says the payment was recorded by mistake.
 */
export const recordFeePaymentRequestSchema = z
  .object({
    year: z.number().int().min(2018).max(2199),
    paidOn: civilDateSchema.nullable(),
    correctsPaymentId: idSchema.optional(),
  })
  .strict()
  .refine((payment) => payment.paidOn !== null || payment.correctsPaymentId !== undefined, { message: 'FEE_PAYMENT_DATE_REQUIRED', path: ['paidOn'] });
export type RecordFeePaymentRequest = z.infer<typeof recordFeePaymentRequestSchema>;

/** "Verstuur ter ondertekening": the agreement goes by e-mail to one of the client's contacts, as a one-time link. */
export const sendSigningLinkRequestSchema = z.object({ contactId: idSchema }).strict();
export type SendSigningLinkRequest = z.infer<typeof sendSigningLinkRequestSchema>;

/** What the public signing page shows: the frozen agreement text, and for whom. */
export const agreementSigningPreviewSchema = z.object({
  organiserName: z.string(),
  clientName: z.string(),
  title: z.string(),
  templateVersion: z.string(),
  clauses: z.array(z.string()),
  expiresAt: z.iso.datetime(),
});
export type AgreementSigningPreview = z.infer<typeof agreementSigningPreviewSchema>;

/** The client types their name and ticks the box that they agree; nothing else is asked. */
export const signAgreementByLinkRequestSchema = z.object({ token: oneTimeTokenSchema, typedName: textSchema.trim().min(2).max(160), agree: z.literal(true) }).strict();
export type SignAgreementByLinkRequest = z.infer<typeof signAgreementByLinkRequestSchema>;
export const agreementSignedSchema = z.object({ signedOn: civilDateOutputSchema, clientName: z.string() });
export type AgreementSigned = z.infer<typeof agreementSignedSchema>;

/** The office the client can call: the organiser's first office. */
export const portalOfficeSchema = z.object({ name: z.string(), phone: z.string(), email: z.string(), street: z.string(), postcode: z.string(), city: z.string() });

/** The client portal's home: the clients the contact's login may see (usually one), and whom to call. */
export const clientPortalSchema = z.object({ organiserName: z.string(), clients: z.array(clientDetailSchema), office: portalOfficeSchema.nullable() });
export type ClientPortal = z.infer<typeof clientPortalSchema>;
