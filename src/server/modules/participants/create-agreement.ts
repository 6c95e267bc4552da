import { eq } from 'drizzle-orm';
import type { CreateAgreementRequest, ParticipantDetail } from '../../../contracts/participants';
import { formatInsz } from '../../../domain/identity/insz';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { currentAgreementTemplate, type AgreementFields } from './agreement-templates';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { participantAgreements } from './schema';

const agencyNames = { vdab: 'de VDAB', ocmw: 'het OCMW' } as const;

/** Drafts an agreement from the current template; its fields are frozen so the PDF never changes afterwards. */
export const createAgreement = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, ...input }: CreateAgreementRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  const participant = await findVisibleParticipant(tx, context.actor, participantId);
  const [organiser] = await tx.select({ name: organisers.name }).from(organisers).where(eq(organisers.id, context.actor.organiserId));
  const template = currentAgreementTemplate();
  const snapshot: AgreementFields = {
    organiserName: organiser?.name ?? '',
    participantName: `${participant.firstName} ${participant.lastName}`,
    insz: formatInsz(participant.insz),
    address: `${participant.street}, ${participant.postcode} ${participant.city}`,
    startDate: input.plannedStartDate,
    referralAgency: agencyNames[participant.referralAgency],
  };
  const [created] = await tx
    .insert(participantAgreements)
    .values({ organiserId: context.actor.organiserId, participantId, templateVersion: template.version, snapshot, createdAt: context.now })
    .returning({ id: participantAgreements.id });
  await recordAudit(tx, context, {
    action: 'participant.agreement.create',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { agreementId: created?.id, templateVersion: template.version },
  });
  return loadParticipantDetail(tx, context, participant);
};
