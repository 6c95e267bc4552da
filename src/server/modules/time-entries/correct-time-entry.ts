import type { CorrectTimeEntryRequest, TimeEntryCorrection } from '../../../contracts/time-entries';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { releaseChequesOfEntry } from '../cheques/cheque-consumption';
import { lockEntryForSettling } from './lock-entry-for-settling';
import { loadTimeEntry } from './present-time-entry';
import { replaceEntry } from './replace-entry';

/**
 * A coordinator corrects a confirmed entry: never in place; a new linked confirmed entry with the reason, the
 * original `corrected`, its cheques released and the new one's consumed, worked hours shifted.
 */
export const correctTimeEntry = async (
  tx: Transaction,
  context: RequestContext,
  input: { timeEntryId: string } & CorrectTimeEntryRequest,
): Promise<TimeEntryCorrection> => {
  const row = await lockEntryForSettling(tx, context, { timeEntryId: input.timeEntryId, version: input.version, status: 'confirmed' });
  await releaseChequesOfEntry(tx, context, { organiserId: row.organiserId, timeEntryId: row.id, reason: input.reason });
  const correctionId = await replaceEntry(tx, context, row, { worked: input.worked, reason: input.reason, resolution: null });
  const original = await loadTimeEntry(tx, context.actor.organiserId, row.id);
  const correction = await loadTimeEntry(tx, context.actor.organiserId, correctionId);
  if (!original || !correction) throw notFound('Time entry');
  return { original, correction };
};
