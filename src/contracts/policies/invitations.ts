import type { Role } from '../roles';
import type { PolicyTable } from './policy-table';

/** Who invites: the admin (colleagues, counsellors, coaches) and the coordinator (wijk-werkers, from their record). */
export const invitationsPolicy = {
  'invitations.create': ['admin', 'coordinator'],
  'invitations.portalAccount.read': ['coordinator', 'admin', 'auditor'],
} as const satisfies PolicyTable;

/** Which roles each inviting role may invite; any other pair is refused (403). A client contact is invited from the client page. */
export const invitableRoles = {
  admin: ['coordinator', 'finance', 'admin', 'auditor', 'counsellor', 'coach'],
  coordinator: ['participant', 'client'],
} as const satisfies Partial<Record<Role, readonly Role[]>>;

export const mayInvite = (inviter: Role, invitee: Role): boolean => (invitableRoles as Partial<Record<Role, readonly Role[]>>)[inviter]?.includes(invitee) ?? false;
