import { z } from 'zod';
import { emailSchema, idSchema, textSchema } from './common';
import { roleSchema } from './roles';

/** A 6-digit code from an authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z
  .string()
  .transform((code) => code.replaceAll(' ', ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Six digits'));

/**
 * `code`: the authenticator code may come with the password, which finishes the login in one step. Beyond the
 * account's limit of failed attempts only password and code together open a session (decision 020).
 */
export const logInRequestSchema = z
  .object({
    email: emailSchema,
    password: textSchema.min(1).max(1024),
    organiserSlug: textSchema.min(1).max(100).optional(),
    code: totpCodeSchema.optional(),
  })
  .strict();

/**
 * `complete`: logged in. `second_factor`: the password was right, the authenticator code is still due.
 * `enrollment`: the organiser requires a second factor and this account has none yet; set one up first.
 */
export const sessionStages = ['complete', 'second_factor', 'enrollment'] as const;
export const sessionStageSchema = z.enum(sessionStages);

export const sessionResponseSchema = z
  .object({
    account: z.object({ id: idSchema, email: z.string(), displayName: z.string(), locale: z.string() }),
    organiser: z.object({ id: idSchema, slug: z.string(), name: z.string() }),
    role: roleSchema,
    stage: sessionStageSchema,
    twoFactorEnabled: z.boolean(),
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

export type LogInRequest = z.infer<typeof logInRequestSchema>;
export type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const secondFactorRequestSchema = z.object({ code: totpCodeSchema }).strict();

export const twoFactorSetupResponseSchema = z.object({ secret: z.string(), otpauthUri: z.string() });

export type SessionStage = z.infer<typeof sessionStageSchema>;
export type TwoFactorSetup = z.infer<typeof twoFactorSetupResponseSchema>;
