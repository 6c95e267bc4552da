import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { clientContacts, clients } from './schema';

/**
 * Which clients an actor with the client role may see: those whose contact person this login is, within the
 * actor's organiser. Any other role gets none here (staff see clients through their own policy rows). The face the
 * job-request and assignment modules ask before they show a client anything.
 */
export const visibleClientIdsOfContact = async (db: Executor, actor: Actor): Promise<string[]> => {
  if (actor.role !== 'client') return [];
  const rows = await db
    .selectDistinct({ clientId: clientContacts.clientId, name: clients.name })
    .from(clientContacts)
    .innerJoin(clients, eq(clients.id, clientContacts.clientId))
    .where(and(eq(clientContacts.organiserId, actor.organiserId), eq(clientContacts.accountId, actor.accountId)))
    .orderBy(asc(clients.name), asc(clientContacts.clientId));
  return rows.map((row) => row.clientId);
};

/** One client a client contact may see, or 404 (another client's id and another organiser's id alike). */
export const assertClientVisibleToContact = async (db: Executor, actor: Actor, clientId: string): Promise<void> => {
  if (!(await visibleClientIdsOfContact(db, actor)).includes(clientId)) throw notFound('Client');
};
