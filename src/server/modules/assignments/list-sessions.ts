import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { MyPlanning, PlannedSession, PlannedVisits, PlanningWeek } from '../../../contracts/assignments';
import { isoWeekRange } from '../../../domain/planning/iso-week';
import { scheduleSessionsIn } from '../../../domain/job-requests/schedule-sessions';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { civilTimeText } from '../../../domain/time/civil-time';
import type { CivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { participants } from '../participants/schema';
import { assignmentQuery, presentAssignment } from './load-assignment';
import { assignments } from './schema';

/** How far ahead the participant's and client's lists and the calendar feed look. */
export const LOOK_AHEAD_DAYS = 92;

/** The sessions from `from` to `to` of the proposed and planned assignments that `where` picks, in date and time order. */
export const sessionsOf = async (db: Executor, organiserId: string, where: SQL | undefined, from: CivilDate, to: CivilDate): Promise<PlannedSession[]> => {
  const rows = await assignmentQuery(db).where(and(eq(assignments.organiserId, organiserId), inArray(assignments.status, ['proposed', 'planned']), where));
  return rows
    .flatMap((row) =>
      scheduleSessionsIn(row.assignment.schedule, from, to).map((session) => ({
        assignmentId: row.assignment.id,
        date: session.date,
        startTime: civilTimeText(session.startMinute),
        endTime: civilTimeText(session.endMinute),
        tentative: row.assignment.status === 'proposed',
        participant: { id: row.assignment.participantId, name: row.participantName },
        client: { id: row.assignment.clientId, name: row.clientName },
        activityCode: row.assignment.activityCode,
        place: { street: row.assignment.placeStreet, postcode: row.assignment.placePostcode, city: row.assignment.placeCity },
        roundTripMetres: row.assignment.roundTripMetres,
      })),
    )
    .sort((left, right) => (left.date === right.date ? left.startTime.localeCompare(right.startTime) : left.date < right.date ? -1 : 1));
};

/** The coordinator's week: every participant with sessions that week, by name, their sessions in order. */
export const listPlanningWeek = async (db: Executor, context: RequestContext, { week }: { week: string }): Promise<PlanningWeek> => {
  const range = isoWeekRange(week);
  if (range === null) throw new AppError('validation', 'VALIDATION_FAILED', 'This year has no such week', { week });
  const sessions = await sessionsOf(db, context.actor.organiserId, undefined, range.from, range.to);
  const byParticipant = new Map<string, PlanningWeek['participants'][number]>();
  for (const session of sessions) {
    const entry = byParticipant.get(session.participant.id) ?? { participant: session.participant, sessions: [] };
    entry.sessions.push(session);
    byParticipant.set(session.participant.id, entry);
  }
  return { week, ...range, participants: [...byParticipant.values()].sort((left, right) => left.participant.name.localeCompare(right.participant.name, 'nl')) };
};

/** "Mijn planning": the proposals waiting for the participant's answer and their next sessions. */
export const listMyPlanning = async (db: Executor, context: RequestContext): Promise<MyPlanning> => {
  const from = civilDateOfInstant(context.now);
  const to = addDays(from, LOOK_AHEAD_DAYS);
  const own = eq(participants.accountId, context.actor.accountId);
  const proposals = await assignmentQuery(db).where(and(eq(assignments.organiserId, context.actor.organiserId), eq(assignments.status, 'proposed'), own));
  return {
    from,
    to,
    proposals: await Promise.all(proposals.map((row) => presentAssignment(db, context, row))),
    sessions: await sessionsOf(db, context.actor.organiserId, own, from, to),
  };
};

/**
 * A client's planned visits from today, for the client ids given. The clientside module's
 * `clients/client-contact-access.ts` will name the ids a client contact may see; staff pass one client's id.
 */
export const plannedVisitsForClientIds = async (db: Executor, context: RequestContext, clientIds: readonly string[]): Promise<PlannedVisits> => {
  const from = civilDateOfInstant(context.now);
  const to = addDays(from, LOOK_AHEAD_DAYS);
  if (clientIds.length === 0) return { from, to, sessions: [] };
  const sessions = await sessionsOf(db, context.actor.organiserId, inArray(assignments.clientId, [...clientIds]), from, to);
  // A client sees visits agreed to, not proposals a participant may still decline.
  return { from, to, sessions: sessions.filter((session) => !session.tentative) };
};
