import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PlannedVisits } from '../../../contracts/client-portal';
import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { activityLabels } from '../activities/activity-rules';
import { assignments } from '../assignments/schema';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { participants } from '../participants/schema';

// Eight weeks ahead is what a household plans around; the iCal feed carries the rest.
const daysAhead = 56;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * "Geplande bezoeken": the planned assignments of the contact's own clients with their sessions from today, and
 * only the wijk-werker's first name (the client needs to know who rings; the rest is the participant's privacy).
 */
export const listPlannedVisits = async (db: Executor, context: RequestContext): Promise<PlannedVisits> => {
  const { organiserId } = context.actor;
  const from = civilDateOfInstant(context.now);
  const to = addDays(from, daysAhead);
  const clientIds = await visibleClientIdsOfContact(db, context.actor);
  if (clientIds.length === 0) return { from, to, visits: [] };
  const rows = await db
    .select({
      id: assignments.id,
      jobRequestId: assignments.jobRequestId,
      activityCode: assignments.activityCode,
      placeStreet: assignments.placeStreet,
      placePostcode: assignments.placePostcode,
      placeCity: assignments.placeCity,
      schedule: assignments.schedule,
      firstName: participants.firstName,
    })
    .from(assignments)
    .innerJoin(participants, and(eq(participants.id, assignments.participantId), eq(participants.organiserId, assignments.organiserId)))
    .where(and(eq(assignments.organiserId, organiserId), inArray(assignments.clientId, clientIds), eq(assignments.status, 'planned')))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  const labels = await activityLabels(
    db,
    organiserId,
    rows.map((row) => row.activityCode),
  );
  return {
    from,
    to,
    visits: rows
      .map((row) => ({
        assignmentId: row.id,
        jobRequestId: row.jobRequestId,
        activity: { code: row.activityCode, label: labels.get(row.activityCode) ?? row.activityCode },
        workerFirstName: row.firstName,
        place: { street: row.placeStreet, postcode: row.placePostcode, city: row.placeCity },
        sessions: scheduleSessionsIn(row.schedule, from, to).map((session) => ({
          date: session.date,
          startTime: hhmm(session.startMinute),
          endTime: hhmm(session.endMinute),
        })),
      }))
      .filter((visit) => visit.sessions.length > 0),
  };
};
