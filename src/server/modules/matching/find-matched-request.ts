import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { clients } from '../clients/schema';
import { jobRequests } from '../job-requests/schema';

/** A job request of the actor's organiser with its client and the place's municipality, or 404 (another organiser's too). */
export const findMatchedRequest = async (db: Executor, actor: Actor, jobRequestId: string) => {
  const [row] = await db
    .select({
      id: jobRequests.id,
      clientId: jobRequests.clientId,
      clientName: clients.name,
      clientCategory: clients.category,
      activityCode: jobRequests.activityCode,
      placeStreet: jobRequests.placeStreet,
      placePostcode: jobRequests.placePostcode,
      placeCity: jobRequests.placeCity,
      placeMunicipalityId: jobRequests.placeMunicipalityId,
      schedule: jobRequests.schedule,
    })
    .from(jobRequests)
    .innerJoin(clients, and(eq(clients.organiserId, jobRequests.organiserId), eq(clients.id, jobRequests.clientId)))
    .where(and(eq(jobRequests.organiserId, actor.organiserId), eq(jobRequests.id, jobRequestId)));
  if (!row) throw notFound('Job request');
  return row;
};

export type MatchedRequestRow = Awaited<ReturnType<typeof findMatchedRequest>>;
