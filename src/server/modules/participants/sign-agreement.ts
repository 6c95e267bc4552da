import { and, eq, isNull } from 'drizzle-orm';
import type { ParticipantDetail, SignAgreementRequest } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { participantAgreements } from './schema';
import { findAgreement } from './find-agreement';

/** Records how and when the signed agreement came back (R7); signing twice is refused. */
export const signAgreement = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, agreementId, ...input }: SignAgreementRequest & { participantId: string; agreementId: string },
): Promise<ParticipantDetail> => {
  const agreement = await findAgreement(tx, context, { participantId, agreementId });
  const signed = await tx
    .update(participantAgreements)
    .set(input)
    .where(and(eq(participantAgreements.id, agreement.id), isNull(participantAgreements.signedOn)))
    .returning({ id: participantAgreements.id });
  if (signed.length === 0) throw new AppError('conflict', 'INVALID_STATE', 'This agreement is already signed');
  await recordAudit(tx, context, { action: 'participant.agreement.sign', entityType: 'participant', entityId: participantId, changedFields: { agreementId, ...input } });
  return loadParticipantDetail(tx, context, await findVisibleParticipant(tx, context.actor, participantId));
};
