import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { findVisibleParticipant } from '../participants/participant-access';
import { participants } from '../participants/schema';

/** The participant a request is about: the named one the actor may see (404 otherwise), or for a wijk-werker their own record. */
export const participantOfRequest = async (db: Executor, actor: Actor, participantId: string | null): Promise<{ id: string }> => {
  if (participantId !== null) return findVisibleParticipant(db, actor, participantId);
  const [own] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.organiserId, actor.organiserId), eq(participants.accountId, actor.accountId)))
    .limit(1);
  if (!own) throw notFound('Participant');
  return own;
};
