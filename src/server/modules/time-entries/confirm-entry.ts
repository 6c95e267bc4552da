import { parseCivilDate } from '../../../domain/time/civil-date';
import { and, eq, sql } from 'drizzle-orm';
import { recordChangeAudit, type JobAuditContext } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { consumeChequesForEntry } from '../cheques/cheque-consumption';
import { timeEntries } from './schema';

type Channel = 'portal' | 'link' | 'automatic';
type Confirmation = { organiserId: string; timeEntryId: string; via: Channel; answeredByAccountId: string | null; version?: number };

/**
 * Confirms one registered entry (any channel) and consumes its cheques, with its audit row, in the caller's
 * transaction. The UPDATE itself asks `status = 'registered'` (and the version when given), so two answers or two
 * job runs at once confirm it once: the second finds no row and gets false.
 */
export const confirmRegisteredEntry = async (tx: Transaction, context: RequestContext | JobAuditContext, input: Confirmation): Promise<boolean> => {
  const [row] = await tx
    .update(timeEntries)
    .set({
      status: 'confirmed',
      answeredVia: input.via,
      answeredAt: context.now,
      answeredByAccountId: input.answeredByAccountId,
      version: sql`${timeEntries.version} + 1`,
      updatedAt: context.now,
    })
    .where(
      and(
        eq(timeEntries.id, input.timeEntryId),
        eq(timeEntries.organiserId, input.organiserId),
        eq(timeEntries.status, 'registered'),
        input.version === undefined ? undefined : eq(timeEntries.version, input.version),
      ),
    )
    .returning({ id: timeEntries.id, clientId: timeEntries.clientId, workDate: timeEntries.workDate, countedHours: timeEntries.countedHours });
  if (!row) return false;
  await consumeChequesForEntry(tx, context, {
    organiserId: input.organiserId,
    clientId: row.clientId,
    timeEntryId: row.id,
    workDate: parseCivilDate(row.workDate),
    countedHours: row.countedHours,
  });
  await recordChangeAudit(tx, context, { action: 'time_entry.confirm', entityType: 'time_entry', entityId: row.id, changedFields: { answeredVia: input.via } });
  return true;
};
