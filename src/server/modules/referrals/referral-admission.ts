import type { BenefitStatus } from '../../../contracts/participants';
import type { Agency } from '../../../contracts/referrals';
import { referralChannelReasons } from '../../../domain/eligibility/participant-eligibility';
import type { DomicileAreaVerdict } from '../../../domain/organiser/domicile-area';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import type { Transaction } from '../../platform/db/database';
import { areaCheck } from '../municipalities/area-check';

export type ReferralAdmission = {
  /** Reasons this organiser cannot take the person in on this referral (R1 domicile, R2 channel). */
  readonly refusals: readonly RuleReason[];
  readonly domicile: DomicileAreaVerdict;
};

type AdmissionInput = {
  readonly agency: Agency;
  readonly postcode: string;
  /** Unknown when a counsellor refers without saying; the channel is then checked at the intake. */
  readonly benefitStatus: BenefitStatus | null;
  readonly chosenMunicipalityId: string | null;
};

/**
 * The rules a referral meets before it can become a wijk-werker: the domicile in the Flemish Region and the
 * organiser's area under its setting (R1, decision 122), and the channel that fits the benefit (R2, decision 113).
 * Checked with the same domain functions the referral form and the intake wizard use.
 */
export const referralAdmission = async (tx: Transaction, organiserId: string, input: AdmissionInput): Promise<ReferralAdmission> => {
  const domicile = await areaCheck(tx, organiserId, input.postcode, input.chosenMunicipalityId);
  const channel = input.benefitStatus === null ? [] : referralChannelReasons(input.agency, input.benefitStatus);
  return { refusals: [...domicile.reasons, ...channel], domicile };
};
