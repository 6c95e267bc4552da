import { and, eq, sql } from 'drizzle-orm';
import type { Account, UpdateAccountRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts, memberships, sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assertOwnsAccountSettings, findAccount } from './account-repository';

/**
 * Changes a member's name, role or disabled state. Nobody changes their own role or disables themselves
 * (ASVS privilege boundary); disabling ends every session of the account at once. Name and disabled state belong
 * to the login, so only the organiser that owns it changes them; the role is this organiser's membership.
 */
export const updateAccount = async (
  tx: Transaction,
  context: RequestContext,
  { accountId, version, displayName, role, isDisabled }: UpdateAccountRequest & { accountId: string },
): Promise<Account> => {
  const organiserId = context.actor.organiserId;
  const current = await findAccount(tx, context, { accountId });
  const isSelf = accountId === context.actor.accountId;
  if (isSelf && ((role !== undefined && role !== current.role) || isDisabled === true)) {
    throw new AppError('forbidden', 'OWN_ACCOUNT_PROTECTED', 'You cannot change your own role or disable yourself');
  }
  if (current.status === 'invited') return updateInvitedMember(tx, context, { accountId, version, displayName, role, isDisabled });
  const changesLogin = (displayName !== undefined && displayName !== current.displayName) || (isDisabled !== undefined && isDisabled !== current.isDisabled);
  if (changesLogin) await assertOwnsAccountSettings(tx, organiserId, accountId);
  const bumped = await tx
    .update(memberships)
    .set({ version: sql`${memberships.version} + 1`, ...(role ? { role } : {}) })
    .where(and(eq(memberships.accountId, accountId), eq(memberships.organiserId, organiserId), eq(memberships.version, version)))
    .returning({ id: memberships.id });
  if (bumped.length === 0) throw versionConflict();
  if (displayName !== undefined || isDisabled !== undefined) {
    await tx
      .update(accounts)
      .set({
        ...(displayName !== undefined ? { displayName } : {}),
        ...(isDisabled !== undefined ? { disabledAt: isDisabled ? context.now : null } : {}),
      })
      .where(eq(accounts.id, accountId));
  }
  // A new role or a disabled account must not keep acting through sessions opened under the old state; a role is
  // this organiser's, so only the sessions here end.
  if (isDisabled === true) await tx.delete(sessions).where(eq(sessions.accountId, accountId));
  else if (role !== undefined && role !== current.role) {
    await tx.delete(sessions).where(and(eq(sessions.accountId, accountId), eq(sessions.organiserId, organiserId)));
  }
  await recordAudit(tx, context, {
    action: 'account.update',
    entityType: 'account',
    entityId: accountId,
    changedFields: { displayName, role, isDisabled },
  });
  return findAccount(tx, context, { accountId });
};

/**
 * Before the person accepts, the name is the one this organiser typed and the login is not theirs to disable: the
 * same answer whether or not the address logs in elsewhere (decision 041).
 */
const updateInvitedMember = async (
  tx: Transaction,
  context: RequestContext,
  { accountId, version, displayName, role, isDisabled }: UpdateAccountRequest & { accountId: string },
): Promise<Account> => {
  if (isDisabled === true) throw new AppError('conflict', 'INVALID_STATE', 'The invitation has not been accepted yet');
  const bumped = await tx
    .update(memberships)
    .set({ version: sql`${memberships.version} + 1`, ...(role ? { role } : {}), ...(displayName !== undefined ? { invitedName: displayName } : {}) })
    .where(and(eq(memberships.accountId, accountId), eq(memberships.organiserId, context.actor.organiserId), eq(memberships.version, version)))
    .returning({ id: memberships.id });
  if (bumped.length === 0) throw versionConflict();
  await recordAudit(tx, context, { action: 'account.update', entityType: 'account', entityId: accountId, changedFields: { displayName, role } });
  return findAccount(tx, context, { accountId });
};
