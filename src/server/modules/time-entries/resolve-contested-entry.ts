import { eq, sql } from 'drizzle-orm';
import type { ResolveTimeEntryRequest, TimeEntryResolutionResult } from '../../../contracts/time-entries';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { consumeChequesForEntry } from '../cheques/cheque-consumption';
import { shiftWorkedHours } from '../participants/worked-hours';
import { lockEntryForSettling } from './lock-entry-for-settling';
import { loadTimeEntry } from './present-time-entry';
import { replaceEntry } from './replace-entry';
import { timeEntries } from './schema';
import { tellParticipantOfOutcome } from './tell-participant-of-outcome';

/**
 * The coordinator settles a contested entry with a reason: kept → confirmed (cheques consumed); rejected → its hours
 * no longer count; changed → a new confirmed entry with the real hours, the original `corrected`. The participant is
 * told the outcome. Answers with the entry (and for a change, its correction as `correction`).
 */
export const resolveContestedEntry = async (
  tx: Transaction,
  context: RequestContext,
  input: { timeEntryId: string } & ResolveTimeEntryRequest,
): Promise<TimeEntryResolutionResult> => {
  const row = await lockEntryForSettling(tx, context, { timeEntryId: input.timeEntryId, version: input.version, status: 'contested' });
  let correctionId: string | null = null;
  if (input.resolution === 'changed') {
    correctionId = await replaceEntry(tx, context, row, { worked: input.worked, reason: input.reason, resolution: 'changed' });
  } else {
    await tx
      .update(timeEntries)
      .set({
        status: input.resolution === 'kept' ? 'confirmed' : 'rejected',
        resolution: input.resolution,
        resolutionReason: input.reason,
        resolvedByAccountId: context.actor.accountId,
        resolvedAt: context.now,
        version: sql`${timeEntries.version} + 1`,
        updatedAt: context.now,
      })
      .where(eq(timeEntries.id, row.id));
    if (input.resolution === 'kept') {
      await consumeChequesForEntry(tx, context, {
        organiserId: row.organiserId,
        clientId: row.clientId,
        timeEntryId: row.id,
        workDate: parseCivilDate(row.workDate),
        countedHours: row.countedHours,
      });
    } else {
      await shiftWorkedHours(tx, { organiserId: row.organiserId, participantId: row.participantId }, { date: parseCivilDate(row.workDate), minutes: row.minutes }, -1);
    }
  }
  await recordAudit(tx, context, {
    action: 'time_entry.resolve',
    entityType: 'time_entry',
    entityId: row.id,
    changedFields: { resolution: input.resolution, reason: input.reason },
  });
  await tellParticipantOfOutcome(tx, context, {
    participantId: row.participantId,
    workDate: parseCivilDate(row.workDate),
    resolution: input.resolution,
    reason: input.reason,
  });
  const original = await loadTimeEntry(tx, context.actor.organiserId, row.id);
  if (!original) throw notFound('Time entry');
  if (correctionId === null) return { original, correction: null };
  const correction = await loadTimeEntry(tx, context.actor.organiserId, correctionId);
  if (!correction) throw notFound('Time entry');
  return { original, correction };
};
