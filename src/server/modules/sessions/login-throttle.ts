import { createHash } from 'node:crypto';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db/database';
import { loginAttempts } from '../../platform/auth/schema';

// Epic Stack uses 10 auth POSTs a minute per IP; ASVS allows at most 100 failures an hour per account.
// Per-account throttling is not a permanent lockout, so the real owner can still log in later, and with an
// authenticator at once (decision 020).
export const maxFailuresPerIpPerMinute = 10;
export const maxFailuresPerAccountPerHour = 100;

/** Attempts are keyed by a hash of the address, so the table holds no e-mail addresses. */
export const emailKey = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Which limit an attempt from `ip` for `key` (an e-mail, or a `totp:` key) has reached. */
export const loginLimits = async (db: Database, ip: string, key: string, now: Date): Promise<{ ip: boolean; account: boolean }> => {
  const failuresSince = async (column: typeof loginAttempts.ip | typeof loginAttempts.emailKey, value: string, ms: number) => {
    const [row] = await db
      .select({ failures: count() })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.attemptedAt, new Date(now.getTime() - ms))));
    return row?.failures ?? 0;
  };
  return {
    ip: (await failuresSince(loginAttempts.ip, ip, 60_000)) >= maxFailuresPerIpPerMinute,
    account: (await failuresSince(loginAttempts.emailKey, emailKey(key), 3_600_000)) >= maxFailuresPerAccountPerHour,
  };
};

export const isLoginThrottled = async (db: Database, ip: string, key: string, now: Date): Promise<boolean> => {
  const limits = await loginLimits(db, ip, key, now);
  return limits.ip || limits.account;
};

export const recordFailedLogin = async (db: Database, ip: string, key: string, now: Date): Promise<void> => {
  await db.insert(loginAttempts).values({ ip, emailKey: emailKey(key), succeeded: false, attemptedAt: now });
  await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - 86_400_000)));
};
