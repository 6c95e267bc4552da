import { and, eq } from 'drizzle-orm';
import type { PlannedVisits } from '../../../contracts/assignments';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { clients } from '../clients/schema';
import { plannedVisitsForClientIds } from './list-sessions';

/** "Geplande bezoeken" of one client of the staff member's organiser; another organiser's client is 404. */
export const listClientVisits = async (db: Executor, context: RequestContext, { clientId }: { clientId: string }): Promise<PlannedVisits> => {
  const [client] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organiserId, context.actor.organiserId)));
  if (!client) throw notFound('Client');
  return plannedVisitsForClientIds(db, context, [client.id]);
};
