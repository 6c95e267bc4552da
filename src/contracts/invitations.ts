import { z } from 'zod';
import { membershipStatusSchema, passwordSchema } from './accounts';
import { emailSchema, idSchema, textSchema } from './common';
import { oneTimeTokenSchema } from './one-time-links';
import { agencySchema } from './referrals';
import { roleSchema } from './roles';

const displayNameSchema = textSchema.trim().min(1).max(120);

/**
 * A colleague or partner (admin invites) or a wijk-werker from their record (coordinator invites; the name comes
 * from the record). A counsellor needs the agency whose consents decide what they see.
 */
export const createInvitationRequestSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('participant'), participantId: idSchema, email: emailSchema }).strict(),
  z.object({ role: z.literal('client'), clientContactId: idSchema, email: emailSchema }).strict(),
  z.object({ role: z.enum(['coordinator', 'finance', 'admin', 'auditor', 'coach']), email: emailSchema, displayName: displayNameSchema }).strict(),
  z.object({ role: z.literal('counsellor'), email: emailSchema, displayName: displayNameSchema, agency: agencySchema }).strict(),
]);

/**
 * A member as the invitation left them: `invited` with the link's expiry, or `active` when a wijk-werker's
 * existing portal account was linked to the record without a new link.
 */
export const invitationSchema = z.object({
  accountId: idSchema,
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  participantId: idSchema.nullable(),
  /** For a client contact's login: the contact it is linked to. */
  clientContactId: idSchema.nullable(),
  status: membershipStatusSchema,
  linkExpiresAt: z.iso.datetime().nullable(),
});

/** The portal account of a wijk-werker, if any, for the "Uitnodigen voor het portaal" part of their page. */
export const participantPortalAccountSchema = z.object({ portalAccount: invitationSchema.nullable() });

export const invitationTokenRequestSchema = z.object({ token: oneTimeTokenSchema }).strict();

/**
 * What the invitee's page needs before the form: who invites, for which role, and whether the login already has a
 * password (then the person confirms with it instead of choosing one).
 */
export const invitationPreviewSchema = z.object({
  organiserName: z.string(),
  role: roleSchema,
  email: z.string(),
  hasPassword: z.boolean(),
  expiresAt: z.iso.datetime(),
});

export const acceptInvitationRequestSchema = z.object({ token: oneTimeTokenSchema, password: passwordSchema }).strict();

/** Enough for the page to log the person in at the organiser that invited them. */
export const acceptedInvitationSchema = z.object({ email: z.string(), organiserSlug: z.string() });

export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type ParticipantPortalAccount = z.infer<typeof participantPortalAccountSchema>;
export type InvitationTokenRequest = z.infer<typeof invitationTokenRequestSchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
