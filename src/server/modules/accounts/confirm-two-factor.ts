import { and, eq, ne } from 'drizzle-orm';
import type { SecondFactorRequest, SessionResponse } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts, sessions } from '../../platform/auth/schema';
import { matchTotpStep } from '../../platform/auth/totp';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { findSession } from '../sessions/find-session';
import { isLoginThrottled, recordFailedLogin } from '../sessions/login-throttle';

/**
 * The first correct code puts the authenticator in force, finishes an `enrollment` login, and ends the account's
 * other sessions (they were opened with the password alone). Wrong codes are recorded (the refusal comes after the
 * commit) and throttled like second-factor logins.
 */
export const confirmTwoFactor = async (tx: Transaction, context: RequestContext, { code }: SecondFactorRequest): Promise<SessionResponse | RefusedAfterCommit> => {
  const { actor } = context;
  const key = `totp:${actor.accountId}`;
  if (await isLoginThrottled(tx, context, { key })) {
    throw new AppError('rateLimited', 'RATE_LIMITED', 'Too many wrong codes; wait a while and try again');
  }
  const [account] = await tx.select({ secret: accounts.totpSecret, enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, actor.accountId));
  if (!account?.secret || account.enabledAt) throw new AppError('conflict', 'INVALID_STATE', 'Start the setup first');
  const step = matchTotpStep(account.secret, code, context.now);
  if (step === null) {
    await recordFailedLogin(tx, context, { key });
    return new RefusedAfterCommit(new AppError('validation', 'INVALID_SECOND_FACTOR', 'The code is wrong', { issues: [{ path: 'body.code', message: 'wrong' }] }));
  }
  await tx.update(accounts).set({ totpEnabledAt: context.now, totpLastStep: step }).where(eq(accounts.id, actor.accountId));
  await tx.update(sessions).set({ stage: 'complete' }).where(eq(sessions.tokenHash, actor.sessionTokenHash));
  await tx.delete(sessions).where(and(eq(sessions.accountId, actor.accountId), ne(sessions.tokenHash, actor.sessionTokenHash)));
  await recordAudit(tx, context, { action: 'account.two_factor.enable', entityType: 'account', entityId: actor.accountId });
  return findSession(tx, { actor: { ...actor, sessionStage: 'complete' } });
};
