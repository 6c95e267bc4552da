import type { Referral, RefuseReferralRequest } from '../../../contracts/referrals';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { referralAdmission } from './referral-admission';
import { findVisibleReferral, presentReferral } from './referral-repository';
import { tellCounsellor } from './tell-counsellor';
import { updateOpenReferral } from './update-open-referral';

/** Closes an open referral for good because a scheme rule refuses it: status `refused` with every reason. */
export const closeAsRefused = async (tx: Transaction, context: RequestContext, referralId: string, version: number, reasons: readonly RuleReason[]) => {
  const row = await updateOpenReferral(tx, context, referralId, version, { status: 'refused', refusalReasons: [...reasons] });
  await tellCounsellor(tx, context, row);
  await recordAudit(tx, context, {
    action: 'referral.refuse',
    entityType: 'referral',
    entityId: referralId,
    changedFields: { reasons: reasons.map((reason) => reason.code) },
  });
  return row;
};

/**
 * The intake found what the rules refuse (a domicile outside Flanders or the area, a leefloon recipient referred by
 * the VDAB) before the whole form is filled in. The server judges the facts itself: a referral the rules allow is
 * not closed here (409), the coordinator accepts or declines it instead.
 */
export const refuseReferral = async (
  tx: Transaction,
  context: RequestContext,
  { referralId, ...input }: RefuseReferralRequest & { referralId: string },
): Promise<Referral> => {
  const referral = await findVisibleReferral(tx, context.actor, referralId);
  const { refusals } = await referralAdmission(tx, context.actor.organiserId, {
    agency: referral.agency,
    postcode: input.postcode,
    benefitStatus: input.benefitStatus ?? null,
    chosenMunicipalityId: null,
  });
  if (refusals.length === 0) throw new AppError('conflict', 'NO_RULE_REFUSES', 'The scheme rules allow this intake; accept or decline the referral');
  return presentReferral(await closeAsRefused(tx, context, referralId, input.version, refusals), context.actor.role);
};
