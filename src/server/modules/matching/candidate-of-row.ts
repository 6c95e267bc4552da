import type { ScheduleSlot } from '../../../domain/job-requests/job-schedule';
import type { MatchCandidate } from '../../../domain/matching/matching-input';
import { scheduleHoursIn } from '../../../domain/matching/schedule-hours';
import { laterOf, parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import { civilTimeMinutes } from '../../../domain/time/civil-time';
import { pwaActivitiesOf } from './participant-pwa-activities';
import { addressKey } from './address-key';
import type { CandidateRow } from './load-candidate-rows';

/** The periods the hours are counted over: the first session's month and year (R4) and the fairness window. */
/** Counted hours worked before today in the request's month and year (R4), per participant of the organiser. */
export type WorkedHours = { readonly month: number; readonly year: number };

export type HourPeriods = {
  readonly jobRequestId: string;
  readonly month: { readonly from: CivilDate; readonly to: CivilDate };
  readonly year: { readonly from: CivilDate; readonly to: CivilDate };
  readonly recent: { readonly from: CivilDate; readonly to: CivilDate };
};

/** What the answer shows beside the ranking's own result. */
export type CandidateExtras = { readonly tentativeHoursInMonth: number; readonly alreadyProposed: boolean };

const slotsOf = (availability: CandidateRow['availability']): ScheduleSlot[] =>
  availability.flatMap((slot) => {
    const startMinute = civilTimeMinutes(slot.from);
    const endMinute = civilTimeMinutes(slot.until, true);
    return startMinute === null || endMinute === null || endMinute <= startMinute ? [] : [{ weekday: slot.weekday, startMinute, endMinute }];
  });

/** The trajectory window's end (R5, R6): open for a PWA transitional one, else the day it ended or will end. */
const trajectoryEndOf = (row: CandidateRow): CivilDate | null => {
  if (row.pwaTransitional === true && row.endedOn === null) return null;
  const end = row.endedOn ?? row.plannedEndDate;
  return end === null ? null : parseCivilDate(end);
};

/**
 * A participant row as the ranking's candidate. Hours: the hours worked before today plus planned assignments from
 * today count firm in the first session's month and year (R4), proposals only as tentative extras; the fairness
 * window sums planned hours. This request's own assignments are left out: they are its answer, not its load.
 */
export const candidateOfRow = (
  row: CandidateRow,
  periods: HourPeriods,
  worked: WorkedHours,
  today: CivilDate,
): { candidate: MatchCandidate; extras: CandidateExtras } => {
  let hoursUsedInMonth = worked.month;
  let hoursUsedInYear = worked.year;
  let recentHours = 0;
  let tentativeHoursInMonth = 0;
  let alreadyProposed = false;
  for (const assignment of row.openAssignments ?? []) {
    if (assignment.jobRequestId === periods.jobRequestId) {
      alreadyProposed = true;
      continue;
    }
    const { schedule } = assignment;
    if (assignment.status === 'proposed') {
      tentativeHoursInMonth += scheduleHoursIn(schedule, periods.month.from, periods.month.to);
      continue;
    }
    hoursUsedInMonth += scheduleHoursIn(schedule, laterOf(periods.month.from, today), periods.month.to);
    hoursUsedInYear += scheduleHoursIn(schedule, laterOf(periods.year.from, today), periods.year.to);
    recentHours += scheduleHoursIn(schedule, periods.recent.from, periods.recent.to);
  }
  // A staff distance holds while the participant lives where it was measured from.
  const homeKey = addressKey(row.street, row.postcode);
  const knownOneWayMetres = row.overrideMetres !== null && row.overrideHomeKey === homeKey ? row.overrideMetres : null;
  return {
    candidate: {
      participantId: row.id,
      chosenActivityCodes: row.activityCodes,
      allowedActivityCodes: null,
      pwaActivityCodes: pwaActivitiesOf(row.hadPwaContract, row.activityCodes),
      homePostcode: row.postcode,
      maxOneWayMetres: row.maxTravelKm * 1000,
      transportModes: row.transportModes,
      weeklyAvailability: slotsOf(row.availability),
      hoursUsedInMonth,
      hoursUsedInYear,
      trajectoryEndDate: trajectoryEndOf(row),
      priorAssignmentsWithClient: row.assignmentsWithClient ?? 0,
      recentHours,
      knownOneWayMetres,
    },
    extras: { tentativeHoursInMonth, alreadyProposed },
  };
};
