import { createHash } from 'node:crypto';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { loginAttempts } from '../../platform/auth/schema';
import type { AnonymousContext } from '../../platform/http/request-context';

// Epic Stack uses 10 auth POSTs a minute per IP; ASVS allows at most 100 failures an hour per account.
// Per-account throttling is not a permanent lockout, so the real owner can still log in later, and with an
// authenticator at once (decision 020).
export const maxFailuresPerIpPerMinute = 10;
export const maxFailuresPerAccountPerHour = 100;

/** Attempts are keyed by a hash of the address, so the table holds no e-mail addresses. */
export const emailKey = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/**
 * `key`: an e-mail address, a `totp:` key for authenticator codes, or a public form's own key (a password-reset
 * request, a one-time link). `maxPerKeyPerHour`: that key's limit when it is not the login's 100.
 */
type ThrottleInput = { key: string; maxPerKeyPerHour?: number };

/** Which limit an attempt from the request's IP for `key` has reached. */
export const loginLimits = async (
  tx: Transaction,
  context: AnonymousContext,
  { key, maxPerKeyPerHour = maxFailuresPerAccountPerHour }: ThrottleInput,
): Promise<{ ip: boolean; account: boolean }> => {
  const failuresSince = async (column: typeof loginAttempts.ip | typeof loginAttempts.emailKey, value: string, ms: number) => {
    const [row] = await tx
      .select({ failures: count() })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.attemptedAt, new Date(context.now.getTime() - ms))));
    return row?.failures ?? 0;
  };
  return {
    ip: (await failuresSince(loginAttempts.ip, context.ip, 60_000)) >= maxFailuresPerIpPerMinute,
    account: (await failuresSince(loginAttempts.emailKey, emailKey(key), 3_600_000)) >= maxPerKeyPerHour,
  };
};

export const isLoginThrottled = async (tx: Transaction, context: AnonymousContext, input: ThrottleInput): Promise<boolean> => {
  const limits = await loginLimits(tx, context, input);
  return limits.ip || limits.account;
};

/** Kept even though the request fails: the service returns `RefusedAfterCommit` so the transaction commits. */
export const recordFailedLogin = async (tx: Transaction, context: AnonymousContext, { key }: ThrottleInput): Promise<void> => {
  await tx.insert(loginAttempts).values({ ip: context.ip, emailKey: emailKey(key), succeeded: false, attemptedAt: context.now });
  await tx.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, new Date(context.now.getTime() - 86_400_000)));
};
