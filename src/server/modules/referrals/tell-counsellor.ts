import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { queueMessage, type MessageRecipient } from '../messages/queue-message';
import type { referrals } from './schema';

type DecidedReferral = typeof referrals.$inferSelect;

const counsellorOf = (referral: DecidedReferral): MessageRecipient | null => {
  if (referral.counsellorAccountId) return { kind: 'account', accountId: referral.counsellorAccountId };
  if (referral.counsellorEmail) return { kind: 'contact', name: referral.counsellorName, email: referral.counsellorEmail, phone: null, language: 'nl' };
  return null;
};

const decisionOf = (referral: DecidedReferral) => {
  if (referral.status === 'accepted') return { decision: 'accepted' as const };
  if (referral.status === 'declined') return { decision: 'declined' as const, reason: referral.declineReason ?? '' };
  if (referral.status === 'refused') return { decision: 'refused' as const, rules: [...new Set((referral.refusalReasons ?? []).map((reason) => reason.rule))] };
  return null;
};

/**
 * The counsellor who referred hears the decision (accepted, declined with its reason, refused under a rule) by the
 * `referral-decided` message, queued in the decision's own transaction. A referral recorded from a phone call
 * without the counsellor's e-mail has nobody to tell.
 */
export const tellCounsellor = async (tx: Transaction, context: RequestContext, referral: DecidedReferral): Promise<void> => {
  const recipient = counsellorOf(referral);
  const decision = decisionOf(referral);
  if (!recipient || !decision) return;
  await queueMessage(tx, context, {
    recipient,
    template: 'referral-decided',
    data: { candidateName: `${referral.firstName} ${referral.lastName}`, referredOn: civilDateOfInstant(referral.receivedAt), ...decision },
  });
};
