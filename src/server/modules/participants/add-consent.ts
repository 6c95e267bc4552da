import type { CreateConsentRequest, ParticipantDetail } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { consents } from './schema';

/** Records consent to share data with VDAB or OCMW (what, with whom, when). */
export const addConsent = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, ...input }: CreateConsentRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  const participant = await findVisibleParticipant(tx, context.actor, participantId);
  const [created] = await tx
    .insert(consents)
    .values({ ...input, organiserId: context.actor.organiserId, participantId, recordedBy: context.actor.accountId })
    .returning({ id: consents.id });
  await recordAudit(tx, context, {
    action: 'participant.consent.create',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { consentId: created?.id, ...input },
  });
  return loadParticipantDetail(tx, context, participant);
};
