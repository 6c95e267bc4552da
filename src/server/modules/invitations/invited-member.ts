import { and, eq } from 'drizzle-orm';
import type { Agency } from '../../../contracts/referrals';
import type { Role } from '../../../contracts/roles';
import type { OneTimeLink } from '../../platform/auth/one-time-links';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { organisers } from '../../platform/tenancy/schema';

export type InvitedMember = {
  accountId: string;
  organiserId: string;
  role: Role;
  agency: Agency | null;
  email: string;
  passwordHash: string | null;
  invitedName: string | null;
  organiserName: string;
  organiserSlug: string;
};

/** The membership an invitation link offers, while it is still on offer; otherwise the link is no longer valid. */
export const findInvitedMember = async (tx: Transaction, link: OneTimeLink): Promise<InvitedMember | AppError> => {
  const [row] = link.accountId
    ? await tx
        .select({
          accountId: accounts.id,
          organiserId: memberships.organiserId,
          role: memberships.role,
          agency: memberships.agency,
          email: accounts.email,
          passwordHash: accounts.passwordHash,
          invitedName: memberships.invitedName,
          organiserName: organisers.name,
          organiserSlug: organisers.slug,
        })
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .innerJoin(organisers, eq(organisers.id, memberships.organiserId))
        .where(and(eq(memberships.accountId, link.accountId), eq(memberships.organiserId, link.organiserId), eq(memberships.status, 'invited')))
    : [];
  return row ?? new AppError('notFound', 'LINK_INVALID', 'This link is not valid');
};
