import { z } from 'zod';
import { idSchema } from './common';

export const municipalitySchema = z.object({
  id: idSchema,
  nisCode: z.string(),
  nameNl: z.string(),
  postcodes: z.array(z.string()),
});

export const municipalityListSchema = z.object({ items: z.array(municipalitySchema) });

export type Municipality = z.infer<typeof municipalitySchema>;
