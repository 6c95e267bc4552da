import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts, sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assertOwnsAccountSettings, findAccount } from './account-repository';

/** For a lost phone: an admin removes a member's authenticator; the member sets up a new one at the next login. */
export const resetTwoFactor = async (tx: Transaction, context: RequestContext, { accountId }: { accountId: string }): Promise<void> => {
  const current = await findAccount(tx, context, { accountId });
  if (current.status === 'invited') throw new AppError('conflict', 'INVALID_STATE', 'The invitation has not been accepted yet');
  if (accountId === context.actor.accountId) {
    throw new AppError('forbidden', 'OWN_ACCOUNT_PROTECTED', 'Another administrator must reset your authenticator');
  }
  await assertOwnsAccountSettings(tx, context.actor.organiserId, accountId);
  await tx.update(accounts).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(accounts.id, accountId));
  await tx.delete(sessions).where(eq(sessions.accountId, accountId));
  await recordAudit(tx, context, { action: 'account.two_factor.reset', entityType: 'account', entityId: accountId });
};
