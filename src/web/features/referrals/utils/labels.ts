import type { TFunction } from 'i18next';
import { referralStatuses, type ReferralStatus } from '../../../../contracts/referrals';

export const referralStatusOptions = (t: TFunction): Array<{ value: ReferralStatus; label: string }> =>
  referralStatuses.map((status) => ({ value: status, label: t(`referrals.status.${status}`) }));
