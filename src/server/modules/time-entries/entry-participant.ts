import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from '../participants/participant-access';
import { participants } from '../participants/schema';

/** Whose hours: the logged-in wijk-werker's own record, or a record the staff member may see. */
export type EntryOwner = { readonly self: true } | { readonly self: false; readonly participantId: string };

export type OwnerParticipant = { readonly organiserId: string; readonly id: string; readonly pwaLastWorkedOn: string | null };

/** The participant the hours are for, or 404 (another organiser's, or not visible to the actor). */
export const findEntryParticipant = async (db: Executor, context: RequestContext, owner: EntryOwner): Promise<OwnerParticipant> => {
  if (!owner.self) {
    const row = await findVisibleParticipant(db, context.actor, owner.participantId);
    return { organiserId: row.organiserId, id: row.id, pwaLastWorkedOn: row.pwaLastWorkedOn };
  }
  const [row] = await db
    .select({ organiserId: participants.organiserId, id: participants.id, pwaLastWorkedOn: participants.pwaLastWorkedOn })
    .from(participants)
    .where(and(eq(participants.organiserId, context.actor.organiserId), eq(participants.accountId, context.actor.accountId)));
  if (!row) throw notFound('Participant');
  return row;
};
