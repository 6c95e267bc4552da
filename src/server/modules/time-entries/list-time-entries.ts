import type { TimeEntry } from '../../../contracts/time-entries';
import { daysInMonth, civilDateFromParts } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findEntryParticipant, type EntryOwner } from './entry-participant';
import { listParticipantTimeEntries } from './present-time-entry';

/** The participant's entries of one calendar month (`YYYY-MM`), every status, by date. */
export const listTimeEntries = async (
  db: Executor,
  context: RequestContext,
  { owner, month }: { owner: EntryOwner; month: string },
): Promise<{ month: string; entries: TimeEntry[] }> => {
  const participant = await findEntryParticipant(db, context, owner);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const entries = await listParticipantTimeEntries(
    db,
    { organiserId: participant.organiserId, participantId: participant.id },
    { from: civilDateFromParts(year, monthNumber, 1), to: civilDateFromParts(year, monthNumber, daysInMonth(year, monthNumber)) },
  );
  return { month, entries };
};
