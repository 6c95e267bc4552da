import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/database';
import { jobs } from './schema';
import type { JobPayload } from './job-definition';

export type EnqueueJobInput = {
  kind: string;
  payload: JobPayload;
  /** Not before this instant; without it, as soon as a worker is free. */
  runAt?: Date;
  /** Null or absent: a platform-wide job, visible to admins only. */
  organiserId?: string | null;
  /** While a job with this key is queued or running, enqueueing it again adds nothing. */
  dedupeKey?: string;
};

/**
 * Writes the job in the caller's transaction: a rolled-back change leaves no job, a committed one always has it.
 * Returns the job's id, or null when an unfinished job with the same dedupe key already exists.
 */
export const enqueueJob = async (tx: Transaction, input: EnqueueJobInput): Promise<{ id: string } | null> => {
  const [row] = await tx
    .insert(jobs)
    .values({
      kind: input.kind,
      payload: input.payload,
      runAt: input.runAt ?? null,
      organiserId: input.organiserId ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey, where: sql`status in ('queued', 'running')` })
    .returning({ id: jobs.id });
  return row ?? null;
};
