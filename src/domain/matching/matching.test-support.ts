import type { MunicipalityActivitySubset } from '../activities/municipality-activity-subset';
import { checkJobSchedule, type JobSchedule, type JobScheduleInput } from '../job-requests/job-schedule';
import { parseCivilDate } from '../time/civil-date';
import type { MatchCandidate, MatchRequest } from './matching-input';

const d = parseCivilDate;

/** Poperinge chose mowing, hedge trimming and washing textiles (a PWA transitional activity). */
export const poperingeSubset: MunicipalityActivitySubset = {
  municipalityNisCode: '33021',
  choices: ['small_garden_maintenance.mowing', 'small_garden_maintenance.hedge_trimming', 'household_support.washing_textiles'].map((activityCode) => ({
    activityCode,
    from: d('2018-01-01'),
    to: null,
  })),
};

export function scheduleOf(input: JobScheduleInput): JobSchedule {
  const checked = checkJobSchedule(input);
  if (!checked.valid) throw new Error(`test schedule is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.schedule;
}

/** Mowing at a household in Poperinge (8970), every Tuesday 09:00–12:00 for 3 hours, May–June 2026. */
export const mowingRequest: MatchRequest = {
  clientCategory: 'private_person',
  clientDidActivityUnderPwa: false,
  activityCode: 'small_garden_maintenance.mowing',
  municipalitySubset: poperingeSubset,
  placePostcode: '8970',
  schedule: scheduleOf({
    kind: 'weekly',
    slots: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }],
    startDate: d('2026-05-01'),
    endDate: d('2026-06-30'),
    minutesPerSession: 180,
  }),
};

/** A participant in Poperinge who chose mowing, drives, is free on Tuesdays and has hours and months left. */
export const poperingeCandidate: MatchCandidate = {
  participantId: 'p-anna',
  chosenActivityCodes: ['small_garden_maintenance.mowing'],
  allowedActivityCodes: null,
  pwaActivityCodes: [],
  homePostcode: '8970',
  maxOneWayMetres: null,
  transportModes: ['car'],
  weeklyAvailability: [{ weekday: 2, startMinute: 480, endMinute: 1020 }],
  hoursUsedInMonth: 0,
  hoursUsedInYear: 0,
  trajectoryEndDate: d('2026-12-31'),
  priorAssignmentsWithClient: 0,
  recentHours: 0,
  knownOneWayMetres: null,
};
