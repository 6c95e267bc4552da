import { and, eq, sql } from 'drizzle-orm';
import type { AssignCoachRequest, ParticipantDetail } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import { memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { participants } from './schema';

/** Names (or removes) the werkcoach, who then follows the participant and is the client's contact. */
export const assignCoach = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, version, coachAccountId }: AssignCoachRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  await findVisibleParticipant(tx, context.actor, participantId);
  if (coachAccountId !== null) {
    const [coach] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.accountId, coachAccountId), eq(memberships.organiserId, context.actor.organiserId), eq(memberships.role, 'coach')));
    if (!coach) throw notFound('Coach');
  }
  const [updated] = await tx
    .update(participants)
    .set({ coachAccountId, version: sql`${participants.version} + 1`, updatedAt: context.now })
    .where(and(eq(participants.id, participantId), eq(participants.version, version)))
    .returning();
  if (!updated) throw versionConflict();
  await recordAudit(tx, context, { action: 'participant.coach.assign', entityType: 'participant', entityId: participantId, changedFields: { coachAccountId } });
  return loadParticipantDetail(tx, context, updated);
};
