import { and, eq } from 'drizzle-orm';
import type { CompletePasswordResetRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { consumeOneTimeLink, findOneTimeLink } from '../../platform/auth/one-time-links';
import { hashPassword } from '../../platform/auth/password-hashing';
import { accounts, memberships, sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import type { RefusedAfterCommit } from '../../platform/http/transaction';
import { assertAcceptablePassword } from './assert-acceptable-password';
import { actingThroughLink, assertLinkFormOpen, refuseLink } from './link-form';

/**
 * Sets the new password from a reset link and ends every session of the login (whoever knew the old password is
 * out). A refused password leaves the link usable; an authenticator stays in force, so a reset is no way around it.
 */
export const completePasswordReset = async (
  tx: Transaction,
  context: AnonymousContext,
  { token, password }: CompletePasswordResetRequest,
): Promise<void | RefusedAfterCommit> => {
  await assertLinkFormOpen(tx, context);
  const input = { purpose: 'password_reset' as const, token, now: context.now };
  const link = await findOneTimeLink(tx, input);
  if (link instanceof AppError) return refuseLink(tx, context, link);
  assertAcceptablePassword(password);
  const used = await consumeOneTimeLink(tx, input);
  if (used instanceof AppError) throw used;
  const [member] = used.accountId
    ? await tx
        .select({ accountId: memberships.accountId, organiserId: memberships.organiserId, role: memberships.role, agency: memberships.agency })
        .from(memberships)
        .where(and(eq(memberships.accountId, used.accountId), eq(memberships.organiserId, used.organiserId)))
    : [];
  if (!member) throw new AppError('notFound', 'LINK_INVALID', 'This link is not valid');
  await tx
    .update(accounts)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(accounts.id, member.accountId));
  await tx.delete(sessions).where(eq(sessions.accountId, member.accountId));
  await recordAudit(tx, actingThroughLink(context, member), { action: 'account.password_reset.complete', entityType: 'account', entityId: member.accountId });
};
