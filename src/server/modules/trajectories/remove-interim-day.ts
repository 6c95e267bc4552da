import { and, eq, isNull } from 'drizzle-orm';
import type { InterimDays, RemoveInterimDayRequest } from '../../../contracts/trajectories';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { lockParticipantHours } from '../participants/worked-hours';
import { loadInterimDays } from './interim-days';
import { participantOfRequest } from './own-participant';
import { interimDays } from './schema';

/** Removes a mistaken interim day (decision 145): the row stays with who removed it, when and why; the audit says so too. */
export const removeInterimDay = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, interimDayId, reason }: RemoveInterimDayRequest & { participantId: string; interimDayId: string },
): Promise<InterimDays> => {
  const participant = await participantOfRequest(tx, context.actor, participantId);
  await lockParticipantHours(tx, { organiserId: context.actor.organiserId, participantId: participant.id });
  const [removed] = await tx
    .update(interimDays)
    .set({ removedAt: context.now, removedBy: context.actor.accountId, removalReason: reason })
    .where(and(eq(interimDays.id, interimDayId), eq(interimDays.participantId, participant.id), isNull(interimDays.removedAt)))
    .returning({ workedOn: interimDays.workedOn });
  if (!removed) throw notFound('Interim day');
  await recordAudit(tx, context, {
    action: 'trajectory.interim_day.remove',
    entityType: 'participant',
    entityId: participant.id,
    changedFields: { interimDayId, workedOn: removed.workedOn, reason },
  });
  return loadInterimDays(tx, context.actor.organiserId, participant.id, civilDateOfInstant(context.now));
};
