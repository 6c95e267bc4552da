import { z } from 'zod';

/** What a one-time link is for; the hours confirmation by a client joins when time entries exist. */
export const oneTimeLinkPurposes = ['invitation', 'password_reset', 'client_agreement_signing'] as const;
export type OneTimeLinkPurpose = (typeof oneTimeLinkPurposes)[number];

/** 32 random bytes in base64url (decision 040): 43 characters, nothing else. */
export const oneTimeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a link token');
