import { eq } from 'drizzle-orm';
import type { TwoFactorSetup } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts } from '../../platform/auth/schema';
import { createTotpSecret, totpUri } from '../../platform/auth/totp';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';

/** Starts setting up an authenticator: a new secret, not in force until a first code confirms it. */
export const setUpTwoFactor = async (tx: Transaction, context: RequestContext): Promise<TwoFactorSetup> => {
  const [account] = await tx.select({ email: accounts.email, enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, context.actor.accountId));
  if (!account) throw new Error('Session without account');
  if (account.enabledAt) throw new AppError('conflict', 'INVALID_STATE', 'An authenticator is already set up; ask an administrator to reset it');
  const [organiser] = await tx.select({ name: organisers.name }).from(organisers).where(eq(organisers.id, context.actor.organiserId));
  const secret = createTotpSecret();
  await tx.update(accounts).set({ totpSecret: secret, totpLastStep: null }).where(eq(accounts.id, context.actor.accountId));
  await recordAudit(tx, context, { action: 'account.two_factor.setup', entityType: 'account', entityId: context.actor.accountId });
  return { secret, otpauthUri: totpUri(secret, account.email, `Wijkwerk ${organiser?.name ?? ''}`.trim()) };
};
