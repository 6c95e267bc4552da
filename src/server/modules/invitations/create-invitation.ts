import { and, eq, isNull } from 'drizzle-orm';
import type { CreateInvitationRequest, Invitation } from '../../../contracts/invitations';
import { mayInvite } from '../../../contracts/policies/invitations';
import { oneTimeLinks, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findParticipantPortalLink } from '../participants/participant-account';
import { inviteClientContact } from './invite-client-contact';
import { alreadyMember, inviteMember } from './invite-member';

type CreateInvitationInput = CreateInvitationRequest & { publicUrl: URL };

/**
 * An admin invites colleagues, counsellors and coaches; a coordinator invites a wijk-werker from their record
 * (`invitableRoles`). A wijk-werker invited again at another address replaces the earlier, unaccepted invitation;
 * one whose portal login is in use keeps it (409).
 */
export const createInvitation = async (tx: Transaction, context: RequestContext, input: CreateInvitationInput): Promise<Invitation> => {
  if (!mayInvite(context.actor.role, input.role)) throw new AppError('forbidden', 'FORBIDDEN', 'Your role may not invite this role');
  const email = input.email.trim().toLowerCase();
  if (input.role === 'client') return inviteClientContact(tx, context, { clientContactId: input.clientContactId, email, publicUrl: input.publicUrl });
  if (input.role !== 'participant') {
    const agency = input.role === 'counsellor' ? input.agency : null;
    return inviteMember(tx, context, {
      email,
      name: input.displayName,
      role: input.role,
      agency,
      participantId: null,
      clientContactId: null,
      language: 'nl',
      publicUrl: input.publicUrl,
    });
  }
  const participant = await findParticipantPortalLink(tx, context, { participantId: input.participantId });
  const earlier = participant.accountId ? await membershipHere(tx, context, participant.accountId) : null;
  if (earlier === 'active') throw alreadyMember();
  const language = participant.language === 'fr' || participant.language === 'en' ? participant.language : 'nl';
  const invitation = await inviteMember(tx, context, {
    email,
    name: participant.name,
    role: 'participant',
    agency: null,
    participantId: participant.id,
    clientContactId: null,
    language,
    publicUrl: input.publicUrl,
  });
  if (participant.accountId && participant.accountId !== invitation.accountId) await withdrawInvitation(tx, context, participant.accountId);
  return invitation;
};

const membershipHere = async (tx: Transaction, context: RequestContext, accountId: string) => {
  const [row] = await tx
    .select({ status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.accountId, accountId), eq(memberships.organiserId, context.actor.organiserId)));
  return row?.status ?? null;
};

/** The earlier address's invitation goes: its link stops working and the membership it offered is gone. */
const withdrawInvitation = async (tx: Transaction, context: RequestContext, accountId: string): Promise<void> => {
  const organiserId = context.actor.organiserId;
  await tx
    .delete(oneTimeLinks)
    .where(and(eq(oneTimeLinks.organiserId, organiserId), eq(oneTimeLinks.accountId, accountId), eq(oneTimeLinks.purpose, 'invitation'), isNull(oneTimeLinks.usedAt)));
  await tx.delete(memberships).where(and(eq(memberships.organiserId, organiserId), eq(memberships.accountId, accountId), eq(memberships.status, 'invited')));
};
