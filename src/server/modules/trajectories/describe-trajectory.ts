import type { TrajectoryDetail } from '../../../contracts/trajectories';
import { monthsElapsed } from '../../../domain/trajectory/months-elapsed';
import { evaluationDueDates, trajectoryProgressOn } from '../../../domain/trajectory/trajectory-progress';
import { trajectoryWindow, type TrajectoryWindow } from '../../../domain/trajectory/trajectory-window';
import { parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import type { evaluations, trajectories } from './schema';

type TrajectoryRow = typeof trajectories.$inferSelect;

/**
 * What the participant's history adds to a trajectory's window: the recorded interim days (R18), which can end it
 * early, and the dates worked here, which can end a PWA transitional right (R6).
 */
export type HistoryFields = { readonly interimWorkDates: readonly string[]; readonly workedDates: readonly string[] };

/** What a description reads of a stored trajectory, with the participant's history that bears on its window. */
export type TrajectoryFields = Pick<
  TrajectoryRow,
  'id' | 'startDate' | 'extensionsGranted' | 'pwaTransitional' | 'plannedEndDate' | 'endedOn' | 'outcome' | 'outcomeReason' | 'version'
> &
  HistoryFields;

/** What a description reads of a stored evaluation; `counsellorName`: the display name of the account that recorded it. */
export type EvaluationFields = Pick<typeof evaluations.$inferSelect, 'id' | 'heldOn' | 'outcome' | 'notes' | 'onBehalfOfCounsellor'> & { counsellorName: string };

/** What the window of a stored trajectory depends on. */
type WindowFields = Pick<TrajectoryRow, 'startDate' | 'extensionsGranted' | 'endedOn' | 'pwaTransitional'> & HistoryFields;

/** The rules engine's view of a stored trajectory (R5, R6, R18): its window, given what is known of past work and interim days. */
export const trajectoryWindowOf = (row: WindowFields, pwaLastWorkedOn: string | null): TrajectoryWindow =>
  trajectoryWindow({
    startDate: parseCivilDate(row.startDate),
    extensionsGranted: row.extensionsGranted,
    endedOn: row.endedOn === null ? null : parseCivilDate(row.endedOn),
    pwaTransitional: row.pwaTransitional
      ? { lastWorkedBeforeRecords: pwaLastWorkedOn === null ? null : parseCivilDate(pwaLastWorkedOn), workedDates: row.workedDates.map(parseCivilDate) }
      : null,
    interimWorkDates: row.interimWorkDates.map(parseCivilDate),
  });

const isRunningOn = (row: Pick<TrajectoryRow, 'endedOn'>, window: TrajectoryWindow, today: CivilDate): boolean => row.endedOn === null && today <= window.endDate;

/** The evaluation a running trajectory has due next on or after `today` (R5), or null once it has ended. */
export const nextEvaluationDateOf = (row: WindowFields, pwaLastWorkedOn: string | null, today: CivilDate): CivilDate | null => {
  const window = trajectoryWindowOf(row, pwaLastWorkedOn);
  return isRunningOn(row, window, today) ? (trajectoryProgressOn(window, today)?.nextEvaluationDate ?? null) : null;
};

/** Progress counters and due dates of a trajectory on `today`, as the participant page and lists show them. */
export const describeTrajectory = (
  row: TrajectoryFields,
  evaluationRows: readonly EvaluationFields[],
  pwaLastWorkedOn: string | null,
  today: CivilDate,
): TrajectoryDetail => {
  const window = trajectoryWindowOf(row, pwaLastWorkedOn);
  const progress = trajectoryProgressOn(window, today);
  const isActive = isRunningOn(row, window, today);
  return {
    id: row.id,
    startDate: row.startDate,
    endDate: window.endDate,
    plannedEndDate: row.plannedEndDate,
    status: isActive ? 'active' : 'ended',
    monthNumber: progress?.monthNumber ?? null,
    ofMonths: progress?.ofMonths ?? null,
    monthsLeft: progress && progress.ofMonths !== null ? Math.max(0, monthsElapsed(today, window.endDate)) : null,
    nextEvaluationDate: isActive ? (progress?.nextEvaluationDate ?? null) : null,
    extended: row.extensionsGranted > 0,
    pwaTransitional: row.pwaTransitional,
    evaluationDueDates: [...evaluationDueDates(window)],
    evaluations: evaluationRows.map((evaluation) => ({
      id: evaluation.id,
      heldOn: evaluation.heldOn,
      outcome: evaluation.outcome,
      notes: evaluation.notes,
      counsellor: evaluation.onBehalfOfCounsellor ?? evaluation.counsellorName,
      recordedBy: evaluation.onBehalfOfCounsellor === null ? null : evaluation.counsellorName,
    })),
    outcome: row.outcome,
    outcomeReason: row.outcomeReason,
    endedOn: row.endedOn,
    version: row.version,
  };
};
