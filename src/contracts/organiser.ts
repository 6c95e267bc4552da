import { z } from 'zod';
import { idSchema, textSchema, versionSchema } from './common';

export const organiserSettingsSchema = z
  .object({ id: idSchema, slug: z.string(), name: z.string(), requireStaffTwoFactor: z.boolean(), version: versionSchema })
  .meta({ id: 'OrganiserSettings' });

export const updateOrganiserSettingsRequestSchema = z
  .object({ version: versionSchema, name: textSchema.trim().min(1).max(120).optional(), requireStaffTwoFactor: z.boolean().optional() })
  .strict();

export type OrganiserSettings = z.infer<typeof organiserSettingsSchema>;
export type UpdateOrganiserSettingsRequest = z.infer<typeof updateOrganiserSettingsRequestSchema>;
