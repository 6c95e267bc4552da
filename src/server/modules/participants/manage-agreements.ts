import { and, eq, isNull } from 'drizzle-orm';
import type { CreateAgreementRequest, ParticipantDetail, SignAgreementRequest } from '../../../contracts/participants';
import { formatInsz } from '../../../domain/identity/insz';
import { recordAccess } from '../../platform/audit/record-access';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { agreementTemplates, currentAgreementTemplate, type AgreementFields } from './agreement-templates';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-visibility';
import { renderAgreementPdf } from './render-agreement-pdf';
import { participantAgreements } from './schema';

const agencyNames = { vdab: 'de VDAB', ocmw: 'het OCMW' } as const;

/** Drafts an agreement from the current template; its fields are frozen so the PDF never changes afterwards. */
export const createAgreement = async (tx: Transaction, context: RequestContext, participantId: string, input: CreateAgreementRequest): Promise<ParticipantDetail> => {
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
  await recordAudit(tx, context, { action: 'participant.agreement.create', entityType: 'participant', entityId: participantId, changedFields: { agreementId: created?.id, templateVersion: template.version } });
  return loadParticipantDetail(tx, context.actor, participant, context.now);
};

const findAgreement = async (tx: Transaction, context: RequestContext, participantId: string, agreementId: string) => {
  await findVisibleParticipant(tx, context.actor, participantId);
  const [agreement] = await tx
    .select()
    .from(participantAgreements)
    .where(and(eq(participantAgreements.id, agreementId), eq(participantAgreements.participantId, participantId), eq(participantAgreements.organiserId, context.actor.organiserId)));
  if (!agreement) throw notFound('Agreement');
  return agreement;
};

export const renderAgreement = async (tx: Transaction, context: RequestContext, participantId: string, agreementId: string): Promise<Buffer> => {
  const agreement = await findAgreement(tx, context, participantId, agreementId);
  const template = agreementTemplates.find((candidate) => candidate.version === agreement.templateVersion);
  if (!template) throw new Error(`Agreement template ${agreement.templateVersion} is missing`);
  await recordAccess(tx, context, { type: 'participant', id: participantId, fields: ['agreement'] });
  return renderAgreementPdf(template, agreement.snapshot, agreement.signedOn);
};

/** Records how and when the signed agreement came back (R7); signing twice is refused. */
export const signAgreement = async (
  tx: Transaction,
  context: RequestContext,
  participantId: string,
  agreementId: string,
  input: SignAgreementRequest,
): Promise<ParticipantDetail> => {
  const agreement = await findAgreement(tx, context, participantId, agreementId);
  const signed = await tx
    .update(participantAgreements)
    .set(input)
    .where(and(eq(participantAgreements.id, agreement.id), isNull(participantAgreements.signedOn)))
    .returning({ id: participantAgreements.id });
  if (signed.length === 0) throw new AppError('conflict', 'INVALID_STATE', 'This agreement is already signed');
  await recordAudit(tx, context, { action: 'participant.agreement.sign', entityType: 'participant', entityId: participantId, changedFields: { agreementId, ...input } });
  return loadParticipantDetail(tx, context.actor, await findVisibleParticipant(tx, context.actor, participantId), context.now);
};
