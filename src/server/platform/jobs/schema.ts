import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { jobStatuses } from '../../../contracts/jobs';
import { organisers } from '../tenancy/schema';

export const jobStatusEnum = pgEnum('job_status', jobStatuses);

/**
 * Work to do later or outside the request: one row per job, claimed with `FOR UPDATE SKIP LOCKED` so several app
 * servers on one PostgreSQL run each job once (decision 032). A platform-wide job has no organiser.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: uuid('organiser_id').references(() => organisers.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Readonly<Record<string, unknown>>>().notNull(),
    status: jobStatusEnum('status').notNull().default('queued'),
    /** Null: as soon as a worker is free (the runner's clock decides what "now" is, also in tests). */
    runAt: timestamp('run_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    /** The kind's definition decides; written when a worker claims the job. */
    maxAttempts: integer('max_attempts'),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    /** A running job whose lease passed belongs to a crashed worker and is claimed again. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    // A second enqueue with the same key while the first is unfinished is a no-op.
    uniqueIndex('jobs_dedupe_unfinished_unique')
      .on(table.dedupeKey)
      .where(sql`${table.status} in ('queued', 'running')`),
    index('jobs_due_idx').on(table.status, table.runAt),
    index('jobs_organiser_status_idx').on(table.organiserId, table.status, table.createdAt),
  ],
);

/**
 * One row per recurring schedule and civil day it was enqueued for: the dedupe key only holds while a job is
 * unfinished, so without this a second server's later tick would run a finished daily job again.
 */
export const jobScheduleTicks = pgTable(
  'job_schedule_ticks',
  {
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.day] })],
);
