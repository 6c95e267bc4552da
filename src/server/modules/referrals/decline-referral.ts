import type { DeclineReferralRequest, Referral } from '../../../contracts/referrals';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { presentReferral } from './referral-repository';
import { tellCounsellor } from './tell-counsellor';
import { updateOpenReferral } from './update-open-referral';

export const declineReferral = async (
  tx: Transaction,
  context: RequestContext,
  { referralId, ...input }: DeclineReferralRequest & { referralId: string },
): Promise<Referral> => {
  const row = await updateOpenReferral(tx, context, referralId, input.version, { status: 'declined', declineReason: input.reason });
  await tellCounsellor(tx, context, row);
  await recordAudit(tx, context, { action: 'referral.decline', entityType: 'referral', entityId: referralId, changedFields: { reason: input.reason } });
  return presentReferral(row, context.actor.role);
};
