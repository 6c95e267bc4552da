import { and, eq } from 'drizzle-orm';
import type { MessageLanguage } from '../../../contracts/messages';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { clientContacts, clients } from './schema';

/** The e-mail goes in the client's language where the messages have it, Dutch otherwise. */
const messageLanguage = (language: string): MessageLanguage => (language === 'fr' || language === 'en' ? language : 'nl');

/** What the portal invitation needs of a contact of the actor's organiser: the name to greet, the language, the login so far. */
export const findClientContactPortalLink = async (
  tx: Transaction,
  context: RequestContext,
  { clientContactId }: { clientContactId: string },
): Promise<{ id: string; clientId: string; name: string; email: string | null; language: MessageLanguage; accountId: string | null }> => {
  const [row] = await tx
    .select({
      id: clientContacts.id,
      clientId: clientContacts.clientId,
      name: clientContacts.name,
      email: clientContacts.email,
      language: clients.preferredLanguage,
      accountId: clientContacts.accountId,
    })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(and(eq(clientContacts.id, clientContactId), eq(clientContacts.organiserId, context.actor.organiserId)));
  if (!row) throw notFound('Client contact');
  return { ...row, language: messageLanguage(row.language) };
};

/** Links a portal login (role client) to a contact, replacing an earlier one: that login sees this contact's client. */
export const linkClientContactAccount = async (
  tx: Transaction,
  context: RequestContext,
  { clientContactId, accountId }: { clientContactId: string; accountId: string },
): Promise<void> => {
  const [contact] = await tx
    .update(clientContacts)
    .set({ accountId })
    .where(and(eq(clientContacts.id, clientContactId), eq(clientContacts.organiserId, context.actor.organiserId)))
    .returning({ clientId: clientContacts.clientId });
  if (!contact) throw notFound('Client contact');
  await recordAudit(tx, context, {
    action: 'client.contact.portal_account.link',
    entityType: 'client',
    entityId: contact.clientId,
    changedFields: { clientContactId, accountId },
  });
};
