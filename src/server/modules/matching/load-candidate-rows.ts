import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { Executor } from '../../platform/db/database';
import { assignments } from '../assignments/schema';
import { participants } from '../participants/schema';
import { trajectories } from '../trajectories/schema';
import { distanceOverrides } from './schema';

/** An open assignment of a candidate, as the hours and the "already proposed" flag need it. */
export type OpenAssignment = { readonly status: 'proposed' | 'planned'; readonly jobRequestId: string; readonly schedule: JobSchedule };

type Scope = { readonly organiserId: string; readonly clientId: string; readonly placeKey: string };

/**
 * Every active participant of the organiser with what matching needs, in one statement (issue 10): the record's
 * matching fields, the latest trajectory, the open assignments' schedules (proposed: tentative, planned: firm), the
 * assignments with this client (continuity) and a staff distance to this place. The joined parts are grouped per
 * participant first, so the statement stays one pass over each table however many participants there are.
 */
export const loadCandidateRows = (db: Executor, { organiserId, clientId, placeKey }: Scope) => {
  const latestTrajectory = db
    .selectDistinctOn([trajectories.participantId], {
      participantId: trajectories.participantId,
      plannedEndDate: trajectories.plannedEndDate,
      endedOn: trajectories.endedOn,
      pwaTransitional: trajectories.pwaTransitional,
    })
    .from(trajectories)
    .where(eq(trajectories.organiserId, organiserId))
    .orderBy(trajectories.participantId, desc(trajectories.startDate))
    .as('latest_trajectory');
  const work = db
    .select({
      participantId: assignments.participantId,
      open: sql<
        OpenAssignment[] | null
      >`json_agg(json_build_object('status', ${assignments.status}, 'jobRequestId', ${assignments.jobRequestId}, 'schedule', ${assignments.schedule}))
        filter (where ${assignments.status} in ('proposed', 'planned'))`.as('open_assignments'),
      withClient: sql<number>`(count(*) filter (where ${assignments.clientId} = ${clientId} and ${assignments.status} in ('planned', 'ended')))::int`.as('with_client'),
    })
    .from(assignments)
    .where(and(eq(assignments.organiserId, organiserId), inArray(assignments.status, ['proposed', 'planned', 'ended'])))
    .groupBy(assignments.participantId)
    .as('work');
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      street: participants.street,
      postcode: participants.postcode,
      city: participants.city,
      activityCodes: participants.activityCodes,
      transportModes: participants.transportModes,
      availability: participants.availability,
      maxTravelKm: participants.maxTravelKm,
      hadPwaContract: participants.hadPwaContractOn20170930,
      trajectoryParticipantId: latestTrajectory.participantId,
      plannedEndDate: latestTrajectory.plannedEndDate,
      endedOn: latestTrajectory.endedOn,
      pwaTransitional: latestTrajectory.pwaTransitional,
      openAssignments: work.open,
      assignmentsWithClient: work.withClient,
      overrideHomeKey: distanceOverrides.homeKey,
      overrideMetres: distanceOverrides.oneWayMetres,
    })
    .from(participants)
    .leftJoin(latestTrajectory, eq(latestTrajectory.participantId, participants.id))
    .leftJoin(work, eq(work.participantId, participants.id))
    .leftJoin(
      distanceOverrides,
      and(eq(distanceOverrides.organiserId, organiserId), eq(distanceOverrides.participantId, participants.id), eq(distanceOverrides.placeKey, placeKey)),
    )
    .where(and(eq(participants.organiserId, organiserId), eq(participants.status, 'active')));
};

export type CandidateRow = Awaited<ReturnType<typeof loadCandidateRows>>[number];
