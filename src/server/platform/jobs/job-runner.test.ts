import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database';
import { createTestDatabase } from '../../testing/test-database';
import { createTestClock } from '../../testing/test-app';
import { claimDueJob } from './claim-job';
import { defineJob } from './define-job';
import { enqueueJob } from './enqueue-job';
import type { JobDefinition } from './job-definition';
import type { JobSchedule } from './job-schedule';
import { markJobDone } from './job-outcome';
import { runDueJobs, type JobRunnerOptions } from './run-due-jobs';
import { jobs, jobScheduleTicks } from './schema';
import { startJobRunner } from './start-job-runner';

const minute = 60_000;

describe('job runner', () => {
  let database: DatabaseHandle;
  const clock = createTestClock();
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.db.delete(jobs);
    await database.db.delete(jobScheduleTicks);
    clock.set(new Date('2026-11-24T09:00:00Z'));
  });

  const enqueue = (kind: string, payload: Record<string, unknown> = {}) => database.db.transaction((tx) => enqueueJob(tx, { kind, payload }));
  const jobOf = async (kind: string) => {
    const [row] = await database.db.select().from(jobs).where(eq(jobs.kind, kind));
    if (!row) throw new Error(`no ${kind} job`);
    return row;
  };
  const pass = (definitions: readonly JobDefinition[], extra: Partial<JobRunnerOptions> = {}) =>
    runDueJobs({ db: database.db, definitions, schedules: [], clock, workerId: 'worker-a', random: () => 0, ...extra });

  it('runs a due job once with its parsed payload and marks it done', async () => {
    const seen: string[] = [];
    const greet = defineJob({
      kind: 'test.greet',
      payload: z.object({ name: z.string() }),
      maxAttempts: 3,
      run: (_db, payload, { attempt, maxAttempts }) => {
        seen.push(`${payload.name} ${attempt}/${maxAttempts}`);
        return Promise.resolve();
      },
    });
    await enqueue('test.greet', { name: 'An' });
    expect(await pass([greet])).toBe(1);
    expect(await pass([greet])).toBe(0);
    expect(seen).toEqual(['An 1/3']);
    expect(await jobOf('test.greet')).toMatchObject({ status: 'done', attempts: 1, maxAttempts: 3, lockedBy: null, finishedAt: clock.now() });
  });

  it('a job for later waits until its run time', async () => {
    const later = defineJob({ kind: 'test.later', payload: z.object({}), maxAttempts: 1, run: () => Promise.resolve() });
    await database.db.transaction((tx) => enqueueJob(tx, { kind: 'test.later', payload: {}, runAt: new Date(clock.now().getTime() + 10 * minute) }));
    expect(await pass([later])).toBe(0);
    clock.advance(10 * minute);
    expect(await pass([later])).toBe(1);
  });

  it('a failing job retries with a growing backoff, keeps the last error, then fails and calls onGiveUp', async () => {
    const gaveUp: string[] = [];
    let runs = 0;
    const flaky = defineJob({
      kind: 'test.flaky',
      payload: z.object({ messageId: z.string() }),
      maxAttempts: 3,
      run: () => {
        runs += 1;
        return Promise.reject(new Error(`mail server refused (run ${runs})`));
      },
      onGiveUp: (_db, payload, { error, attempt }) => {
        gaveUp.push(`${payload.messageId} after ${attempt}: ${error}`);
        return Promise.resolve();
      },
    });
    await enqueue('test.flaky', { messageId: 'm-7' });
    const start = clock.now().getTime();

    expect(await pass([flaky])).toBe(1);
    expect(await jobOf('test.flaky')).toMatchObject({ status: 'queued', attempts: 1, lastError: 'mail server refused (run 1)', runAt: new Date(start + 15_000) });
    clock.advance(14_999);
    expect(await pass([flaky])).toBe(0);
    clock.advance(1);
    expect(await pass([flaky])).toBe(1);
    expect(await jobOf('test.flaky')).toMatchObject({ status: 'queued', attempts: 2, runAt: new Date(start + 15_000 + 30_000) });
    clock.advance(30_000);
    expect(await pass([flaky])).toBe(1);

    expect(await jobOf('test.flaky')).toMatchObject({ status: 'failed', attempts: 3, maxAttempts: 3, lastError: 'mail server refused (run 3)', finishedAt: clock.now() });
    expect(gaveUp).toEqual(['m-7 after 3: mail server refused (run 3)']);
    clock.advance(24 * 60 * minute);
    expect(await pass([flaky])).toBe(0);
    expect(runs).toBe(3);
  });

  it('a job of a kind no definition knows fails with a clear error; the next job still runs', async () => {
    const known = defineJob({ kind: 'test.known', payload: z.object({}), maxAttempts: 1, run: () => Promise.resolve() });
    await enqueue('test.retired-kind');
    clock.advance(1000);
    await enqueue('test.known');
    expect(await pass([known])).toBe(2);
    expect(await jobOf('test.retired-kind')).toMatchObject({
      status: 'failed',
      lastError: 'Unknown job kind "test.retired-kind": no definition for it on this server (worker-a).',
    });
    expect(await jobOf('test.known')).toMatchObject({ status: 'done' });
  });

  it("a crashed worker's job runs again once its lease has passed, and the crashed claim cannot settle it", async () => {
    const runsBy: string[] = [];
    const work = defineJob({
      kind: 'test.leased',
      payload: z.object({}),
      maxAttempts: 3,
      run: (_db, _payload, { attempt }) => {
        runsBy.push(`attempt ${attempt}`);
        return Promise.resolve();
      },
    });
    await enqueue('test.leased');
    // The crashed worker claimed it and never finished.
    const crashedClaim = await claimDueJob(database.db, 'worker-crashed', clock.now(), 5 * minute);
    expect(crashedClaim).not.toBeNull();
    expect(await pass([work], { leaseMs: 5 * minute })).toBe(0);
    clock.advance(5 * minute + 1);
    expect(await pass([work], { leaseMs: 5 * minute })).toBe(1);
    expect(runsBy).toEqual(['attempt 2']);
    expect(await jobOf('test.leased')).toMatchObject({ status: 'done', attempts: 2 });

    if (crashedClaim) await markJobDone(database.db, crashedClaim, 'worker-crashed', 3, new Date('2030-01-01T00:00:00Z'));
    expect((await jobOf('test.leased')).finishedAt).toEqual(clock.now());
  });

  it('a worker that stopped during the last attempt makes the job fail and give up, without a further run', async () => {
    const gaveUp: string[] = [];
    let runs = 0;
    const once = defineJob({
      kind: 'test.last-lease',
      payload: z.object({}),
      maxAttempts: 1,
      run: () => {
        runs += 1;
        return Promise.resolve();
      },
      onGiveUp: (_db, _payload, { error }) => {
        gaveUp.push(error);
        return Promise.resolve();
      },
    });
    await enqueue('test.last-lease');
    await claimDueJob(database.db, 'worker-crashed', clock.now(), minute);
    clock.advance(minute + 1);
    expect(await pass([once], { leaseMs: minute })).toBe(1);
    expect(runs).toBe(0);
    expect(gaveUp).toEqual(['The worker running the last attempt stopped before it finished.']);
    expect(await jobOf('test.last-lease')).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('stop() waits for the running job to finish, and no job starts after it', async () => {
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const finished: string[] = [];
    const slow = defineJob({
      kind: 'test.slow',
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      run: async (_db, { n }) => {
        started();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        finished.push(`job ${n}`);
      },
    });
    await enqueue('test.slow', { n: 1 });
    clock.advance(1000);
    await enqueue('test.slow', { n: 2 });
    const runner = startJobRunner({ db: database.db, definitions: [slow], schedules: [], clock, workerId: 'worker-a', pollIntervalMs: 60_000 });
    await hasStarted;
    let stopped = false;
    const stopping = runner.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toEqual(['job 1']);
    expect((await database.db.select({ status: jobs.status }).from(jobs).orderBy(jobs.createdAt)).map((row) => row.status)).toEqual(['done', 'queued']);
  });

  it('refuses two definitions of one kind and a schedule without a definition', () => {
    const a = defineJob({ kind: 'test.twice', payload: z.object({}), maxAttempts: 1, run: () => Promise.resolve() });
    expect(() => startJobRunner({ db: database.db, definitions: [a, a], schedules: [], clock, workerId: 'w', pollIntervalMs: 1000 })).toThrow(
      'Two job definitions share the kind test.twice.',
    );
    const orphan: JobSchedule = { kind: 'test.nobody', at: { hour: 7, minute: 0 }, timeZone: 'Europe/Brussels' };
    expect(() => startJobRunner({ db: database.db, definitions: [a], schedules: [orphan], clock, workerId: 'w', pollIntervalMs: 1000 })).toThrow(
      'The schedule for test.nobody has no job definition.',
    );
  });

  describe('a daily schedule at 07:00 Europe/Brussels', () => {
    const daily: JobSchedule = { kind: 'test.daily', at: { hour: 7, minute: 0 }, timeZone: 'Europe/Brussels' };
    const runsFor: string[] = [];
    const digest = defineJob({
      kind: 'test.daily',
      payload: z.object({ day: z.string() }),
      maxAttempts: 1,
      run: (_db, { day }) => {
        runsFor.push(day);
        return Promise.resolve();
      },
    });
    const tickAt = (instant: string, workerId = 'worker-a') => {
      clock.set(new Date(instant));
      return pass([digest], { schedules: [daily], workerId });
    };

    it.each([
      { season: 'winter (UTC+1), the day before spring-forward', day: '2026-03-28', before: '2026-03-28T05:59:59Z', at: '2026-03-28T06:00:00Z' },
      { season: 'the spring-forward day (already UTC+2)', day: '2026-03-29', before: '2026-03-29T04:59:59Z', at: '2026-03-29T05:00:00Z' },
      { season: 'summer (UTC+2), the day before fall-back', day: '2026-10-24', before: '2026-10-24T04:59:59Z', at: '2026-10-24T05:00:00Z' },
      { season: 'the fall-back day (UTC+1 again)', day: '2026-10-25', before: '2026-10-25T05:59:59Z', at: '2026-10-25T06:00:00Z' },
    ])('$season: runs at 07:00 local, once, even with two servers', async ({ day, before, at }) => {
      runsFor.length = 0;
      expect(await tickAt(before)).toBe(0);
      expect(await tickAt(at)).toBe(1);
      expect(await tickAt(at, 'worker-b')).toBe(0);
      // Later the same day, after the job is done, neither server enqueues it again.
      expect(await tickAt(new Date(new Date(at).getTime() + 3 * 60 * minute).toISOString(), 'worker-b')).toBe(0);
      expect(runsFor).toEqual([day]);
      expect(await jobOf('test.daily')).toMatchObject({ status: 'done', dedupeKey: `test.daily:${day}`, runAt: new Date(at) });
    });

    it('a server that was down at 07:00 enqueues that day when it comes back', async () => {
      runsFor.length = 0;
      expect(await tickAt('2026-12-01T16:30:00Z')).toBe(1);
      expect(runsFor).toEqual(['2026-12-01']);
    });
  });
});
