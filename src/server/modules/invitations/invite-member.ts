import { and, eq, sql } from 'drizzle-orm';
import type { Invitation } from '../../../contracts/invitations';
import type { MessageLanguage } from '../../../contracts/messages';
import { mayInvite } from '../../../contracts/policies/invitations';
import type { Agency } from '../../../contracts/referrals';
import type { Role } from '../../../contracts/roles';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import { issueOneTimeLink } from '../../platform/auth/one-time-links';
import { accounts, memberships } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { oneTimeLinkUrl } from '../accounts/one-time-link-url';
import { linkClientContactAccount } from '../clients/client-contact-account';
import { queueMessage } from '../messages/queue-message';
import { linkParticipantAccount } from '../participants/participant-account';
import { participants } from '../participants/schema';

export type MemberToInvite = {
  email: string;
  name: string;
  role: Role;
  agency: Agency | null;
  /** For a wijk-werker: the record the login will see. */
  participantId: string | null;
  /** For a client contact: the contact whose login this is (it sees that contact's client). */
  clientContactId: string | null;
  /** The language of the e-mail: the record's for a wijk-werker, Dutch otherwise. */
  language: MessageLanguage;
  publicUrl: URL;
};

export const alreadyMember = () => new AppError('conflict', 'ALREADY_EXISTS', 'This e-mail address is already a member of your organisation');

const insertLogin = async (tx: Transaction, values: typeof accounts.$inferInsert): Promise<string> => {
  const [row] = await tx.insert(accounts).values(values).returning({ id: accounts.id });
  if (!row) throw new Error('Insert returned no row');
  return row.id;
};

/**
 * Invites someone into the organiser: a membership `invited` on their login (a new login without a password, or one
 * known elsewhere, left as it is), a link by e-mail, an audit row. Inviting the same person again replaces the role,
 * the name and the link. The answer is the same whether or not the address logs in elsewhere (decision 041).
 * A wijk-werker whose portal login exists but is not yet linked to a record is linked without a new e-mail.
 */
export const inviteMember = async (tx: Transaction, context: RequestContext, input: MemberToInvite): Promise<Invitation> => {
  const organiserId = context.actor.organiserId;
  const [login] = await tx
    .select({ id: accounts.id, status: memberships.status, role: memberships.role, linkedTo: participants.id })
    .from(accounts)
    .leftJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.organiserId, organiserId)))
    .leftJoin(participants, and(eq(participants.accountId, accounts.id), eq(participants.organiserId, organiserId)))
    .where(eq(accounts.email, input.email));
  const answer = (accountId: string, status: Invitation['status'], linkExpiresAt: Date | null): Invitation => ({
    accountId,
    email: input.email,
    displayName: input.name,
    role: input.role,
    participantId: input.participantId,
    clientContactId: input.clientContactId,
    status,
    linkExpiresAt: linkExpiresAt?.toISOString() ?? null,
  });

  if (login?.status === 'active') {
    // A client login in use may be the contact of one more client: linked, no new e-mail.
    if (input.clientContactId !== null && login.role === 'client') {
      await linkClientContactAccount(tx, context, { clientContactId: input.clientContactId, accountId: login.id });
      return answer(login.id, 'active', null);
    }
    if (input.participantId === null || login.role !== 'participant' || login.linkedTo !== null) throw alreadyMember();
    await linkParticipantAccount(tx, context, { participantId: input.participantId, accountId: login.id });
    return answer(login.id, 'active', null);
  }
  // Someone invited before may be invited again by whoever may invite that role, for the same record only.
  if (login?.status === 'invited' && (login.role === null || !mayInvite(context.actor.role, login.role) || (login.linkedTo ?? null) !== input.participantId)) {
    throw alreadyMember();
  }

  const accountId = login?.id ?? (await insertLogin(tx, { email: input.email, displayName: input.name, passwordHash: null, createdAt: context.now }));
  if (login?.status === 'invited') {
    await tx
      .update(memberships)
      .set({ role: input.role, agency: input.agency, invitedName: input.name, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.accountId, accountId), eq(memberships.organiserId, organiserId)));
  } else {
    await tx.insert(memberships).values({
      organiserId,
      accountId,
      role: input.role,
      agency: input.agency,
      status: 'invited',
      invitedName: input.name,
      createdAt: context.now,
    });
  }
  if (input.participantId !== null && login?.linkedTo !== input.participantId) {
    await linkParticipantAccount(tx, context, { participantId: input.participantId, accountId });
  }
  if (input.clientContactId !== null) await linkClientContactAccount(tx, context, { clientContactId: input.clientContactId, accountId });

  const validForMinutes = parameterOn('invitationLinkValidDays', civilDateOfInstant(context.now)) * 24 * 60;
  const { token, expiresAt } = await issueOneTimeLink(tx, context, { purpose: 'invitation', organiserId, recipient: { accountId }, validForMinutes });
  // Addressed as typed here, not through the login: its own name, phone and preferences may come from elsewhere.
  await queueMessage(tx, context, {
    recipient: { kind: 'contact', name: input.name, email: input.email, phone: null, language: input.language },
    template: 'account-invitation',
    data: { name: input.name, link: oneTimeLinkUrl(input.publicUrl, 'uitnodiging', token), expiresAt },
  });
  await recordAudit(tx, context, {
    action: 'account.invite',
    entityType: 'account',
    entityId: accountId,
    changedFields: { email: input.email, displayName: input.name, role: input.role, participantId: input.participantId, clientContactId: input.clientContactId },
  });
  return answer(accountId, 'invited', expiresAt);
};
