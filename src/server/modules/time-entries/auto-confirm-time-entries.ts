import { and, asc, eq, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db/database';
import { confirmRegisteredEntry } from './confirm-entry';
import { timeEntries } from './schema';

const batchSize = 100;

/**
 * Confirms every `registered` entry whose deadline (the last day the client could answer) is before `day`, the
 * Brussels date of the run: channel `automatic`, an audit row of role system, cheques consumed. One transaction per
 * batch; the rows are taken with FOR UPDATE SKIP LOCKED and confirmed with a conditional UPDATE, so two servers
 * running the job at once confirm each entry once. Returns how many this run confirmed.
 */
export const autoConfirmTimeEntries = async (db: Database, { day, now, runId }: { day: string; now: Date; runId: string }): Promise<number> => {
  let confirmed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: timeEntries.id, organiserId: timeEntries.organiserId })
        .from(timeEntries)
        .where(and(eq(timeEntries.status, 'registered'), lt(timeEntries.confirmDeadline, day)))
        .orderBy(asc(timeEntries.confirmDeadline), asc(timeEntries.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      for (const entry of due) {
        const context = { organiserId: entry.organiserId, jobId: runId, now };
        if (await confirmRegisteredEntry(tx, context, { organiserId: entry.organiserId, timeEntryId: entry.id, via: 'automatic', answeredByAccountId: null })) {
          confirmed += 1;
        }
      }
      return due.length < batchSize;
    });
    if (done) return confirmed;
  }
};
