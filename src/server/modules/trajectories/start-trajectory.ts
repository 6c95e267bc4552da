import { and, eq, isNull } from 'drizzle-orm';
import type { ParticipantDetail } from '../../../contracts/participants';
import type { StartTrajectoryRequest } from '../../../contracts/trajectories';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { checkEligibility } from '../participants/check-eligibility';
import { loadParticipantDetail } from '../participants/load-participant-detail';
import { findVisibleParticipant } from '../participants/participant-access';
import { setParticipantStatus } from '../participants/participant-status';
import { trajectoryWindowOf } from './describe-trajectory';
import { loadWindowHistory } from './window-history';
import { trajectories } from './schema';
import { trajectoryBasis } from './trajectory-basis';

/**
 * Starts the wijk-werktraject: only with no trajectory running, on an accepted referral and a signed
 * wijk-werkovereenkomst that no earlier trajectory used (R5, R7), and with eligibility on the start date (R1–R3,
 * R22: every reason is returned). The trajectory records both. Ex-PWA workers keep their right (R6).
 */
export const startTrajectory = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, startDate }: StartTrajectoryRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  const organiserId = context.actor.organiserId;
  const participant = await findVisibleParticipant(tx, context.actor, participantId);
  const [running] = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.organiserId, organiserId), eq(trajectories.participantId, participantId), isNull(trajectories.endedOn)));
  if (running) throw new AppError('conflict', 'INVALID_STATE', 'A trajectory is already running');
  const basis = await trajectoryBasis(tx, organiserId, participantId);
  if (!basis.ok) throw ruleRefused(basis.reasons, 'A new trajectory needs a new referral and a new signed wijk-werkovereenkomst');
  const eligibility = await checkEligibility(tx, context, { participantId, date: startDate });
  if (!eligibility.eligible) throw ruleRefused(eligibility.reasons, 'The participant is not eligible on the start date');

  const values = { startDate, extensionsGranted: 0, endedOn: null, pwaTransitional: participant.hadPwaContractOn20170930 };
  const history = await loadWindowHistory(tx, { organiserId, participantId, pwaTransitional: values.pwaTransitional });
  const window = trajectoryWindowOf({ ...values, ...history }, participant.pwaLastWorkedOn);
  const [created] = await tx
    .insert(trajectories)
    .values({
      ...values,
      organiserId,
      participantId,
      referralId: basis.referralId,
      agreementId: basis.agreementId,
      plannedEndDate: window.endDate,
      createdAt: context.now,
    })
    .returning({ id: trajectories.id });
  const updated = await setParticipantStatus(tx, context, { participantId, status: 'active' });
  await recordAudit(tx, context, {
    action: 'trajectory.start',
    entityType: 'participant',
    entityId: participantId,
    changedFields: {
      trajectoryId: created?.id,
      referralId: basis.referralId,
      agreementId: basis.agreementId,
      startDate,
      plannedEndDate: window.endDate,
      pwaTransitional: values.pwaTransitional,
    },
  });
  return loadParticipantDetail(tx, context, updated);
};
