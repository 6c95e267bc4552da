import type { z } from 'zod';
import type { Database } from '../db/database';

/** What a job carries: plain JSON, stored as jsonb and checked against the kind's schema before each run. */
export type JobPayload = Readonly<Record<string, unknown>>;

export type JobRunContext = { attempt: number; maxAttempts: number; now: Date };

export type JobGiveUpContext = { error: string; attempt: number };

/** How a module describes one kind of job; the payload type follows from the zod schema. */
export type JobSpec<Payload extends JobPayload> = {
  kind: string;
  payload: z.ZodType<Payload>;
  maxAttempts: number;
  /** Gets the database, not a transaction: a job that sends something must not hold the (PGlite: only) connection. */
  run: (db: Database, payload: Payload, context: JobRunContext) => Promise<void>;
  /** After the last attempt failed, e.g. to mark the message it was sending as failed. */
  onGiveUp?: (db: Database, payload: Payload, context: JobGiveUpContext) => Promise<void>;
};

/** A spec with its payload type erased, so the runner can hold definitions of every kind in one list. */
export type JobDefinition = {
  kind: string;
  maxAttempts: number;
  run: (db: Database, payload: unknown, context: JobRunContext) => Promise<void>;
  giveUp: (db: Database, payload: unknown, context: JobGiveUpContext) => Promise<void>;
};
