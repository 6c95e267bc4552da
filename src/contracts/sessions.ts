import { z } from 'zod';
import { emailSchema, idSchema } from './common';
import { roleSchema } from './roles';

export const logInRequestSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1).max(1024),
    organiserSlug: z.string().min(1).max(100).optional(),
  })
  .strict();

export const sessionResponseSchema = z
  .object({
    account: z.object({ id: idSchema, email: z.string(), displayName: z.string(), locale: z.string() }),
    organiser: z.object({ id: idSchema, slug: z.string(), name: z.string() }),
    role: roleSchema,
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

export type LogInRequest = z.infer<typeof logInRequestSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
