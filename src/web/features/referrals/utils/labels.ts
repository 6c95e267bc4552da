import type { TFunction } from 'i18next';
import { benefitStatuses, type BenefitStatus } from '../../../../contracts/participants';
import { referralStatuses, type ReferralStatus } from '../../../../contracts/referrals';

export const benefitStatusOptions = (t: TFunction): Array<{ value: BenefitStatus; label: string }> =>
  benefitStatuses.map((status) => ({ value: status, label: t(`participantLabels.benefitStatus.${status}`) }));

export const referralStatusOptions = (t: TFunction): Array<{ value: ReferralStatus; label: string }> =>
  referralStatuses.map((status) => ({ value: status, label: t(`referrals.status.${status}`) }));
