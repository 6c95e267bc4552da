import { and, asc, eq, isNull } from 'drizzle-orm';
import type { PasswordResetRequest } from '../../../contracts/accounts';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import { issueOneTimeLink } from '../../platform/auth/one-time-links';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { AnonymousContext } from '../../platform/http/request-context';
import { queueMessage } from '../messages/queue-message';
import { loginLimits, recordFailedLogin } from '../sessions/login-throttle';
import { actingThroughLink, rateLimited } from './link-form';
import { oneTimeLinkUrl } from './one-time-link-url';

/** A reset e-mail is rarely needed twice in an hour; more would be someone filling a mailbox (decision 042). */
export const maxResetRequestsPerAddressPerHour = 3;

/**
 * Sends a reset link when the address has a usable login, and nothing otherwise; the caller answers 202 either way.
 * Both paths cost the same kind of time: no password is hashed, and the mail is only queued (the outbox sends it
 * later), so a known address adds a few inserts, not a round trip to a mail server. Every request counts against the
 * address and the IP, known or not, so the limits do not tell either. The message comes from the organiser of the
 * login's oldest accepted membership, the one that manages it (decision 021).
 */
export const requestPasswordReset = async (
  tx: Transaction,
  context: AnonymousContext,
  { email, publicUrl }: PasswordResetRequest & { publicUrl: URL },
): Promise<void> => {
  const address = email.trim().toLowerCase();
  const key = `password-reset:${address}`;
  const limits = await loginLimits(tx, context, { key, maxPerKeyPerHour: maxResetRequestsPerAddressPerHour });
  if (limits.ip || limits.account) throw rateLimited();
  await recordFailedLogin(tx, context, { key });
  const [login] = await tx
    .select({ accountId: accounts.id, name: accounts.displayName, organiserId: memberships.organiserId, role: memberships.role, agency: memberships.agency })
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.status, 'active')))
    .where(and(eq(accounts.email, address), isNull(accounts.disabledAt)))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(1);
  if (!login) return;
  const validForMinutes = parameterOn('passwordResetLinkValidMinutes', civilDateOfInstant(context.now));
  const { token, expiresAt } = await issueOneTimeLink(tx, context, {
    purpose: 'password_reset',
    organiserId: login.organiserId,
    recipient: { accountId: login.accountId },
    validForMinutes,
  });
  await queueMessage(
    tx,
    { ...context, organiserId: login.organiserId },
    {
      recipient: { kind: 'account', accountId: login.accountId },
      template: 'password-reset',
      data: { name: login.name, link: oneTimeLinkUrl(publicUrl, 'nieuw-wachtwoord', token), expiresAt },
    },
  );
  await recordAudit(tx, actingThroughLink(context, login), { action: 'account.password_reset.request', entityType: 'account', entityId: login.accountId });
};
