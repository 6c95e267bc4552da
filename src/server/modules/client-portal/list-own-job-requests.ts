import { and, desc, eq, inArray } from 'drizzle-orm';
import type { OwnJobRequests } from '../../../contracts/client-portal';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { activityLabels } from '../activities/activity-rules';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { clientPlanningGate } from '../clients/client-standing';
import { jobRequests } from '../job-requests/schema';

// A household asks a handful of klusjes a year; the newest hundred is all the page needs, so no cursor.
const newest = 100;

/** "Mijn aanvragen": the contact's clients' requests, newest first, and R17 for this year of the first client. */
export const listOwnJobRequests = async (db: Executor, context: RequestContext): Promise<OwnJobRequests> => {
  const { organiserId } = context.actor;
  const clientIds = await visibleClientIdsOfContact(db, context.actor);
  const [first] = clientIds;
  if (first === undefined) return { items: [], standing: null };
  const rows = await db
    .select()
    .from(jobRequests)
    .where(and(eq(jobRequests.organiserId, organiserId), inArray(jobRequests.clientId, clientIds)))
    .orderBy(desc(jobRequests.createdAt), desc(jobRequests.id))
    .limit(newest);
  const labels = await activityLabels(
    db,
    organiserId,
    rows.map((row) => row.activityCode),
  );
  const year = Number(civilDateOfInstant(context.now).slice(0, 4));
  const gate = await clientPlanningGate(db, organiserId, first, year);
  return {
    items: rows.map((row) => ({
      id: row.id,
      activity: { code: row.activityCode, label: labels.get(row.activityCode) ?? row.activityCode },
      placeCity: row.placeCity,
      startDate: row.schedule.startDate,
      scheduleKind: row.schedule.kind,
      status: row.status,
      statusReason: row.statusReason,
      origin: row.origin,
      createdAt: row.createdAt.toISOString(),
    })),
    standing: { year, allowed: gate.allowed, reasons: [...gate.reasons] },
  };
};
