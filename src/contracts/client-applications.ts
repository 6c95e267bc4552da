import { z } from 'zod';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../domain/activities/activity-catalogue';
import { checkCategoryFields, clientCategorySchema, enterpriseNumberSchema, localAuthorityKindSchema } from './clients';
import { emailSchema, idSchema, phoneSchema, textSchema, versionSchema } from './common';
import { addressFieldsSchema, contactChannelSchema, languageSchema } from './participants';

export const clientApplicationStatuses = ['new', 'approved', 'declined'] as const;
export const clientApplicationStatusSchema = z.enum(clientApplicationStatuses);

const activityCodes: ReadonlySet<string> = new Set(FLEMISH_ACTIVITY_CATALOGUE.map((activity) => activity.code));

/** An activity of the Flemish list; which ones the client's category and municipality allow is decided with the job request. */
export const activityCodeSchema = z.string().refine((code) => activityCodes.has(code), { message: 'UNKNOWN_ACTIVITY' });

export const jobWishSchema = z.object({ text: textSchema.trim().min(1).max(2000), activityCode: activityCodeSchema.nullable() }).strict();

/**
 * The public "Word gebruiker" form. The organiser is the site's (its slug, as the public offices page has it).
 * The contact person is who we write to; for a private person, usually the person themself.
 */
export const clientApplicationRequestSchema = z
  .object({
    organiserSlug: textSchema.max(100),
    category: clientCategorySchema,
    localAuthorityKind: localAuthorityKindSchema.nullable(),
    name: textSchema.trim().min(1).max(160),
    enterpriseNumber: enterpriseNumberSchema.nullable(),
    address: addressFieldsSchema,
    contact: z.object({ name: textSchema.trim().min(1).max(120), email: emailSchema, phone: phoneSchema.nullable() }).strict(),
    preferredChannel: contactChannelSchema,
    preferredLanguage: languageSchema,
    jobWish: jobWishSchema.nullable(),
  })
  .strict()
  .superRefine(checkCategoryFields);
export type ClientApplicationRequest = z.infer<typeof clientApplicationRequestSchema>;

/** The public answer says only that the form arrived: nothing about what is registered already. */
export const clientApplicationReceivedSchema = z.object({ received: z.literal(true), organiserName: z.string() });
export type ClientApplicationReceived = z.infer<typeof clientApplicationReceivedSchema>;

export const clientApplicationSummarySchema = z.object({
  id: idSchema,
  status: clientApplicationStatusSchema,
  category: clientCategorySchema,
  name: z.string(),
  city: z.string(),
  contactName: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ClientApplicationSummary = z.infer<typeof clientApplicationSummarySchema>;
export const clientApplicationListSchema = z.object({ items: z.array(clientApplicationSummarySchema) });
export const listClientApplicationsQuerySchema = z.object({ status: clientApplicationStatusSchema.default('new') }).strict();
export type ListClientApplicationsQuery = z.infer<typeof listClientApplicationsQuerySchema>;

export const clientApplicationDetailSchema = clientApplicationSummarySchema.extend({
  localAuthorityKind: localAuthorityKindSchema.nullable(),
  enterpriseNumber: z.string().nullable(),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  municipality: z.object({ id: idSchema, name: z.string() }).nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  preferredChannel: contactChannelSchema,
  preferredLanguage: languageSchema,
  jobWish: z.object({ text: z.string(), activityCode: z.string().nullable() }).nullable(),
  decidedAt: z.iso.datetime().nullable(),
  declineReason: z.string().nullable(),
  /** The client it became (approved), to open. */
  clientId: idSchema.nullable(),
  /** While new: a registered client that looks like the same one (same KBO, or same person and address). */
  possibleDuplicate: z
    .object({ clientId: idSchema, name: z.string(), clientNumber: z.number().int(), match: z.enum(['enterprise_number', 'name_and_address']) })
    .nullable(),
  version: versionSchema,
});
export type ClientApplicationDetail = z.infer<typeof clientApplicationDetailSchema>;

/**
 * Approve: a new client (unless `linkToClientId` names the registered one it is), its contact person, and an
 * invitation for that contact. `confirmNotDuplicate`: the namesake at the same address is someone else.
 */
export const approveClientApplicationRequestSchema = z
  .object({
    version: versionSchema,
    linkToClientId: idSchema.optional(),
    confirmNotDuplicate: z.boolean().optional(),
    areaMunicipalityId: idSchema.optional(),
  })
  .strict();
export type ApproveClientApplicationRequest = z.infer<typeof approveClientApplicationRequestSchema>;

export const declineClientApplicationRequestSchema = z.object({ version: versionSchema, reason: textSchema.trim().min(3).max(1000) }).strict();
export type DeclineClientApplicationRequest = z.infer<typeof declineClientApplicationRequestSchema>;
