import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database';
import type { RequestContext } from '../http/request-context';
import { accessEventRow, type AccessSubject } from './record-access';
import { accessEvents } from './schema';

type Pending = { row: typeof accessEvents.$inferInsert; stored: () => void; failed: (error: unknown) => void };

type AccessLogBatcher = { record: (row: Pending['row']) => Promise<void>; drained: () => Promise<void> };

/**
 * Group commit: the rows of views arriving while one insert runs go into the next insert together, so a busy
 * server writes one multi-row INSERT per round trip instead of one statement per view, and a quiet one at once.
 */
const createBatcher = (db: Database): AccessLogBatcher => {
  let queue: Pending[] = [];
  let flushing: Promise<void> | null = null;

  const flush = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await db.insert(accessEvents).values(batch.map((pending) => pending.row));
        for (const pending of batch) pending.stored();
      } catch (error) {
        for (const pending of batch) pending.failed(error);
      }
    }
    flushing = null;
  };

  return {
    record: (row) => {
      const stored = new Promise<void>((resolve, reject) => queue.push({ row, stored: resolve, failed: reject }));
      // Started after the pending callbacks and microtasks have run: on PGlite the statements queued before it
      // finish within one turn, and the rows their views hand over join this insert. It also sets `flushing` before
      // flush can reset it (an insert that throws at once).
      flushing ??= new Promise(setImmediate).then(flush);
      return stored;
    },
    drained: async () => {
      await flushing;
    },
  };
};

// One batcher per database handle, like the reusable statements.
const batchers = new WeakMap<Database, AccessLogBatcher>();

const batcherOf = (db: Database): AccessLogBatcher => {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = createBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
};

/**
 * Logs that the actor opened sensitive data of a person (which fields), for a read that runs without a transaction
 * (decision 026): resolves once the row is stored, so answer only then and no view goes unlogged. Never inside a
 * transaction: on PGlite the insert needs the one connection the transaction holds.
 */
export const recordAccessBeforeAnswer = (db: Database, context: RequestContext, subject: AccessSubject): Promise<void> => {
  if (db instanceof PgTransaction) throw new Error('recordAccessBeforeAnswer runs outside a transaction; inside one use recordAccess');
  if (subject.fields.length === 0) return Promise.resolve();
  return batcherOf(db).record(accessEventRow(context, subject));
};

/** Waits for the rows already handed over (on shutdown, before the database closes). */
export const accessLogDrained = (db: Database): Promise<void> => batchers.get(db)?.drained() ?? Promise.resolve();
