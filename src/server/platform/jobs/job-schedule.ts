import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { instantOfCivilTime, type CivilTime } from '../../../domain/time/instant-of-civil-time';
import type { Database } from '../db/database';
import { enqueueJob } from './enqueue-job';
import { jobScheduleTicks } from './schema';

/** A job enqueued once a day at a Brussels wall-clock time; its payload is `{ day: 'YYYY-MM-DD' }`. */
export type JobSchedule = { kind: string; at: CivilTime; timeZone: 'Europe/Brussels' };

/** The civil day each schedule was last enqueued for by this process, so a poll does not write when nothing is due. */
export type ScheduleMemory = Map<string, string>;

/**
 * Enqueues today's run of every schedule whose time has come. The tick row (kind, day) is the once-per-day guard
 * across servers: whichever server inserts it enqueues the job, in the same transaction. A day the servers were down
 * for is not made up; the day they come back is.
 */
export const enqueueDueSchedules = async (db: Database, schedules: readonly JobSchedule[], now: Date, memory: ScheduleMemory): Promise<void> => {
  const day = civilDateOfInstant(now);
  for (const schedule of schedules) {
    if (memory.get(schedule.kind) === day) continue;
    const dueAt = new Date(instantOfCivilTime(day, schedule.at));
    if (now < dueAt) continue;
    await db.transaction(async (tx) => {
      const [tick] = await tx.insert(jobScheduleTicks).values({ kind: schedule.kind, day }).onConflictDoNothing().returning({ kind: jobScheduleTicks.kind });
      if (tick) await enqueueJob(tx, { kind: schedule.kind, payload: { day }, runAt: dueAt, dedupeKey: `${schedule.kind}:${day}` });
    });
    memory.set(schedule.kind, day);
  }
};
