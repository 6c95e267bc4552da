import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { participants } from './schema';

/**
 * A participant is `active` while a trajectory runs and `ended` after it; the trajectories module says when.
 * Returns the updated row, for the record the trajectory write answers with.
 */
export const setParticipantStatus = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, status }: { participantId: string; status: 'active' | 'ended' },
) => {
  const [row] = await tx
    .update(participants)
    .set({ status, updatedAt: context.now })
    .where(and(eq(participants.id, participantId), eq(participants.organiserId, context.actor.organiserId)))
    .returning();
  if (!row) throw notFound('Participant');
  return row;
};
