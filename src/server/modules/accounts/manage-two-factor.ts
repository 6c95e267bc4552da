import { and, eq, ne } from 'drizzle-orm';
import type { SessionResponse, TwoFactorSetup } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts, sessions } from '../../platform/auth/schema';
import { createTotpSecret, matchTotpStep, totpUri } from '../../platform/auth/totp';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { findSession } from '../sessions/find-session';
import { findAccount } from './account-repository';

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

/**
 * The first correct code puts the authenticator in force, finishes an `enrollment` login, and ends the account's
 * other sessions (they were opened with the password alone).
 */
export const confirmTwoFactor = async (tx: Transaction, context: RequestContext, code: string): Promise<SessionResponse> => {
  const { actor } = context;
  const [account] = await tx.select({ secret: accounts.totpSecret, enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, actor.accountId));
  if (!account?.secret || account.enabledAt) throw new AppError('conflict', 'INVALID_STATE', 'Start the setup first');
  const step = matchTotpStep(account.secret, code, context.now);
  if (step === null) throw new AppError('validation', 'INVALID_SECOND_FACTOR', 'The code is wrong', { issues: [{ path: 'body.code', message: 'wrong' }] });
  await tx.update(accounts).set({ totpEnabledAt: context.now, totpLastStep: step }).where(eq(accounts.id, actor.accountId));
  await tx.update(sessions).set({ stage: 'complete' }).where(eq(sessions.tokenHash, actor.sessionTokenHash));
  await tx.delete(sessions).where(and(eq(sessions.accountId, actor.accountId), ne(sessions.tokenHash, actor.sessionTokenHash)));
  await recordAudit(tx, context, { action: 'account.two_factor.enable', entityType: 'account', entityId: actor.accountId });
  return findSession(tx, { ...actor, sessionStage: 'complete' });
};

/** For a lost phone: an admin removes a member's authenticator; the member sets up a new one at the next login. */
export const resetTwoFactor = async (tx: Transaction, context: RequestContext, accountId: string): Promise<void> => {
  await findAccount(tx, context.actor.organiserId, accountId);
  if (accountId === context.actor.accountId) {
    throw new AppError('forbidden', 'OWN_ACCOUNT_PROTECTED', 'Another administrator must reset your authenticator');
  }
  await tx.update(accounts).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(accounts.id, accountId));
  await tx.delete(sessions).where(eq(sessions.accountId, accountId));
  await recordAudit(tx, context, { action: 'account.two_factor.reset', entityType: 'account', entityId: accountId });
};
