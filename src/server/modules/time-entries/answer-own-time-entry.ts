import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ContestTimeEntryRequest, TimeEntry } from '../../../contracts/time-entries';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { confirmRegisteredEntry } from './confirm-entry';
import { loadTimeEntry } from './present-time-entry';
import { timeEntries } from './schema';

type Target = { timeEntryId: string; version: number };

/** The contact's own client's entry, locked; another client's or organiser's is 404. Only a registered one is open. */
const lockOpenOwnEntry = async (tx: Transaction, context: RequestContext, { timeEntryId, version }: Target) => {
  const clientIds = await visibleClientIdsOfContact(tx, context.actor);
  if (clientIds.length === 0) throw notFound('Time entry');
  const [row] = await tx
    .select({ id: timeEntries.id, status: timeEntries.status, version: timeEntries.version })
    .from(timeEntries)
    .where(and(eq(timeEntries.id, timeEntryId), eq(timeEntries.organiserId, context.actor.organiserId), inArray(timeEntries.clientId, clientIds)))
    .for('update');
  if (!row) throw notFound('Time entry');
  if (row.status !== 'registered') throw new AppError('conflict', 'INVALID_STATE', 'These hours were already answered', { status: row.status });
  if (row.version !== version) throw versionConflict();
  return row;
};

const presented = async (tx: Transaction, context: RequestContext, id: string): Promise<TimeEntry> => {
  const entry = await loadTimeEntry(tx, context.actor.organiserId, id);
  if (!entry) throw notFound('Time entry');
  return entry;
};

/** The client contact confirms the hours in the portal: confirmed, cheques consumed. */
export const confirmOwnTimeEntry = async (tx: Transaction, context: RequestContext, input: Target): Promise<TimeEntry> => {
  const row = await lockOpenOwnEntry(tx, context, input);
  await confirmRegisteredEntry(tx, context, {
    organiserId: context.actor.organiserId,
    timeEntryId: row.id,
    via: 'portal',
    answeredByAccountId: context.actor.accountId,
    version: row.version,
  });
  return presented(tx, context, row.id);
};

/** The client contact contests the hours with a reason: the entry goes to the coordinator's queue. */
export const contestOwnTimeEntry = async (tx: Transaction, context: RequestContext, input: Target & Pick<ContestTimeEntryRequest, 'reason'>): Promise<TimeEntry> => {
  const row = await lockOpenOwnEntry(tx, context, input);
  await tx
    .update(timeEntries)
    .set({
      status: 'contested',
      answeredVia: 'portal',
      answeredAt: context.now,
      answeredByAccountId: context.actor.accountId,
      contestReason: input.reason,
      version: sql`${timeEntries.version} + 1`,
      updatedAt: context.now,
    })
    .where(eq(timeEntries.id, row.id));
  await recordAudit(tx, context, {
    action: 'time_entry.contest',
    entityType: 'time_entry',
    entityId: row.id,
    changedFields: { answeredVia: 'portal', reason: input.reason },
  });
  return presented(tx, context, row.id);
};
