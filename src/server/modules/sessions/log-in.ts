import { and, asc, eq, isNull } from 'drizzle-orm';
import { twoFactorRoles, type Role } from '../../../contracts/roles';
import type { LogInRequest, SessionResponse, SessionStage } from '../../../contracts/sessions';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Actor } from '../../platform/auth/actor';
import { spendVerificationTime, verifyPassword } from '../../platform/auth/password-hashing';
import { accounts, loginAttempts, memberships, sessions } from '../../platform/auth/schema';
import { createCsrfToken, createSessionToken, hashSessionToken } from '../../platform/auth/session-token';
import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { findSession } from './find-session';
import { emailKey, isLoginThrottled, recordFailedLogin } from './login-throttle';

type LogInOptions = { absoluteHours: number };

const invalidCredentials = () => new AppError('unauthenticated', 'INVALID_CREDENTIALS', 'E-mail address or password is wrong');

/**
 * Checks the credentials and opens a session. Takes the database rather than a transaction because a failed
 * attempt must be recorded even though the login fails; the success path runs in one transaction.
 * Unknown account, wrong password, disabled account and no membership all give the same answer.
 * With a second factor enrolled (or required but not yet set up) the session starts in that stage.
 */
export const logIn = async (
  db: Database,
  context: AnonymousContext,
  input: LogInRequest,
  { absoluteHours }: LogInOptions,
): Promise<{ token: string; session: SessionResponse }> => {
  const email = input.email.trim().toLowerCase();
  if (await isLoginThrottled(db, context.ip, email, context.now)) {
    throw new AppError('rateLimited', 'RATE_LIMITED', 'Too many failed attempts; wait a while and try again');
  }
  const [candidate] = await db
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
        input.organiserSlug === undefined ? undefined : eq(organisers.slug, input.organiserSlug),
      ),
    )
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  const isValid = candidate ? await verifyPassword(candidate.passwordHash, input.password) : await spendVerificationTime(input.password).then(() => false);
  if (!candidate || !isValid) {
    await recordFailedLogin(db, context.ip, email, context.now);
    throw invalidCredentials();
  }

  const token = createSessionToken();
  const needsTwoFactor = (twoFactorRoles as readonly Role[]).includes(candidate.role) && candidate.requireStaffTwoFactor;
  const sessionStage: SessionStage = candidate.totpEnabledAt ? 'second_factor' : needsTwoFactor ? 'enrollment' : 'complete';
  const actor: Actor = {
    accountId: candidate.accountId,
    organiserId: candidate.organiserId,
    role: candidate.role,
    agency: candidate.agency,
    sessionTokenHash: hashSessionToken(token),
    sessionStage,
    csrfToken: createCsrfToken(),
  };
  const session = await db.transaction(async (tx) => {
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
    await recordAudit(tx, { ...context, actor }, { action: 'session.create', entityType: 'account', entityId: actor.accountId });
    return findSession(tx, actor);
  });
  return { token, session };
};
