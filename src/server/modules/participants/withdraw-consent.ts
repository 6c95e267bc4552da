import { and, eq, isNull } from 'drizzle-orm';
import type { ParticipantDetail, WithdrawConsentRequest } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { consents } from './schema';

/** Withdrawal stops the sharing from that day on; the record of the consent itself stays. */
export const withdrawConsent = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, consentId, withdrawnOn }: WithdrawConsentRequest & { participantId: string; consentId: string },
): Promise<ParticipantDetail> => {
  const participant = await findVisibleParticipant(tx, context.actor, participantId);
  const [consent] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId), eq(consents.organiserId, context.actor.organiserId)));
  if (!consent) throw notFound('Consent');
  if (withdrawnOn < consent.givenOn) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'Withdrawal before the consent was given', {
      issues: [{ path: 'body.withdrawnOn', message: 'before givenOn' }],
    });
  }
  const updated = await tx
    .update(consents)
    .set({ withdrawnOn })
    .where(and(eq(consents.id, consentId), isNull(consents.withdrawnOn)))
    .returning({ id: consents.id });
  if (updated.length === 0) throw new AppError('conflict', 'INVALID_STATE', 'This consent was already withdrawn');
  await recordAudit(tx, context, {
    action: 'participant.consent.withdraw',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { consentId, withdrawnOn },
  });
  return loadParticipantDetail(tx, context, participant);
};
