import { z } from 'zod';
import { idSchema } from './common';

/** The municipalities with the werkcoach arrangement: leefloon participants living there get a coach. */
export const coachMunicipalitiesSchema = z.object({ municipalityIds: z.array(idSchema).max(300) }).strict();

export const coachListSchema = z.object({
  items: z.array(z.object({ accountId: idSchema, name: z.string(), caseload: z.number().int() })),
});

export type CoachList = z.infer<typeof coachListSchema>;
