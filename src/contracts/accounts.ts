import { z } from 'zod';
import { emailSchema, idSchema, phoneSchema, textSchema, versionSchema } from './common';
import { messageChannelSchema } from './messages';
import { oneTimeTokenSchema } from './one-time-links';
import { listQuerySchema, pageSchema } from './pagination';
import { roleSchema } from './roles';

/** `invited`: the person has not accepted the invitation yet and cannot log in here. */
export const membershipStatuses = ['invited', 'active'] as const;
export const membershipStatusSchema = z.enum(membershipStatuses);

export const accountSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    isDisabled: z.boolean(),
    twoFactorEnabled: z.boolean(),
    status: membershipStatusSchema,
    version: versionSchema,
  })
  .meta({ id: 'Account' });

export const accountPageSchema = pageSchema(accountSchema);

export const listAccountsQuerySchema = listQuerySchema(z.tuple([textSchema, idSchema]))
  .extend({ role: roleSchema.optional() })
  .strict();

export const passwordSchema = textSchema.min(8).max(128);

export const createAccountRequestSchema = z
  .object({ email: emailSchema, displayName: textSchema.trim().min(1).max(120), role: roleSchema, password: passwordSchema })
  .strict();

export const updateAccountRequestSchema = z
  .object({ version: versionSchema, displayName: textSchema.trim().min(1).max(120).optional(), role: roleSchema.optional(), isDisabled: z.boolean().optional() })
  .strict();

export const changePasswordRequestSchema = z.object({ currentPassword: textSchema.min(1).max(1024), newPassword: passwordSchema }).strict();

/** Always the same answer (202), whether the address has a login or not. */
export const passwordResetRequestSchema = z.object({ email: emailSchema }).strict();

export const completePasswordResetRequestSchema = z.object({ token: oneTimeTokenSchema, password: passwordSchema }).strict();

/** How messages reach the account holder: channel, the phone for SMS, and the morning digest of reminders (staff). */
export const messagePreferencesSchema = z
  .object({ channel: messageChannelSchema, phone: z.string().nullable(), staffDigest: z.boolean() })
  .meta({ id: 'MessagePreferences' });

/** An account has no postal address, so no letters; an SMS needs a phone number. */
export const updateMessagePreferencesRequestSchema = z
  .object({ channel: z.enum(['email', 'sms']), phone: phoneSchema.nullable(), staffDigest: z.boolean() })
  .strict()
  .refine((value) => value.channel !== 'sms' || value.phone !== null, { path: ['phone'], message: 'An SMS needs a phone number' });

export type Account = z.infer<typeof accountSchema>;
export type ListAccountsQuery = z.infer<typeof listAccountsQuerySchema>;
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;
export type CompletePasswordResetRequest = z.infer<typeof completePasswordResetRequestSchema>;
export type MessagePreferences = z.infer<typeof messagePreferencesSchema>;
export type UpdateMessagePreferencesRequest = z.infer<typeof updateMessagePreferencesRequestSchema>;
