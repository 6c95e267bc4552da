import { and, eq, sql } from 'drizzle-orm';
import type { ParticipantDetail } from '../../../contracts/participants';
import type { RecordEvaluationRequest } from '../../../contracts/trajectories';
import { checkTrajectoryExtension } from '../../../domain/trajectory/trajectory-extension';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from '../participants/load-participant-detail';
import { trajectoryWindowOf } from './describe-trajectory';
import { loadWindowHistory } from './window-history';
import { findVisibleTrajectory } from './find-trajectory';
import { evaluations, trajectories } from './schema';

/**
 * The 6-monthly evaluation with the counsellor (R5). "Extend" grants the one extension the rules allow, only in the
 * window around the evaluation's due date (a second one, or one outside the window, is refused with the rule);
 * "end" is followed by ending the trajectory. The evaluation is the counsellor's: a coordinator records it on a
 * named counsellor's behalf, and both are kept.
 */
/** A counsellor evaluates for themselves; anyone else (the coordinator) must name the counsellor they record for. */
const decidingCounsellor = (context: RequestContext, input: RecordEvaluationRequest): string | null => {
  if (context.actor.role === 'counsellor') {
    if (input.onBehalfOf)
      throw new AppError('validation', 'VALIDATION_FAILED', 'Counsellors record their own evaluations', {
        issues: [{ path: 'body.onBehalfOf', message: 'not allowed' }],
      });
    return null;
  }
  if (!input.onBehalfOf) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'Say on which counsellor’s behalf the evaluation is recorded', {
      issues: [{ path: 'body.onBehalfOf', message: 'required' }],
    });
  }
  return input.onBehalfOf.counsellorName;
};

export const recordEvaluation = async (
  tx: Transaction,
  context: RequestContext,
  { trajectoryId, ...input }: RecordEvaluationRequest & { trajectoryId: string },
): Promise<ParticipantDetail> => {
  const onBehalfOfCounsellor = decidingCounsellor(context, input);
  const { trajectory, participant } = await findVisibleTrajectory(tx, context.actor, trajectoryId);
  if (trajectory.endedOn !== null) throw new AppError('conflict', 'INVALID_STATE', 'The trajectory has ended');
  if (input.heldOn < trajectory.startDate) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The evaluation is before the start', { issues: [{ path: 'body.heldOn', message: 'before startDate' }] });
  }
  let extensionsGranted = trajectory.extensionsGranted;
  if (input.outcome === 'extend') {
    const verdict = checkTrajectoryExtension({
      startDate: parseCivilDate(trajectory.startDate),
      extensionsGranted: trajectory.extensionsGranted,
      endedOn: null,
      requestedOn: parseCivilDate(input.heldOn),
    });
    if (!verdict.allowed) throw ruleRefused(verdict.reasons, 'The trajectory cannot be extended');
    extensionsGranted += 1;
  }
  const history = await loadWindowHistory(tx, { organiserId: context.actor.organiserId, participantId: participant.id, pwaTransitional: trajectory.pwaTransitional });
  const window = trajectoryWindowOf({ ...trajectory, extensionsGranted, ...history }, participant.pwaLastWorkedOn);
  const [updated] = await tx
    .update(trajectories)
    .set({ extensionsGranted, plannedEndDate: window.endDate, version: sql`${trajectories.version} + 1` })
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.version, input.version)))
    .returning({ id: trajectories.id });
  if (!updated) throw versionConflict();
  const [evaluation] = await tx
    .insert(evaluations)
    .values({
      organiserId: context.actor.organiserId,
      trajectoryId,
      heldOn: input.heldOn,
      outcome: input.outcome,
      notes: input.notes,
      recordedBy: context.actor.accountId,
      onBehalfOfCounsellor,
      createdAt: context.now,
    })
    .returning({ id: evaluations.id });
  await recordAudit(tx, context, {
    action: 'trajectory.evaluation.create',
    entityType: 'participant',
    entityId: participant.id,
    changedFields: { trajectoryId, evaluationId: evaluation?.id, heldOn: input.heldOn, outcome: input.outcome, plannedEndDate: window.endDate, onBehalfOfCounsellor },
  });
  return loadParticipantDetail(tx, context, participant);
};
