import { and, desc, eq, sql } from 'drizzle-orm';
import type { JobRequestSummary, ListJobRequestsQuery } from '../../../contracts/job-requests';
import { encodeCursor } from '../../../contracts/pagination';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../domain/activities/activity-catalogue';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { exceptionalActivities } from '../activities/schema';
import { clients } from '../clients/schema';
import { jobRequests } from './schema';

const flemishLabels = new Map(FLEMISH_ACTIVITY_CATALOGUE.map((activity) => [activity.code, activity.labelNl]));

/**
 * The coordinator's list, newest first, filtered by status, client or activity: one statement on an index whose
 * columns are (organiser, filter, created at, id), keyset-paged, so a page costs the same at 50,000 rows.
 */
export const listJobRequests = async (
  db: Executor,
  context: RequestContext,
  query: ListJobRequestsQuery,
): Promise<{ items: JobRequestSummary[]; nextCursor: string | null }> => {
  const after = query.cursor;
  const rows = await db
    .select({
      id: jobRequests.id,
      clientId: clients.id,
      clientName: clients.name,
      activityCode: jobRequests.activityCode,
      exceptionalLabel: exceptionalActivities.labelNl,
      placeCity: jobRequests.placeCity,
      schedule: jobRequests.schedule,
      status: jobRequests.status,
      origin: jobRequests.origin,
      createdAt: jobRequests.createdAt,
    })
    .from(jobRequests)
    .innerJoin(clients, eq(clients.id, jobRequests.clientId))
    .leftJoin(
      exceptionalActivities,
      and(eq(exceptionalActivities.organiserId, jobRequests.organiserId), eq(exceptionalActivities.activityCode, jobRequests.activityCode)),
    )
    .where(
      and(
        eq(jobRequests.organiserId, context.actor.organiserId),
        query.status ? eq(jobRequests.status, query.status) : undefined,
        query.clientId ? eq(jobRequests.clientId, query.clientId) : undefined,
        query.activityCode ? eq(jobRequests.activityCode, query.activityCode) : undefined,
        after ? sql`(${jobRequests.createdAt}, ${jobRequests.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(jobRequests.createdAt), desc(jobRequests.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      client: { id: row.clientId, name: row.clientName },
      activity: { code: row.activityCode, label: flemishLabels.get(row.activityCode) ?? row.exceptionalLabel ?? row.activityCode },
      placeCity: row.placeCity,
      startDate: row.schedule.startDate,
      scheduleKind: row.schedule.kind,
      status: row.status,
      origin: row.origin,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
};
