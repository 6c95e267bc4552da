import type { ActivityDefinition } from '../activities/activity-catalogue';
import type { MunicipalityActivitySubset } from '../activities/municipality-activity-subset';
import type { ClientCategory } from '../clients/client-category';
import type { JobSchedule, ScheduleSlot } from '../job-requests/job-schedule';
import type { CivilDate } from '../time/civil-date';

/** How a participant can get to work; each mode reaches only so far (`MatchingParameters.reachByModeMetres`). */
export type TransportMode = 'walk' | 'bicycle' | 'moped' | 'public_transport' | 'car';

/** The job request to match, with what the rules need to know about its client and place. */
export type MatchRequest = {
  readonly clientCategory: ClientCategory;
  /** R16: whether the client did this activity under the PWA. */
  readonly clientDidActivityUnderPwa: boolean;
  readonly activityCode: string;
  /** The subset of the municipality of the place of work (R15). */
  readonly municipalitySubset: MunicipalityActivitySubset;
  readonly placePostcode: string;
  readonly schedule: JobSchedule;
  /** Defaults to the Flemish list; an extended copy carries VDAB-approved deviating activities. */
  readonly catalogue?: readonly ActivityDefinition[];
};

/** One participant who might do the job, as the organiser knows them on the request's first session date. */
export type MatchCandidate = {
  readonly participantId: string;
  /** The activities the participant chose to do (recorded with the wijk-werkovereenkomst, R7). */
  readonly chosenActivityCodes: readonly string[];
  /** Activities the counsellor or the agreement allow them; null when nothing is restricted. */
  readonly allowedActivityCodes: readonly string[] | null;
  /** R16: activities they did under the PWA. */
  readonly pwaActivityCodes: readonly string[];
  readonly homePostcode: string;
  /** The farthest they accept to travel one way, in metres; null: no limit of their own. */
  readonly maxOneWayMetres: number | null;
  /** Empty: treated as walking only. */
  readonly transportModes: readonly TransportMode[];
  readonly weeklyAvailability: readonly ScheduleSlot[];
  /** Started hours already counted (registered plus firm planned) in the month and the year of the first session (R4). */
  readonly hoursUsedInMonth: number;
  readonly hoursUsedInYear: number;
  /** Last day of their trajectory window (R5, R6, R18); null for an ex-PWA worker without end. */
  readonly trajectoryEndDate: CivilDate | null;
  /** Earlier assignments with this client (continuity: the same wijk-werker for the same household). */
  readonly priorAssignmentsWithClient: number;
  /** Started hours received over the organiser's fairness window (for example the last 8 weeks). */
  readonly recentHours: number;
  /** One-way metres staff entered for this home and place, which replace the estimate; null when none. */
  readonly knownOneWayMetres: number | null;
};

/** Product choices of the ranking (decision 051); none of them is a scheme rule. */
export type MatchingParameters = {
  /** Points per factor; they add up to the best possible score. */
  readonly weights: {
    readonly distance: number;
    readonly availability: number;
    readonly remainingHours: number;
    readonly trajectoryTime: number;
    readonly continuity: number;
    readonly fairness: number;
  };
  /** Farthest one-way trip per transport mode; null: no limit of the mode. */
  readonly reachByModeMetres: Readonly<Record<TransportMode, number | null>>;
  /** Distance scored 0 when neither the participant nor their transport sets a limit. */
  readonly distanceReferenceMetres: number;
  /** Recent hours at which the fairness factor reaches 0. */
  readonly fairnessReferenceHours: number;
  /** How far ahead an open-ended request is assumed to run when comparing trajectory ends. */
  readonly openEndedHorizonDays: number;
};

export const DEFAULT_MATCHING_PARAMETERS: MatchingParameters = {
  weights: { distance: 300, availability: 200, remainingHours: 100, trajectoryTime: 100, continuity: 150, fairness: 150 },
  reachByModeMetres: { walk: 3_000, bicycle: 10_000, moped: 20_000, public_transport: 25_000, car: null },
  distanceReferenceMetres: 25_000,
  fairnessReferenceHours: 60,
  openEndedHorizonDays: 182,
};
