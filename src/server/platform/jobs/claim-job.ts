import { and, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { jobs } from './schema';

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempt: number };

/**
 * Takes the next due job for this worker: queued and due, or running with a lease that passed (its worker crashed).
 * `FOR UPDATE SKIP LOCKED` lets several servers claim at once without waiting on or taking each other's job.
 */
export const claimDueJob = async (db: Database, workerId: string, now: Date, leaseMs: number): Promise<ClaimedJob | null> => {
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(or(and(eq(jobs.status, 'queued'), or(isNull(jobs.runAt), lte(jobs.runAt, now))), and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now))))
    .orderBy(sql`coalesce(${jobs.runAt}, ${jobs.createdAt})`)
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(jobs)
    .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedBy: workerId, lockedUntil: new Date(now.getTime() + leaseMs) })
    .where(inArray(jobs.id, next))
    .returning({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempt: jobs.attempts });
  return claimed ?? null;
};
