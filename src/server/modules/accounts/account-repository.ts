import { and, asc, eq } from 'drizzle-orm';
import type { Account } from '../../../contracts/accounts';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Executor, Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';

export const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  displayName: accounts.displayName,
  role: memberships.role,
  disabledAt: accounts.disabledAt,
  totpEnabledAt: accounts.totpEnabledAt,
  status: memberships.status,
  invitedName: memberships.invitedName,
  version: memberships.version,
};

type AccountRow = { disabledAt: Date | null; totpEnabledAt: Date | null; invitedName: string | null } & Omit<Account, 'isDisabled' | 'twoFactorEnabled'>;

/**
 * Until the person accepts an invitation, this organiser sees only what it typed itself: the login may be known
 * elsewhere, and its own name, authenticator and disabled state are none of this organiser's business (decision 041).
 */
export const presentAccount = ({ disabledAt, totpEnabledAt, invitedName, ...row }: AccountRow): Account =>
  row.status === 'invited'
    ? { ...row, displayName: invitedName ?? row.displayName, isDisabled: false, twoFactorEnabled: false }
    : { ...row, isDisabled: disabledAt !== null, twoFactorEnabled: totpEnabledAt !== null };

/** An account as the actor's organiser sees it: through its membership there, or not at all. */
export const findAccount = async (db: Executor, context: RequestContext, { accountId }: { accountId: string }): Promise<Account> => {
  const [row] = await db
    .select(accountColumns)
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.organiserId, context.actor.organiserId)))
    .where(eq(accounts.id, accountId));
  if (!row) throw notFound('Account');
  return presentAccount(row);
};

/**
 * A login may belong to several organisers. Its account-wide settings (name, disabled, authenticator) are the
 * business of the organiser where it was created, its oldest membership; the others manage only their membership
 * (role, sessions there), so no organiser can lock out or rename another's staff (decision 021).
 */
export const assertOwnsAccountSettings = async (tx: Transaction, organiserId: string, accountId: string): Promise<void> => {
  const [first] = await tx
    .select({ organiserId: memberships.organiserId })
    .from(memberships)
    .where(eq(memberships.accountId, accountId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  if (first?.organiserId !== organiserId) {
    throw new AppError('conflict', 'ACCOUNT_MANAGED_ELSEWHERE', 'This login is managed by the organiser where it was created; change the role or end the sessions here');
  }
};
