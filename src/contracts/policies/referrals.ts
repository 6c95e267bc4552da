import type { PolicyTable } from './policy-table';

/** Counsellors refer and follow their own referrals; the organiser's coordinators run the intake queue. */
export const referralsPolicy = {
  'referrals.create': ['counsellor', 'coordinator'],
  'referrals.read': ['counsellor', 'coordinator', 'admin', 'auditor'],
  'referrals.decide': ['coordinator'],
} as const satisfies PolicyTable;
