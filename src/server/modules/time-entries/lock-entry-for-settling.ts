import { and, eq } from 'drizzle-orm';
import type { TimeEntryStatus } from '../../../contracts/time-entries';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { lockParticipantHours } from '../participants/worked-hours';
import { timeEntries } from './schema';

/**
 * One of the organiser's entries for a coordinator's decision: the participant's hours lock first (the order every
 * hours write takes), then the entry's row; it must be in `status` and at `version`.
 */
export const lockEntryForSettling = async (
  tx: Transaction,
  context: RequestContext,
  { timeEntryId, version, status }: { timeEntryId: string; version: number; status: TimeEntryStatus },
) => {
  const where = and(eq(timeEntries.id, timeEntryId), eq(timeEntries.organiserId, context.actor.organiserId));
  const [found] = await tx.select({ participantId: timeEntries.participantId }).from(timeEntries).where(where);
  if (!found) throw notFound('Time entry');
  await lockParticipantHours(tx, { organiserId: context.actor.organiserId, participantId: found.participantId });
  const [row] = await tx.select().from(timeEntries).where(where).for('update');
  if (!row) throw notFound('Time entry');
  if (row.status !== status) throw new AppError('conflict', 'INVALID_STATE', `Only a ${status} entry can be settled this way`, { status: row.status });
  if (row.version !== version) throw versionConflict();
  return row;
};
