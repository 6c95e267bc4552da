import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { twoFactorRoles, type Role } from '../../../contracts/roles';
import type { LogInRequest, SessionResponse, SessionStage } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Actor } from '../../platform/auth/actor';
import { spendVerificationTime, verifyPassword } from '../../platform/auth/password-hashing';
import { accounts, loginAttempts, memberships, sessions } from '../../platform/auth/schema';
import { createCsrfToken, createSessionToken, hashSessionToken } from '../../platform/auth/session-token';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { organisers } from '../../platform/tenancy/schema';
import { freshCodeStep, totpThrottleKey } from './authenticator-code';
import { findSession } from './find-session';
import { emailKey, isLoginThrottled, loginLimits, recordFailedLogin } from './login-throttle';

/** `absoluteHours`: how long the session lives at most, from the configuration. */
type LogInInput = LogInRequest & { absoluteHours: number };

const invalidCredentials = () => new AppError('unauthenticated', 'INVALID_CREDENTIALS', 'E-mail address or password is wrong');
const rateLimited = () => new AppError('rateLimited', 'RATE_LIMITED', 'Too many failed attempts; wait a while and try again');

/**
 * An authenticator code sent with a right password, held to the code's own limit. Every refusal is recorded, so
 * the IP's count of failures grows by one whether the password or the code was wrong.
 */
const checkCodeWithPassword = async (tx: Transaction, context: AnonymousContext, accountId: string, code: string): Promise<number | AppError> => {
  const key = totpThrottleKey(accountId);
  const isThrottled = await isLoginThrottled(tx, context, { key });
  const step = isThrottled ? null : await freshCodeStep(tx, accountId, code, context.now);
  if (step !== null) return step;
  await recordFailedLogin(tx, context, { key });
  return isThrottled ? rateLimited() : new AppError('unauthenticated', 'INVALID_SECOND_FACTOR', 'The code is wrong or was already used');
};

/**
 * Checks the credentials and opens a session. A failed attempt must be recorded even though the login fails, so
 * those refusals are returned as `RefusedAfterCommit` (the transaction commits, then the error is sent).
 * Unknown account, wrong password, disabled account and no (accepted) membership all give the same answer.
 * With a second factor enrolled (or required but not yet set up) the session starts in that stage, unless the
 * request carries a fresh authenticator code: then it starts complete. Beyond the account's hourly limit of
 * failures only that pair, password and code, opens a session, and every other attempt gets the same 429: whoever
 * knows a staff e-mail cannot keep its owner out, and learns nothing about the password (decision 020).
 */
export const logIn = async (
  tx: Transaction,
  context: AnonymousContext,
  { absoluteHours, ...input }: LogInInput,
): Promise<{ token: string; session: SessionResponse } | RefusedAfterCommit> => {
  const email = input.email.trim().toLowerCase();
  const limits = await loginLimits(tx, context, { key: email });
  if (limits.ip || (limits.account && input.code === undefined)) throw rateLimited();
  const [candidate] = await tx
    .select({
      accountId: accounts.id,
      passwordHash: accounts.passwordHash,
      totpEnabledAt: accounts.totpEnabledAt,
      organiserId: memberships.organiserId,
      role: memberships.role,
      agency: memberships.agency,
      requireStaffTwoFactor: organisers.requireStaffTwoFactor,
    })
    .from(accounts)
    .innerJoin(memberships, eq(memberships.accountId, accounts.id))
    .innerJoin(organisers, eq(organisers.id, memberships.organiserId))
    .where(
      and(
        eq(accounts.email, email),
        isNull(accounts.disabledAt),
        // An invitation not yet accepted opens nothing, and a login without a password has nothing to check.
        eq(memberships.status, 'active'),
        isNotNull(accounts.passwordHash),
        input.organiserSlug === undefined ? undefined : eq(organisers.slug, input.organiserSlug),
      ),
    )
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  const isValid = candidate?.passwordHash ? await verifyPassword(candidate.passwordHash, input.password) : await spendVerificationTime(input.password).then(() => false);
  if (!candidate || !isValid) {
    await recordFailedLogin(tx, context, { key: email });
    return new RefusedAfterCommit(limits.account ? rateLimited() : invalidCredentials());
  }
  const codeStep = input.code !== undefined && candidate.totpEnabledAt ? await checkCodeWithPassword(tx, context, candidate.accountId, input.code) : null;
  if (codeStep instanceof AppError) return new RefusedAfterCommit(limits.account ? rateLimited() : codeStep);
  if (limits.account && codeStep === null) {
    // The right password alone, on an account without an authenticator or without its code: the limit holds.
    await recordFailedLogin(tx, context, { key: email });
    return new RefusedAfterCommit(rateLimited());
  }

  const token = createSessionToken();
  const needsTwoFactor = (twoFactorRoles as readonly Role[]).includes(candidate.role) && candidate.requireStaffTwoFactor;
  const sessionStage: SessionStage = codeStep !== null ? 'complete' : candidate.totpEnabledAt ? 'second_factor' : needsTwoFactor ? 'enrollment' : 'complete';
  const actor: Actor = {
    accountId: candidate.accountId,
    organiserId: candidate.organiserId,
    role: candidate.role,
    agency: candidate.agency,
    sessionTokenHash: hashSessionToken(token),
    sessionStage,
    csrfToken: createCsrfToken(),
  };
  await tx.insert(sessions).values({
    tokenHash: actor.sessionTokenHash,
    organiserId: actor.organiserId,
    accountId: actor.accountId,
    csrfToken: actor.csrfToken,
    stage: sessionStage,
    createdAt: context.now,
    lastSeenAt: context.now,
    expiresAt: new Date(context.now.getTime() + absoluteHours * 3_600_000),
  });
  await tx.insert(loginAttempts).values({ ip: context.ip, emailKey: emailKey(email), succeeded: true, attemptedAt: context.now });
  const acting = { ...context, actor };
  await recordAudit(tx, acting, { action: 'session.create', entityType: 'account', entityId: actor.accountId });
  if (codeStep !== null) {
    await tx.update(accounts).set({ totpLastStep: codeStep }).where(eq(accounts.id, actor.accountId));
    await recordAudit(tx, acting, { action: 'session.second_factor', entityType: 'account', entityId: actor.accountId });
  }
  return { token, session: await findSession(tx, acting) };
};
