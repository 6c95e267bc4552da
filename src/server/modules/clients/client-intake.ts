import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findClient } from './client-access';
import { clientContacts, clients } from './schema';

type NewContact = { name: string; email: string | null; phone: string | null; role: string | null };

/** Adds a contact person at the end of a client's list (an approved registration's contact); 404 for a client not the actor's organiser's. */
export const addClientContact = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, contact }: { clientId: string; contact: NewContact },
): Promise<{ contactId: string; clientName: string; clientNumber: number }> => {
  const client = await findClient(tx, context.actor, clientId);
  const [row] = await tx
    .insert(clientContacts)
    .values({
      ...contact,
      organiserId: client.organiserId,
      clientId,
      position: sql`(select coalesce(max(${clientContacts.position}) + 1, 0) from ${clientContacts} where ${clientContacts.clientId} = ${clientId})`,
    })
    .returning({ id: clientContacts.id });
  if (!row) throw notFound('Client');
  await recordAudit(tx, context, {
    action: 'client.contact.add',
    entityType: 'client',
    entityId: clientId,
    changedFields: { clientContactId: row.id, name: contact.name },
  });
  return { contactId: row.id, clientName: client.name, clientNumber: client.clientNumber };
};

/**
 * Keeps a registration's first job wish on the client, as written, for the coordinator to turn into a job request.
 * A wish already there stays: the newer one is in the application it came with.
 */
export const recordClientJobWish = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, text, activityCode }: { clientId: string; text: string; activityCode: string | null },
): Promise<void> => {
  const updated = await tx
    .update(clients)
    .set({ jobWish: text, jobWishActivityCode: activityCode, version: sql`${clients.version} + 1`, updatedAt: context.now })
    .where(and(eq(clients.id, clientId), eq(clients.organiserId, context.actor.organiserId), sql`${clients.jobWish} is null`))
    .returning({ id: clients.id });
  if (updated.length > 0) {
    await recordAudit(tx, context, { action: 'client.job_wish.record', entityType: 'client', entityId: clientId, changedFields: { activityCode } });
  }
};
