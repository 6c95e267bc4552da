import type { Role } from '../../contracts/roles';

/**
 * What the interface offers to whom. It mirrors the server's policy tables only to hide what a role cannot use;
 * the server stays the one that enforces.
 */
const uiPolicy = {
  'offices.manage': ['admin'],
  // referrals/policy.ts
  'referrals.create': ['counsellor', 'coordinator'],
  'referrals.read': ['counsellor', 'coordinator', 'admin', 'auditor'],
  // A counsellor follows their own referrals in the cockpit; the queue is the organiser's work list.
  'referrals.queue': ['coordinator', 'admin', 'auditor'],
  'referrals.decide': ['coordinator'],
  // participants/policy.ts
  'participants.read': ['coordinator', 'admin', 'auditor', 'counsellor', 'coach'],
  'participants.update': ['coordinator'],
  'participants.eligibility': ['coordinator', 'counsellor'],
  'participants.notes.write': ['coordinator', 'counsellor', 'coach'],
  'participants.documents.read': ['coordinator'],
  'participants.agreements.read': ['coordinator', 'counsellor'],
  'participants.history': ['coordinator', 'admin', 'auditor'],
  // trajectories/policy.ts: start and end are 'participants.update' (coordinator only)
  'trajectories.evaluate': ['coordinator', 'counsellor'],
  // coaching/policy.ts
  'coachMunicipalities.manage': ['admin'],
  'coaches.read': ['admin', 'coordinator'],
  'cockpit.view': ['counsellor'],
  // accounts/policy.ts: the auditor reads, only the admin changes; nobody needs a policy for their own account.
  'accounts.read': ['admin', 'auditor'],
  'accounts.manage': ['admin'],
  // organiser/policy.ts
  'organiser.read': ['admin', 'coordinator', 'finance', 'auditor'],
  'organiser.update': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type UiAction = keyof typeof uiPolicy;

export const can = (role: Role, action: UiAction): boolean => (uiPolicy[action] as readonly Role[]).includes(role);
