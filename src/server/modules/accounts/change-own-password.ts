import { and, eq, ne } from 'drizzle-orm';
import type { ChangePasswordRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { hashPassword, verifyPassword } from '../../platform/auth/password-hashing';
import { accounts, sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assertAcceptablePassword } from './assert-acceptable-password';

/** Needs the current password (re-authentication) and ends the account's other sessions. */
export const changeOwnPassword = async (tx: Transaction, context: RequestContext, input: ChangePasswordRequest): Promise<void> => {
  const [account] = await tx.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, context.actor.accountId));
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError('validation', 'INVALID_CREDENTIALS', 'The current password is wrong', {
      issues: [{ path: 'body.currentPassword', message: 'wrong' }],
    });
  }
  assertAcceptablePassword(input.newPassword);
  await tx
    .update(accounts)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(accounts.id, context.actor.accountId));
  await tx.delete(sessions).where(and(eq(sessions.accountId, context.actor.accountId), ne(sessions.tokenHash, context.actor.sessionTokenHash)));
  await recordAudit(tx, context, { action: 'account.password.change', entityType: 'account', entityId: context.actor.accountId });
};
