import { eq } from 'drizzle-orm';
import type { SecondFactorRequest, SessionResponse } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts, sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { freshCodeStep, totpThrottleKey } from './authenticator-code';
import { findSession } from './find-session';
import { isLoginThrottled, recordFailedLogin } from './login-throttle';

/**
 * Checks the authenticator code of a session in the `second_factor` stage. Like the password, failures are
 * recorded (the refusal comes after the commit, so they count) and throttled; a code is accepted only once.
 */
export const completeSecondFactor = async (tx: Transaction, context: RequestContext, { code }: SecondFactorRequest): Promise<SessionResponse | RefusedAfterCommit> => {
  const { actor } = context;
  if (actor.sessionStage !== 'second_factor') throw new AppError('conflict', 'INVALID_STATE', 'No authenticator code is due');
  const key = totpThrottleKey(actor.accountId);
  if (await isLoginThrottled(tx, context, { key })) {
    throw new AppError('rateLimited', 'RATE_LIMITED', 'Too many wrong codes; wait a while and try again');
  }
  const step = await freshCodeStep(tx, actor.accountId, code, context.now);
  if (step === null) {
    await recordFailedLogin(tx, context, { key });
    return new RefusedAfterCommit(new AppError('unauthenticated', 'INVALID_SECOND_FACTOR', 'The code is wrong or was already used'));
  }
  await tx.update(accounts).set({ totpLastStep: step }).where(eq(accounts.id, actor.accountId));
  await tx.update(sessions).set({ stage: 'complete' }).where(eq(sessions.tokenHash, actor.sessionTokenHash));
  await recordAudit(tx, context, { action: 'session.second_factor', entityType: 'account', entityId: actor.accountId });
  return findSession(tx, { actor: { ...actor, sessionStage: 'complete' } });
};
