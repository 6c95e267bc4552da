import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { clients } from '../clients/schema';

/** The client a request is for, of the actor's organiser (404 otherwise), with what the checks need. */
export const findRequestClient = async (db: Executor, organiserId: string, clientId: string) => {
  const [client] = await db
    .select({ id: clients.id, category: clients.category, street: clients.street, postcode: clients.postcode, city: clients.city })
    .from(clients)
    .where(and(eq(clients.organiserId, organiserId), eq(clients.id, clientId)));
  if (!client) throw notFound('Client');
  return client;
};
