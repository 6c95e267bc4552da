import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import type { CivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { assignments } from '../assignments/schema';
import { participants } from '../participants/schema';
import { trajectories } from '../trajectories/schema';
import { distanceOverrides } from './schema';

/** An open assignment of a candidate, as the hours and the "already proposed" flag need it. */
export type OpenAssignment = { readonly status: 'proposed' | 'planned'; readonly jobRequestId: string; readonly schedule: JobSchedule };

type Scope = { readonly organiserId: string; readonly clientId: string; readonly placeKey: string };

/**
 * What SQL can rule out before the ranking (decision 150), each a reason the ranking would give too: the activity not
 * among the participant's (R7, GIN index), no trajectory or one that ends before the first session (R5), and a home
 * whose postcode estimate is beyond the participant's own maximum km (which bounds any transport's reach too) when
 * staff recorded no distance for this place. `estimates` maps home postcodes to the estimated one-way metres.
 */
type Prefilter = { readonly activityCode: string; readonly firstSessionDate: CivilDate; readonly estimates: Readonly<Record<string, number>> };

const latestTrajectoryOf = (db: Executor, organiserId: string) =>
  db
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

type LatestTrajectory = ReturnType<typeof latestTrajectoryOf>;

const overrideJoin = (organiserId: string, placeKey: string) =>
  and(eq(distanceOverrides.organiserId, organiserId), eq(distanceOverrides.participantId, participants.id), eq(distanceOverrides.placeKey, placeKey));

/** The prefilter's conditions, each true when the participant fails it (SQL's three-valued logic kept out by coalesce). */
const failures = (latest: LatestTrajectory, { activityCode, firstSessionDate, estimates }: Prefilter) => ({
  notChosen: sql<boolean>`not (${participants.activityCodes} @> array[${activityCode}]::text[])`,
  noTrajectory: sql<boolean>`(${latest.participantId} is null)`,
  trajectoryEnded: sql<boolean>`coalesce(not (${latest.pwaTransitional} and ${latest.endedOn} is null) and coalesce(${latest.endedOn}, ${latest.plannedEndDate}) < ${firstSessionDate}::date, false)`,
  beyondDistance: sql<boolean>`(${distanceOverrides.oneWayMetres} is null and ${participants.maxTravelKm} * 1000 < coalesce((${JSON.stringify(estimates)}::jsonb ->> ${participants.postcode})::int, 0))`,
});

const passes = (failed: ReturnType<typeof failures>) => sql`not (${failed.notChosen} or ${failed.noTrajectory} or ${failed.trajectoryEnded} or ${failed.beyondDistance})`;

/** How many active participants the prefilter ruled out, per reason (a participant counts for each reason it fails). */
export const countPrefilteredExclusions = async (db: Executor, { organiserId, placeKey }: Scope, prefilter: Prefilter) => {
  const latest = latestTrajectoryOf(db, organiserId);
  const failed = failures(latest, prefilter);
  const [counts] = await db
    .select({
      total: sql<number>`(count(*))::int`,
      ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT: sql<number>`(count(*) filter (where ${failed.notChosen}))::int`,
      NO_TRAJECTORY: sql<number>`(count(*) filter (where ${failed.noTrajectory}))::int`,
      TRAJECTORY_ENDS_BEFORE_START: sql<number>`(count(*) filter (where ${failed.trajectoryEnded}))::int`,
      OUTSIDE_MAX_DISTANCE: sql<number>`(count(*) filter (where ${failed.beyondDistance}))::int`,
    })
    .from(participants)
    .leftJoin(latest, eq(latest.participantId, participants.id))
    .leftJoin(distanceOverrides, overrideJoin(organiserId, placeKey))
    .where(and(eq(participants.organiserId, organiserId), eq(participants.status, 'active'), sql`not (${passes(failed)})`));
  return counts ?? { total: 0, ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT: 0, NO_TRAJECTORY: 0, TRAJECTORY_ENDS_BEFORE_START: 0, OUTSIDE_MAX_DISTANCE: 0 };
};

/**
 * The active participants of the organiser the prefilter keeps, with what matching needs, in one statement (issue 10): the record's
 * matching fields, the latest trajectory, the open assignments' schedules (proposed: tentative, planned: firm), the
 * assignments with this client (continuity) and a staff distance to this place. The joined parts are grouped per
 * participant first, so the statement stays one pass over each table however many participants there are.
 */
export const loadCandidateRows = (db: Executor, { organiserId, clientId, placeKey }: Scope, prefilter: Prefilter) => {
  const latestTrajectory = latestTrajectoryOf(db, organiserId);
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
    .leftJoin(distanceOverrides, overrideJoin(organiserId, placeKey))
    .where(and(eq(participants.organiserId, organiserId), eq(participants.status, 'active'), passes(failures(latestTrajectory, prefilter))));
};

export type CandidateRow = Awaited<ReturnType<typeof loadCandidateRows>>[number];
