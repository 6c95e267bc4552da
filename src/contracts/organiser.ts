import { z } from 'zod';
import { outsideAreaPolicies } from '../domain/organiser/domicile-area';
import { idSchema, textSchema, versionSchema } from './common';

/** A domicile in Flanders outside the organiser's municipalities: accept with a warning and a chosen municipality, or refuse. */
export const outsideAreaPolicySchema = z.enum(outsideAreaPolicies);

export const organiserSettingsSchema = z
  .object({ id: idSchema, slug: z.string(), name: z.string(), requireStaffTwoFactor: z.boolean(), outsideAreaPolicy: outsideAreaPolicySchema, version: versionSchema })
  .meta({ id: 'OrganiserSettings' });

export const updateOrganiserSettingsRequestSchema = z
  .object({
    version: versionSchema,
    name: textSchema.trim().min(1).max(120).optional(),
    requireStaffTwoFactor: z.boolean().optional(),
    outsideAreaPolicy: outsideAreaPolicySchema.optional(),
  })
  .strict();

export type OrganiserSettings = z.infer<typeof organiserSettingsSchema>;
export type UpdateOrganiserSettingsRequest = z.infer<typeof updateOrganiserSettingsRequestSchema>;
