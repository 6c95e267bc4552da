import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { TrajectorySummary } from '../../../contracts/trajectories';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { accounts } from '../../platform/auth/schema';
import { participantVisibleTo } from '../participants/participant-access';
import { participants } from '../participants/schema';
import { workedDatesJson } from '../participants/worked-hours';
import type { LatestTrajectoryJson, TrajectoryOwnerColumns, TrajectoryRecordsJson, TrajectorySection } from '../participants/trajectory-section';
import { describeTrajectory, nextEvaluationDateOf, type EvaluationFields, type TrajectoryFields } from './describe-trajectory';
import { interimWorkDatesJson } from './interim-days';
import { evaluations, trajectories } from './schema';

type TrajectoryJson = TrajectoryFields & { evaluations: EvaluationFields[] };

// The fragments below go into the participants module's statements. Each is wrapped in one more `sql` so that
// drizzle keeps every column qualified with its table even in a single-table select, where it would otherwise
// write the owner's `id` bare and let it resolve to the trajectory's.
const wrapped = <T>(inner: SQL): SQL<T> => sql<T>`${inner}`;

// Only a PWA transitional right (R6) reads the worked dates; other trajectories skip the lookup.
const workedDatesOfPwaTrajectory = sql<string[]>`case when ${trajectories.pwaTransitional}
  then ${workedDatesJson(sql`${trajectories.organiserId}`, sql`${trajectories.participantId}`)} else '[]'::json end`;

const trajectoryFields = sql`'id', ${trajectories.id}, 'startDate', ${trajectories.startDate},
  'extensionsGranted', ${trajectories.extensionsGranted}, 'pwaTransitional', ${trajectories.pwaTransitional},
  'plannedEndDate', ${trajectories.plannedEndDate}, 'endedOn', ${trajectories.endedOn}, 'outcome', ${trajectories.outcome},
  'outcomeReason', ${trajectories.outcomeReason}, 'version', ${trajectories.version},
  'interimWorkDates', ${interimWorkDatesJson(sql`${trajectories.organiserId}`, sql`${trajectories.participantId}`)},
  'workedDates', ${workedDatesOfPwaTrajectory}`;

const ofOwner = (owner: TrajectoryOwnerColumns): SQL => sql`${trajectories.organiserId} = ${owner.organiserId} and ${trajectories.participantId} = ${owner.id}`;

// Evaluations in the order the record shows them, each with the name of the account that recorded it.
const evaluationsJson = sql`coalesce((
  select json_agg(json_build_object(
    'id', ${evaluations.id}, 'heldOn', ${evaluations.heldOn}, 'outcome', ${evaluations.outcome}, 'notes', ${evaluations.notes},
    'onBehalfOfCounsellor', ${evaluations.onBehalfOfCounsellor}, 'counsellorName', ${accounts.displayName}
  ) order by ${evaluations.heldOn})
  from ${evaluations} join ${accounts} on ${accounts.id} = ${evaluations.recordedBy}
  where ${evaluations.organiserId} = ${trajectories.organiserId} and ${evaluations.trajectoryId} = ${trajectories.id}
), '[]'::json)`;

/** The trajectories as the participant record, list and reminders show them; the app composer hands this to participants. */
export const participantTrajectories: TrajectorySection = {
  recordsJson: (owner) =>
    wrapped<TrajectoryRecordsJson>(sql`coalesce((
      select json_agg(json_build_object(${trajectoryFields}, 'evaluations', ${evaluationsJson}) order by ${trajectories.startDate} desc)
      from ${trajectories} where ${ofOwner(owner)}
    ), '[]'::json)`),

  presentRecords: (raw, owner, today) => {
    // The shape recordsJson selects.
    const records = raw as unknown as TrajectoryJson[];
    return records.map(({ evaluations: evaluationRows, ...trajectory }) => describeTrajectory(trajectory, evaluationRows, owner.pwaLastWorkedOn, today));
  },

  latestJson: (owner) =>
    wrapped<LatestTrajectoryJson | null>(sql`(
      select json_build_object(${trajectoryFields}) from ${trajectories} where ${ofOwner(owner)}
      order by ${trajectories.startDate} desc limit 1
    )`),

  presentLatest: (raw, owner, today): TrajectorySummary | null => {
    if (raw === null) return null;
    // The shape latestJson selects.
    const latest = raw as unknown as TrajectoryFields;
    const { id, startDate, endDate, status, monthNumber, ofMonths, monthsLeft, nextEvaluationDate } = describeTrajectory(latest, [], owner.pwaLastWorkedOn, today);
    return { id, startDate, endDate, status, monthNumber, ofMonths, monthsLeft, nextEvaluationDate };
  },

  runningEndingBy: (owner, date) =>
    wrapped(sql`exists (
      select 1 from ${trajectories}
      where ${ofOwner(owner)} and ${trajectories.endedOn} is null and ${trajectories.plannedEndDate} <= ${date}
    )`),

  evaluationsDue: async (db, context, { horizon }) => {
    const today = civilDateOfInstant(context.now);
    // Every running trajectory the actor sees (their due dates follow from the rules, not from a column), with only
    // what the next due date needs.
    const running = await db
      .select({
        participantId: trajectories.participantId,
        startDate: trajectories.startDate,
        extensionsGranted: trajectories.extensionsGranted,
        endedOn: trajectories.endedOn,
        pwaTransitional: trajectories.pwaTransitional,
        firstName: participants.firstName,
        lastName: participants.lastName,
        pwaLastWorkedOn: participants.pwaLastWorkedOn,
        interimWorkDates: interimWorkDatesJson(sql`${trajectories.organiserId}`, sql`${trajectories.participantId}`),
        workedDates: workedDatesOfPwaTrajectory,
      })
      .from(trajectories)
      .innerJoin(participants, eq(participants.id, trajectories.participantId))
      .where(and(participantVisibleTo(context.actor), isNull(trajectories.endedOn)));
    return running.flatMap((row) => {
      const due = nextEvaluationDateOf(row, row.pwaLastWorkedOn, today);
      return due !== null && due <= horizon
        ? [{ kind: 'evaluation_due' as const, participantId: row.participantId, participantName: `${row.firstName} ${row.lastName}`, dueOn: due }]
        : [];
    });
  },
};
