import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ParticipantPortalAccount } from '../../../contracts/invitations';
import { accounts, memberships, oneTimeLinks } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findParticipantPortalLink } from '../participants/participant-account';

/** A wijk-werker's portal login as their page shows it: none, invited (until when), or in use. */
export const findParticipantPortalAccount = async (
  tx: Transaction,
  context: RequestContext,
  { participantId }: { participantId: string },
): Promise<ParticipantPortalAccount> => {
  const participant = await findParticipantPortalLink(tx, context, { participantId });
  if (!participant.accountId) return { portalAccount: null };
  const organiserId = context.actor.organiserId;
  const [row] = await tx
    .select({ email: accounts.email, role: memberships.role, status: memberships.status, linkExpiresAt: oneTimeLinks.expiresAt })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .leftJoin(
      oneTimeLinks,
      and(eq(oneTimeLinks.accountId, accounts.id), eq(oneTimeLinks.organiserId, organiserId), eq(oneTimeLinks.purpose, 'invitation'), isNull(oneTimeLinks.usedAt)),
    )
    .where(and(eq(memberships.accountId, participant.accountId), eq(memberships.organiserId, organiserId)))
    .orderBy(desc(oneTimeLinks.createdAt))
    .limit(1);
  if (!row) return { portalAccount: null };
  return {
    portalAccount: {
      accountId: participant.accountId,
      email: row.email,
      // The record's name, not the login's: the login may be known elsewhere under another.
      displayName: participant.name,
      role: row.role,
      participantId: participant.id,
      clientContactId: null,
      status: row.status,
      linkExpiresAt: row.status === 'invited' ? (row.linkExpiresAt?.toISOString() ?? null) : null,
    },
  };
};
