import { z } from 'zod';
import { idSchema } from './common';
import { listQuerySchema, pageSchema } from './pagination';

export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;
export const jobStatusSchema = z.enum(jobStatuses);

/** A background job as staff see it: what, when, how far it got and why it failed. The payload stays inside. */
export const jobSchema = z
  .object({
    id: idSchema,
    kind: z.string(),
    status: jobStatusSchema,
    /** A job of the platform itself rather than of one organiser (only admins see those). */
    platformWide: z.boolean(),
    attempts: z.number().int(),
    /** Null until a server that knows the kind has claimed it. */
    maxAttempts: z.number().int().nullable(),
    /** Null: as soon as a worker is free. */
    runAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Job' });

export const jobPageSchema = pageSchema(jobSchema);

/** Newest first; `q` matches the kind. */
export const listJobsQuerySchema = listQuerySchema(z.tuple([z.iso.datetime(), idSchema]))
  .extend({ status: jobStatusSchema.optional() })
  .strict();

export type Job = z.infer<typeof jobSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;
