import { and, asc, eq } from 'drizzle-orm';
import type { ClientActivities } from '../../../contracts/activities';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { clients } from '../clients/schema';
import { clientPwaActivities, exceptionalActivities } from './schema';

/** A client of the actor's organiser (404 for another organiser's id), with what the activity rules need of it. */
export const findOrganiserClient = async (db: Executor, organiserId: string, clientId: string) => {
  const [client] = await db
    .select({ id: clients.id, category: clients.category })
    .from(clients)
    .where(and(eq(clients.organiserId, organiserId), eq(clients.id, clientId)));
  if (!client) throw notFound('Client');
  return client;
};

/** The client's PWA history (R16) and its exceptional activities with the state of their VDAB procedure. */
export const loadClientActivities = async (db: Executor, context: RequestContext, { clientId }: { clientId: string }): Promise<ClientActivities> => {
  const { organiserId } = context.actor;
  await findOrganiserClient(db, organiserId, clientId);
  const pwa = await db
    .select({ activityCode: clientPwaActivities.activityCode })
    .from(clientPwaActivities)
    .where(and(eq(clientPwaActivities.organiserId, organiserId), eq(clientPwaActivities.clientId, clientId)))
    .orderBy(asc(clientPwaActivities.activityCode));
  const exceptional = await db
    .select()
    .from(exceptionalActivities)
    .where(and(eq(exceptionalActivities.organiserId, organiserId), eq(exceptionalActivities.clientId, clientId)))
    .orderBy(asc(exceptionalActivities.requestedOn), asc(exceptionalActivities.id));
  return {
    clientId,
    pwaActivityCodes: pwa.map((row) => row.activityCode),
    exceptional: exceptional.map((row) => ({
      id: row.id,
      activityCode: row.activityCode,
      mainActivity: row.mainActivity,
      labelNl: row.labelNl,
      status: row.status,
      requestedOn: row.requestedOn,
      decidedOn: row.decidedOn,
      vdabReference: row.vdabReference,
    })),
  };
};
