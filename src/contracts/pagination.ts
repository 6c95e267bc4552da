import { z } from 'zod';

/** `?q=&limit=&cursor=`: the one list convention of the API. */
export const listQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export type ListQuery = z.infer<typeof listQuerySchema>;
