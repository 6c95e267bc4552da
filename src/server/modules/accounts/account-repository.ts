import { and, eq } from 'drizzle-orm';
import type { Account } from '../../../contracts/accounts';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Database, Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';

export const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  displayName: accounts.displayName,
  role: memberships.role,
  disabledAt: accounts.disabledAt,
  totpEnabledAt: accounts.totpEnabledAt,
  version: memberships.version,
};

export const presentAccount = ({
  disabledAt,
  totpEnabledAt,
  ...row
}: { disabledAt: Date | null; totpEnabledAt: Date | null } & Omit<Account, 'isDisabled' | 'twoFactorEnabled'>): Account => ({
  ...row,
  isDisabled: disabledAt !== null,
  twoFactorEnabled: totpEnabledAt !== null,
});

/** An account as seen by one organiser: through its membership there, or not at all. */
export const findAccount = async (db: Database | Transaction, organiserId: string, accountId: string): Promise<Account> => {
  const [row] = await db
    .select(accountColumns)
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.organiserId, organiserId)))
    .where(eq(accounts.id, accountId));
  if (!row) throw notFound('Account');
  return presentAccount(row);
};
