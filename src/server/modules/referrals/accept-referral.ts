import { and, eq, sql } from 'drizzle-orm';
import type { AcceptReferralRequest, AcceptReferralResponse } from '../../../contracts/referrals';
import { parseInsz } from '../../../domain/identity/insz';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { suggestCoach } from '../coaching/suggest-coach';
import { participantColumnValues } from '../participants/participant-values';
import { participants } from '../participants/schema';
import { referralAdmission } from './referral-admission';
import { closeAsRefused } from './refuse-referral';
import { updateOpenReferral } from './update-open-referral';
import { findVisibleReferral, presentReferral } from './referral-repository';

/** A refused intake is still a result: the referral is closed as refused (and committed) before the 422 is sent. */
export type AcceptReferralOutcome =
  | { readonly kind: 'accepted'; readonly result: AcceptReferralResponse }
  | { readonly kind: 'refused'; readonly reasons: readonly RuleReason[] };

type Fields = AcceptReferralRequest['participant'];
type Referral = Awaited<ReturnType<typeof findVisibleReferral>>;

/** What the intake records on the person, from the intake form and the referral it came from. */
const intakeValues = (fields: Fields, referral: Referral, municipalityId: string | null, coachAccountId: string | null, now: Date) => ({
  ...participantColumnValues(fields),
  municipalityId,
  referralAgency: referral.agency,
  counsellorAccountId: referral.counsellorAccountId,
  coachAccountId,
  updatedAt: now,
});

/**
 * The intake's outcome: the referred person becomes a wijk-werker record. The rules come first: a domicile outside
 * Flanders, outside the area when the organiser refuses those, or a referral through the wrong channel (R1, R2)
 * closes the referral as refused; a domicile outside the area that the organiser accepts needs the area's
 * municipality that applies. One INSZ is one person per organiser: a known INSZ whose trajectory has ended is a
 * re-referral (hertoeleiding, R5) and the existing record takes the new referral and intake; any other known INSZ
 * is a 409 pointing to the existing record. Leefloon participants in a werkcoach municipality get a coach.
 */
export const acceptReferral = async (
  tx: Transaction,
  context: RequestContext,
  referralId: string,
  { version, participant: fields, areaMunicipalityId }: AcceptReferralRequest,
): Promise<AcceptReferralOutcome> => {
  const organiserId = context.actor.organiserId;
  const referral = await findVisibleReferral(tx, context.actor, referralId);
  const { refusals, domicile } = await referralAdmission(tx, organiserId, {
    agency: referral.agency,
    postcode: fields.address.postcode,
    benefitStatus: fields.benefitStatus,
    chosenMunicipalityId: areaMunicipalityId ?? null,
  });
  if (refusals.length > 0) {
    await closeAsRefused(tx, context, referralId, version, refusals);
    return { kind: 'refused', reasons: refusals };
  }
  if (domicile.municipalityChoiceNeeded) {
    throw ruleRefused([{ code: 'AREA_MUNICIPALITY_REQUIRED', rule: 'R1', details: { postcode: fields.address.postcode } }], 'Say which municipality of the area applies');
  }
  const municipalityId = domicile.municipalityId;
  const [existing] = await tx
    .select({ id: participants.id, status: participants.status, coachAccountId: participants.coachAccountId })
    .from(participants)
    .where(and(eq(participants.organiserId, organiserId), eq(participants.insz, fields.insz)));
  if (existing && existing.status !== 'ended') {
    throw new AppError('conflict', 'DUPLICATE_INSZ', 'A participant with this INSZ already exists', { participantId: existing.id });
  }
  const coachAccountId = existing?.coachAccountId ?? (await suggestCoach(tx, organiserId, { benefitStatus: fields.benefitStatus, municipalityId }));
  const values = intakeValues(fields, referral, municipalityId, coachAccountId, context.now);
  const [saved] = existing
    ? await tx
        .update(participants)
        // Only while the earlier trajectory is still the last word: a concurrent re-referral finds `intake` and gets 409.
        .set({ ...values, status: 'intake', version: sql`${participants.version} + 1` })
        .where(and(eq(participants.id, existing.id), eq(participants.status, 'ended')))
        .returning({ id: participants.id })
    : await tx
        .insert(participants)
        .values({ ...values, organiserId, insz: fields.insz, birthDate: parseInsz(fields.insz)?.birthDate ?? null, createdAt: context.now })
        .returning({ id: participants.id });
  if (!saved) throw new AppError('conflict', 'DUPLICATE_INSZ', 'A participant with this INSZ already exists', { participantId: existing?.id });
  const rereferral = existing !== undefined;
  const row = await updateOpenReferral(tx, context, referralId, version, { status: 'accepted', participantId: saved.id });
  const outsideArea = domicile.warnings.length > 0;
  await recordAudit(tx, context, { action: 'referral.accept', entityType: 'referral', entityId: referralId, changedFields: { participantId: saved.id, rereferral, outsideArea } });
  await recordAudit(tx, context, {
    action: rereferral ? 'participant.rereferral' : 'participant.create',
    entityType: 'participant',
    entityId: saved.id,
    changedFields: { referralId, coachAccountId, municipalityId, outsideArea },
  });
  return { kind: 'accepted', result: { referral: presentReferral(row, context.actor.role), participantId: saved.id, rereferral } };
};
