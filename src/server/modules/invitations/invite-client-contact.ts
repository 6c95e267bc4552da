import type { Invitation } from '../../../contracts/invitations';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findClientContactPortalLink } from '../clients/client-contact-account';
import { inviteMember } from './invite-member';

/**
 * Invites a client's contact person to the client portal (role client), from the client page or when a coordinator
 * approves a registration. The login is linked to the contact, so it sees that contact's client only. Invited again
 * at another address, the earlier unaccepted invitation stays until it expires; the contact follows the newest.
 */
export const inviteClientContact = async (
  tx: Transaction,
  context: RequestContext,
  { clientContactId, email, publicUrl }: { clientContactId: string; email: string; publicUrl: URL },
): Promise<Invitation> => {
  const contact = await findClientContactPortalLink(tx, context, { clientContactId });
  return inviteMember(tx, context, {
    email: email.trim().toLowerCase(),
    name: contact.name,
    role: 'client',
    agency: null,
    participantId: null,
    clientContactId: contact.id,
    language: contact.language,
    publicUrl,
  });
};
