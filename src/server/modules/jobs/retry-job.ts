import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Job } from '../../../contracts/jobs';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { jobs } from '../../platform/jobs/schema';
import { jobVisibleTo, presentJob } from './job-repository';

/**
 * A failed job gets a new set of attempts: queued again, due at once. The last error stays until the next attempt
 * replaces it, so staff can still read why it failed.
 */
export const retryJob = async (tx: Transaction, context: RequestContext, { jobId }: { jobId: string }): Promise<Job> => {
  const [job] = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), jobVisibleTo(context.actor)))
    .for('update');
  if (!job) throw notFound('Job');
  if (job.status !== 'failed') throw new AppError('conflict', 'INVALID_STATE', `Only a failed job can be retried; this one is ${job.status}`);
  if (job.dedupeKey !== null) {
    const [twin] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.dedupeKey, job.dedupeKey), inArray(jobs.status, ['queued', 'running']), ne(jobs.id, job.id)));
    if (twin) throw new AppError('conflict', 'ALREADY_EXISTS', 'The same job is already queued or running');
  }
  const [queued] = await tx
    .update(jobs)
    .set({ status: 'queued', attempts: 0, runAt: null, finishedAt: null, lockedBy: null, lockedUntil: null })
    .where(eq(jobs.id, job.id))
    .returning();
  if (!queued) throw notFound('Job');
  await recordAudit(tx, context, { action: 'job.retry', entityType: 'job', entityId: job.id, changedFields: { status: 'queued', kind: job.kind } });
  return presentJob(queued);
};
