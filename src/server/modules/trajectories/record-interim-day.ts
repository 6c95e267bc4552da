import { and, eq, isNull } from 'drizzle-orm';
import type { InterimDays, RecordInterimDayRequest } from '../../../contracts/trajectories';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { lockParticipantHours } from '../participants/worked-hours';
import { loadInterimDays } from './interim-days';
import { participantOfRequest } from './own-participant';
import { interimDays } from './schema';

/**
 * Records a day of interim work (R18) for a participant: by their counsellor or a coordinator, or by the wijk-werker
 * for themselves (`participantId` null). A day in the future or one already recorded is refused. The participant's
 * row lock is taken, as for planning and hours, so the trajectory window a check reads does not move under it.
 */
export const recordInterimDay = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, workedOn }: RecordInterimDayRequest & { participantId: string | null },
): Promise<InterimDays> => {
  const participant = await participantOfRequest(tx, context.actor, participantId);
  const today = civilDateOfInstant(context.now);
  if (workedOn > today) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'An interim day is recorded once it was worked', {
      issues: [{ path: 'body.workedOn', message: 'in the future' }],
    });
  }
  await lockParticipantHours(tx, { organiserId: context.actor.organiserId, participantId: participant.id });
  const [existing] = await tx
    .select({ id: interimDays.id })
    .from(interimDays)
    .where(and(eq(interimDays.participantId, participant.id), eq(interimDays.workedOn, workedOn), isNull(interimDays.removedAt)));
  if (existing) throw new AppError('conflict', 'ALREADY_EXISTS', 'This interim day is already recorded');
  const [row] = await tx
    .insert(interimDays)
    .values({ organiserId: context.actor.organiserId, participantId: participant.id, workedOn, recordedBy: context.actor.accountId, createdAt: context.now })
    .returning({ id: interimDays.id });
  await recordAudit(tx, context, {
    action: 'trajectory.interim_day.create',
    entityType: 'participant',
    entityId: participant.id,
    changedFields: { interimDayId: row?.id, workedOn },
  });
  return loadInterimDays(tx, context.actor.organiserId, participant.id, today);
};
