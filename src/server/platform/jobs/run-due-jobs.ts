import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { claimDueJob } from './claim-job';
import type { JobDefinition } from './job-definition';
import { enqueueDueSchedules, type JobSchedule, type ScheduleMemory } from './job-schedule';
import { runClaimedJob, type JobLog, type JobWorker } from './run-claimed-job';

export type JobRunnerOptions = {
  db: Database;
  definitions: readonly JobDefinition[];
  schedules: readonly JobSchedule[];
  clock: Clock;
  /** Names the claim in `locked_by`; unique per process. */
  workerId: string;
  /** How long a claim holds without a heartbeat before another worker may take the job (default 5 minutes). */
  leaseMs?: number;
  /** The jitter source of the retry backoff (tests pass a fixed one). */
  random?: () => number;
  log?: JobLog;
};

const silentLog: JobLog = { info: () => undefined, error: () => undefined };
const defaultLeaseMs = 5 * 60_000;

/** Checks the options once and builds what a pass needs. */
export const prepareJobWorker = (options: JobRunnerOptions): JobWorker => {
  const definitions = new Map<string, JobDefinition>();
  for (const definition of options.definitions) {
    if (definitions.has(definition.kind)) throw new Error(`Two job definitions share the kind ${definition.kind}.`);
    definitions.set(definition.kind, definition);
  }
  for (const schedule of options.schedules) {
    if (!definitions.has(schedule.kind)) throw new Error(`The schedule for ${schedule.kind} has no job definition.`);
  }
  return {
    db: options.db,
    definitions,
    clock: options.clock,
    workerId: options.workerId,
    leaseMs: options.leaseMs ?? defaultLeaseMs,
    random: options.random ?? Math.random,
    log: options.log ?? silentLog,
  };
};

/**
 * One pass: enqueue what the schedules say is due, then run due jobs one at a time until none is left (or `keepGoing`
 * says stop). Returns how many jobs it ran.
 */
export const runJobPass = async (
  worker: JobWorker,
  schedules: readonly JobSchedule[],
  memory: ScheduleMemory,
  keepGoing: () => boolean = () => true,
): Promise<number> => {
  await enqueueDueSchedules(worker.db, schedules, worker.clock.now(), memory);
  let ran = 0;
  while (keepGoing()) {
    const job = await claimDueJob(worker.db, worker.workerId, worker.clock.now(), worker.leaseMs);
    if (!job) break;
    await runClaimedJob(worker, job);
    ran += 1;
  }
  return ran;
};

/** One pass with a fresh process memory, for tests and scripts: no timers, returns when nothing is due. */
export const runDueJobs = (options: JobRunnerOptions): Promise<number> => runJobPass(prepareJobWorker(options), options.schedules, new Map());
