import type { InvitationPreview, InvitationTokenRequest } from '../../../contracts/invitations';
import { findOneTimeLink } from '../../platform/auth/one-time-links';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import type { RefusedAfterCommit } from '../../platform/http/transaction';
import { assertLinkFormOpen, refuseLink } from '../accounts/link-form';
import { findInvitedMember } from './invited-member';

/**
 * What the invitation page shows before the form: the organiser, the role, and whether the person chooses a
 * password or confirms the one they have. Only the link's holder learns it, and the link is not used.
 */
export const previewInvitation = async (
  tx: Transaction,
  context: AnonymousContext,
  { token }: InvitationTokenRequest,
): Promise<InvitationPreview | RefusedAfterCommit> => {
  await assertLinkFormOpen(tx, context);
  const link = await findOneTimeLink(tx, { purpose: 'invitation', token, now: context.now });
  if (link instanceof AppError) return refuseLink(tx, context, link);
  const member = await findInvitedMember(tx, link);
  if (member instanceof AppError) return refuseLink(tx, context, member);
  return {
    organiserName: member.organiserName,
    role: member.role,
    email: member.email,
    hasPassword: member.passwordHash !== null,
    expiresAt: link.expiresAt.toISOString(),
  };
};
