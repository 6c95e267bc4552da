import type { BenefitStatus } from '../../../../contracts/participants';
import type { Agency, ReferralAdmissionContext } from '../../../../contracts/referrals';
import { referralChannelReasons } from '../../../../domain/eligibility/participant-eligibility';
import { domicileAreaCheck, type DomicileAreaVerdict } from '../../../../domain/organiser/domicile-area';
import type { RuleReasonView } from '../../../lib/rule-reasons';

/**
 * R1 as the server judges it (the same domain function), for a postcode being typed: only a complete one is
 * judged, so nobody reads "outside Flanders" halfway through. Until the organiser's area has loaded, the Flemish
 * Region is still checked; the area follows once it is there.
 */
export const domicileVerdictOf = (postcode: string, context: ReferralAdmissionContext | undefined, chosenMunicipalityId: string | null): DomicileAreaVerdict | null => {
  const typed = postcode.trim();
  if (!/^\d{4}$/.test(typed)) return null;
  return domicileAreaCheck({ postcode: typed, area: context?.area ?? [], policy: context?.outsideAreaPolicy ?? 'warn', chosenMunicipalityId });
};

/** R2 as the server judges it: the channel that fits the benefit, once both are known. */
export const channelReasonsOf = (agency: Agency | null, benefitStatus: BenefitStatus | null): readonly RuleReasonView[] =>
  agency === null || benefitStatus === null ? [] : referralChannelReasons(agency, benefitStatus);
