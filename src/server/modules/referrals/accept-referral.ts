import type { AcceptReferralRequest, AcceptReferralResponse } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { suggestCoach } from '../coaching/suggest-coach';
import { enrolParticipant } from '../participants/enrol-participant';
import { referralAdmission } from './referral-admission';
import { closeAsRefused } from './refuse-referral';
import { tellCounsellor } from './tell-counsellor';
import { updateOpenReferral } from './update-open-referral';
import { findVisibleReferral, presentReferral } from './referral-repository';

/**
 * The intake's outcome: the referred person becomes a wijk-werker record. The rules come first: a domicile outside
 * Flanders, outside the area when the organiser refuses those, or a referral through the wrong channel (R1, R2)
 * closes the referral as refused (committed before the 422 is sent, so it stays closed); a domicile outside the area that the organiser accepts needs the area's
 * municipality that applies. The participants module then enrols the person (a known INSZ after an ended
 * trajectory is a re-referral, R5; any other known INSZ a 409). Leefloon participants in a werkcoach municipality
 * get a coach.
 */
export const acceptReferral = async (
  tx: Transaction,
  context: RequestContext,
  { referralId, version, participant: fields, areaMunicipalityId }: AcceptReferralRequest & { referralId: string },
): Promise<AcceptReferralResponse | RefusedAfterCommit> => {
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
    return new RefusedAfterCommit(ruleRefused(refusals, 'The scheme rules do not allow this intake; the referral is closed as refused'));
  }
  if (domicile.municipalityChoiceNeeded) {
    throw ruleRefused([{ code: 'AREA_MUNICIPALITY_REQUIRED', rule: 'R1', details: { postcode: fields.address.postcode } }], 'Say which municipality of the area applies');
  }
  const municipalityId = domicile.municipalityId;
  const outsideArea = domicile.warnings.length > 0;
  const { participantId, rereferral } = await enrolParticipant(tx, context, {
    fields,
    referral,
    municipalityId,
    suggestedCoachAccountId: await suggestCoach(tx, context, { benefitStatus: fields.benefitStatus, municipalityId }),
    outsideArea,
  });
  const row = await updateOpenReferral(tx, context, referralId, version, { status: 'accepted', participantId });
  await tellCounsellor(tx, context, row);
  await recordAudit(tx, context, { action: 'referral.accept', entityType: 'referral', entityId: referralId, changedFields: { participantId, rereferral, outsideArea } });
  return { referral: presentReferral(row, context.actor.role), participantId, rereferral };
};
