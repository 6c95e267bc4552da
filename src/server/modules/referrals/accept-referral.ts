import { and, eq } from 'drizzle-orm';
import type { AcceptReferralRequest, Referral } from '../../../contracts/referrals';
import { parseInsz } from '../../../domain/identity/insz';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { suggestCoach } from '../coaching/suggest-coach';
import { municipalityOfPostcode } from '../participants/municipality-of-postcode';
import { assertDomicileInFlanders, participantColumnValues } from '../participants/participant-values';
import { participants } from '../participants/schema';
import { updateOpenReferral } from './update-open-referral';
import { findVisibleReferral, presentReferral } from './referral-repository';

/**
 * The intake's outcome: the referred person becomes a wijk-werker record. One INSZ is one person per organiser,
 * so a known INSZ is a 409 pointing to the existing record; a domicile outside Flanders is refused (R1).
 * Leefloon participants in a werkcoach municipality get a coach assigned.
 */
export const acceptReferral = async (
  tx: Transaction,
  context: RequestContext,
  referralId: string,
  { version, participant: fields }: AcceptReferralRequest,
): Promise<{ referral: Referral; participantId: string }> => {
  const organiserId = context.actor.organiserId;
  const referral = await findVisibleReferral(tx, context.actor, referralId);
  assertDomicileInFlanders(fields.address.postcode);
  const [existing] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.organiserId, organiserId), eq(participants.insz, fields.insz)));
  if (existing) {
    throw new AppError('conflict', 'DUPLICATE_INSZ', 'A participant with this INSZ already exists', { participantId: existing.id });
  }
  const municipalityId = await municipalityOfPostcode(tx, organiserId, fields.address.postcode);
  const coachAccountId = await suggestCoach(tx, organiserId, { benefitStatus: fields.benefitStatus, municipalityId });
  const [created] = await tx
    .insert(participants)
    .values({
      ...participantColumnValues(fields),
      organiserId,
      insz: fields.insz,
      birthDate: parseInsz(fields.insz)?.birthDate ?? null,
      municipalityId,
      referralAgency: referral.agency,
      counsellorAccountId: referral.counsellorAccountId,
      coachAccountId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: participants.id });
  if (!created) throw new Error('Insert returned no row');
  const row = await updateOpenReferral(tx, context, referralId, version, { status: 'accepted', participantId: created.id });
  await recordAudit(tx, context, { action: 'referral.accept', entityType: 'referral', entityId: referralId, changedFields: { participantId: created.id } });
  await recordAudit(tx, context, { action: 'participant.create', entityType: 'participant', entityId: created.id, changedFields: { referralId, coachAccountId } });
  return { referral: presentReferral(row, context.actor.role), participantId: created.id };
};
