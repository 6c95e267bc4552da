import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, phoneSchema, postcodeSchema, textSchema, versionSchema } from './common';
import { outsideAreaPolicySchema } from './organiser';
import { listQuerySchema, pageSchema } from './pagination';
import { benefitStatusSchema, inszSchema, participantFieldsSchema, ruleReasonSchema } from './participants';

export const agencies = ['vdab', 'ocmw'] as const;
export const agencySchema = z.enum(agencies);

/** `declined`: the organiser said no with a reason; `refused`: a scheme rule (R1, R2) does not allow the intake. */
export const referralStatuses = ['received', 'intake_planned', 'accepted', 'declined', 'refused'] as const;
export const referralStatusSchema = z.enum(referralStatuses);

/** How the referral reached the organiser: through a counsellor's portal, or recorded by a coordinator. */
export const referralChannelSchema = z.enum(['portal', 'phone', 'email']);

export const referralSchema = z
  .object({
    id: idSchema,
    status: referralStatusSchema,
    agency: agencySchema,
    channel: referralChannelSchema,
    counsellor: z.object({ accountId: idSchema.nullable(), name: z.string(), email: z.string().nullable() }),
    candidate: z.object({
      firstName: z.string(),
      lastName: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      postcode: z.string(),
    }),
    /** Left out for roles the participant record hides it from (admin, auditor): decision 008. */
    benefitStatus: benefitStatusSchema.nullable().optional(),
    agreements: z.string(),
    intake: z.object({ at: z.iso.datetime(), officeId: idSchema.nullable() }).nullable(),
    declineReason: z.string().nullable(),
    /** Why the rules refused the intake (status `refused`), every reason with its rule. */
    refusalReasons: z.array(ruleReasonSchema).nullable(),
    participantId: idSchema.nullable(),
    receivedAt: z.iso.datetime(),
    version: versionSchema,
  })
  .meta({ id: 'Referral' });

export const referralPageSchema = pageSchema(referralSchema);

export const listReferralsQuerySchema = listQuerySchema(z.tuple([z.iso.datetime(), idSchema]))
  .extend({ status: referralStatusSchema.optional() })
  .strict();

const candidateSchema = z
  .object({
    firstName: textSchema.trim().min(1).max(80),
    lastName: textSchema.trim().min(1).max(80),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    postcode: postcodeSchema,
  })
  .strict();

/**
 * A counsellor refers from the portal (agency and counsellor come from their account); a coordinator records a
 * referral received by phone or e-mail and names the agency and counsellor.
 */
export const createReferralRequestSchema = z
  .object({
    candidate: candidateSchema,
    benefitStatus: benefitStatusSchema.optional(),
    agreements: textSchema.trim().min(1).max(4000),
    recordedFor: z
      .object({
        agency: agencySchema,
        channel: z.enum(['phone', 'email']),
        counsellorName: textSchema.trim().min(1).max(120),
        counsellorEmail: emailSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const planIntakeRequestSchema = z.object({ version: versionSchema, at: instantSchema, officeId: idSchema.optional() }).strict();

export const declineReferralRequestSchema = z.object({ version: versionSchema, reason: textSchema.trim().min(1).max(1000) }).strict();

export const acceptReferralRequestSchema = z
  .object({
    version: versionSchema,
    participant: participantFieldsSchema.extend({ insz: inszSchema }).strict(),
    /** For a domicile in Flanders outside the organiser's area, when the organiser accepts it: the area's municipality that applies. */
    areaMunicipalityId: idSchema.optional(),
  })
  .strict();

/** `rereferral`: the INSZ was known and the earlier trajectory had ended, so the existing record took the new referral. */
export const acceptReferralResponseSchema = z.object({ referral: referralSchema, participantId: idSchema, rereferral: z.boolean() });

/** Closes a referral the rules refuse (R1 domicile, R2 channel) as soon as the intake finds it, before the whole form is filled in. */
export const refuseReferralRequestSchema = z.object({ version: versionSchema, postcode: postcodeSchema, benefitStatus: benefitStatusSchema.optional() }).strict();

/**
 * What the referral form and the intake wizard need to check R1 and R2 as the person types, with the same domain
 * functions as the server: the counsellor's own agency (null for staff), the organiser's area and its setting.
 */
export const referralAdmissionContextSchema = z.object({
  agency: agencySchema.nullable(),
  outsideAreaPolicy: outsideAreaPolicySchema,
  area: z.array(z.object({ id: idSchema, name: z.string(), postcodes: z.array(z.string()) })),
});

export type Agency = z.infer<typeof agencySchema>;
export type ReferralAdmissionContext = z.infer<typeof referralAdmissionContextSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type ReferralStatus = z.infer<typeof referralStatusSchema>;
export type ListReferralsQuery = z.infer<typeof listReferralsQuerySchema>;
export type CreateReferralRequest = z.infer<typeof createReferralRequestSchema>;
export type PlanIntakeRequest = z.infer<typeof planIntakeRequestSchema>;
export type DeclineReferralRequest = z.infer<typeof declineReferralRequestSchema>;
export type AcceptReferralRequest = z.infer<typeof acceptReferralRequestSchema>;
export type AcceptReferralResponse = z.infer<typeof acceptReferralResponseSchema>;
export type RefuseReferralRequest = z.infer<typeof refuseReferralRequestSchema>;
