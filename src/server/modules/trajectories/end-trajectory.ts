import { and, eq, sql } from 'drizzle-orm';
import type { ParticipantDetail } from '../../../contracts/participants';
import type { EndTrajectoryRequest } from '../../../contracts/trajectories';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from '../participants/load-participant-detail';
import { setParticipantStatus } from '../participants/participant-status';
import { trajectoryWindowOf } from './describe-trajectory';
import { loadWindowHistory } from './window-history';
import { findVisibleTrajectory } from './find-trajectory';
import { trajectories } from './schema';

/**
 * Ends the trajectory with a structured outcome (job, training, other trajectory, werk-zorg, stopped with a
 * reason), so reports can show what happened after wijk-werken. The end lies within the trajectory (R5).
 */
export const endTrajectory = async (
  tx: Transaction,
  context: RequestContext,
  { trajectoryId, ...input }: EndTrajectoryRequest & { trajectoryId: string },
): Promise<ParticipantDetail> => {
  const { trajectory, participant } = await findVisibleTrajectory(tx, context.actor, trajectoryId);
  if (trajectory.endedOn !== null) throw new AppError('conflict', 'INVALID_STATE', 'The trajectory has already ended');
  if (input.endedOn < trajectory.startDate) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The end date is before the start date', { issues: [{ path: 'body.endedOn', message: 'before startDate' }] });
  }
  const history = await loadWindowHistory(tx, { organiserId: context.actor.organiserId, participantId: participant.id, pwaTransitional: trajectory.pwaTransitional });
  const window = trajectoryWindowOf({ ...trajectory, ...history }, participant.pwaLastWorkedOn);
  if (input.endedOn > window.endDate) {
    throw ruleRefused([{ code: 'TRAJECTORY_END_AFTER_MAXIMUM', rule: 'R5', details: { maximumEndDate: window.endDate } }], 'A trajectory cannot run longer than allowed');
  }
  const [updated] = await tx
    .update(trajectories)
    .set({
      endedOn: input.endedOn,
      outcome: input.outcome,
      outcomeReason: input.outcomeReason ?? null,
      plannedEndDate: input.endedOn,
      version: sql`${trajectories.version} + 1`,
    })
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.version, input.version)))
    .returning({ id: trajectories.id });
  if (!updated) throw versionConflict();
  const participantRow = await setParticipantStatus(tx, context, { participantId: participant.id, status: 'ended' });
  await recordAudit(tx, context, {
    action: 'trajectory.end',
    entityType: 'participant',
    entityId: participant.id,
    changedFields: { trajectoryId, endedOn: input.endedOn, outcome: input.outcome, outcomeReason: input.outcomeReason },
  });
  return loadParticipantDetail(tx, context, participantRow);
};
