import { and, eq, sql } from 'drizzle-orm';
import type { AcceptedInvitation, AcceptInvitationRequest } from '../../../contracts/invitations';
import { recordAudit } from '../../platform/audit/record-audit';
import { consumeOneTimeLink, findOneTimeLink } from '../../platform/auth/one-time-links';
import { hashPassword, verifyPassword } from '../../platform/auth/password-hashing';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import { RefusedAfterCommit } from '../../platform/http/transaction';
import { assertAcceptablePassword } from '../accounts/assert-acceptable-password';
import { actingThroughLink, assertLinkFormOpen, rateLimited, refuseLink } from '../accounts/link-form';
import { loginLimits, recordFailedLogin } from '../sessions/login-throttle';
import { findInvitedMember, type InvitedMember } from './invited-member';

/**
 * A new login chooses its password (the password rules apply); a login that already has one confirms it, so the
 * link alone never changes someone's password. A wrong one is counted like a failed login.
 */
const checkPassword = async (tx: Transaction, context: AnonymousContext, member: InvitedMember, password: string): Promise<RefusedAfterCommit | null> => {
  if (member.passwordHash === null) {
    assertAcceptablePassword(password);
    return null;
  }
  if ((await loginLimits(tx, context, { key: member.email })).account) throw rateLimited();
  if (await verifyPassword(member.passwordHash, password)) return null;
  await recordFailedLogin(tx, context, { key: member.email });
  return new RefusedAfterCommit(new AppError('validation', 'INVALID_CREDENTIALS', 'The password is wrong', { issues: [{ path: 'body.password', message: 'wrong' }] }));
};

/**
 * Accepts an invitation: the membership becomes active, a new login gets its password and name. The link works once; every
 * refusal before it is used leaves it usable. A role that needs a second factor sets it up at the first login.
 */
export const acceptInvitation = async (
  tx: Transaction,
  context: AnonymousContext,
  { token, password }: AcceptInvitationRequest,
): Promise<AcceptedInvitation | RefusedAfterCommit> => {
  await assertLinkFormOpen(tx, context);
  const input = { purpose: 'invitation' as const, token, now: context.now };
  const link = await findOneTimeLink(tx, input);
  if (link instanceof AppError) return refuseLink(tx, context, link);
  const member = await findInvitedMember(tx, link);
  if (member instanceof AppError) return refuseLink(tx, context, member);
  const refused = await checkPassword(tx, context, member, password);
  if (refused) return refused;
  // Hashed before the link is used, so a concurrent use of the same link waits on its row lock no longer than needed.
  const newPasswordHash = member.passwordHash === null ? await hashPassword(password) : null;
  const used = await consumeOneTimeLink(tx, input);
  if (used instanceof AppError) throw used;
  // A login made by the invitation takes the name of the latest invitation; a login the person had keeps its own.
  if (newPasswordHash !== null) {
    await tx
      .update(accounts)
      .set({ passwordHash: newPasswordHash, ...(member.invitedName ? { displayName: member.invitedName } : {}) })
      .where(eq(accounts.id, member.accountId));
  }
  await tx
    .update(memberships)
    .set({ status: 'active', version: sql`${memberships.version} + 1` })
    .where(and(eq(memberships.accountId, member.accountId), eq(memberships.organiserId, member.organiserId)));
  await recordAudit(tx, actingThroughLink(context, member), { action: 'account.invitation.accept', entityType: 'account', entityId: member.accountId });
  return { email: member.email, organiserSlug: member.organiserSlug };
};
