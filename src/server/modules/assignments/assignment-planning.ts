import { and, eq, ne } from 'drizzle-orm';
import { scheduleSessionsIn, type ScheduleSession } from '../../../domain/job-requests/schedule-sessions';
import type { JobSchedule } from '../../../domain/job-requests/job-schedule';
import { buildHoursLedger, type HoursLedger } from '../../../domain/limits/hours-ledger';
import { checkPlannedSessions } from '../../../domain/planning/planning-check';
import type { RuleReason } from '../../../domain/rules/rule-reason';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateFromParts, laterOf, earlierOf, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import type { TrajectoryWindow } from '../../../domain/trajectory/trajectory-window';
import type { Executor } from '../../platform/db/database';
import { workedHoursLedger } from '../participants/worked-hours';
import { latestTrajectoryWindow } from '../trajectories/latest-trajectory-window';
import { assignments } from './schema';

/** How far ahead an open-ended or very long schedule is checked: two years is past any trajectory's end (R5). */
const HORIZON_DAYS = 731;

type Participant = { readonly id: string; readonly pwaLastWorkedOn: string | null };

/**
 * The sessions of a schedule that planning must judge: from today (or its start) to its end; an open-ended one at
 * least one week and up to the trajectory's end, so a session past that end is seen and refused.
 */
const sessionsToJudge = (schedule: JobSchedule, today: CivilDate, window: TrajectoryWindow | null): readonly ScheduleSession[] => {
  const from = laterOf(today, schedule.startDate);
  const horizon = addDays(from, HORIZON_DAYS);
  const openEnd = window === null ? addDays(from, 6) : laterOf(addDays(from, 6), window.endDate);
  return scheduleSessionsIn(schedule, from, earlierOf(horizon, schedule.endDate ?? openEnd));
};

const sumInto = (left: ReadonlyMap<number, number>, right: ReadonlyMap<number, number>): Map<number, number> => {
  const total = new Map(left);
  for (const [key, hours] of right) total.set(key, (total.get(key) ?? 0) + hours);
  return total;
};

/** Hours worked before today plus hours planned from today: what the caps hold planning against (R4). */
const combinedLedger = (worked: HoursLedger, planned: HoursLedger): HoursLedger => ({
  hoursByMonth: sumInto(worked.hoursByMonth, planned.hoursByMonth),
  hoursByYear: sumInto(worked.hoursByYear, planned.hoursByYear),
});

export type AssignmentPlanning = {
  /** False when a firm session breaks a rule: nothing is saved. */
  readonly accepted: boolean;
  /** Refusals (firm) or warnings (tentative), each rule once. */
  readonly reasons: readonly RuleReason[];
};

const distinctReasons = (reasons: readonly RuleReason[]): RuleReason[] => {
  const seen = new Map<string, RuleReason>();
  for (const reason of reasons) if (!seen.has(reason.code)) seen.set(reason.code, reason);
  return [...seen.values()];
};

/**
 * The planning check of decision 053 for one assignment's schedule: its sessions from today, tentative (a proposal:
 * warnings) or firm (accepting it: refusals), on top of the hours already worked before today and the participant's
 * other planned assignments from today. The caller
 * holds the participant's row lock when the sessions are firm, so two accepts cannot together pass 60 h.
 */
export const checkAssignmentPlanning = async (
  db: Executor,
  organiserId: string,
  participant: Participant,
  { schedule, tentative, today, assignmentId }: { schedule: JobSchedule; tentative: boolean; today: CivilDate; assignmentId: string | null },
): Promise<AssignmentPlanning> => {
  const window = await latestTrajectoryWindow(db, { organiserId, ...participant });
  const sessions = sessionsToJudge(schedule, today, window);
  if (window === null) {
    return { accepted: tentative, reasons: [{ code: 'TRAJECTORY_NOT_STARTED', rule: 'R5' }] };
  }
  const last = sessions.at(-1)?.date ?? today;
  const yearStart = civilDateFromParts(yearOf(laterOf(today, schedule.startDate)), 1, 1);
  const yearEnd = civilDateFromParts(yearOf(last), 12, 31);
  const others = await db
    .select({ schedule: assignments.schedule })
    .from(assignments)
    .where(
      and(
        eq(assignments.organiserId, organiserId),
        eq(assignments.participantId, participant.id),
        eq(assignments.status, 'planned'),
        assignmentId === null ? undefined : ne(assignments.id, assignmentId),
      ),
    );
  const plannedFrom = laterOf(today, yearStart);
  const planned = buildHoursLedger(others.flatMap((other) => scheduleSessionsIn(other.schedule, plannedFrom, yearEnd)));
  const worked =
    yearStart < today ? await workedHoursLedger(db, { organiserId, participantId: participant.id }, { from: yearStart, to: addDays(today, -1) }) : buildHoursLedger([]);
  const ledger = combinedLedger(worked, planned);
  const check = checkPlannedSessions(
    ledger,
    window,
    sessions.map((session) => ({ date: session.date, minutes: session.minutes, tentative })),
  );
  return { accepted: check.accepted, reasons: distinctReasons(check.sessions.flatMap((outcome) => outcome.reasons)) };
};
