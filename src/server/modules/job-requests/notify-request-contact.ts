import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { clientContacts, clients } from '../clients/schema';
import { queueMessage, type QueueContext } from '../messages/queue-message';
import type { JobRequestRow } from './job-request-access';

type Update = { event: 'received' } | { event: 'matching' } | { event: 'cancelled'; reason: string };

/**
 * Tells the contact who asked for a klusje (the public form) what became of it, by e-mail in the client's language.
 * Requests staff recorded have no asking contact: staff tell the client themselves.
 */
export const notifyRequestContact = async (tx: Transaction, context: QueueContext, organiserId: string, row: JobRequestRow, activity: string, update: Update) => {
  if (row.contactId === null) return;
  const [contact] = await tx
    .select({ name: clientContacts.name, email: clientContacts.email, phone: clientContacts.phone, language: clients.preferredLanguage })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(and(eq(clientContacts.organiserId, organiserId), eq(clientContacts.id, row.contactId)));
  if (!contact) return;
  await queueMessage(tx, context, {
    recipient: {
      kind: 'contact',
      name: contact.name,
      email: contact.email,
      phone: null,
      language: contact.language === 'fr' || contact.language === 'en' ? contact.language : 'nl',
    },
    template: 'job-request-update',
    data: { ...update, activity },
  });
};
