import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database';
import type { ClaimedJob } from './claim-job';
import { jobs } from './schema';

// Only the claim that ran the job may settle it: a worker whose lease passed (and whose job another worker took
// over) must not overwrite the newer attempt's outcome.
const sameClaim = (job: ClaimedJob, workerId: string) =>
  and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.attempts, job.attempt), eq(jobs.status, 'running'));

const released = { lockedBy: null, lockedUntil: null } as const;

export const markJobDone = async (db: Database, job: ClaimedJob, workerId: string, maxAttempts: number, now: Date): Promise<void> => {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, maxAttempts, ...released })
    .where(sameClaim(job, workerId));
};

export const queueJobAgain = async (db: Database, job: ClaimedJob, workerId: string, outcome: { maxAttempts: number; runAt: Date; error: string }): Promise<void> => {
  await db
    .update(jobs)
    .set({ status: 'queued', runAt: outcome.runAt, lastError: outcome.error, maxAttempts: outcome.maxAttempts, ...released })
    .where(sameClaim(job, workerId));
};

export const markJobFailed = async (db: Database, job: ClaimedJob, workerId: string, outcome: { maxAttempts: number; error: string; now: Date }): Promise<void> => {
  await db
    .update(jobs)
    .set({ status: 'failed', finishedAt: outcome.now, lastError: outcome.error, maxAttempts: outcome.maxAttempts, ...released })
    .where(sameClaim(job, workerId));
};

/** Keeps a long job's lease alive so it is not taken for a crashed worker's. */
export const extendJobLease = async (db: Database, job: ClaimedJob, workerId: string, lockedUntil: Date): Promise<void> => {
  await db.update(jobs).set({ lockedUntil }).where(sameClaim(job, workerId));
};
