import { eq } from 'drizzle-orm';
import { accounts } from '../../platform/auth/schema';
import { matchTotpStep } from '../../platform/auth/totp';
import type { Transaction } from '../../platform/db/database';

/** Wrong authenticator codes are throttled apart from passwords, per account. */
export const totpThrottleKey = (accountId: string): string => `totp:${accountId}`;

/**
 * The 30-second step of a valid code from the account's authenticator in force, or null: wrong, already accepted
 * once (the step is not newer than the last one), or no authenticator.
 */
export const freshCodeStep = async (tx: Transaction, accountId: string, code: string, now: Date): Promise<number | null> => {
  const [account] = await tx
    .select({ secret: accounts.totpSecret, enabledAt: accounts.totpEnabledAt, lastStep: accounts.totpLastStep })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account?.secret || !account.enabledAt) return null;
  const step = matchTotpStep(account.secret, code, now);
  return step !== null && step > (account.lastStep ?? -1) ? step : null;
};
