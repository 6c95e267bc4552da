import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { ClaimedJob } from './claim-job';
import type { JobDefinition } from './job-definition';
import { extendJobLease, markJobDone, markJobFailed, queueJobAgain } from './job-outcome';
import { retryDelayMs } from './retry-delay';

/** The runner's log; job errors go to the row (staff see them), the log gets only ids, kinds and attempts. */
export type JobLog = {
  info: (fields: Record<string, unknown>, message: string) => void;
  error: (fields: Record<string, unknown>, message: string) => void;
};

export type JobWorker = {
  db: Database;
  definitions: ReadonlyMap<string, JobDefinition>;
  clock: Clock;
  workerId: string;
  leaseMs: number;
  random: () => number;
  log: JobLog;
};

const longestError = 2000;

const describeError = (error: unknown): string => {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > longestError ? `${text.slice(0, longestError)}…` : text;
};

const giveUp = async (worker: JobWorker, job: ClaimedJob, definition: JobDefinition, error: string): Promise<void> => {
  let recorded = error;
  try {
    // Before the row turns failed: a crash in between repeats the give-up step rather than skipping it.
    await definition.giveUp(worker.db, job.payload, { error, attempt: job.attempt });
  } catch (giveUpError) {
    recorded = `${error} (and its give-up step failed: ${describeError(giveUpError)})`;
  }
  await markJobFailed(worker.db, job, worker.workerId, { maxAttempts: definition.maxAttempts, error: recorded, now: worker.clock.now() });
  worker.log.error({ jobId: job.id, kind: job.kind, attempt: job.attempt }, 'job failed for good');
};

/** Runs one claimed job and settles it: done, queued again after a backoff, or failed (then `onGiveUp`). */
export const runClaimedJob = async (worker: JobWorker, job: ClaimedJob): Promise<void> => {
  const definition = worker.definitions.get(job.kind);
  if (!definition) {
    const error = `Unknown job kind "${job.kind}": no definition for it on this server (${worker.workerId}).`;
    await markJobFailed(worker.db, job, worker.workerId, { maxAttempts: job.attempt, error, now: worker.clock.now() });
    worker.log.error({ jobId: job.id, kind: job.kind }, 'job of an unknown kind failed');
    return;
  }
  if (job.attempt > definition.maxAttempts) {
    // The last attempt's worker stopped mid-run (its lease passed); that attempt counted.
    await giveUp(worker, job, definition, 'The worker running the last attempt stopped before it finished.');
    return;
  }
  const heartbeat = setInterval(
    () => {
      extendJobLease(worker.db, job, worker.workerId, new Date(worker.clock.now().getTime() + worker.leaseMs)).catch((error: unknown) => {
        worker.log.error({ jobId: job.id, kind: job.kind, error: describeError(error) }, 'could not extend a job lease');
      });
    },
    Math.max(1000, Math.floor(worker.leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    await definition.run(worker.db, job.payload, { attempt: job.attempt, maxAttempts: definition.maxAttempts, now: worker.clock.now() });
  } catch (runError) {
    clearInterval(heartbeat);
    const error = describeError(runError);
    if (job.attempt >= definition.maxAttempts) {
      await giveUp(worker, job, definition, error);
      return;
    }
    const runAt = new Date(worker.clock.now().getTime() + retryDelayMs(job.attempt, worker.random()));
    await queueJobAgain(worker.db, job, worker.workerId, { maxAttempts: definition.maxAttempts, runAt, error });
    worker.log.info({ jobId: job.id, kind: job.kind, attempt: job.attempt, retryAt: runAt.toISOString() }, 'job failed, will retry');
    return;
  }
  clearInterval(heartbeat);
  await markJobDone(worker.db, job, worker.workerId, definition.maxAttempts, worker.clock.now());
};
