import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Assignment } from '../../../contracts/assignments';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { civilTimeText } from '../../../domain/time/civil-time';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { clients } from '../clients/schema';
import { participants } from '../participants/schema';
import { checkAssignmentPlanning } from './assignment-planning';
import { assignments } from './schema';

const coaches = alias(accounts, 'coach');

/** The assignment with the names a page shows, and what planning needs of the participant. */
export const assignmentQuery = (db: Executor) =>
  db
    .select({
      assignment: assignments,
      participantName: sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`,
      participantAccountId: participants.accountId,
      participantPwaLastWorkedOn: participants.pwaLastWorkedOn,
      clientName: clients.name,
      coachName: coaches.displayName,
    })
    .from(assignments)
    .innerJoin(participants, eq(participants.id, assignments.participantId))
    .innerJoin(clients, eq(clients.id, assignments.clientId))
    .leftJoin(coaches, eq(coaches.id, assignments.coachAccountId));

export type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['where']>>[number];

/** One assignment of the actor's organiser, or 404; `lock` takes its row for an update. */
export const findAssignment = async (db: Executor, context: RequestContext, assignmentId: string, lock = false): Promise<AssignmentRow> => {
  const query = assignmentQuery(db).where(and(eq(assignments.id, assignmentId), eq(assignments.organiserId, context.actor.organiserId)));
  const [row] = lock ? await query.for('update', { of: assignments }) : await query;
  if (!row) throw notFound('Assignment');
  return row;
};

/** A proposal or assignment of the logged-in participant's own record; anyone else's is 404, like a missing one. */
export const findOwnAssignment = async (db: Executor, context: RequestContext, assignmentId: string, lock = false): Promise<AssignmentRow> => {
  const row = await findAssignment(db, context, assignmentId, lock);
  if (row.participantAccountId !== context.actor.accountId) throw notFound('Assignment');
  return row;
};

export const scheduleOutput = (schedule: JobSchedule): Assignment['schedule'] => ({
  kind: schedule.kind,
  startDate: schedule.startDate,
  endDate: schedule.endDate,
  slots: schedule.slots.map((slot) => ({ weekday: slot.weekday, startTime: civilTimeText(slot.startMinute), endTime: civilTimeText(slot.endMinute) })),
  minutesPerSession: schedule.minutesPerSession,
});

/** The assignment as its read route shows it; a proposal carries the caps it would break if accepted now. */
export const presentAssignment = async (db: Executor, context: RequestContext, row: AssignmentRow): Promise<Assignment> => {
  const { assignment } = row;
  const warnings =
    assignment.status === 'proposed'
      ? (
          await checkAssignmentPlanning(
            db,
            assignment.organiserId,
            { id: assignment.participantId, pwaLastWorkedOn: row.participantPwaLastWorkedOn },
            { schedule: assignment.schedule, tentative: true, today: civilDateOfInstant(context.now), assignmentId: assignment.id },
          )
        ).reasons
      : [];
  return {
    id: assignment.id,
    status: assignment.status,
    version: assignment.version,
    jobRequestId: assignment.jobRequestId,
    participant: { id: assignment.participantId, name: row.participantName },
    client: { id: assignment.clientId, name: row.clientName },
    activityCode: assignment.activityCode,
    place: { street: assignment.placeStreet, postcode: assignment.placePostcode, city: assignment.placeCity },
    schedule: scheduleOutput(assignment.schedule),
    oneWayMetres: assignment.oneWayMetres,
    roundTripMetres: assignment.roundTripMetres,
    distanceSource: assignment.distanceSource,
    coach: assignment.coachAccountId === null ? null : { id: assignment.coachAccountId, name: row.coachName ?? '' },
    matchFactors: [...assignment.matchFactors],
    proposedAt: assignment.proposedAt.toISOString(),
    answeredVia: assignment.answeredVia,
    answeredAt: assignment.answeredAt?.toISOString() ?? null,
    statusReason: assignment.statusReason,
    planningWarnings: warnings.map((reason) => ({ ...reason })),
  };
};

export const findAssignmentDetail = async (db: Executor, context: RequestContext, { assignmentId }: { assignmentId: string }): Promise<Assignment> =>
  presentAssignment(db, context, await findAssignment(db, context, assignmentId));
