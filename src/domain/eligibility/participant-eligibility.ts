import { isBelgianPostcode, isFlemishPostcode } from '../geography/flemish-region';
import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';

export type ReferralChannel = 'vdab' | 'ocmw';

export type BenefitStatus = 'unemployment_benefit' | 'leefloon' | 'sickness_benefit' | 'none';

/** The adviserend geneesheer's permission for someone on sickness benefit (R3), valid on both end dates. */
export type MedicalAdviserPermission = { readonly validFrom: CivilDate; readonly validTo: CivilDate };

export type ParticipantEligibilityInput = {
  readonly domicilePostcode: string;
  /** Who referred the person; `null` when nobody did (there is no self-enrolment). */
  readonly referralChannel: ReferralChannel | null;
  readonly registeredWithVdab: boolean;
  readonly benefitStatus: BenefitStatus;
  readonly medicalAdviserPermission: MedicalAdviserPermission | null;
  /** Recorded by the counsellor: still available for the labour market and keeping agreements (R22). */
  readonly availableForLabourMarket: boolean;
};

export type EligibilityReasonCode =
  | 'DOMICILE_POSTCODE_INVALID'
  | 'DOMICILE_OUTSIDE_FLANDERS'
  | 'REFERRAL_MISSING'
  | ReferralChannelCode
  | 'VDAB_REFERRAL_REQUIRES_VDAB_REGISTRATION'
  | 'MEDICAL_ADVISER_PERMISSION_MISSING'
  | 'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE'
  | 'NOT_AVAILABLE_FOR_LABOUR_MARKET';

/** R2 ties the channel to the benefit: the OCMW refers leefloon recipients, the VDAB everyone else. */
export type ReferralChannelCode = 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT' | 'OCMW_REFERRAL_REQUIRES_LEEFLOON';

export type EligibilityWarningCode = 'LEEFLOON_VDAB_REGISTRATION_EXPECTED';

export type ParticipantEligibility = {
  readonly eligible: boolean;
  /** Every reason the person is not eligible; empty when eligible. */
  readonly reasons: readonly RuleReason<EligibilityReasonCode>[];
  /** Points to follow up that do not block eligibility. */
  readonly warnings: readonly RuleReason<EligibilityWarningCode>[];
};

/**
 * R2, BVR 29 September 2017 art. 2: "pour les bénéficiaires du revenu d'intégration : les CPAS ; pour les demandeurs
 * d'emploi ne bénéficiant pas du revenu d'intégration : le VDAB". Checked when a referral is made or accepted and
 * again on every eligibility date, so a referral through the wrong channel never becomes a trajectory.
 */
export function referralChannelReasons(channel: ReferralChannel, benefitStatus: BenefitStatus): readonly RuleReason<ReferralChannelCode>[] {
  if (channel === 'vdab' && benefitStatus === 'leefloon') return [{ code: 'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT', rule: 'R2' }];
  if (channel === 'ocmw' && benefitStatus !== 'leefloon') return [{ code: 'OCMW_REFERRAL_REQUIRES_LEEFLOON', rule: 'R2', details: { benefitStatus } }];
  return [];
}

/**
 * Whether a person may start or continue wijk-werk on `date` (R1 domicile, R2 referral, R3 medical adviser,
 * R22 availability). Returns every reason, so the intake screen can list all missing conditions at once.
 */
export function participantEligibilityOn(input: ParticipantEligibilityInput, date: CivilDate): ParticipantEligibility {
  const reasons: RuleReason<EligibilityReasonCode>[] = [];
  const warnings: RuleReason<EligibilityWarningCode>[] = [];

  if (!isBelgianPostcode(input.domicilePostcode)) {
    reasons.push({ code: 'DOMICILE_POSTCODE_INVALID', rule: 'R1', details: { postcode: input.domicilePostcode } });
  } else if (!isFlemishPostcode(input.domicilePostcode)) {
    reasons.push({ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: input.domicilePostcode } });
  }

  if (input.referralChannel === null) {
    reasons.push({ code: 'REFERRAL_MISSING', rule: 'R2' });
  } else {
    const channelReasons = referralChannelReasons(input.referralChannel, input.benefitStatus);
    reasons.push(...channelReasons);
    // Registration only matters once the channel is right; the wrong channel needs a new referral first.
    if (channelReasons.length === 0 && input.referralChannel === 'vdab' && !input.registeredWithVdab) {
      reasons.push({ code: 'VDAB_REFERRAL_REQUIRES_VDAB_REGISTRATION', rule: 'R2' });
    }
  }
  // Since 2023 leefloon recipients must register with the VDAB [S39]; the decree date is unconfirmed, so we only warn (decision 113).
  if (input.benefitStatus === 'leefloon' && !input.registeredWithVdab) {
    warnings.push({ code: 'LEEFLOON_VDAB_REGISTRATION_EXPECTED', rule: 'R2' });
  }

  if (input.benefitStatus === 'sickness_benefit') {
    const permission = input.medicalAdviserPermission;
    if (permission === null) {
      reasons.push({ code: 'MEDICAL_ADVISER_PERMISSION_MISSING', rule: 'R3' });
    } else if (date < permission.validFrom || date > permission.validTo) {
      reasons.push({
        code: 'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE',
        rule: 'R3',
        details: { validFrom: permission.validFrom, validTo: permission.validTo, date },
      });
    }
  }

  if (!input.availableForLabourMarket) {
    reasons.push({ code: 'NOT_AVAILABLE_FOR_LABOUR_MARKET', rule: 'R22' });
  }

  return { eligible: reasons.length === 0, reasons, warnings };
}
