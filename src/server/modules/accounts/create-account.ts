import { eq } from 'drizzle-orm';
import type { Account, CreateAccountRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashPassword } from '../../platform/auth/password-hashing';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findAccount } from './account-repository';
import { assertAcceptablePassword } from './assert-acceptable-password';

export const createAccount = async (tx: Transaction, context: RequestContext, input: CreateAccountRequest): Promise<Account> => {
  assertAcceptablePassword(input.password);
  const email = input.email.trim().toLowerCase();
  const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  if (existing) throw new AppError('conflict', 'ALREADY_EXISTS', 'An account with this e-mail address already exists');
  const [account] = await tx
    .insert(accounts)
    .values({ email, displayName: input.displayName, passwordHash: await hashPassword(input.password), createdAt: context.now })
    .returning({ id: accounts.id });
  if (!account) throw new Error('Insert returned no row');
  await tx.insert(memberships).values({ organiserId: context.actor.organiserId, accountId: account.id, role: input.role, createdAt: context.now });
  await recordAudit(tx, context, {
    action: 'account.create',
    entityType: 'account',
    entityId: account.id,
    changedFields: { email, displayName: input.displayName, role: input.role },
  });
  return findAccount(tx, context.actor.organiserId, account.id);
};
