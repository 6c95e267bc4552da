import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { clients } from '../clients/schema';

/**
 * The client a contact's login works for: the one it names if it is the contact of it, else its first one. Any
 * other id (another client, another organiser) and a login without a client give 404 alike.
 */
export const ownClient = async (db: Executor, context: RequestContext, clientId?: string) => {
  const visible = await visibleClientIdsOfContact(db, context.actor);
  const chosen = clientId ?? visible[0];
  if (chosen === undefined || !visible.includes(chosen)) throw notFound('Client');
  const [client] = await db
    .select({ id: clients.id, category: clients.category })
    .from(clients)
    .where(and(eq(clients.organiserId, context.actor.organiserId), eq(clients.id, chosen)));
  if (!client) throw notFound('Client');
  return client;
};
