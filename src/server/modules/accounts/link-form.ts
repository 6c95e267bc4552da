import type { Agency } from '../../../contracts/referrals';
import type { Role } from '../../../contracts/roles';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext, RequestContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { loginLimits, recordFailedLogin } from '../sessions/login-throttle';

// Refused link attempts count for the address they come from, alongside its failed logins (decision 042).
const linkKey = (ip: string): string => `one-time-link:${ip}`;

export const rateLimited = () => new AppError('rateLimited', 'RATE_LIMITED', 'Too many attempts; wait a while and try again');

/** The public forms behind a link (invitation, new password) are throttled like the login: 429 past the IP's limit. */
export const assertLinkFormOpen = async (tx: Transaction, context: AnonymousContext): Promise<void> => {
  const limits = await loginLimits(tx, context, { key: linkKey(context.ip) });
  if (limits.ip || limits.account) throw rateLimited();
};

/** A refused link is counted, so the count survives the refusal: the transaction commits, then the error is sent. */
export const refuseLink = async (tx: Transaction, context: AnonymousContext, error: AppError): Promise<RefusedAfterCommit> => {
  await recordFailedLogin(tx, context, { key: linkKey(context.ip) });
  return new RefusedAfterCommit(error);
};

type Member = { accountId: string; organiserId: string; role: Role; agency: Agency | null };

/**
 * Who acts when a link is used: the person it was sent to, in the membership it is about. There is no session,
 * so the session fields stay empty; the audit trail reads only the organiser, the account and the role.
 */
export const actingThroughLink = (context: AnonymousContext, { accountId, organiserId, role, agency }: Member): RequestContext => ({
  ...context,
  actor: { accountId, organiserId, role, agency, sessionTokenHash: '', sessionStage: 'complete', csrfToken: '' },
});
