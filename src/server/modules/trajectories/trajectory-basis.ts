import { and, desc, eq, isNotNull, notExists } from 'drizzle-orm';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import type { Transaction } from '../../platform/db/database';
import { participantAgreements } from '../participants/schema';
import { referrals } from '../referrals/schema';
import { trajectories } from './schema';

export type TrajectoryBasis =
  { readonly ok: true; readonly referralId: string; readonly agreementId: string } | { readonly ok: false; readonly reasons: readonly RuleReason[] };

/**
 * What a new trajectory starts on: an accepted referral (toeleiding or hertoeleiding) and a signed
 * wijk-werkovereenkomst, neither used by an earlier trajectory (R5: a new trajectory of at most 12 months needs a
 * new referral and a new agreement; R7: the agreement is signed). The newest unused ones are taken.
 */
export const trajectoryBasis = async (tx: Transaction, organiserId: string, participantId: string): Promise<TrajectoryBasis> => {
  const unusedReferral = notExists(tx.select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.referralId, referrals.id)));
  const [referral] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.organiserId, organiserId), eq(referrals.participantId, participantId), eq(referrals.status, 'accepted'), unusedReferral))
    .orderBy(desc(referrals.receivedAt))
    .limit(1);
  const signed = and(
    eq(participantAgreements.organiserId, organiserId),
    eq(participantAgreements.participantId, participantId),
    isNotNull(participantAgreements.signedOn),
  );
  const unusedAgreement = notExists(tx.select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.agreementId, participantAgreements.id)));
  const [agreement] = await tx
    .select({ id: participantAgreements.id })
    .from(participantAgreements)
    .where(and(signed, unusedAgreement))
    .orderBy(desc(participantAgreements.signedOn), desc(participantAgreements.createdAt))
    .limit(1);
  if (referral && agreement) return { ok: true, referralId: referral.id, agreementId: agreement.id };

  const reasons: RuleReason[] = [];
  if (!referral) reasons.push({ code: 'NEW_REFERRAL_REQUIRED', rule: 'R5' });
  if (!agreement) {
    const [anySigned] = await tx.select({ id: participantAgreements.id }).from(participantAgreements).where(signed).limit(1);
    reasons.push(anySigned ? { code: 'NEW_AGREEMENT_REQUIRED', rule: 'R5' } : { code: 'AGREEMENT_NOT_SIGNED', rule: 'R7' });
  }
  return { ok: false, reasons };
};
